/** Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18), on a worksheet or the whole workbook. */

import { parseRect, rectOf, splitSheet } from "./addresses";
import { FakeClientObject, FakeClientResult, FakeCollection, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { CommentState, NoteState, SheetState } from "./model";
import { RangeProxy } from "./range";
import { RangeRef, SheetRef } from "./refs";
import type { WorkbookModel } from "./workbook-model";

interface Cell {
  sheet: SheetState;
  row: number;
  column: number;
}

/**
 * The one cell a comment or note goes on. Comments need a sheet-qualified string ("Sheet1!A1", as documented);
 * notes accept "A1" on the collection's sheet (the active sheet for the workbook's collection).
 */
function cellArgument(model: WorkbookModel, value: unknown, home: SheetState | null, needsSheet: boolean, where: string): Cell {
  if (value instanceof RangeProxy) {
    const { sheet, rect } = value._target();
    if (rect.top !== rect.bottom || rect.left !== rect.right) throw invalidArgument(where, "The range must be a single cell.");
    return { sheet, row: rect.top, column: rect.left };
  }
  if (typeof value !== "string") throw invalidArgument(where, "Expected a Range or a cell address.");
  const { sheet: sheetName, address } = splitSheet(value);
  if (sheetName === null && needsSheet) throw invalidArgument(where, `The address must include the sheet name: ${value}`);
  const sheet = sheetName === null ? (home ?? model.activeSheet()) : model.sheetByName(sheetName);
  const rect = parseRect(address);
  if (!sheet || !rect) throw invalidArgument(where, `Not a valid cell address: ${value}`);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw invalidArgument(where, "The range must be a single cell.");
  return { sheet, row: rect.top, column: rect.left };
}

function contentText(content: unknown, where: string): string {
  if (typeof content === "string") return content;
  if (content && typeof content === "object" && typeof (content as { richContent?: unknown }).richContent === "string") {
    return (content as { richContent: string }).richContent;
  }
  throw invalidArgument(where, "The content must be text.");
}

function locationOf(ctx: FakeRequestContext, find: () => Cell | null, path: string): RangeProxy {
  const sheet = new SheetRef(() => find()?.sheet ?? null, path);
  const ref = new RangeRef(sheet, () => {
    const cell = find();
    if (!cell) throw itemNotFound(path);
    return rectOf(cell.row, cell.column);
  }, `${path}.getLocation()`);
  return new RangeProxy(ctx, ref);
}

// ---------------------------------------------------------------- comments

type FoundComment = { sheet: SheetState; comment: CommentState };

export class CommentCollectionProxy extends FakeCollection<CommentProxy> {
  _scope: SheetRef | null;

  constructor(ctx: FakeRequestContext, scope: SheetRef | null, path: string) {
    super(ctx, "CommentCollection", path);
    this._scope = scope;
    ctx._requireApi("1.10", "comments");
  }

  _all(): FoundComment[] {
    const sheets = this._scope ? [this._scope.resolve(this._model)] : this._model.sheets;
    return sheets.flatMap((sheet) => sheet.comments.map((comment) => ({ sheet, comment })));
  }

  _byId(id: () => string | null): () => FoundComment | null {
    return () => this._all().find((c) => c.comment.id === id()) ?? null;
  }

  _proxy(find: () => FoundComment | null, path: string, orNull = false): CommentProxy {
    return new CommentProxy(this._ctx, find, path, orNull);
  }

  _members(): CommentProxy[] {
    return this._all().map(({ comment }) => this._proxy(this._byId(() => comment.id), `${this._path}.getItem(${comment.id})`));
  }

  add(cellAddress: RangeProxy | string, content: unknown, contentType?: string): CommentProxy {
    let id: string | null = null;
    this._call("add", [cellAddress, content, contentType], () => {
      const where = "CommentCollection.add";
      const home = this._scope ? this._scope.resolve(this._model) : null;
      const cell = cellArgument(this._model, cellAddress, home, true, where);
      const text = contentText(content, where);
      if (cell.sheet.comments.some((c) => c.row === cell.row && c.column === cell.column)) {
        throw invalidOperation(where, "The cell already has a comment thread.");
      }
      const comment: CommentState = { id: this._model.newId("comment"), row: cell.row, column: cell.column, content: text, authorName: this._model.userName, resolved: false };
      cell.sheet.comments.push(comment);
      id = comment.id;
    });
    return this._proxy(this._byId(() => id), `${this._path}.add()`);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._all().length));
    return result;
  }

  getItem(commentId: string): CommentProxy {
    return this._proxy(this._byId(() => commentId), `${this._path}.getItem(${commentId})`);
  }

  getItemOrNullObject(commentId: string): CommentProxy {
    return this._proxy(this._byId(() => commentId), `${this._path}.getItemOrNullObject(${commentId})`, true);
  }

  getItemAt(index: number): CommentProxy {
    return this._proxy(() => this._all()[index] ?? null, `${this._path}.getItemAt(${index})`);
  }

  getItemByCell(cellAddress: RangeProxy | string): CommentProxy {
    this._checkArgContext(cellAddress);
    const find = (): FoundComment | null => {
      const home = this._scope ? this._scope.resolve(this._model) : null;
      const cell = cellArgument(this._model, cellAddress, home, true, "CommentCollection.getItemByCell");
      const comment = cell.sheet.comments.find((c) => c.row === cell.row && c.column === cell.column);
      return comment ? { sheet: cell.sheet, comment } : null;
    };
    return this._proxy(find, `${this._path}.getItemByCell()`);
  }
}

export class CommentProxy extends FakeClientObject {
  _find: () => FoundComment | null;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, find: () => FoundComment | null, path: string, orNull: boolean) {
    super(ctx, "Comment", path);
    this._find = find;
    this._orNull = orNull;
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _state(): FoundComment {
    const found = this._find();
    if (!found) throw itemNotFound(this._path, "The comment doesn't exist.");
    return found;
  }

  _exists(): boolean {
    return !this._orNull || this._find() !== null;
  }

  _readers(): Readers {
    return {
      id: () => this._state().comment.id,
      content: () => this._state().comment.content,
      authorName: () => this._state().comment.authorName,
      authorEmail: () => `${this._state().comment.authorName.replace(/\s+/g, ".").toLowerCase()}@example.com`,
      contentType: () => "Plain",
      resolved: () => this._state().comment.resolved,
    };
  }

  get id(): string {
    return this._prop("id");
  }
  get authorName(): string {
    return this._prop("authorName");
  }
  get authorEmail(): string {
    return this._prop("authorEmail");
  }
  get contentType(): string {
    return this._prop("contentType");
  }
  get content(): string {
    return this._prop("content");
  }
  set content(value: string) {
    this._write("content", value, () => (this._state().comment.content = contentText(value, "Comment.content")));
  }
  get resolved(): boolean {
    return this._prop("resolved");
  }
  set resolved(value: boolean) {
    this._write("resolved", value, () => (this._state().comment.resolved = value === true));
  }

  getLocation(): RangeProxy {
    return locationOf(this._ctx, () => {
      const found = this._find();
      return found ? { sheet: found.sheet, row: found.comment.row, column: found.comment.column } : null;
    }, this._path);
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, comment } = this._state();
      sheet.comments = sheet.comments.filter((c) => c !== comment);
    });
  }
}

// ---------------------------------------------------------------- notes

type FoundNote = { sheet: SheetState; note: NoteState };

export class NoteCollectionProxy extends FakeCollection<NoteProxy> {
  _scope: SheetRef | null;

  constructor(ctx: FakeRequestContext, scope: SheetRef | null, path: string) {
    super(ctx, "NoteCollection", path);
    this._scope = scope;
    ctx._requireApi("1.18", "notes");
  }

  _home(): SheetState | null {
    return this._scope ? this._scope.resolve(this._model) : null;
  }

  _all(): FoundNote[] {
    const sheets = this._scope ? [this._scope.resolve(this._model)] : this._model.sheets;
    return sheets.flatMap((sheet) => sheet.notes.map((note) => ({ sheet, note })));
  }

  _at(cellAddress: RangeProxy | string, where: string): () => FoundNote | null {
    return () => {
      const cell = cellArgument(this._model, cellAddress, this._home(), false, where);
      const note = cell.sheet.notes.find((n) => n.row === cell.row && n.column === cell.column);
      return note ? { sheet: cell.sheet, note } : null;
    };
  }

  _members(): NoteProxy[] {
    return this._all().map((found) => new NoteProxy(this._ctx, () => (this._all().some((f) => f.note === found.note) ? found : null), `${this._path}.item`, false));
  }

  add(cellAddress: RangeProxy | string, content: unknown): NoteProxy {
    this._call("add", [cellAddress, content], () => {
      const where = "NoteCollection.add";
      const cell = cellArgument(this._model, cellAddress, this._home(), false, where);
      if (typeof content !== "string") throw invalidArgument(where, "The content must be text.");
      if (cell.sheet.notes.some((n) => n.row === cell.row && n.column === cell.column)) throw invalidOperation(where, "The cell already has a note.");
      cell.sheet.notes.push({ row: cell.row, column: cell.column, content, authorName: this._model.userName });
    });
    return new NoteProxy(this._ctx, this._at(cellAddress, "NoteCollection.add"), `${this._path}.add()`, false);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._all().length));
    return result;
  }

  getItem(key: string): NoteProxy {
    return new NoteProxy(this._ctx, this._at(key, "NoteCollection.getItem"), `${this._path}.getItem(${key})`, false);
  }

  getItemOrNullObject(key: string): NoteProxy {
    return new NoteProxy(this._ctx, this._at(key, "NoteCollection.getItemOrNullObject"), `${this._path}.getItemOrNullObject(${key})`, true);
  }

  getItemAt(index: number): NoteProxy {
    return new NoteProxy(this._ctx, () => this._all()[index] ?? null, `${this._path}.getItemAt(${index})`, false);
  }
}

export class NoteProxy extends FakeClientObject {
  _find: () => FoundNote | null;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, find: () => FoundNote | null, path: string, orNull: boolean) {
    super(ctx, "Note", path);
    this._find = find;
    this._orNull = orNull;
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _state(): FoundNote {
    const found = this._find();
    if (!found) throw itemNotFound(this._path, "The note doesn't exist.");
    return found;
  }

  _exists(): boolean {
    return !this._orNull || this._find() !== null;
  }

  _readers(): Readers {
    return { content: () => this._state().note.content, authorName: () => this._state().note.authorName };
  }

  get authorName(): string {
    return this._prop("authorName");
  }
  get content(): string {
    return this._prop("content");
  }
  set content(value: string) {
    this._write("content", value, () => {
      if (typeof value !== "string") throw invalidArgument("Note.content", "The content must be text.");
      this._state().note.content = value;
    });
  }

  getLocation(): RangeProxy {
    return locationOf(this._ctx, () => {
      const found = this._find();
      return found ? { sheet: found.sheet, row: found.note.row, column: found.note.column } : null;
    }, this._path);
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, note } = this._state();
      sheet.notes = sheet.notes.filter((n) => n !== note);
    });
  }
}
