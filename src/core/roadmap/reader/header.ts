/**
 * The header row and what each column is, from what the cells say: the year columns («2022», «2022 г.», «на 2022 год»,
 * «2022 (план)»), the row labels («X», «Наименование показателя»), a «№ п/п» column, a «Ед. изм.» column, and columns to
 * leave alone («Ответственный», «Примечание»). A roadmap may start anywhere on the sheet.
 */
import { readCell } from "../../cell-value";
import type { NamedParts } from "./defined-names";
import { plain, text, type GridView } from "./grid";
import type { YearColumn } from "./types";

export interface Header {
  row: number;
  /** The «X» column: where the row labels are. */
  labelColumn: number;
  /** Columns whose texts together make a row's label, left to right (the label column, a separate name column). */
  labelColumns: number[];
  /** A «№ п/п» column numbering the indicator rows. */
  numberColumn?: number;
  /** A «Ед. изм.» column. */
  unitColumn?: number;
  years: YearColumn[];
}

/** Rows scanned under the header to tell an unlabelled number or unit column by its content. */
const CONTENT_ROWS_SCANNED = 200;

const YEAR_TEXT = /^(?:(?:план(?:овое значение)?\s+)?на\s+)?(\d{4})\s*(?:г\.?|год[ау]?)?\s*(?:\(\s*(?:план|плановое значение|прогноз)\s*\)|план)?\.?$/;

/** 2022, «2022», «2022 г.», «2022 год», «на 2022 год», «2022 (план)»; a fact column («2022 (факт)») is not a plan year. */
export function yearOf(value: unknown): string | undefined {
  const written = typeof value === "number" ? (Number.isInteger(value) ? String(value) : "") : plain(text(value));
  const match = YEAR_TEXT.exec(written);
  const year = match ? Number(match[1]) : NaN;
  return year >= 2000 && year <= 2100 ? String(year) : undefined;
}

function yearsInRow(view: GridView, row: number, from: number, to: number): YearColumn[] {
  const years: YearColumn[] = [];
  for (let column = from; column <= to; column++) {
    const year = yearOf(view.raw(row, column));
    if (year !== undefined) years.push({ year, column });
  }
  return years;
}

function ascending(years: YearColumn[]): boolean {
  return years.every((y, i) => i === 0 || Number(y.year) > Number(years[i - 1].year));
}

export function findHeader(view: GridView, names: NamedParts): Header | undefined {
  const named = names.years;
  if (named) {
    const years = yearsInRow(view, named.row, named.left, named.right);
    if (years.length > 0 && ascending(years)) return header(view, named.row, years);
  }
  for (let row = view.top; row <= view.bottom; row++) {
    const years = yearsInRow(view, row, view.left, view.right);
    // A label column must stay left of the years, and two years in a row is a header, not a stray number.
    if (years.length >= 2 && ascending(years) && years[0].column > view.left) return header(view, row, years);
  }
  return undefined;
}

type ColumnRole = "number" | "unit" | "label" | "name" | "ignored" | "blank" | "other";

function columnRole(heading: string): ColumnRole {
  const h = plain(heading);
  if (h === "") return "blank";
  if (/^(?:№|n|no\.?)\s*(?:п\s*\/\s*п|пп|п\.п\.)?\.?$/.test(h) || h.startsWith("№")) return "number";
  if (/ед\.?\s*изм|единиц[аы]?\s+измерен/.test(h)) return "unit";
  if (/^[xх]$/.test(h)) return "label";
  if (/наименовани|показател/.test(h)) return "name";
  if (/ответствен|исполнител|примечан|комментар|источник|срок|обоснован|куратор|контакт/.test(h)) return "ignored";
  return "other";
}

/** The header cell's text; a heading merged over two header rows (or written in the row above) counts too. */
function heading(view: GridView, row: number, column: number): string {
  const own = text(view.shown(row, column));
  if (own !== "" || row <= view.top) return own;
  const above = text(view.shown(row - 1, column));
  return columnRole(above) === "other" ? "" : above;
}

function header(view: GridView, row: number, years: YearColumn[]): Header {
  const columns: { column: number; role: ColumnRole }[] = [];
  for (let column = view.left; column < years[0].column; column++) columns.push({ column, role: columnRole(heading(view, row, column)) });
  const first = (role: ColumnRole) => columns.find((c) => c.role === role)?.column;
  let numberColumn = first("number");
  let unitColumn = first("unit");
  // Unlabelled columns are told by their content: 1, 2, 3 … numbers the rows; «%», «ед.» are units.
  for (const c of columns.filter((c) => c.role === "blank")) {
    const kind = contentKind(view, row, c.column);
    if (kind === "number" && numberColumn === undefined) [numberColumn, c.role] = [c.column, "number"];
    else if (kind === "unit" && unitColumn === undefined) [unitColumn, c.role] = [c.column, "unit"];
  }
  const textColumns = columns.filter((c) => c.role === "blank" || c.role === "label" || c.role === "name");
  const labelColumn = first("label") ?? first("name") ?? mostText(view, row, textColumns.map((c) => c.column)) ?? columns.find((c) => c.role !== "number")?.column ?? view.left;
  const labelColumns = textColumns.map((c) => c.column).filter((c) => c >= labelColumn);
  if (!labelColumns.includes(labelColumn)) labelColumns.unshift(labelColumn);
  return {
    row,
    labelColumn,
    labelColumns,
    ...(numberColumn !== undefined ? { numberColumn } : {}),
    ...(unitColumn !== undefined ? { unitColumn } : {}),
    years,
  };
}

const UNIT_WORD = /^(?:%|процент\S*|усл\.?\s*ед\.?|ед\.?|балл\S*|чел\.?|тыс\.?\s*посещений)$/;

function contentKind(view: GridView, headerRow: number, column: number): "number" | "unit" | undefined {
  let numbers = 0;
  let units = 0;
  let others = 0;
  const last = Math.min(view.bottom, headerRow + CONTENT_ROWS_SCANNED);
  for (let row = headerRow + 1; row <= last; row++) {
    const value = view.raw(row, column);
    const reading = readCell(value);
    if (reading.kind === "blank") continue;
    if (reading.kind === "number" && Number.isInteger(reading.value) && reading.value > 0 && reading.value < 1000 && !reading.percentSign) numbers++;
    else if (typeof value === "string" && /^\d{1,3}[.)]$/.test(value.trim())) numbers++;
    else if (UNIT_WORD.test(plain(text(value)))) units++;
    else others++;
  }
  if (others > 0) return undefined;
  if (numbers >= 2 && units === 0) return "number";
  if (units >= 2 && numbers === 0) return "unit";
  return undefined;
}

/** The column with the most text cells under the header: where people wrote the labels. */
function mostText(view: GridView, headerRow: number, columns: number[]): number | undefined {
  let best: { column: number; count: number } | undefined;
  const last = Math.min(view.bottom, headerRow + CONTENT_ROWS_SCANNED);
  for (const column of columns) {
    let count = 0;
    for (let row = headerRow + 1; row <= last; row++) if (readCell(view.raw(row, column)).kind === "text") count++;
    if (count > 0 && (!best || count > best.count)) best = { column, count };
  }
  return best?.column;
}
