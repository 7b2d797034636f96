/**
 * A host-neutral description of a sheet to create: what Excel (src/excel) and exceljs (src/xlsx) both write.
 * Plain data, readable in a test. Addresses are A1 style relative to the sheet; row and column indexes are 0-based.
 */

export type CellValue = string | number | boolean | null;

/** One cell: a constant, or a formula in English A1 syntax with "," separators (e.g. "=AVERAGE(C7,C9)"). */
export type ModelCell = { value: CellValue } | { formula: string };

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  /** Thin border around every cell of the range. */
  border?: boolean;
  /** Number format in Excel's invariant syntax: "0%", "0.00", "@" (text). */
  numberFormat?: string;
}

/** A style applied to a rectangular range ("A1", "B3:E3"). Later entries win where they overlap. */
export interface RangeStyle {
  range: string;
  style: CellStyle;
}

export type ValidationRule =
  | { type: "decimal"; min: number; max?: number }
  | { type: "whole"; min: number; max?: number }
  | { type: "list"; values: string[] };

export interface DataValidation {
  range: string;
  rule: ValidationRule;
  /** Shown when the cell is selected. */
  prompt: { title: string; message: string };
  /** Shown when the input breaks the rule; the input is rejected ("stop") or only warned about. */
  error: { title: string; message: string; style: "stop" | "warning" };
}

/** Fill colour by value: the first rule that matches a cell wins. */
export interface ConditionalFormat {
  range: string;
  /** A value is a number, or a formula without «=» (a quoted text «"достигнуто"» or a cell «$B$40»). */
  rules: { operator: "greaterThanOrEqual" | "lessThan" | "between" | "equal"; values: (number | string)[]; fill: string; fontColor?: string }[];
}

/** A sheet-scoped defined name: it follows the cells when rows are inserted or the sheet is renamed. */
export interface DefinedName {
  name: string;
  range: string;
  comment?: string;
}

/**
 * A chart of a block of the sheet laid out the way Excel reads a chart's data by rows: the first row holds the
 * category labels (after an empty corner), each next row a series, its name in the first cell.
 */
export interface ChartModel {
  type: "line" | "column";
  title: string;
  /** The block with its header row and name column: "A40:E52". */
  data: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  anchor: { from: string; to: string };
  /** Values are fractions shown as percentages. */
  percent?: boolean;
}

export interface SheetModel {
  /** Wanted name; the host makes it valid and unique and never overwrites an existing sheet. */
  name: string;
  /** Rows from A1; rows may be shorter than others (missing cells stay empty). */
  cells: ModelCell[][];
  styles: RangeStyle[];
  merges: string[];
  /** Width of columns A, B, … in characters. */
  columnWidths: number[];
  /** Height in points by 0-based row index, where the default is too small. */
  rowHeights?: Record<number, number>;
  validations: DataValidation[];
  conditionalFormats?: ConditionalFormat[];
  names: DefinedName[];
  /** Cells the user is expected to fill, for marking and for the first selection. */
  inputRanges: string[];
  freeze?: { rows: number; columns: number };
  /** Header and data rows that get Excel's filter and sort buttons («A4:H34»). */
  autoFilter?: string;
  /** Page set-up: A4; titleRows repeat on every printed page («4:4» for the header row). */
  print?: { orientation: "landscape" | "portrait"; fitToWidth: boolean; title?: string; titleRows?: string };
  /** The cell selected after creation. */
  select?: string;
  charts?: ChartModel[];
  /**
   * Absent: a visible sheet. "veryHidden": hidden so that it can be shown again only by a program (Excel's sheet menu
   * does not list it), for the add-in's own data such as the stored edition.
   */
  visibility?: "hidden" | "veryHidden";
}

/** 0-based column index -> letters (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 0-based row and column -> "B3". */
/** «D6:D20» -> «$D$6:$D$20», «B7» -> «$B$7»: a reference that an inserted row moves but a copied formula does not. */
export function absoluteRange(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "B3" -> { row: 2, column: 1 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** "B3:E3" (or "B3") -> top-left and bottom-right, 0-based, inclusive. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** Number of columns of the widest row. */
export function modelWidth(model: SheetModel): number {
  return Math.max(1, ...model.cells.map((row) => row.length));
}

/** The cell grid as a full rectangle (short rows padded with blanks), as hosts write it in one call. */
export function rectangularCells(model: SheetModel): ModelCell[][] {
  const width = modelWidth(model);
  return model.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { value: null }));
}
