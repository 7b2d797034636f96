/**
 * What a proxy points at, resolved lazily at sync time like an Office.js object path: a sheet found by name is
 * bound to its id on first use (so a later rename keeps the link), a range's rectangle is fixed on first use.
 */

import { inSheet, type Rect } from "./addresses";
import { invalidArgument, itemNotFound } from "./errors";
import type { SheetState } from "./model";
import type { WorkbookModel } from "./workbook-model";

export class SheetRef {
  private id: string | null;

  constructor(
    private readonly find: (model: WorkbookModel) => SheetState | null,
    readonly label: string,
    id: string | null = null,
  ) {
    this.id = id;
  }

  static bound(sheet: SheetState): SheetRef {
    return new SheetRef(() => sheet, sheet.name, sheet.id);
  }

  bind(id: string): void {
    this.id = id;
  }

  tryResolve(model: WorkbookModel): SheetState | null {
    if (this.id !== null) return model.sheetById(this.id);
    const sheet = this.find(model);
    if (sheet) this.id = sheet.id;
    return sheet;
  }

  resolve(model: WorkbookModel): SheetState {
    const sheet = this.tryResolve(model);
    if (!sheet) throw itemNotFound(this.label, `The worksheet ${this.label} doesn't exist.`);
    return sheet;
  }
}

export interface ResolvedRange {
  sheet: SheetState;
  rect: Rect;
}

export class RangeRef {
  private rect: Rect | null | undefined = undefined;

  constructor(
    readonly sheet: SheetRef,
    private readonly compute: (model: WorkbookModel, sheet: SheetState) => Rect | null,
    readonly label: string,
  ) {}

  static fixed(sheet: SheetRef, rect: Rect, label: string): RangeRef {
    return new RangeRef(sheet, () => rect, label);
  }

  /** null for a null object (an empty used range, a missing name). */
  tryResolve(model: WorkbookModel): ResolvedRange | null {
    const sheet = this.sheet.tryResolve(model);
    if (!sheet) return null;
    if (this.rect === undefined) {
      const rect = this.compute(model, sheet);
      if (rect && !inSheet(rect)) throw invalidArgument(this.label, "The range goes outside the worksheet.");
      this.rect = rect;
    }
    return this.rect ? { sheet, rect: this.rect } : null;
  }

  resolve(model: WorkbookModel): ResolvedRange {
    const resolved = this.tryResolve(model);
    if (!resolved) throw itemNotFound(this.label, "The range doesn't exist.");
    return resolved;
  }
}
