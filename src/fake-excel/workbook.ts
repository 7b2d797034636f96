/** context.workbook: worksheets, workbook-scoped names, comments and notes, settings, the application, the selection. */

import { ApplicationProxy } from "./application";
import { FakeClientObject, type Readers } from "./client-object";
import { CommentCollectionProxy, NoteCollectionProxy } from "./comments";
import type { FakeRequestContext } from "./context";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy } from "./range";
import { RangeRef, SheetRef } from "./refs";
import { SettingCollectionProxy } from "./settings";
import { WorksheetCollectionProxy } from "./worksheets";

export class WorkbookProxy extends FakeClientObject {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Workbook", "workbook");
  }

  _readers(): Readers {
    return { name: () => "Book1.xlsx", readOnly: () => false };
  }

  _childNames(): string[] {
    return ["worksheets", "names", "comments", "notes", "settings", "application"];
  }

  get name(): string {
    return this._prop("name");
  }
  get readOnly(): boolean {
    return this._prop("readOnly");
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child("worksheets", () => new WorksheetCollectionProxy(this._ctx));
  }
  get names(): NamedItemCollectionProxy {
    return this._child("names", () => new NamedItemCollectionProxy(this._ctx, null, "names"));
  }
  get comments(): CommentCollectionProxy {
    return this._child("comments", () => new CommentCollectionProxy(this._ctx, null, "comments"));
  }
  get notes(): NoteCollectionProxy {
    return this._child("notes", () => new NoteCollectionProxy(this._ctx, null, "notes"));
  }
  get settings(): SettingCollectionProxy {
    return this._child("settings", () => new SettingCollectionProxy(this._ctx));
  }
  get application(): ApplicationProxy {
    return this._child("application", () => new ApplicationProxy(this._ctx));
  }

  /** The selection of the active sheet, fixed when the sync reaches it. */
  getSelectedRange(): RangeProxy {
    const sheet = new SheetRef((model) => model.activeSheet(), "(active sheet)");
    return new RangeProxy(this._ctx, new RangeRef(sheet, (_, s) => s.selection, "getSelectedRange()"));
  }

  /** The top-left cell of the selection. */
  getActiveCell(): RangeProxy {
    const sheet = new SheetRef((model) => model.activeSheet(), "(active sheet)");
    return new RangeProxy(this._ctx, new RangeRef(sheet, (_, s) => ({ ...s.selection, bottom: s.selection.top, right: s.selection.left }), "getActiveCell()"));
  }
}
