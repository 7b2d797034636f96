/** ЦЗ (цифровая зрелость) functions of protocol appendix 3. */
import { maturityAverage, regionalTarget } from "../core/maturity";
import { withEdition } from "./active-edition";
import { arg, mapCells, valuesOf } from "./arguments";
import { excelResult } from "./excel-errors";

/**
 * Planned ЦЗ average: the mean of the indicator values, skipping blank cells and «x».
 * @customfunction CZAVG
 * @param values Indicator values: cells or ranges; text such as «18 %» counts as 18 %.
 * @returns The average, in the workbook's convention (format the cell as %).
 */
export function maturityAverageOf(...values: unknown[][][]): number {
  return excelResult(() => maturityAverage(valuesOf(values, "значения показателей")).mean);
}

/**
 * Regional ЦЗ target decomposed to the region for a year, from the workbook's strategy edition.
 * @customfunction CZTARGET
 * @param year Year: a cell or a column of years.
 * @returns {any[][]} The target as a fraction for each year (format the cell as %).
 */
export function regionalMaturityTarget(year: unknown[][]) {
  return withEdition((edition) => excelResult(() => mapCells([arg(year, "год")], (y) => regionalTarget(y, edition))));
}
