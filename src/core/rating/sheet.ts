/**
 * The sheet «Рейтинг обучения» as a host-neutral SheetModel. Share, score, extra people and gain are built-in
 * Excel formulas over a bands table on the same sheet, so the sheet computes without the add-in and follows edits
 * to the bands; only the recommendations block is text computed by the core at creation (the pane refreshes it).
 */
import { labels } from "../errors";
import {
  cellAddress,
  columnLetter,
  type CellStyle,
  type CellValue,
  type ConditionalFormat,
  type DataValidation,
  type ModelCell,
  type RangeStyle,
  type SheetModel,
} from "../sheet-model";
import { DEFAULT_BANDS, type Bands } from "../training";
import { recommendationTexts, sheetTexts } from "./messages";
import { rateBodies, type BodyRow } from "./rating";
import { recommend, recommendationBlock, recommendationLines, type BlockRow, type BlockRowKind, type RecommendationLine } from "./recommendations";
import sample from "./sample-bodies.json";

export interface RatingSheetOptions {
  /** The bodies to rate, "sample" for the 30 bodies of appendix 1, "empty" for a blank template. */
  bodies: BodyRow[] | "sample" | "empty";
  bands?: Bands;
  name?: string;
}

/** Defined names the pane uses to find the parts of the sheet again. */
export const RATING_NAMES = {
  table: "Рейтинг_Таблица",
  totals: "Рейтинг_Итого",
  bands: "Рейтинг_Шкала",
  recommendations: "Рейтинг_Рекомендации",
} as const;

/** Rows of the blank template. */
export const EMPTY_TEMPLATE_ROWS = 30;

const COLUMNS = { number: 0, name: 1, employees: 2, trained: 3, share: 4, score: 5, extra: 6, gain: 7 } as const;
const LAST_TABLE_COLUMN = COLUMNS.gain;
const BANDS_COLUMN = 9; // J, after an empty spacer column I
const HEADER_ROW = 3; // 0-based: row 4
const COLUMN_WIDTHS = [5, 60, 14, 14, 12, 9, 13, 13, 3, 14, 9];
/** Fill by score band, from the lowest band to the highest. */
const SCORE_PALETTE = ["#F4B6B6", "#F8CBAD", "#FFE699", "#FFF2CC", "#E2EFDA", "#C6EFCE"];

/** Where everything is; 0-based row indexes. */
export interface RatingLayout {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  totalsRow: number;
  bandsFirstRow: number;
  bandsLastRow: number;
  bandsColumn: number;
  recommendationsTitleRow: number;
  recommendationsFirstLine: number;
}

export function ratingLayout(dataRows: number, bandCount: number): RatingLayout {
  const firstDataRow = HEADER_ROW + 1;
  const lastDataRow = firstDataRow + dataRows - 1;
  const totalsRow = lastDataRow + 1;
  const recommendationsTitleRow = totalsRow + 2;
  return {
    headerRow: HEADER_ROW,
    firstDataRow,
    lastDataRow,
    totalsRow,
    bandsFirstRow: firstDataRow,
    bandsLastRow: firstDataRow + bandCount - 1,
    bandsColumn: BANDS_COLUMN,
    recommendationsTitleRow,
    recommendationsFirstLine: recommendationsTitleRow + 2,
  };
}

export function buildRatingSheet(options: RatingSheetOptions): SheetModel {
  const bands = options.bands ?? DEFAULT_BANDS;
  const rows = inputRows(options.bodies);
  const layout = ratingLayout(rows.length, bands.length);
  const grid = new Grid();
  grid.set(0, 0, { value: sheetTexts.title });
  grid.set(1, 0, { value: sheetTexts.description });
  sheetTexts.headers.forEach((text, c) => grid.set(layout.headerRow, c, { value: text }));
  rows.forEach((row, i) => writeBodyRow(grid, layout, i, row));
  writeTotals(grid, layout);
  writeBands(grid, layout, bands);
  const lines = recommendationBlockLines(options.bodies, rows, layout, bands);
  const block = recommendationBlock(lines, recommendationTexts.note);
  writeRecommendations(grid, layout, block);
  const lastLine = layout.recommendationsTitleRow + block.length - 1;
  return {
    name: options.name ?? sheetTexts.sheetName,
    cells: grid.rows,
    styles: styles(layout, block),
    merges: [
      span(0, 0, LAST_TABLE_COLUMN),
      span(1, 0, LAST_TABLE_COLUMN),
      span(layout.headerRow - 1, BANDS_COLUMN, BANDS_COLUMN + 1),
      span(layout.recommendationsTitleRow + 1, 0, LAST_TABLE_COLUMN),
    ],
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: { 1: 45, [layout.headerRow - 1]: 30, [layout.headerRow]: 45, [layout.recommendationsTitleRow + 1]: 30 },
    validations: validations(layout),
    conditionalFormats: [scoreFormat(layout, bands)],
    names: [
      { name: RATING_NAMES.table, range: rect(layout.headerRow, 0, layout.lastDataRow, LAST_TABLE_COLUMN), comment: sheetTexts.namesComments.table },
      { name: RATING_NAMES.totals, range: rect(layout.totalsRow, 0, layout.totalsRow, LAST_TABLE_COLUMN), comment: sheetTexts.namesComments.totals },
      { name: RATING_NAMES.bands, range: bandsRange(layout), comment: sheetTexts.namesComments.bands },
      {
        name: RATING_NAMES.recommendations,
        range: rect(layout.recommendationsTitleRow, 0, lastLine, LAST_TABLE_COLUMN),
        comment: sheetTexts.namesComments.recommendations,
      },
    ],
    inputRanges: [rect(layout.firstDataRow, COLUMNS.name, layout.lastDataRow, COLUMNS.trained), bandsRange(layout)],
    freeze: { rows: layout.headerRow + 1, columns: 0 },
    // Filter and sort buttons on the header: a sorted view by score (or by name) is one click away.
    autoFilter: rect(layout.headerRow, 0, layout.lastDataRow, LAST_TABLE_COLUMN),
    print: { orientation: "landscape", fitToWidth: true, title: sheetTexts.title, titleRows: `${layout.headerRow + 1}:${layout.headerRow + 1}` },
    select: cellAddress(layout.firstDataRow, COLUMNS.name),
  };
}

function inputRows(bodies: RatingSheetOptions["bodies"]): BodyRow[] {
  if (bodies === "sample") return sample.bodies.map((b) => ({ name: b.name, employees: b.employees, trained: b.trained }));
  if (bodies === "empty") return blankRows(EMPTY_TEMPLATE_ROWS);
  // At least one row, so the table, its names and its formulas exist.
  return bodies.length > 0 ? bodies : blankRows(1);
}

function blankRows(count: number): BodyRow[] {
  return Array.from({ length: count }, () => ({ name: null, employees: null, trained: null }));
}

/** The core's recommendations for the rows as written, numbered by their sheet rows. */
function recommendationBlockLines(source: RatingSheetOptions["bodies"], rows: BodyRow[], layout: RatingLayout, bands: Bands): RecommendationLine[] {
  if (source === "empty") return recommendationLines(recommend([]));
  const numbered = rows.map((row, i) => ({ ...row, sourceRow: layout.firstDataRow + i + 1 }));
  const rating = rateBodies(numbered, bands);
  return recommendationLines(recommend(rating.bodies), rating.problems);
}

/** Sparse grid of cells, grown as cells are set. */
class Grid {
  readonly rows: ModelCell[][] = [];

  set(row: number, column: number, cell: ModelCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row];
    while (cells.length < column) cells.push({ value: null });
    cells[column] = cell;
  }
}

function writeBodyRow(grid: Grid, layout: RatingLayout, index: number, row: BodyRow): void {
  const r = layout.firstDataRow + index;
  grid.set(r, COLUMNS.number, { value: index + 1 });
  grid.set(r, COLUMNS.name, { value: cellValue(row.name) });
  grid.set(r, COLUMNS.employees, { value: cellValue(row.employees) });
  grid.set(r, COLUMNS.trained, { value: cellValue(row.trained) });
  const f = rowFormulas(r + 1, layout);
  grid.set(r, COLUMNS.share, { formula: f.share });
  grid.set(r, COLUMNS.score, { formula: f.score });
  grid.set(r, COLUMNS.extra, { formula: f.extra });
  grid.set(r, COLUMNS.gain, { formula: f.gain });
}

/** A raw value as a cell constant: anything that is not a plain value is written as its text. */
function cellValue(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value) ?? typeof value;
}

/**
 * Formulas of one table row (1-based sheet row `n`). They mirror the core: share exact, lower bound inclusive
 * (LOOKUP over ascending bounds), next band = the band after the current one, people needed =
 * CEILING(ROUND(bound*employees,9),1) (ROUND drops float noise such as 0,2*35 = 7,000000000000001).
 */
export function rowFormulas(n: number, layout: RatingLayout): { share: string; score: string; extra: string; gain: string } {
  const [C, D, E, F, G] = ["C", "D", "E", "F", "G"].map((col) => `${col}${n}`);
  const bounds = absoluteColumn(layout, 0);
  const scores = absoluteColumn(layout, 1);
  const next = `IFERROR(MATCH(${E},${bounds},1),0)+1`;
  const needed = `CEILING(ROUND(INDEX(${bounds},${next})*${C},9),1)`;
  return {
    share: `=IF(AND(ISNUMBER(${C}),ISNUMBER(${D}),${C}>0,${D}>=0,${D}<=${C}),${D}/${C},"")`,
    // Below the lowest bound the core scores 0; LOOKUP would give #N/A there.
    score: `=IF(${E}="","",IF(${E}<MIN(${bounds}),0,LOOKUP(${E},${bounds},${scores})))`,
    extra: `=IF(${E}="","",IF(${next}>ROWS(${bounds}),"${labels.topBand}",IF(${needed}>${C},"${labels.unreachable}",${needed}-${D})))`,
    // The people needed may pass more than one band at once, so the new score is looked up, not taken from the next band.
    gain: `=IF(ISNUMBER(${G}),ROUND(LOOKUP((${D}+${G})/${C},${bounds},${scores})-${F},9),${G})`,
  };
}

function writeTotals(grid: Grid, layout: RatingLayout): void {
  const r = layout.totalsRow;
  const n = r + 1;
  const rows = (col: string) => `${col}${layout.firstDataRow + 1}:${col}${layout.lastDataRow + 1}`;
  const noScores = `COUNT(${rows("F")})=0`;
  // Only rows that got a score count, as the core leaves bad rows out.
  const sumRated = (col: string) => `=IF(${noScores},"",SUMIF(${rows("F")},">=0",${rows(col)}))`;
  grid.set(r, COLUMNS.name, { value: sheetTexts.totals });
  grid.set(r, COLUMNS.employees, { formula: sumRated("C") });
  grid.set(r, COLUMNS.trained, { formula: sumRated("D") });
  grid.set(r, COLUMNS.share, { formula: `=IF(N(C${n})>0,D${n}/C${n},"")` });
  grid.set(r, COLUMNS.score, { formula: `=IF(${noScores},"",AVERAGE(${rows("F")}))` });
}

function writeBands(grid: Grid, layout: RatingLayout, bands: Bands): void {
  grid.set(layout.headerRow - 1, BANDS_COLUMN, { value: sheetTexts.bandsTitle });
  sheetTexts.bandsHeaders.forEach((text, c) => grid.set(layout.headerRow, BANDS_COLUMN + c, { value: text }));
  bands.forEach((band, i) => {
    grid.set(layout.bandsFirstRow + i, BANDS_COLUMN, { value: band.lower });
    grid.set(layout.bandsFirstRow + i, BANDS_COLUMN + 1, { value: band.score });
  });
}

/** Sections start in column A; groups, bodies and problems sit under them in column B (the names column). */
function writeRecommendations(grid: Grid, layout: RatingLayout, block: BlockRow[]): void {
  block.forEach((row, i) => grid.set(layout.recommendationsTitleRow + i, row.column, { value: row.text }));
}

function styles(layout: RatingLayout, block: BlockRow[]): RangeStyle[] {
  const data = (c1: number, c2: number) => rect(layout.firstDataRow, c1, layout.lastDataRow, c2);
  const totals = (c: number) => cellAddress(layout.totalsRow, c);
  const result: RangeStyle[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, wrap: true, vertical: "top" } },
    { range: rect(layout.headerRow, 0, layout.headerRow, LAST_TABLE_COLUMN), style: headerStyle },
    { range: data(0, LAST_TABLE_COLUMN), style: { border: true, vertical: "top" } },
    { range: data(COLUMNS.number, COLUMNS.number), style: { horizontal: "center" } },
    { range: data(COLUMNS.name, COLUMNS.name), style: { wrap: true } },
    { range: data(COLUMNS.employees, COLUMNS.trained), style: { numberFormat: "0" } },
    { range: data(COLUMNS.share, COLUMNS.share), style: { numberFormat: "0.0%" } },
    { range: data(COLUMNS.score, COLUMNS.score), style: { numberFormat: "0.0", horizontal: "center" } },
    { range: data(COLUMNS.extra, COLUMNS.extra), style: { numberFormat: "0", horizontal: "center" } },
    { range: data(COLUMNS.gain, COLUMNS.gain), style: { numberFormat: "0.0", horizontal: "center" } },
    { range: rect(layout.totalsRow, 0, layout.totalsRow, LAST_TABLE_COLUMN), style: { bold: true, fill: "#E2EFDA", border: true } },
    { range: totals(COLUMNS.share), style: { numberFormat: "0.0%" } },
    { range: totals(COLUMNS.score), style: { numberFormat: "0.00", horizontal: "center" } },
    { range: cellAddress(layout.headerRow - 1, BANDS_COLUMN), style: { bold: true, wrap: true, vertical: "bottom" } },
    { range: rect(layout.headerRow, BANDS_COLUMN, layout.headerRow, BANDS_COLUMN + 1), style: headerStyle },
    { range: bandsRange(layout), style: { border: true } },
    { range: rect(layout.bandsFirstRow, BANDS_COLUMN, layout.bandsLastRow, BANDS_COLUMN), style: { numberFormat: "0.0%" } },
    { range: rect(layout.bandsFirstRow, BANDS_COLUMN + 1, layout.bandsLastRow, BANDS_COLUMN + 1), style: { numberFormat: "0.0" } },
  ];
  block.forEach((row, i) => {
    const style = BLOCK_ROW_STYLES[row.kind];
    if (Object.keys(style).length > 0) result.push({ range: cellAddress(layout.recommendationsTitleRow + i, row.column), style });
  });
  return result;
}

const headerStyle = { bold: true, fill: "#D9E1F2", wrap: true, horizontal: "center", vertical: "center", border: true } as const;

/** How each row of the recommendations block looks, on the rating sheet and wherever a refresh writes it. */
export const BLOCK_ROW_STYLES: Record<BlockRowKind, CellStyle> = {
  title: { bold: true, fontSize: 12 },
  note: { italic: true, wrap: true, vertical: "top", fontColor: "#595959" },
  section: { bold: true },
  group: { bold: true, italic: true },
  body: {},
  problem: { fontColor: "#C00000" },
  empty: { italic: true },
};

function validations(layout: RatingLayout): DataValidation[] {
  const v = sheetTexts.validation;
  const column = (c: number) => rect(layout.firstDataRow, c, layout.lastDataRow, c);
  const bandsColumn = (c: number) => rect(layout.bandsFirstRow, BANDS_COLUMN + c, layout.bandsLastRow, BANDS_COLUMN + c);
  return [
    { range: column(COLUMNS.employees), rule: { type: "whole", min: 1 }, prompt: v.employees.prompt, error: { ...v.employees.error, style: "stop" } },
    { range: column(COLUMNS.trained), rule: { type: "whole", min: 0 }, prompt: v.trained.prompt, error: { ...v.trained.error, style: "stop" } },
    { range: bandsColumn(0), rule: { type: "decimal", min: 0, max: 1 }, prompt: v.bound.prompt, error: { ...v.bound.error, style: "stop" } },
    { range: bandsColumn(1), rule: { type: "decimal", min: 0 }, prompt: v.score.prompt, error: { ...v.score.error, style: "stop" } },
  ];
}

/** One "equal" rule per band score: exact (scores are the table's values) and never matches the "" of a blank row. */
function scoreFormat(layout: RatingLayout, bands: Bands): ConditionalFormat {
  const ordered = [...bands].sort((a, b) => b.score - a.score);
  const colour = (i: number) => SCORE_PALETTE[Math.round(((bands.length - 1 - i) / Math.max(1, bands.length - 1)) * (SCORE_PALETTE.length - 1))];
  return {
    range: rect(layout.firstDataRow, COLUMNS.score, layout.lastDataRow, COLUMNS.score),
    rules: ordered.map((band, i) => ({ operator: "equal", values: [band.score], fill: colour(i) })),
  };
}

function bandsRange(layout: RatingLayout): string {
  return rect(layout.bandsFirstRow, BANDS_COLUMN, layout.bandsLastRow, BANDS_COLUMN + 1);
}

/** "$J$5:$J$10": bounds (0) or scores (1) of the bands table. */
function absoluteColumn(layout: RatingLayout, offset: number): string {
  const col = columnLetter(BANDS_COLUMN + offset);
  return `$${col}$${layout.bandsFirstRow + 1}:$${col}$${layout.bandsLastRow + 1}`;
}

function rect(top: number, left: number, bottom: number, right: number): string {
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

function span(row: number, left: number, right: number): string {
  return rect(row, left, row, right);
}
