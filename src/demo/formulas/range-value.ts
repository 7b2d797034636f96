/** A reference inside a formula, read only when needed: ROWS or INDEX want the range, not its values. */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../../fake-excel/addresses";
import type { Scalar } from "./values";

/** Where a formula's references are read. The source computes formula cells itself (and stops cycles). */
export interface CellSource {
  /** A cell's value (a formula cell's result); null when blank. */
  value(sheet: string, row: number, column: number): Scalar;
  /** The sheet's name as the workbook spells it, or null when there is no such sheet. */
  sheet(name: string): string | null;
  /** Rows and columns in use, to cut whole-column and whole-row references short. */
  extent(sheet: string): { rows: number; columns: number };
  /** A defined name as seen from a formula on `sheet`, or null. */
  name(name: string, sheet: string): { sheet: string | null; rect: Rect } | null;
}

/** A reference that is not yet read: functions such as ROWS or INDEX want the range, not its values. */
export class RangeValue {
  constructor(
    readonly sheet: string,
    readonly rect: Rect,
    private readonly source: CellSource,
  ) {}

  get isCell(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  topLeft(): Scalar {
    return this.source.value(this.sheet, this.rect.top, this.rect.left);
  }

  /** The values, row by row; whole columns and rows (A:A, 3:3) are cut to the sheet's used cells. */
  values(): Scalar[][] {
    const extent = this.source.extent(this.sheet);
    const cut = (end: number, start: number, max: number, used: number) => (end === max - 1 ? Math.min(end, Math.max(start, used - 1)) : end);
    const bottom = cut(this.rect.bottom, this.rect.top, MAX_ROWS, extent.rows);
    const right = cut(this.rect.right, this.rect.left, MAX_COLUMNS, extent.columns);
    const out: Scalar[][] = [];
    for (let r = this.rect.top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = this.rect.left; c <= right; c++) row.push(this.source.value(this.sheet, r, c));
      out.push(row);
    }
    return out;
  }
}

/** What an expression gives: a value, or a reference still to be read. */
export type Value = Scalar | RangeValue;
