/**
 * The grid's selection, kept in the workbook (setSelection) as Excel keeps it: the active cell, and the other
 * corner that Shift+arrows and Shift+click move. A merged area is selected whole, and arrows step over it.
 */
import type { Rect } from "../fake-excel/addresses";
import type { FakeWorkbook } from "../fake-excel";
import { cellAddress } from "../core/sheet-model";
import { parseReference } from "./formulas/parse";

export interface Point {
  row: number;
  column: number;
}

export const rectOf = (a: Point, b: Point): Rect => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.column, b.column),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.column, b.column),
});

export const sameRect = (a: Rect, b: Rect): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** "B3" or "B3:E7". */
export const rangeAddress = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;

export class GridSelection {
  /** The active cell: where typing goes. */
  anchor: Point = { row: 0, column: 0 };
  corner: Point = { row: 0, column: 0 };

  constructor(private readonly workbook: FakeWorkbook) {}

  get activeAddress(): string {
    return cellAddress(this.anchor.row, this.anchor.column);
  }

  /** Keeps the active cell when the workbook's selection is still ours; otherwise (the pane selected) starts anew. */
  follow(selection: Rect): void {
    if (sameRect(selection, rectOf(this.anchor, this.corner))) return;
    this.anchor = { row: selection.top, column: selection.left };
    this.corner = { row: selection.bottom, column: selection.right };
  }

  /** Whether `selection` is the one this object made, with `point` its active cell. */
  isActive(point: Point, selection: Rect): boolean {
    return point.row === this.anchor.row && point.column === this.anchor.column && sameRect(selection, rectOf(this.anchor, this.corner));
  }

  private mergeAt(point: Point): Rect | null {
    for (const merge of this.workbook.merges(this.workbook.activeSheetName())) {
      const rect = parseReference(merge)?.rect;
      if (rect && point.row >= rect.top && point.row <= rect.bottom && point.column >= rect.left && point.column <= rect.right) return rect;
    }
    return null;
  }

  selectRect(rect: Rect): void {
    this.anchor = { row: rect.top, column: rect.left };
    this.corner = { row: rect.bottom, column: rect.right };
    this.workbook.setSelection(this.workbook.activeSheetName(), rangeAddress(rect));
  }

  /** Selects a cell (a merged area whole), or extends the selection to it. */
  select(point: Point, extend = false): void {
    const target = { row: Math.max(0, point.row), column: Math.max(0, point.column) };
    if (extend) {
      this.corner = target;
      this.workbook.setSelection(this.workbook.activeSheetName(), rangeAddress(rectOf(this.anchor, this.corner)));
      return;
    }
    const merge = this.mergeAt(target);
    this.selectRect(merge ?? rectOf(target, target));
  }

  /** Arrow keys: from the active cell (or the moving corner with Shift), stepping over a merged area. */
  move(rows: number, columns: number, extend: boolean): void {
    const from = extend ? this.corner : this.anchor;
    const merge = extend ? null : this.mergeAt(from);
    const row = rows > 0 && merge ? merge.bottom + rows : from.row + rows;
    const column = columns > 0 && merge ? merge.right + columns : from.column + columns;
    this.select({ row, column }, extend);
  }
}
