/** Reading and writing the cells of a rectangle, with the size limits Excel applies to one request. */

import { columnCount, rowCount, type Rect } from "./addresses";
import { FakeOfficeError, invalidArgument, notImplemented } from "./errors";
import { cellKey, type CellState, type SheetState } from "./model";
import type { WorkbookModel } from "./workbook-model";

/** Above this, reading every cell would be a response Excel refuses too. */
export const MAX_READ_CELLS = 5_000_000;
/** Above this the fake refuses to format cell by cell (whole columns): not needed by the adapter. */
const MAX_WRITE_CELLS = 2_000_000;

export const cellCount = (rect: Rect): number => rowCount(rect) * columnCount(rect);

export function readGrid<T>(sheet: SheetState, rect: Rect, read: (cell: CellState | undefined) => T): T[][] {
  if (cellCount(rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "Range");
  }
  const rows: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(sheet.cells.get(cellKey(r, c))));
    rows.push(row);
  }
  return rows;
}

/** The common value of a property over a rectangle, or null when cells differ (as Excel reports mixed formats). */
export function uniform<T>(sheet: SheetState, rect: Rect, read: (cell: CellState | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  const same = (v: T): boolean => {
    if (first) {
      first = false;
      value = v;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(value);
  };
  let present = 0;
  if (cellCount(rect) > 100_000) {
    // Large ranges: look at the existing cells, plus one empty cell if some are missing.
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
      present++;
      if (!same(read(cell))) return null;
    }
    if (present < cellCount(rect) && !same(read(undefined))) return null;
    return value;
  }
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (!same(read(sheet.cells.get(cellKey(r, c))))) return null;
  }
  return value;
}

/** Calls `write` for every cell of the rectangle, creating cells as needed. */
export function forEachCell(model: WorkbookModel, sheet: SheetState, rect: Rect, write: (cell: CellState, row: number, column: number) => void): void {
  if (cellCount(rect) > MAX_WRITE_CELLS) throw notImplemented("formatting more than 2,000,000 cells at once (whole columns or rows)");
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) write(model.ensureCell(sheet, r, c), r, c);
  }
}

const SIZE_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * A 2-D input for values/formulas/numberFormat: it must match the range exactly; a single non-array value is
 * applied to every cell, and null is not a valid value for the whole property (Excel's rules).
 */
export function inputAt(input: unknown, rect: Rect, where: string): (row: number, column: number) => unknown {
  if (input === null || input === undefined) throw invalidArgument(where, "null is not a valid value for this property.");
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const ok = rows.length === rowCount(rect) && rows.every((row) => Array.isArray(row) && row.length === columnCount(rect));
  if (!ok) throw invalidArgument(where, SIZE_MISMATCH);
  return (row, column) => (rows[row - rect.top] as unknown[])[column - rect.left];
}
