/**
 * buildRoadmap(sector, options) -> SheetModel: protocol appendix 3 filled for one sector of the strategy,
 * with the sector's indicators and targets, the planned ЦЗ average as a built-in formula, formats and validation.
 */
import { sectorIndicators, workbookTarget, type Sector } from "../catalog";
import { builtInEdition, regionLevel, roadmapYears, type Edition } from "../edition";
import { toWorkbookValue } from "../units";
import { cellAddress, type CellStyle, type DataValidation, type ModelCell, type SheetModel } from "../sheet-model";
import { isPercentUnit } from "../units";
import { activityCells } from "./activities";
import { addFactRows, finishFactLayer, type IndicatorFactRows, type RoadmapDraft } from "./fact-layer";
import { ROADMAP_COLUMNS, markerComment, roadmapNames } from "./layout";
import { roadmapTexts as T } from "./texts";

export interface RoadmapOptions {
  /** Catalog numbers of the indicators to include (sectorIndicators numbering); all by default. The sheet shows these
   * numbers, so a roadmap without indicator 3 goes 1, 2, 4 as the strategy does. */
  indicators?: number[];
  /** Prefill the activities rows with the projects' names and descriptions, each in the year its term starts. */
  prefillActivities?: boolean;
  /** Years of the columns; by default every year the edition has a regional or an indicator target for. */
  years?: string[];
  /** The strategy edition the sector belongs to: its regional ЦЗ row and its words; the built-in one by default. */
  edition?: Edition;
  /** Fact rows under each indicator with achievement and status formulas, the actual ЦЗ, thresholds and charts. */
  facts?: boolean;
  /** With facts: a quarterly block (I–IV кв. of each year) from which each year's fact is taken. */
  quarters?: boolean;
  sheetName?: string;
}

export const INPUT_FILL = "#FFF4CE";
const TARGET_FILL = "#F3F2F1";
const HEADER_FILL = "#DEECF9";
const TEXT = "@";

/** Unit -> number format of its row. «усл. ед.» are 0/1 milestones. */
export function unitFormat(unit: string): string {
  if (isPercentUnit(unit)) return "0.00%";
  if (/^балл|тыс\./.test(unit.trim())) return "0.00";
  return "0";
}

function isMilestone(unit: string): boolean {
  return unit.replace(/\s/g, "") === "усл.ед.";
}

function validationFor(range: string, unit: string): DataValidation {
  if (isPercentUnit(unit)) {
    return { range, rule: { type: "decimal", min: 0, max: 1 }, prompt: T.prompt.percent, error: { ...T.error.percent, style: "warning" } };
  }
  if (isMilestone(unit)) {
    return { range, rule: { type: "whole", min: 0, max: 1 }, prompt: T.prompt.milestone, error: { ...T.error.milestone, style: "warning" } };
  }
  return { range, rule: { type: "decimal", min: 0 }, prompt: T.prompt.count, error: { ...T.error.count, style: "warning" } };
}

/** «ДК Образование и наука»; a name too long for a sheet tab becomes «Дорожная карта 7.10». */
function defaultSheetName(sector: Sector): string {
  const name = `ДК ${sector.name}`;
  return name.length <= 31 ? name : `Дорожная карта ${sector.code}`;
}

/** The regional ЦЗ target of a year as a fraction; blank for a year the edition sets none for. */
function regionalCell(edition: Edition, year: string): number | null {
  const printed = edition.regionalTargets[year];
  return printed === undefined ? null : toWorkbookValue(printed, "%");
}

export function buildRoadmap(sector: Sector, options: RoadmapOptions = {}): SheetModel {
  const edition = options.edition ?? builtInEdition;
  const years = options.years ?? roadmapYears(edition);
  const all = sectorIndicators(sector);
  const chosen = options.indicators ? all.filter((i) => options.indicators?.includes(i.number)) : all;
  const lastColumn = ROADMAP_COLUMNS.firstYear + years.length - 1;
  const rowRange = (row: number) => `${cellAddress(row, ROADMAP_COLUMNS.firstYear)}:${cellAddress(row, lastColumn)}`;
  const fullRow = (row: number) => `${cellAddress(row, 0)}:${cellAddress(row, lastColumn)}`;

  const cells: ModelCell[][] = [];
  const styles: SheetModel["styles"] = [];
  const validations: DataValidation[] = [];
  const names: SheetModel["names"] = [];
  const inputRanges: string[] = [];
  const style = (range: string, s: CellStyle) => styles.push({ range, style: s });
  const text = (value: string): ModelCell => ({ value });

  // Title, caption, blank, header.
  cells.push([text(T.title(sector.name))]);
  cells.push([text(T.caption(sector.code, edition))]);
  cells.push([]);
  const header = cells.length;
  cells.push([text(T.corner), ...years.map((y) => ({ value: Number(y) }))]);

  const regional = cells.length;
  cells.push([text(T.regionalAverage(regionLevel(edition))), ...years.map((y) => ({ value: regionalCell(edition, y) }))]);
  const planned = cells.length;
  cells.push([]); // filled below, once the value rows are known
  const actual = cells.length;
  if (options.facts) cells.push([]); // the actual ЦЗ, filled by the fact layer
  const breakdown = cells.length;
  cells.push([text(T.breakdown)]);

  const merges = [`A1:${cellAddress(0, lastColumn)}`, `A2:${cellAddress(1, lastColumn)}`, fullRow(breakdown)];
  const draft: RoadmapDraft = { cells, styles, validations, names, inputRanges, merges, years, lastColumn };
  const factRows: IndicatorFactRows[] = [];
  const percentValueRows: number[] = [];
  const percentNumbers: number[] = [];
  chosen.forEach((indicator) => {
    const shown = indicator.number;
    const valueRow = cells.length;
    cells.push([text(T.value(shown, indicator.name, indicator.unit)), ...years.map(() => ({ value: null }))]);
    const targetRow = cells.length;
    cells.push([
      text(T.target(indicator.projects)),
      ...years.map((y): ModelCell => {
        const target = workbookTarget(indicator, y);
        if (target === undefined) return { value: null };
        return { value: target === null ? T.noTargetMark : target };
      }),
    ]);
    const format = unitFormat(indicator.unit);
    if (options.facts) factRows.push(addFactRows(draft, indicator, valueRow, targetRow, format, (range) => validationFor(range, indicator.unit)));
    const activitiesRow = cells.length;
    const activities = options.prefillActivities ? activityCells(sector, indicator, years) : years.map(() => null);
    cells.push([text(T.activities(shown)), ...activities.map((value) => ({ value }))]);

    if (isPercentUnit(indicator.unit)) {
      percentValueRows.push(valueRow);
      percentNumbers.push(indicator.number);
    }
    style(rowRange(valueRow), { numberFormat: format, fill: INPUT_FILL, border: true });
    style(rowRange(targetRow), { numberFormat: format, fill: TARGET_FILL, italic: true, fontColor: "#605E5C", border: true, horizontal: "right" });
    style(rowRange(activitiesRow), { numberFormat: TEXT, fill: INPUT_FILL, wrap: true, vertical: "top", border: true });
    style(cellAddress(targetRow, 0), { italic: true, fontColor: "#605E5C" });
    validations.push(validationFor(rowRange(valueRow), indicator.unit));
    inputRanges.push(rowRange(valueRow), rowRange(activitiesRow));
    names.push(
      { name: roadmapNames.value(indicator.number), range: rowRange(valueRow), comment: `ЦЗ-ДК; показатель ${indicator.number} отрасли ${sector.code}` },
      { name: roadmapNames.target(indicator.number), range: rowRange(targetRow) },
      { name: roadmapNames.activities(indicator.number), range: rowRange(activitiesRow) },
    );
  });

  cells[planned].push(
    text(T.plannedAverage(percentNumbers)),
    ...years.map((_, y): ModelCell => {
      const column = ROADMAP_COLUMNS.firstYear + y;
      if (percentValueRows.length === 0) return { value: T.noPercentIndicators };
      // AVERAGE skips blank and text cells («x»), as the rule wants; IFERROR keeps an empty year empty.
      return { formula: `=IFERROR(AVERAGE(${percentValueRows.map((r) => cellAddress(r, column)).join(",")}),"")` };
    }),
  );

  const lastRow = cells.length - 1;
  const layer = options.facts ? finishFactLayer(draft, factRows, { header, regional, planned, actual }, { quarters: options.quarters === true, sectorName: sector.name }) : undefined;
  style(`A1:${cellAddress(0, lastColumn)}`, { bold: true, fontSize: 14, wrap: true, horizontal: "center", vertical: "center" });
  style(`A2:${cellAddress(1, lastColumn)}`, { italic: true, fontSize: 9, fontColor: "#605E5C", wrap: true, horizontal: "center" });
  style(fullRow(header), { bold: true, fill: HEADER_FILL, horizontal: "center", border: true });
  style(rowRange(header), { numberFormat: "0" });
  style(`${cellAddress(header + 1, 0)}:${cellAddress(lastRow, 0)}`, { wrap: true, vertical: "top", border: true });
  style(rowRange(regional), { numberFormat: "0%", border: true, horizontal: "right" });
  style(rowRange(planned), { numberFormat: "0.0%", bold: true, border: true, horizontal: "right" });
  style(fullRow(breakdown), { italic: true });

  return {
    name: options.sheetName ?? defaultSheetName(sector),
    cells,
    styles,
    merges,
    // Year columns wide enough for a line of activities: narrower ones make tall, hard-to-read printed rows.
    columnWidths: [70, ...years.map(() => 22)],
    rowHeights: { 0: 36, 1: 24 },
    validations,
    names: [
      { name: roadmapNames.marker, range: "A1", comment: markerComment(sector.code, edition.id) },
      { name: roadmapNames.years, range: rowRange(header) },
      { name: roadmapNames.regional, range: rowRange(regional) },
      { name: roadmapNames.planned, range: rowRange(planned) },
      ...names,
    ],
    inputRanges,
    ...(layer ? { conditionalFormats: layer.conditionalFormats, charts: layer.charts } : {}),
    freeze: { rows: header + 1, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true, title: T.title(sector.name), titleRows: `${header + 1}:${header + 1}` },
    select: chosen.length > 0 ? cellAddress(breakdown + 1, ROADMAP_COLUMNS.firstYear) : cellAddress(regional, 1),
  };
}
