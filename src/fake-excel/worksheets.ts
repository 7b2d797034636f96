/** Workbook.worksheets. */

import { FakeClientResult, FakeCollection } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { SheetState } from "./model";
import { SheetRef } from "./refs";
import { WorksheetProxy } from "./worksheet";

export class WorksheetCollectionProxy extends FakeCollection<WorksheetProxy> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "WorksheetCollection", "worksheets");
  }

  _members(): WorksheetProxy[] {
    return this._model.sheets.map((sheet) => new WorksheetProxy(this._ctx, SheetRef.bound(sheet)));
  }

  /** Office.js's getItem(key) takes a worksheet's name or its id. */
  _byKey(key: string): SheetRef {
    return new SheetRef((model) => model.sheetByNameOrId(key), `"${key}"`);
  }

  /** Adds at the end without activating it, like Excel; duplicate or invalid names fail the sync. */
  add(name?: string): WorksheetProxy {
    const ref = new SheetRef(() => null, `"${name ?? "(new sheet)"}"`);
    this._call("add", [name], () => ref.bind(this._model.addSheet(name).id));
    return new WorksheetProxy(this._ctx, ref);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this._byKey(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this._ctx._requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new WorksheetProxy(this._ctx, this._byKey(key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, new SheetRef((model) => model.activeSheet(), "(active sheet)"));
  }

  _visible(visibleOnly: boolean | undefined): SheetState[] {
    return this._model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(this._ctx, new SheetRef(() => this._visible(visibleOnly)[0] ?? null, "(first sheet)"));
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    const find = () => this._visible(visibleOnly).slice(-1)[0] ?? null;
    return new WorksheetProxy(this._ctx, new SheetRef(find, "(last sheet)"));
  }

  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._visible(visibleOnly).length));
    return result;
  }
}
