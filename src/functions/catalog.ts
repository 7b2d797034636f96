/**
 * Strategy targets (protocol appendix 2 = strategy section 7) in cells, from the workbook's strategy edition. The
 * return types are inferred (a value, or a promise before the edition is known): the JSDoc `@returns {any[][]}` is
 * what the metadata generator reads.
 */
import { catalogYears, sectorIndicators, workbookTarget } from "../core/catalog";
import { requireSector, targetLookup } from "../core/catalog/lookup";
import { roundTiny } from "../core/units";
import { withEdition } from "./active-edition";
import { arg, mapCells, singleValue, toNumber } from "./arguments";
import { excelResult } from "./excel-errors";

const NO_TARGET = "x";
const SECTOR = "отрасль";
const INDICATOR = "показатель";
const YEAR = "год";
const VALUE = "значение показателя";

/**
 * Strategy target of a sector's indicator for a year, in the workbook's convention (18 % is 0.18).
 * @customfunction TARGET
 * @param sector Sector code as text (for example "7.1") or its name: a cell or a column.
 * @param indicator Indicator number within the sector (as CDTO.INDICATORS lists them) or part of its name.
 * @param year A year of the strategy: a cell or a column.
 * @returns {any[][]} The target for each row.
 */
export function strategyTarget(sector: unknown[][], indicator: unknown[][], year: unknown[][]) {
  return withEdition((edition) =>
    excelResult(() => {
      const target = targetLookup(edition.sectors);
      return mapCells([arg(sector, SECTOR), arg(indicator, INDICATOR), arg(year, YEAR)], (s, i, y) => target(s, i, y));
    }),
  );
}

/**
 * The sector's indicators as a table: number, projects, indicator, unit and the targets per year («x» where none).
 * @customfunction INDICATORS
 * @param sector Sector code as text (for example "7.1") or its name.
 * @returns {any[][]} A table with a header row.
 */
export function sectorIndicatorTable(sector: unknown[][]) {
  return withEdition((edition) =>
    excelResult(() => {
      const found = requireSector(singleValue(sector, SECTOR), edition.sectors);
      const years = catalogYears(edition.sectors);
      const header = ["№", "Проекты", "Показатель", "Ед. изм.", ...years];
      const rows = sectorIndicators(found).map((indicator) => [
        indicator.number,
        indicator.projects.join(", "),
        indicator.name,
        indicator.unit,
        ...years.map((year) => workbookTarget(indicator, year) ?? NO_TARGET),
      ]);
      return [header, ...rows];
    }),
  );
}

/**
 * Gap to the strategy target: value minus target, in the workbook's convention (-0.05 is 5 percentage points short).
 * @customfunction GAP
 * @param value The planned or actual value (18 % as 0.18 or as text «18 %»): a cell or a column.
 * @param sector Sector code as text (for example "7.1") or its name.
 * @param indicator Indicator number within the sector or part of its name.
 * @param year A year of the strategy.
 * @returns {any[][]} Value minus target for each row; negative means short of the target.
 */
export function targetGap(value: unknown[][], sector: unknown[][], indicator: unknown[][], year: unknown[][]) {
  return withEdition((edition) =>
    excelResult(() => {
      const target = targetLookup(edition.sectors);
      return mapCells([arg(value, VALUE), arg(sector, SECTOR), arg(indicator, INDICATOR), arg(year, YEAR)], (v, s, i, y) => {
        const goal = target(s, i, y);
        return roundTiny(toNumber(v, VALUE) - goal);
      });
    }),
  );
}
