/** The workbook's state and the structural edits Excel makes on it (sheets, names, inserted rows). */

import { MAX_ROWS, parseRect, rectOf, splitSheet, type Rect } from "./addresses";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import {
  cellKey,
  defaultStyle,
  emptyCell,
  newSheet,
  type CellState,
  type CellStyle,
  type NameState,
  type SheetState,
} from "./model";
import { mapFormulaReferences, shiftRectForInsert, type FormulaReference } from "./references";

export interface FakeExcelStats {
  /** context.sync() calls, plus the implicit sync at the end of an Excel.run that still had queued work. */
  syncCount: number;
  /** Syncs that carried any action to "Excel" (what costs a round trip). */
  roundTripCount: number;
  runCount: number;
  /** JSON size of the queued writes of the largest sync since the last reset. */
  maxPayloadBytes: number;
  /** JSON size of the queued writes of each sync since the last reset. */
  payloadSizes: number[];
}

const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;

/** Excel's rules for a worksheet name; the message says which one is broken. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.trim() === "") return "A sheet name cannot be blank.";
  if (name.length > 31) return "A sheet name cannot be longer than 31 characters.";
  if (FORBIDDEN_SHEET_CHARS.test(name)) return "A sheet name cannot contain any of : \\ / ? * [ ].";
  if (name.startsWith("'") || name.endsWith("'")) return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "History is a reserved sheet name.";
  return null;
}

const NAME_CHARS = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Excel's rules for a defined name. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "A name cannot be blank.";
  if (name.length > 255) return "A name cannot be longer than 255 characters.";
  if (!NAME_CHARS.test(name)) return `"${name}" is not a valid name: use letters, digits, "_" and ".", starting with a letter or "_".`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
    return `"${name}" is not a valid name: it looks like a cell reference.`;
  }
  return null;
}

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.fontSize === b.fontSize &&
    a.fontColor === b.fontColor &&
    a.fontName === b.fontName &&
    a.fill === b.fill &&
    a.wrap === b.wrap &&
    a.horizontal === b.horizontal &&
    a.vertical === b.vertical &&
    Object.values(a.borders).every((border) => border.style === "None") &&
    Object.values(b.borders).every((border) => border.style === "None")
  );
}

const DEFAULT_STYLE = defaultStyle();

export interface InjectedFault {
  inSyncs: number;
  afterActions: number;
  code: string;
  message: string;
}

export class WorkbookModel {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  activeSheetId = "";
  requirements: Record<string, string>;
  stats: FakeExcelStats = { syncCount: 0, roundTripCount: 0, runCount: 0, maxPayloadBytes: 0, payloadSizes: [] };
  payloadLimitBytes: number;
  listeners = new Set<() => void>();
  /** Author of comments and notes added through the API. */
  userName = "Fake User";
  /** A failure a test injected: the `inSyncs`-th next round trip applies `afterActions` of its actions, then fails. */
  fault: InjectedFault | null = null;
  /** Workbook.settings: key -> the value as JSON (Dates as "Date(ms)"), in insertion order; keys case-sensitive. */
  settings = new Map<string, string>();
  /** Application.calculate calls, their types in order. */
  calculations: string[] = [];
  private nextId = 1;
  private sheetsCreated = 0;

  constructor(sheetNames: string[], requirements: Record<string, string>, payloadLimitBytes: number) {
    this.requirements = { ...requirements };
    this.payloadLimitBytes = payloadLimitBytes;
    for (const name of sheetNames) this.addSheet(name);
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.activeSheetId = this.sheets[0].id;
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  /**
   * A worksheet id shaped like Excel's ("{00000000-0001-0000-0000-000000000000}", the sheet's creation index as
   * a little-endian 16-bit number in the fourth group); never reused, unchanged by renames and moves.
   */
  newSheetId(): string {
    const n = this.sheetsCreated++;
    const swapped = ((n & 0xff) << 8) | ((n >> 8) & 0xff);
    return `{00000000-0001-0000-${swapped.toString(16).toUpperCase().padStart(4, "0")}-000000000000}`;
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  // ---- sheets

  sheetById(id: string): SheetState | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }

  sheetByName(name: string): SheetState | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
  }

  /** WorksheetCollection.getItem's key: a name (case-insensitive) or an id. */
  sheetByNameOrId(key: string): SheetState | null {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  requireSheet(name: string, where = "WorksheetCollection.getItem"): SheetState {
    const sheet = this.sheetByName(name);
    if (!sheet) throw itemNotFound(where, `The worksheet "${name}" doesn't exist.`);
    return sheet;
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  private checkNewSheetName(name: unknown, where: string, except?: SheetState): string {
    const problem = sheetNameProblem(name);
    if (problem) throw invalidArgument(where, problem);
    const existing = this.sheetByName(name as string);
    if (existing && existing !== except) throw itemAlreadyExists(where);
    return name as string;
  }

  /** WorksheetCollection.add: an unnamed sheet gets the next free "SheetN". */
  addSheet(name?: string): SheetState {
    let wanted = name;
    if (wanted === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      wanted = `Sheet${n}`;
    }
    const sheet = newSheet(this.newSheetId(), this.checkNewSheetName(wanted, "WorksheetCollection.add"));
    this.sheets.push(sheet);
    return sheet;
  }

  /** Renames and, like Excel, rewrites "Old!A1" references in every formula. */
  renameSheet(sheet: SheetState, name: unknown): void {
    const newName = this.checkNewSheetName(name, "Worksheet.name", sheet);
    const old = sheet.name.toLowerCase();
    sheet.name = newName;
    this.rewriteFormulas(() => (ref) => (ref.sheet !== null && ref.sheet.toLowerCase() === old ? { ...ref, sheet: newName } : null));
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.names = this.names.filter((n) => n.scopeSheetId !== sheet.id);
    for (const n of this.names) {
      if (n.target?.sheetId === sheet.id) {
        n.target = null;
        n.constant = "#REF!";
      }
    }
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ?? this.sheets[0];
      this.activeSheetId = next.id;
    }
  }

  moveSheet(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument("Worksheet.position", `Position ${position} is outside 0..${this.sheets.length - 1}.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Resolves "Sheet!A1:B2" (or "A1:B2" on `defaultSheet`) to a sheet and rect; null if it is not a reference. */
  resolveReference(reference: string, defaultSheet: SheetState | null): { sheet: SheetState; rect: Rect } | null {
    const { sheet: sheetName, address } = splitSheet(reference.replace(/^=/, ""));
    const rect = parseRect(address);
    if (!rect) return null;
    const sheet = sheetName === null ? defaultSheet : this.sheetByName(sheetName);
    return sheet ? { sheet, rect } : null;
  }

  // ---- cells

  cell(sheet: SheetState, row: number, column: number): CellState | undefined {
    return sheet.cells.get(cellKey(row, column));
  }

  ensureCell(sheet: SheetState, row: number, column: number): CellState {
    const key = cellKey(row, column);
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** Used range: cells with content, or (valuesOnly false) also with formatting or validation; null when none. */
  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of sheet.cells) {
      const hasContent = cell.value !== null || cell.formula !== null;
      const counts =
        hasContent ||
        (!valuesOnly && (cell.numberFormat !== "General" || cell.validation !== null || !sameStyle(cell.style, DEFAULT_STYLE)));
      if (!counts) continue;
      const [row, column] = key.split(",").map(Number);
      rect = rect
        ? rectOf(Math.min(rect.top, row), Math.min(rect.left, column), Math.max(rect.bottom, row), Math.max(rect.right, column))
        : rectOf(row, column);
    }
    return rect;
  }

  // ---- formulas everywhere

  /**
   * Applies a reference mapping to every formula Excel would adjust: cell formulas, list validation sources,
   * conditional format rules. `forSheet` gives the mapping for formulas living on that sheet.
   */
  rewriteFormulas(forSheet: (sheet: SheetState) => (ref: FormulaReference) => FormulaReference | null): void {
    for (const sheet of this.sheets) {
      const map = forSheet(sheet);
      const fix = (text: string): string => mapFormulaReferences(text, map);
      const fixAny = <T>(value: T): T => (typeof value === "string" && value.startsWith("=") ? (fix(value) as T) : value);
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== null) cell.formula = fix(cell.formula);
        const rule = cell.validation?.rule;
        if (rule?.list) rule.list.source = fixAny(rule.list.source);
        for (const basic of [rule?.decimal, rule?.wholeNumber, rule?.textLength]) {
          if (!basic) continue;
          basic.formula1 = fixAny(basic.formula1);
          if (basic.formula2 !== undefined) basic.formula2 = fixAny(basic.formula2);
        }
        if (rule?.custom) rule.custom.formula = fix(rule.custom.formula);
      }
      for (const cf of sheet.conditionalFormats) {
        if (cf.rule) {
          cf.rule.formula1 = fixAny(cf.rule.formula1);
          if (cf.rule.formula2 !== undefined) cf.rule.formula2 = fixAny(cf.rule.formula2);
        }
        if (cf.formula !== null) cf.formula = fix(cf.formula);
      }
    }
  }

  // ---- inserted rows

  /** Inserts `count` empty rows before 0-based `at`, moving everything below as Excel does, names included. */
  insertRows(sheet: SheetState, at: number, count: number): void {
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 0 || count < 1 || at >= MAX_ROWS) {
      throw invalidArgument("insertRows", `Cannot insert ${count} rows at ${at}.`);
    }
    const shiftRow = (row: number): number => (row >= at ? row + count : row);
    const moved = new Map<string, CellState>();
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number);
      if (shiftRow(row) < MAX_ROWS) moved.set(cellKey(shiftRow(row), column), cell);
    }
    // Inserted rows take the format of the row above (Excel's "format same as above"), and a validation only
    // when they land inside a validated block (validation belongs to a range, which grows); content stays empty.
    if (at > 0) {
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(",").map(Number);
        if (row !== at - 1) continue;
        const below = sheet.cells.get(cellKey(at, column));
        const inside = cell.validation !== null && JSON.stringify(below?.validation) === JSON.stringify(cell.validation);
        for (let r = at; r < at + count; r++) {
          moved.set(cellKey(r, column), {
            ...emptyCell(),
            numberFormat: cell.numberFormat,
            style: structuredStyle(cell.style),
            validation: inside ? cloneValidation(cell) : null,
          });
        }
      }
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges.map((m) => shiftRectForInsert(m, at, count));
    sheet.rowHeights = new Map([...sheet.rowHeights].map(([row, h]) => [shiftRow(row), h]));
    for (const c of sheet.comments) c.row = shiftRow(c.row);
    for (const n of sheet.notes) n.row = shiftRow(n.row);
    for (const cf of sheet.conditionalFormats) cf.rect = shiftRectForInsert(cf.rect, at, count);
    for (const chart of sheet.charts) {
      chart.source = shiftRectForInsert(chart.source, at, count);
      if (chart.position) chart.position = { from: shiftRectForInsert(chart.position.from, at, count), to: shiftRectForInsert(chart.position.to, at, count) };
    }
    if (sheet.freeze.rows > at) sheet.freeze = { ...sheet.freeze, rows: sheet.freeze.rows + count };
    if (sheet.pageLayout.printTitleRows) sheet.pageLayout.printTitleRows = shiftRectForInsert(sheet.pageLayout.printTitleRows, at, count);
    sheet.selection = shiftRectForInsert(sheet.selection, at, count);
    for (const n of this.names) {
      if (n.target?.sheetId === sheet.id) n.target = { ...n.target, rect: shiftRectForInsert(n.target.rect, at, count) };
    }
    const name = sheet.name.toLowerCase();
    this.rewriteFormulas((owner) => (ref) => {
      const here = ref.sheet === null ? owner === sheet : ref.sheet.toLowerCase() === name;
      if (!here || ref.kind === "columns") return null;
      return { ...ref, rect: shiftRectForInsert(ref.rect, at, count) };
    });
  }
}

function structuredStyle(style: CellStyle): CellStyle {
  return { ...style, borders: Object.fromEntries(Object.entries(style.borders).map(([k, b]) => [k, { ...b }])) };
}

function cloneValidation(cell: CellState): CellState["validation"] {
  return cell.validation ? (JSON.parse(JSON.stringify(cell.validation)) as CellState["validation"]) : null;
}
