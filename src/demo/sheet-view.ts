/**
 * What the demo draws for a sheet, read from the in-memory workbook: the visible extent (used cells, the selection
 * and some room to type), column widths and row heights in pixels, each cell's text and look, merges and comments.
 * No DOM here: grid-render.ts turns this into the table.
 */
import type { Rect } from "../fake-excel/addresses";
import type { CellView, FakeWorkbook } from "../fake-excel";
import { cellAddress } from "../core/sheet-model";
import { displayText, generalAlignment } from "./cell-display";
import { conditionalLooks } from "./conditional-fills";
import { parseReference } from "./formulas/parse";

export interface CellLook {
  address: string;
  text: string;
  /** Comment text (the check's findings), shown as a corner mark and on hover. */
  comment: string | null;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  sizePt: number;
  align: "left" | "right" | "center" | "justify";
  vertical: "top" | "middle" | "bottom";
  wrap: boolean;
  borders: { top?: string; right?: string; bottom?: string; left?: string };
  rowSpan: number;
  colSpan: number;
  formula: boolean;
  /** Pixels of empty cells to the right that unwrapped, left-aligned text may run over, as in Excel. */
  spill: number;
}

export interface SheetView {
  sheet: string;
  columnWidths: number[];
  rowHeights: number[];
  /** Row by row; null where a merged area covers the cell. */
  cells: (CellLook | null)[][];
  selection: Rect;
  /** Frozen panes: these first rows and columns stay in sight while the grid scrolls. */
  freeze: { rows: number; columns: number };
}

/** Room to type beyond the used cells, and the least the grid shows on an empty sheet. */
const SPARE_ROWS = 10;
const SPARE_COLUMNS = 3;
const MIN_ROWS = 40;
const MIN_COLUMNS = 16;
/** A selection of whole rows or columns is drawn only this far. */
const MAX_DRAWN = 400;
const PX_PER_POINT = 96 / 72;

function extent(workbook: FakeWorkbook, sheet: string, selection: Rect): { rows: number; columns: number } {
  const used = parseReference(workbook.usedRange(sheet) ?? "A1")?.rect;
  const mergeBottom = Math.max(0, ...workbook.merges(sheet).map((m) => parseReference(m)?.rect.bottom ?? 0));
  const rows = Math.max(MIN_ROWS, (used?.bottom ?? 0) + 1 + SPARE_ROWS, Math.min(MAX_DRAWN, selection.bottom + 2), mergeBottom + 1);
  const columns = Math.max(MIN_COLUMNS, (used?.right ?? 0) + 1 + SPARE_COLUMNS, Math.min(MAX_DRAWN, selection.right + 2));
  return { rows, columns };
}

const HORIZONTAL: Record<string, CellLook["align"] | undefined> = { Left: "left", Center: "center", Right: "right", Justify: "justify", CenterAcrossSelection: "center", Distributed: "justify" };
const VERTICAL: Record<string, CellLook["vertical"] | undefined> = { Top: "top", Center: "middle", Bottom: "bottom", Justify: "top", Distributed: "middle" };

function look(view: CellView, address: string, comment: string | null): CellLook {
  const f = view.format;
  const border = (side: keyof CellView["format"]["borders"]) => f.borders[side]?.color;
  return {
    address,
    text: displayText(view),
    comment,
    fill: f.fill,
    fontColor: f.fontColor,
    bold: f.bold,
    italic: f.italic,
    sizePt: f.size,
    align: HORIZONTAL[f.horizontal] ?? generalAlignment(view),
    vertical: VERTICAL[f.vertical] ?? "bottom",
    wrap: f.wrap,
    borders: { top: border("top"), right: border("right"), bottom: border("bottom"), left: border("left") },
    rowSpan: 1,
    colSpan: 1,
    formula: view.formula !== null,
    spill: 0,
  };
}

/** Text that does not fit runs over the empty cells to its right, up to the first one with content. */
function measureSpill(row: (CellLook | null)[], widths: number[]): void {
  row.forEach((cell, c) => {
    if (!cell || cell.text === "" || cell.wrap || cell.align !== "left" || cell.colSpan > 1 || cell.rowSpan > 1) return;
    let spill = 0;
    for (let next = c + 1; next < row.length; next++) {
      const neighbour = row[next];
      if (!neighbour || neighbour.text !== "") break;
      spill += widths[next];
    }
    cell.spill = spill;
  });
}

/** A wide column is drawn no narrower than this to fit the window, and leaves at least the room beside it. */
const MIN_FITTED_WIDTH = 260;
const ROOM_BESIDE_WIDE_COLUMN = 140;

/**
 * Column widths in pixels for a grid `viewport` px wide: one very wide column (the roadmap's A, 70 characters) is
 * drawn narrower (its text wraps) so that all used columns fit when they can, or at least the next one shows.
 */
function fittedWidths(natural: number[], usedColumns: number, viewport: number): number[] {
  if (!Number.isFinite(viewport)) return natural;
  const used = natural.slice(0, usedColumns);
  const others = used.reduce((a, b) => a + b, 0) - Math.max(0, ...used);
  const fit = viewport - others;
  const cap = fit >= MIN_FITTED_WIDTH ? fit : Math.max(MIN_FITTED_WIDTH, viewport - ROOM_BESIDE_WIDE_COLUMN);
  return natural.map((width) => Math.min(width, cap));
}

/** What to draw for `sheet` in a grid `viewport` px wide (Infinity: the workbook's widths as they are). */
export function sheetView(workbook: FakeWorkbook, sheet: string, viewport = Infinity): SheetView {
  const selection = parseReference(workbook.selection().address)?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const { rows, columns } = extent(workbook, sheet, selection);
  const comments = new Map(workbook.comments(sheet).map((c) => [c.address, c.content]));
  const conditional = conditionalLooks(workbook, sheet, rows, columns);
  const cells: (CellLook | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (CellLook | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const address = cellAddress(r, c);
      const cell = look(workbook.cell(sheet, address), address, comments.get(address) ?? null);
      // Excel draws a conditional format over the cell's own format.
      const extra = conditional.get(address);
      if (extra) {
        cell.fill = extra.fill ?? cell.fill;
        cell.fontColor = extra.fontColor ?? cell.fontColor;
        cell.bold = extra.bold ?? cell.bold;
        cell.italic = extra.italic ?? cell.italic;
      }
      row.push(cell);
    }
    cells.push(row);
  }
  for (const merge of workbook.merges(sheet)) {
    const rect = parseReference(merge)?.rect;
    if (!rect || rect.top >= rows || rect.left >= columns) continue;
    const bottom = Math.min(rect.bottom, rows - 1);
    const right = Math.min(rect.right, columns - 1);
    const anchor = cells[rect.top][rect.left];
    if (!anchor) continue;
    anchor.rowSpan = bottom - rect.top + 1;
    anchor.colSpan = right - rect.left + 1;
    for (let r = rect.top; r <= bottom; r++) for (let c = rect.left; c <= right; c++) if (r !== rect.top || c !== rect.left) cells[r][c] = null;
  }
  const natural = Array.from({ length: columns }, (_, c) => Math.max(8, Math.round(workbook.columnWidth(sheet, c) * PX_PER_POINT)));
  const usedColumns = (parseReference(workbook.usedRange(sheet) ?? "A1")?.rect.right ?? 0) + 1;
  const columnWidths = fittedWidths(natural, usedColumns, viewport);
  for (const row of cells) measureSpill(row, columnWidths);
  return {
    sheet,
    columnWidths,
    rowHeights: Array.from({ length: rows }, (_, r) => Math.max(8, Math.round(workbook.rowHeight(sheet, r) * PX_PER_POINT))),
    cells,
    selection,
    freeze: workbook.freeze(sheet),
  };
}
