/** Excel.Range: cell contents, navigation to other ranges, merge/select/clear. Formats and rules live beside it. */

import {
  columnCount,
  containsRect,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRect,
  qualifiedAddress,
  rectOf,
  rowCount,
  splitSheet,
  isEntireColumns,
  isEntireRows,
  type Rect,
} from "./addresses";
import { parseSettableCellProperties, readCellProperties, requestedProperties, writeCellProperties } from "./cell-properties";
import { applyWrite, cellFormula, cellText, cellValue, interpretInput, valueType, type CellWrite } from "./cell-values";
import { cloneData, FakeClientObject, FakeClientResult, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound, notImplemented } from "./errors";
import { cellCount, inputAt, readGrid } from "./grid";
import { defaultStyle, type CellState } from "./model";
import { ConditionalFormatCollectionProxy, DataValidationProxy } from "./range-rules";
import { RangeAreasProxy } from "./range-areas";
import { RangeFormatProxy } from "./range-format";
import { RangeRef, type ResolvedRange } from "./refs";
import { WorksheetProxy } from "./worksheet";

const MAX_FORMULA_LENGTH = 8192;
const MAX_CELL_TEXT = 32767;

export class RangeProxy extends FakeClientObject {
  _ref: RangeRef;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, ref: RangeRef, orNull = false) {
    super(ctx, "Range", ref.label);
    this._ref = ref;
    this._orNull = orNull;
    // *OrNullObject: Excel reports isNullObject after the next sync, loaded or not.
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _target(): ResolvedRange {
    return this._ref.resolve(this._model);
  }

  _exists(): boolean {
    return !this._orNull || this._ref.tryResolve(this._model) !== null;
  }

  _readers(): Readers {
    const t = (): ResolvedRange => this._target();
    const grid =
      <T>(read: (cell: CellState | undefined) => T) =>
      (): T[][] =>
        readGrid(t().sheet, t().rect, read);
    return {
      address: () => qualifiedAddress(t().sheet.name, t().rect),
      addressLocal: () => qualifiedAddress(t().sheet.name, t().rect),
      rowIndex: () => t().rect.top,
      columnIndex: () => t().rect.left,
      rowCount: () => rowCount(t().rect),
      columnCount: () => columnCount(t().rect),
      cellCount: () => cellCount(t().rect),
      isEntireColumn: () => isEntireColumns(t().rect),
      isEntireRow: () => isEntireRows(t().rect),
      values: grid(cellValue),
      formulas: grid(cellFormula),
      // Not translated: the fake has no locale, so a local formula reads back as written (see docs/fake-excel.md).
      formulasLocal: grid(cellFormula),
      numberFormat: grid((cell) => cell?.numberFormat ?? "General"),
      text: grid(cellText),
      valueTypes: grid(valueType),
    };
  }

  _childNames(): string[] {
    return ["format", "dataValidation", "conditionalFormats", "worksheet"];
  }

  // ---- properties

  get address(): string {
    return this._prop("address");
  }
  get addressLocal(): string {
    return this._prop("addressLocal");
  }
  get rowIndex(): number {
    return this._prop("rowIndex");
  }
  get columnIndex(): number {
    return this._prop("columnIndex");
  }
  get rowCount(): number {
    return this._prop("rowCount");
  }
  get columnCount(): number {
    return this._prop("columnCount");
  }
  get cellCount(): number {
    return this._prop("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._prop("isEntireRow");
  }
  get text(): string[][] {
    return this._prop("text");
  }
  get valueTypes(): string[][] {
    return this._prop("valueTypes");
  }

  get values(): unknown[][] {
    return this._prop("values");
  }
  set values(input: unknown[][]) {
    this._write("values", input, (copy) => this._writeContents(copy, "values"));
  }

  get formulas(): unknown[][] {
    return this._prop("formulas");
  }
  set formulas(input: unknown[][]) {
    this._write("formulas", input, (copy) => this._writeContents(copy, "formulas"));
  }

  /** Like `formulas`: names and separators are kept as written, since the fake has no locale to translate from. */
  get formulasLocal(): unknown[][] {
    return this._prop("formulasLocal");
  }
  set formulasLocal(input: unknown[][]) {
    this._write("formulasLocal", input, (copy) => this._writeContents(copy, "formulas", "Range.formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this._prop("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this._write("numberFormat", input, (copy) => {
      const { sheet, rect } = this._target();
      const at = inputAt(copy, rect, "Range.numberFormat");
      const formats: [number, number, string][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const item = at(r, c);
          if (item === null || item === undefined) continue;
          if (typeof item !== "string" && typeof item !== "number") throw invalidArgument("Range.numberFormat", `Not a number format: ${JSON.stringify(item)}`);
          formats.push([r, c, item === "" ? "General" : String(item)]);
        }
      }
      for (const [r, c, format] of formats) this._model.ensureCell(sheet, r, c).numberFormat = format;
    });
  }

  /** values/formulas: every element is checked before any cell changes, then written in order. */
  _writeContents(input: unknown, via: "values" | "formulas", where = `Range.${via}`): void {
    const { sheet, rect } = this._target();
    const at = inputAt(input, rect, where);
    const writes: [number, number, CellWrite][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const format = this._model.cell(sheet, r, c)?.numberFormat ?? "General";
        const write = interpretInput(at(r, c), via, format, where);
        if (write.kind === "formula" && write.formula.length > MAX_FORMULA_LENGTH) {
          throw new FakeOfficeError("FormulaLengthExceedsLimit", "The bytecode of the applied formula exceeds the maximum length limit.", where);
        }
        if (write.kind === "value" && typeof write.value === "string" && write.value.length > MAX_CELL_TEXT) {
          throw invalidArgument(where, "A cell can contain at most 32,767 characters.");
        }
        if (write.kind !== "unchanged") writes.push([r, c, write]);
      }
    }
    for (const [r, c, write] of writes) {
      if (write.kind === "clear" && !this._model.cell(sheet, r, c)) continue;
      applyWrite(this._model.ensureCell(sheet, r, c), write);
    }
  }

  // ---- children

  get format(): RangeFormatProxy {
    return this._child("format", () => new RangeFormatProxy(this._ctx, this._ref));
  }
  get dataValidation(): DataValidationProxy {
    return this._child("dataValidation", () => new DataValidationProxy(this._ctx, this._ref));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child("conditionalFormats", () => new ConditionalFormatCollectionProxy(this._ctx, this._ref));
  }
  get worksheet(): WorksheetProxy {
    return this._child("worksheet", () => new WorksheetProxy(this._ctx, this._ref.sheet));
  }

  // ---- other ranges

  _derive(label: string, compute: (base: Rect, resolved: ResolvedRange) => Rect | null, orNull = false): RangeProxy {
    const parent = this._ref;
    const ref = new RangeRef(parent.sheet, (model) => {
      const base = parent.resolve(model);
      return compute(base.rect, base);
    }, `${parent.label}.${label}`);
    return new RangeProxy(this._ctx, ref, orNull);
  }

  /** Another range given as a Range or an address on the same sheet, resolved at sync. */
  _otherRect(other: RangeProxy | string, base: ResolvedRange, where: string): Rect {
    if (typeof other === "string") {
      const { sheet, address } = splitSheet(other);
      const rect = parseRect(address);
      if (!rect || (sheet !== null && sheet.toLowerCase() !== base.sheet.name.toLowerCase())) throw invalidArgument(where, `Not an address on this sheet: ${other}`);
      return rect;
    }
    const resolved = other._target();
    if (resolved.sheet !== base.sheet) throw invalidArgument(where, "The ranges are on different worksheets.");
    return resolved.rect;
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive(`getCell(${row},${column})`, (b) => rectOf(b.top + row, b.left + column));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive(`getOffsetRange(${rowOffset},${columnOffset})`, (b) =>
      rectOf(b.top + rowOffset, b.left + columnOffset, b.bottom + rowOffset, b.right + columnOffset),
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive(`getResizedRange(${deltaRows},${deltaColumns})`, (b) => {
      const rect = rectOf(b.top, b.left, b.bottom + deltaRows, b.right + deltaColumns);
      if (rect.bottom < rect.top || rect.right < rect.left) throw invalidArgument("Range.getResizedRange", "The range cannot shrink below one cell.");
      return rect;
    });
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._derive(`getAbsoluteResizedRange(${numRows},${numColumns})`, (b) => {
      if (numRows < 1 || numColumns < 1) throw invalidArgument("Range.getAbsoluteResizedRange");
      return rectOf(b.top, b.left, b.top + numRows - 1, b.left + numColumns - 1);
    });
  }
  getRow(row: number): RangeProxy {
    return this._derive(`getRow(${row})`, (b) => {
      if (row < 0 || row > b.bottom - b.top) throw invalidArgument("Range.getRow", `Row ${row} is outside the range.`);
      return rectOf(b.top + row, b.left, b.top + row, b.right);
    });
  }
  getColumn(column: number): RangeProxy {
    return this._derive(`getColumn(${column})`, (b) => {
      if (column < 0 || column > b.right - b.left) throw invalidArgument("Range.getColumn", `Column ${column} is outside the range.`);
      return rectOf(b.top, b.left + column, b.bottom, b.left + column);
    });
  }
  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow()", (b) => rectOf(b.top, 0, b.bottom, MAX_COLUMNS - 1));
  }
  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn()", (b) => rectOf(0, b.left, MAX_ROWS - 1, b.right));
  }
  getLastCell(): RangeProxy {
    return this._derive("getLastCell()", (b) => rectOf(b.bottom, b.right));
  }
  getLastRow(): RangeProxy {
    return this._derive("getLastRow()", (b) => rectOf(b.bottom, b.left, b.bottom, b.right));
  }
  getLastColumn(): RangeProxy {
    return this._derive("getLastColumn()", (b) => rectOf(b.top, b.right, b.bottom, b.right));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this._derive(`getRowsAbove(${count})`, (b) => rectOf(b.top - count, b.left, b.top - 1, b.right));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this._derive(`getRowsBelow(${count})`, (b) => rectOf(b.bottom + 1, b.left, b.bottom + count, b.right));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this._derive(`getColumnsBefore(${count})`, (b) => rectOf(b.top, b.left - count, b.bottom, b.left - 1));
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this._derive(`getColumnsAfter(${count})`, (b) => rectOf(b.top, b.right + 1, b.bottom, b.right + count));
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    this._checkArgContext(anotherRange);
    return this._derive("getBoundingRect()", (b, base) => {
      const o = this._otherRect(anotherRange, base, "Range.getBoundingRect");
      return rectOf(Math.min(b.top, o.top), Math.min(b.left, o.left), Math.max(b.bottom, o.bottom), Math.max(b.right, o.right));
    });
  }
  _intersection(anotherRange: RangeProxy | string, orNull: boolean): RangeProxy {
    this._checkArgContext(anotherRange);
    return this._derive(
      "getIntersection()",
      (b, base) => {
        const o = this._otherRect(anotherRange, base, "Range.getIntersection");
        if (!intersects(b, o)) {
          if (orNull) return null;
          throw itemNotFound("Range.getIntersection", "The ranges do not intersect.");
        }
        return rectOf(Math.max(b.top, o.top), Math.max(b.left, o.left), Math.min(b.bottom, o.bottom), Math.min(b.right, o.right));
      },
      orNull,
    );
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this._intersection(anotherRange, false);
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this._intersection(anotherRange, true);
  }
  _usedRange(valuesOnly: boolean, orNull: boolean): RangeProxy {
    return this._derive(
      "getUsedRange()",
      (b, base) => {
        const used = this._model.usedRect(base.sheet, valuesOnly);
        if (!used || !intersects(used, b)) {
          if (orNull) return null;
          throw itemNotFound("Range.getUsedRange", "There are no used cells in the range.");
        }
        return rectOf(Math.max(b.top, used.top), Math.max(b.left, used.left), Math.min(b.bottom, used.bottom), Math.min(b.right, used.right));
      },
      orNull,
    );
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this._usedRange(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._usedRange(valuesOnly, true);
  }

  /** ExcelApi 1.13: the merged areas that meet this range, or a null object. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this._ctx._requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this._ctx, this._ref);
  }

  // ---- actions

  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this._target();
      this._model.activeSheetId = sheet.id;
      sheet.selection = rect;
    });
  }

  /** ExcelApi 1.9: one object per cell with only the requested properties; `value` after the sync. */
  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    this._ctx._requireApi("1.9", "Range.getCellProperties");
    const properties = requestedProperties(cellPropertiesLoadOptions);
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this._query(() => {
      const { sheet, rect } = this._target();
      result._resolve(readCellProperties(sheet, rect, properties));
    });
    return result;
  }

  /** ExcelApi 1.9: a 2-D array the size of the range; properties left out of a cell's entry stay as they are. */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this._ctx._requireApi("1.9", "Range.setCellProperties");
    const writes = parseSettableCellProperties(cellPropertiesData);
    this._call("setCellProperties", [cloneData(cellPropertiesData)], () => {
      const { sheet, rect } = this._target();
      writeCellProperties(this._model, sheet, rect, writes);
    });
  }

  merge(across = false): void {
    this._call("merge", [across], () => {
      const { sheet, rect } = this._target();
      const areas = across ? Array.from({ length: rowCount(rect) }, (_, i) => rectOf(rect.top + i, rect.left, rect.top + i, rect.right)) : [rect];
      for (const area of areas) {
        if (cellCount(area) === 1) continue;
        if (sheet.merges.some((m) => intersects(m, area) && !containsRect(area, m))) {
          throw new FakeOfficeError("MergedRangeConflict", "The range partly overlaps a merged area.", "Range.merge");
        }
        sheet.merges = sheet.merges.filter((m) => !containsRect(area, m));
        sheet.merges.push(area);
        // Excel keeps only the upper-left value of a merged area.
        for (const [key, cell] of sheet.cells) {
          const [r, c] = key.split(",").map(Number);
          if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right && (r !== area.top || c !== area.left)) {
            applyWrite(cell, { kind: "clear" });
          }
        }
      }
    });
  }

  unmerge(): void {
    this._call("unmerge", [], () => {
      const { sheet, rect } = this._target();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], () => {
      if (!["All", "Contents", "Formats"].includes(applyTo)) throw notImplemented(`Range.clear("${applyTo}")`);
      const { sheet, rect } = this._target();
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(",").map(Number);
        if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
        if (applyTo !== "Formats") applyWrite(cell, { kind: "clear" });
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.style = defaultStyle();
        }
        if (cell.value === null && cell.formula === null && cell.validation === null && applyTo !== "Contents") sheet.cells.delete(key);
      }
      // Clearing formats also unmerges, as in Excel.
      if (applyTo !== "Contents") sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** Only whole rows shifted down: what inserting rows needs. */
  insert(shift: string): RangeProxy {
    const inserted = this._derive("insert()", (b) => b);
    this._call("insert", [shift], () => {
      const { sheet, rect } = this._target();
      if (shift !== "Down" || !isEntireRows(rect)) throw notImplemented("Range.insert except whole rows shifted down");
      this._model.insertRows(sheet, rect.top, rowCount(rect));
    });
    return inserted;
  }
}
