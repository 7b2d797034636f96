/** The workbook's state: plain data that the proxies change at sync and the inspection API reads. */

import type { Rect } from "./addresses";

export type Scalar = string | number | boolean;

export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

/** Borders are kept per cell and side, as Excel keeps them. */
export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export interface CellStyle {
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontColor: string;
  fontName: string;
  /** null: no fill. */
  fill: string | null;
  wrap: boolean;
  horizontal: string;
  vertical: string;
  borders: Partial<Record<BorderSide, BorderState>>;
}

export interface ValidationState {
  rule: Excel.DataValidationRule | null;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
  ignoreBlanks: boolean;
}

export interface CellState {
  /** A constant; null when empty or when the cell holds a formula. */
  value: Scalar | null;
  /** Formula text as written ("=SUM(A1:A3)"), or null. */
  formula: string | null;
  /** What Excel would have calculated: never computed here, only set by tests (setComputedValue). */
  computed: Scalar | null;
  numberFormat: string;
  style: CellStyle;
  validation: ValidationState | null;
}

export interface ConditionalFormatState {
  id: string;
  type: "CellValue" | "Custom";
  rect: Rect;
  /** CellValue: { formula1, formula2?, operator }. */
  rule: Excel.ConditionalCellValueRule | null;
  /** Custom: the formula. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
  stopIfTrue: boolean;
}

export interface CommentState {
  id: string;
  row: number;
  column: number;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface NoteState {
  row: number;
  column: number;
  content: string;
  authorName: string;
}

export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  /** Excel.PaperType ("Letter" by default, as in en-US Excel). */
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  printTitleRows: Rect | null;
}

export interface SheetState {
  id: string;
  name: string;
  /** Keyed by `${row},${column}`; absent cells are empty with default format. */
  cells: Map<string, CellState>;
  merges: Rect[];
  /** Points, by 0-based index; absent = standard. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number };
  /** The range with filter and sort buttons in its header row, if any. */
  autoFilter: Rect | null;
  pageLayout: PageLayoutState;
  tabColor: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  showGridlines: boolean;
  selection: Rect;
  comments: CommentState[];
  notes: NoteState[];
  /** In priority order: index 0 wins. */
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
}

/** A chart over a block of the sheet (Worksheet.charts.add), its series taken from the block by rows or columns. */
export interface ChartState {
  id: string;
  name: string;
  /** Excel.ChartType: "Line", "ColumnClustered", … */
  type: string;
  source: Rect;
  seriesBy: "Rows" | "Columns";
  title: string;
  /** The cells it covers, once placed (setPosition). */
  position: { from: Rect; to: Rect } | null;
  valueAxisFormat: string;
}

/** A defined name. Range names hold the target sheet's id, so they follow renames; insertRows moves the rect. */
export interface NameState {
  name: string;
  /** Sheet id for a sheet-scoped name, null for workbook scope. */
  scopeSheetId: string | null;
  target: { sheetId: string; rect: Rect } | null;
  /** For a constant name (=0.5, ="text", =TRUE): the value; for a deleted range: "#REF!". */
  constant: Scalar | null;
  comment: string;
  visible: boolean;
}

export const STANDARD_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const STANDARD_HEIGHT = 15; // points

export const defaultBorder = (): BorderState => ({ style: "None", color: "#000000", weight: "Thin" });

export const defaultStyle = (): CellStyle => ({
  bold: false,
  italic: false,
  fontSize: 11,
  fontColor: "#000000",
  fontName: "Calibri",
  fill: null,
  wrap: false,
  horizontal: "General",
  vertical: "Bottom",
  borders: {},
});

export const emptyCell = (): CellState => ({
  value: null,
  formula: null,
  computed: null,
  numberFormat: "General",
  style: defaultStyle(),
  validation: null,
});

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: { rows: 0, columns: 0 },
    autoFilter: null,
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null },
    tabColor: "",
    visibility: "Visible",
    showGridlines: true,
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    comments: [],
    notes: [],
    conditionalFormats: [],
    charts: [],
  };
}
