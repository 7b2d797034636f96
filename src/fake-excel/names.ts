/** Defined names: Workbook.names (workbook scope) and Worksheet.names (sheet scope). */

import { qualifiedAddress } from "./addresses";
import { FakeClientObject, FakeClientResult, FakeCollection, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound, notImplemented } from "./errors";
import type { NameState, Scalar, SheetState } from "./model";
import { RangeProxy } from "./range";
import { RangeRef, SheetRef } from "./refs";
import { definedNameProblem, type WorkbookModel } from "./workbook-model";

const MAX_COMMENT = 255;

/** What a name refers to: a range ("=Sheet1!$A$1:$B$2", "A1", a Range) or a constant ("=0.5", '="text"', "=TRUE"). */
function nameTarget(model: WorkbookModel, reference: unknown, home: SheetState | null, where: string): Pick<NameState, "target" | "constant"> {
  if (reference instanceof RangeProxy) {
    const { sheet, rect } = reference._target();
    return { target: { sheetId: sheet.id, rect }, constant: null };
  }
  if (typeof reference !== "string" || reference.trim() === "") throw invalidArgument(where, "A name needs a Range or a formula.");
  const text = reference.trim().replace(/^=/, "");
  // Unqualified references mean the scope's sheet, or for workbook names the active sheet.
  const range = model.resolveReference(text, home ?? model.activeSheet());
  if (range) return { target: { sheetId: range.sheet.id, rect: range.rect }, constant: null };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { target: null, constant: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { target: null, constant: text.toUpperCase() === "TRUE" };
  const literal = /^"((?:[^"]|"")*)"$/.exec(text);
  if (literal) return { target: null, constant: literal[1].replace(/""/g, '"') };
  if (/^[^!]+!/.test(text)) throw invalidArgument(where, `The reference ${reference} is not valid (unknown sheet?).`);
  throw notImplemented(`names referring to the formula ${reference} (only ranges and constants)`);
}

function formulaOf(model: WorkbookModel, n: NameState): string {
  if (n.target) {
    const sheet = model.sheetById(n.target.sheetId);
    return sheet ? `=${qualifiedAddress(sheet.name, n.target.rect, true)}` : "=#REF!";
  }
  const c = n.constant;
  if (typeof c === "string") return c === "#REF!" ? "=#REF!" : `="${c.replace(/"/g, '""')}"`;
  if (typeof c === "boolean") return c ? "=TRUE" : "=FALSE";
  return `=${String(c)}`;
}

function typeOf(n: NameState): string {
  if (n.target) return "Range";
  if (typeof n.constant === "number") return "Double";
  if (typeof n.constant === "boolean") return "Boolean";
  return n.constant === "#REF!" ? "Error" : "String";
}

function checkComment(comment: unknown, where: string): string {
  if (comment === undefined || comment === null) return "";
  if (typeof comment !== "string" || comment.length > MAX_COMMENT) throw invalidArgument(where, `A name's comment is text of at most ${MAX_COMMENT} characters.`);
  return comment;
}

/** Finds a name in a scope at sync time (names cannot be renamed, so the name is a stable key). */
type FindName = (model: WorkbookModel) => NameState | null;

export class NamedItemCollectionProxy extends FakeCollection<NamedItemProxy> {
  /** null: workbook scope. */
  _scope: SheetRef | null;

  constructor(ctx: FakeRequestContext, scope: SheetRef | null, path: string) {
    super(ctx, "NamedItemCollection", path);
    this._scope = scope;
  }

  _scopeSheet(): SheetState | null {
    return this._scope ? this._scope.resolve(this._model) : null;
  }

  _list(): NameState[] {
    const id = this._scopeSheet()?.id ?? null;
    return this._model.names.filter((n) => n.scopeSheetId === id);
  }

  _finder(name: string): FindName {
    return () => this._list().find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  _members(): NamedItemProxy[] {
    return this._list().map((n) => new NamedItemProxy(this._ctx, this._finder(n.name), `${this._path}.getItem(${n.name})`));
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._call("add", [name, reference, comment], () => {
      const where = "NamedItemCollection.add";
      const problem = definedNameProblem(name);
      if (problem) throw invalidArgument(where, problem);
      if (this._finder(name)(this._model)) throw itemAlreadyExists(where);
      const home = this._scopeSheet();
      this._model.names.push({
        name,
        scopeSheetId: home?.id ?? null,
        ...nameTarget(this._model, reference, home, where),
        comment: checkComment(comment, where),
        visible: true,
      });
    });
    return new NamedItemProxy(this._ctx, this._finder(name), `${this._path}.add(${name})`);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, this._finder(name), `${this._path}.getItem(${name})`);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, this._finder(name), `${this._path}.getItemOrNullObject(${name})`, true);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._list().length));
    return result;
  }
}

export class NamedItemProxy extends FakeClientObject {
  _find: FindName;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, find: FindName, path: string, orNull = false) {
    super(ctx, "NamedItem", path);
    this._find = find;
    this._orNull = orNull;
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _state(): NameState {
    const state = this._find(this._model);
    if (!state) throw itemNotFound(this._path, "The name doesn't exist.");
    return state;
  }

  _exists(): boolean {
    return !this._orNull || this._find(this._model) !== null;
  }

  _readers(): Readers {
    return {
      name: () => this._state().name,
      type: () => typeOf(this._state()),
      scope: () => (this._state().scopeSheetId === null ? "Workbook" : "Worksheet"),
      formula: () => formulaOf(this._model, this._state()),
      value: (): Scalar => {
        const n = this._state();
        return n.target ? formulaOf(this._model, n).slice(1) : (n.constant ?? "");
      },
      comment: () => this._state().comment,
      visible: () => this._state().visible,
    };
  }

  get name(): string {
    return this._prop("name");
  }
  get type(): string {
    return this._prop("type");
  }
  get scope(): string {
    return this._prop("scope");
  }
  get value(): unknown {
    return this._prop("value");
  }
  get formula(): string {
    return this._prop("formula");
  }
  set formula(value: string) {
    this._write("formula", value, () => {
      const n = this._state();
      const home = n.scopeSheetId === null ? null : this._model.sheetById(n.scopeSheetId);
      Object.assign(n, nameTarget(this._model, value, home, "NamedItem.formula"));
    });
  }
  get comment(): string {
    return this._prop("comment");
  }
  set comment(value: string) {
    this._write("comment", value, () => (this._state().comment = checkComment(value, "NamedItem.comment")));
  }
  get visible(): boolean {
    return this._prop("visible");
  }
  set visible(value: boolean) {
    this._write("visible", value, () => (this._state().visible = value !== false));
  }

  _range(orNull: boolean): RangeProxy {
    const targetOf = (model: WorkbookModel) => {
      const n = this._find(model);
      if (!n && !orNull) throw itemNotFound(this._path, "The name doesn't exist.");
      if (n && !n.target && !orNull) throw invalidOperation("NamedItem.getRange", "The name does not refer to a range.");
      return n?.target ?? null;
    };
    // The sheet is the name's target sheet; a null object when there is none (OrNullObject form).
    const sheet = new SheetRef((model) => {
      const target = targetOf(model);
      return target ? model.sheetById(target.sheetId) : null;
    }, this._path);
    const ref = new RangeRef(sheet, (model) => targetOf(model)?.rect ?? null, `${this._path}.getRange()`);
    return new RangeProxy(this._ctx, ref, orNull);
  }

  getRange(): RangeProxy {
    return this._range(false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._range(true);
  }

  delete(): void {
    this._call("delete", [], () => {
      const n = this._state();
      this._model.names = this._model.names.filter((x) => x !== n);
    });
  }
}
