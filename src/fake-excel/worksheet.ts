/** Excel.Worksheet, its freeze panes and page layout. */

import { ChartCollectionProxy } from "./charts";
import { MAX_COLUMNS, MAX_ROWS, parseRect, rectOf, splitSheet, type Rect } from "./addresses";
import { normalizeColor } from "./cell-values";
import { FakeClientObject, type Readers } from "./client-object";
import { CommentCollectionProxy, NoteCollectionProxy } from "./comments";
import type { FakeRequestContext } from "./context";
import { invalidArgument, notImplemented } from "./errors";
import { STANDARD_HEIGHT, STANDARD_WIDTH, type SheetState } from "./model";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy } from "./range";
import { RangeRef, SheetRef } from "./refs";

/** An address on `sheet` ("B3", "Sheet1!B3" for the same sheet, or the whole sheet when absent), checked at sync. */
export function rectOnSheet(address: string | undefined, sheet: SheetState, where: string): Rect {
  if (address === undefined || address === "") return rectOf(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1);
  const { sheet: named, address: local } = splitSheet(address);
  const rect = parseRect(local);
  if (!rect) throw invalidArgument(where, `Not a valid address: ${address}`);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(where, `The address ${address} is not on the worksheet ${sheet.name}.`);
  }
  return rect;
}

/** A Range argument or an address on `sheet`, resolved at sync. */
export function rangeArgument(value: unknown, sheet: SheetState, where: string): Rect {
  if (value instanceof RangeProxy) {
    const target = value._target();
    if (target.sheet !== sheet) throw invalidArgument(where, "The range is on another worksheet.");
    return target.rect;
  }
  if (typeof value !== "string") throw invalidArgument(where, "Expected a Range or an address.");
  return rectOnSheet(value, sheet, where);
}

/** Excel.PaperType values, from the Office.js reference. */
const PAPER_TYPES = new Set(["A3", "A4", "A5", "B4", "B5", "Letter", "LetterSmall", "Legal", "Executive", "Tabloid", "Ledger", "Statement", "Folio", "Quatro", "Note", "A4Small"]);

export class WorksheetProxy extends FakeClientObject {
  _sheet: SheetRef;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, sheet: SheetRef, orNull = false) {
    super(ctx, "Worksheet", `Worksheet(${sheet.label})`);
    this._sheet = sheet;
    this._orNull = orNull;
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _state(): SheetState {
    return this._sheet.resolve(this._model);
  }

  _exists(): boolean {
    return !this._orNull || this._sheet.tryResolve(this._model) !== null;
  }

  _readers(): Readers {
    return {
      id: () => this._state().id,
      name: () => this._state().name,
      position: () => this._model.sheets.indexOf(this._state()),
      tabColor: () => this._state().tabColor,
      visibility: () => this._state().visibility,
      showGridlines: () => this._state().showGridlines,
      standardWidth: () => STANDARD_WIDTH,
      standardHeight: () => STANDARD_HEIGHT,
    };
  }

  _childNames(): string[] {
    return ["names", "comments", "notes", "freezePanes", "pageLayout", "autoFilter", "charts"];
  }

  get id(): string {
    return this._prop("id");
  }
  get name(): string {
    return this._prop("name");
  }
  set name(value: string) {
    this._write("name", value, () => this._model.renameSheet(this._state(), value));
  }
  get position(): number {
    return this._prop("position");
  }
  set position(value: number) {
    this._write("position", value, () => this._model.moveSheet(this._state(), value));
  }
  get tabColor(): string {
    return this._prop("tabColor");
  }
  set tabColor(value: string) {
    this._ctx._requireApi("1.7", "Worksheet.tabColor");
    this._write("tabColor", value, () => (this._state().tabColor = value === "" ? "" : normalizeColor(value, "Worksheet.tabColor")));
  }
  get visibility(): string {
    return this._prop("visibility");
  }
  set visibility(value: string) {
    this._write("visibility", value, () => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw invalidArgument("Worksheet.visibility");
      const sheet = this._state();
      const othersVisible = this._model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && !othersVisible) throw invalidArgument("Worksheet.visibility", "A workbook must keep one visible worksheet.");
      sheet.visibility = value;
    });
  }
  get showGridlines(): boolean {
    return this._prop("showGridlines");
  }
  set showGridlines(value: boolean) {
    this._write("showGridlines", value, () => (this._state().showGridlines = value !== false));
  }
  get standardWidth(): number {
    return this._prop("standardWidth");
  }
  get standardHeight(): number {
    return this._prop("standardHeight");
  }

  get names(): NamedItemCollectionProxy {
    return this._child("names", () => {
      this._ctx._requireApi("1.4", "Worksheet.names");
      return new NamedItemCollectionProxy(this._ctx, this._sheet, `${this._path}.names`);
    });
  }
  get charts(): ChartCollectionProxy {
    return this._child("charts", () => new ChartCollectionProxy(this._ctx, this._sheet, `${this._path}.charts`));
  }
  get comments(): CommentCollectionProxy {
    return this._child("comments", () => new CommentCollectionProxy(this._ctx, this._sheet, `${this._path}.comments`));
  }
  get notes(): NoteCollectionProxy {
    return this._child("notes", () => new NoteCollectionProxy(this._ctx, this._sheet, `${this._path}.notes`));
  }
  get freezePanes(): FreezePanesProxy {
    return this._child("freezePanes", () => new FreezePanesProxy(this._ctx, this._sheet, `${this._path}.freezePanes`));
  }
  get autoFilter(): AutoFilterProxy {
    return this._child("autoFilter", () => new AutoFilterProxy(this._ctx, this._sheet, `${this._path}.autoFilter`));
  }
  get pageLayout(): PageLayoutProxy {
    return this._child("pageLayout", () => new PageLayoutProxy(this._ctx, this._sheet, `${this._path}.pageLayout`));
  }

  activate(): void {
    this._call("activate", [], () => {
      const sheet = this._state();
      if (sheet.visibility !== "Visible") throw invalidArgument("Worksheet.activate", "A hidden worksheet cannot be activated.");
      this._model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call("delete", [], () => this._model.deleteSheet(this._state()));
  }

  getRange(address?: string): RangeProxy {
    const label = `${this._path}.getRange(${address ?? ""})`;
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, (_, sheet) => rectOnSheet(address, sheet, "Worksheet.getRange"), label));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this._ctx._requireApi("1.7", "Worksheet.getRangeByIndexes");
    const label = `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`;
    const compute = (): Rect => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("Worksheet.getRangeByIndexes", "A range has at least one row and one column.");
      return rectOf(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1);
    };
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, compute, label));
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, () => rectOf(row, column), `${this._path}.getCell(${row},${column})`));
  }

  /** An empty sheet's used range is A1; the OrNullObject form gives a null object instead. */
  getUsedRange(valuesOnly = false): RangeProxy {
    const compute = (model: FakeRequestContext["_model"], sheet: SheetState) => model.usedRect(sheet, valuesOnly) ?? rectOf(0, 0);
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, compute, `${this._path}.getUsedRange()`));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this._ctx._requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const compute = (model: FakeRequestContext["_model"], sheet: SheetState) => model.usedRect(sheet, valuesOnly);
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, compute, `${this._path}.getUsedRangeOrNullObject()`), true);
  }
}

/** Worksheet.autoFilter (ExcelApi 1.9): filter and sort buttons on a range's header row. Criteria are not modelled. */
export class AutoFilterProxy extends FakeClientObject {
  _sheet: SheetRef;

  constructor(ctx: FakeRequestContext, sheet: SheetRef, path: string) {
    super(ctx, "AutoFilter", path);
    this._sheet = sheet;
    ctx._requireApi("1.9", "Worksheet.autoFilter");
  }

  apply(range: RangeProxy | string, columnIndex?: number, criteria?: unknown): void {
    if (columnIndex !== undefined || criteria !== undefined) throw notImplemented("AutoFilter.apply with criteria");
    this._call("apply", [range], () => {
      const sheet = this._sheet.resolve(this._model);
      sheet.autoFilter = rangeArgument(range, sheet, "AutoFilter.apply");
    });
  }

  remove(): void {
    this._call("remove", [], () => {
      this._sheet.resolve(this._model).autoFilter = null;
    });
  }
}

export class FreezePanesProxy extends FakeClientObject {
  _sheet: SheetRef;

  constructor(ctx: FakeRequestContext, sheet: SheetRef, path: string) {
    super(ctx, "WorksheetFreezePanes", path);
    this._sheet = sheet;
    ctx._requireApi("1.7", "Worksheet.freezePanes");
  }

  _set(name: string, args: unknown[], freeze: (sheet: SheetState) => { rows: number; columns: number }): void {
    this._call(name, args, () => {
      const sheet = this._sheet.resolve(this._model);
      sheet.freeze = freeze(sheet);
    });
  }

  freezeRows(count = 1): void {
    this._set("freezeRows", [count], () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) throw invalidArgument("WorksheetFreezePanes.freezeRows");
      return { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._set("freezeColumns", [count], () => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) throw invalidArgument("WorksheetFreezePanes.freezeColumns");
      return { rows: 0, columns: count };
    });
  }

  /** The given range is the frozen top-left pane: everything above and left of its bottom-right corner. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._set("freezeAt", [frozenRange], (sheet) => {
      const rect = rangeArgument(frozenRange, sheet, "WorksheetFreezePanes.freezeAt");
      return { rows: rect.bottom === MAX_ROWS - 1 ? 0 : rect.bottom + 1, columns: rect.right === MAX_COLUMNS - 1 ? 0 : rect.right + 1 };
    });
  }

  unfreeze(): void {
    this._set("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  _location(orNull: boolean): RangeProxy {
    const compute = (_: unknown, sheet: SheetState): Rect | null => {
      const { rows, columns } = sheet.freeze;
      if (rows === 0 && columns === 0) {
        if (orNull) return null;
        throw invalidArgument("WorksheetFreezePanes.getLocation", "No panes are frozen.");
      }
      return rectOf(0, 0, rows === 0 ? MAX_ROWS - 1 : rows - 1, columns === 0 ? MAX_COLUMNS - 1 : columns - 1);
    };
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, compute, `${this._path}.getLocation()`), orNull);
  }

  getLocation(): RangeProxy {
    return this._location(false);
  }

  getLocationOrNullObject(): RangeProxy {
    return this._location(true);
  }
}

export class PageLayoutProxy extends FakeClientObject {
  _sheet: SheetRef;

  constructor(ctx: FakeRequestContext, sheet: SheetRef, path: string) {
    super(ctx, "PageLayout", path);
    this._sheet = sheet;
    ctx._requireApi("1.9", "Worksheet.pageLayout");
  }

  _state(): SheetState {
    return this._sheet.resolve(this._model);
  }

  _readers(): Readers {
    return {
      orientation: () => this._state().pageLayout.orientation,
      paperSize: () => this._state().pageLayout.paperSize,
      zoom: () => this._state().pageLayout.zoom,
    };
  }

  get orientation(): string {
    return this._prop("orientation");
  }
  set orientation(value: string) {
    this._write("orientation", value, () => {
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument("PageLayout.orientation", `Not an orientation: ${String(value)}`);
      this._state().pageLayout.orientation = value;
    });
  }

  get paperSize(): string {
    return this._prop("paperSize");
  }
  set paperSize(value: string) {
    this._write("paperSize", value, () => {
      if (!PAPER_TYPES.has(value)) throw invalidArgument("PageLayout.paperSize", `Not a paper type: ${String(value)}`);
      this._state().pageLayout.paperSize = value;
    });
  }

  /** Fit-to-pages and a scale exclude each other: setting one drops the other, as in Excel's page setup. */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._prop("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this._write("zoom", value, (copy) => {
      const zoom = copy as Excel.PageLayoutZoomOptions | null;
      const at = "PageLayout.zoom";
      if (!zoom || typeof zoom !== "object") throw invalidArgument(at);
      const unknown = Object.keys(zoom).filter((k) => !["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k));
      if (unknown.length > 0) throw invalidArgument(at, `Unknown zoom options: ${unknown.join(", ")}`);
      const count = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 32767);
      if (!count(zoom.horizontalFitToPages) || !count(zoom.verticalFitToPages)) throw invalidArgument(at, "Fit-to-pages counts are whole numbers from 0.");
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (fit) {
        this._state().pageLayout.zoom = { horizontalFitToPages: zoom.horizontalFitToPages ?? 1, verticalFitToPages: zoom.verticalFitToPages ?? 1 };
      } else if (zoom.scale !== undefined) {
        if (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400) throw invalidArgument(at, "The scale is from 10 to 400.");
        this._state().pageLayout.zoom = { scale: zoom.scale };
      }
    });
  }

  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this._call("setPrintTitleRows", [printTitleRows], () => {
      const sheet = this._state();
      const rect = rangeArgument(printTitleRows, sheet, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = rectOf(rect.top, 0, rect.bottom, MAX_COLUMNS - 1);
    });
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    const compute = (_: unknown, sheet: SheetState) => sheet.pageLayout.printTitleRows;
    return new RangeProxy(this._ctx, new RangeRef(this._sheet, compute, `${this._path}.getPrintTitleRowsOrNullObject()`), true);
  }
}
