/** The test and demo side of the fake (not Office.js): look at the workbook, prepare it, count syncs. */

import { cellAddress, columnLetter } from "../core/sheet-model";
import { formatRect, parseRect, qualifiedAddress } from "./addresses";
import { cellText, cellValue } from "./cell-values";
import { invalidArgument } from "./errors";
import { cellKey, STANDARD_HEIGHT, STANDARD_WIDTH, type BorderState, type CellStyle, type ConditionalFormatState, type Scalar, type SheetState, type ValidationState } from "./model";
import { chartSeries } from "./charts";
import { settingJson, settingValue } from "./settings";
import type { WorkbookModel } from "./workbook-model";

export interface CellFormatView {
  bold: boolean;
  italic: boolean;
  size: number;
  fontName: string;
  fontColor: string;
  /** null: no fill. */
  fill: string | null;
  wrap: boolean;
  horizontal: string;
  vertical: string;
  /** Visible borders only ("Continuous", …), by side. */
  borders: { top?: BorderState; bottom?: BorderState; left?: BorderState; right?: BorderState };
}

export interface CellView {
  /** The constant, the test-provided result of a formula, or null (empty, or a formula nobody computed). */
  value: Scalar | null;
  formula: string | null;
  numberFormat: string;
  /** What the cell displays (Range.text). */
  text: string;
  format: CellFormatView;
  validation?: ValidationState;
  note?: string;
  comment?: string;
  /** The merged area holding the cell, if any ("A1:C1"). */
  merge?: string;
}

/** A conditional format as tests see it: the stored rule with its range as text and its priority. */
export type ConditionalFormatView = Omit<ConditionalFormatState, "id" | "rect" | "numberFormat"> & { range: string; priority: number };

function visibleBorders(borders: CellStyle["borders"]): CellFormatView["borders"] {
  const out: CellFormatView["borders"] = {};
  const sides = [["top", "EdgeTop"], ["bottom", "EdgeBottom"], ["left", "EdgeLeft"], ["right", "EdgeRight"]] as const;
  for (const [side, edge] of sides) {
    const border = borders[edge];
    if (border && border.style !== "None") out[side] = { ...border };
  }
  return out;
}

export interface ChartView {
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy: "Rows" | "Columns";
  position: { from: string; to: string } | null;
  valueAxisFormat: string;
  series: { name: string; values: string; categories: string }[];
}

export class FakeWorkbook {
  constructor(private readonly model: WorkbookModel) {}

  // ---- counters

  /** context.sync() calls (plus the implicit end-of-run sync when it still had work), since the last reset. */
  get syncCount(): number {
    return this.model.stats.syncCount;
  }
  /** Syncs that carried work to the workbook. */
  get roundTripCount(): number {
    return this.model.stats.roundTripCount;
  }
  get runCount(): number {
    return this.model.stats.runCount;
  }
  /** JSON size of the largest single sync's queued writes since the last reset (Excel on the web refuses > 5 MB). */
  get lastPayloadBytes(): number {
    return this.model.stats.maxPayloadBytes;
  }
  /** Each sync's write payload size, in order. */
  get payloadSizes(): number[] {
    return [...this.model.stats.payloadSizes];
  }
  /** Application.calculate calls since the workbook was made, by type ("Full", …), in order. */
  get calculations(): string[] {
    return [...this.model.calculations];
  }
  /** Resets every counter: syncs, round trips, runs and payload sizes. */
  resetSyncCount(): void {
    this.model.stats = { syncCount: 0, roundTripCount: 0, runCount: 0, maxPayloadBytes: 0, payloadSizes: [] };
  }

  /**
   * Makes a coming sync fail, as a lost connection or a busy Excel does: the `sync`-th next round trip (1: the next
   * one that carries work) applies its first `afterActions` actions (0 by default; more than it has: all of them), then
   * rejects with a RichApi error of `code`. Excel batches are not transactions, so what ran stays applied.
   */
  failSync(options: { sync?: number; afterActions?: number; code?: string; message?: string } = {}): void {
    this.model.fault = {
      inSyncs: Math.max(1, Math.floor(options.sync ?? 1)),
      afterActions: Math.max(0, Math.floor(options.afterActions ?? 0)),
      code: options.code ?? "GeneralException",
      message: options.message ?? "There was an internal error while processing the request.",
    };
  }

  /** Whether an injected failure is still waiting for its sync. */
  get failurePending(): boolean {
    return this.model.fault !== null;
  }

  /** Drops an injected failure that has not fired. */
  cancelFailure(): void {
    this.model.fault = null;
  }

  /** Called after each sync (and each change made here), e.g. for the demo to re-render. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.model.listeners.add(listener);
    return () => this.model.listeners.delete(listener);
  }

  /** The highest ExcelApi (or other) requirement set reported as supported; null removes the set. */
  setRequirement(set: string, version: string | null): void {
    if (version === null) delete this.model.requirements[set];
    else this.model.requirements[set] = version;
  }

  // ---- reading

  private sheet(name: string): SheetState {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  private at(address: string): { row: number; column: number } {
    const rect = parseRect(address);
    if (!rect) throw new Error(`Not an A1 address: ${address}`);
    return { row: rect.top, column: rect.left };
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** The sheets a user sees as tabs: hidden and very hidden ones left out. */
  visibleSheetNames(): string[] {
    return this.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
  }

  /** "Visible", "Hidden" or "VeryHidden". */
  sheetVisibility(name: string): string {
    return this.sheet(name).visibility;
  }

  activeSheetName(): string {
    return this.model.activeSheet().name;
  }

  /** The active sheet and its selected range ("B3" or "B3:C4"). */
  selection(): { sheet: string; address: string } {
    const sheet = this.model.activeSheet();
    return { sheet: sheet.name, address: formatRect(sheet.selection) };
  }

  cell(sheetName: string, address: string): CellView {
    const sheet = this.sheet(sheetName);
    const { row, column } = this.at(address);
    const cell = sheet.cells.get(cellKey(row, column));
    const value = cellValue(cell);
    const style = cell?.style;
    const borders = style?.borders ?? {};
    const view: CellView = {
      value: value === "" ? null : value,
      formula: cell?.formula ?? null,
      numberFormat: cell?.numberFormat ?? "General",
      text: cellText(cell),
      format: {
        bold: style?.bold ?? false,
        italic: style?.italic ?? false,
        size: style?.fontSize ?? 11,
        fontName: style?.fontName ?? "Calibri",
        fontColor: style?.fontColor ?? "#000000",
        fill: style?.fill ?? null,
        wrap: style?.wrap ?? false,
        horizontal: style?.horizontal ?? "General",
        vertical: style?.vertical ?? "Bottom",
        borders: visibleBorders(borders),
      },
    };
    if (cell?.validation) view.validation = JSON.parse(JSON.stringify(cell.validation)) as ValidationState;
    const note = sheet.notes.find((n) => n.row === row && n.column === column);
    if (note) view.note = note.content;
    const comment = sheet.comments.find((c) => c.row === row && c.column === column);
    if (comment) view.comment = comment.content;
    const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
    if (merge) view.merge = formatRect(merge);
    return view;
  }

  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map((m) => formatRect(m));
  }

  /**
   * Defined names -> address: a sheet's own names, or the workbook-scoped ones without a sheet. Addresses on
   * the named sheet are plain ("B3:B9"); others are qualified ("Other!B3"); a name whose sheet is gone is "#REF!".
   */
  names(sheetName?: string): Record<string, string> {
    const scopeId = sheetName === undefined ? null : this.sheet(sheetName).id;
    const out: Record<string, string> = {};
    for (const n of this.model.names.filter((x) => x.scopeSheetId === scopeId)) {
      if (!n.target) {
        out[n.name] = String(n.constant);
        continue;
      }
      const target = this.model.sheetById(n.target.sheetId);
      if (!target) out[n.name] = "#REF!";
      else out[n.name] = target.id === scopeId ? formatRect(n.target.rect) : qualifiedAddress(target.name, n.target.rect);
    }
    return out;
  }

  /** Points (Office.js units). */
  columnWidth(sheetName: string, columnIndex: number): number {
    return this.sheet(sheetName).columnWidths.get(columnIndex) ?? STANDARD_WIDTH;
  }

  rowHeight(sheetName: string, rowIndex: number): number {
    return this.sheet(sheetName).rowHeights.get(rowIndex) ?? STANDARD_HEIGHT;
  }

  /** The auto-filter range ("A4:H34"), or null. */
  autoFilter(sheetName: string): string | null {
    const rect = this.sheet(sheetName).autoFilter;
    return rect ? formatRect(rect) : null;
  }
  freeze(sheetName: string): { rows: number; columns: number } {
    return { ...this.sheet(sheetName).freeze };
  }

  pageLayout(sheetName: string): { orientation: string; paperSize: string; zoom: Excel.PageLayoutZoomOptions; printTitleRows: string | null } {
    const layout = this.sheet(sheetName).pageLayout;
    return { orientation: layout.orientation, paperSize: layout.paperSize, zoom: { ...layout.zoom }, printTitleRows: layout.printTitleRows ? formatRect(layout.printTitleRows) : null };
  }

  /** The sheet's charts as tests see them: type, title, where, the value axis format, and each series' ranges. */
  charts(sheetName: string): ChartView[] {
    return this.sheet(sheetName).charts.map((chart) => ({
      name: chart.name,
      type: chart.type,
      title: chart.title,
      source: formatRect(chart.source),
      seriesBy: chart.seriesBy,
      position: chart.position ? { from: formatRect(chart.position.from), to: formatRect(chart.position.to) } : null,
      valueAxisFormat: chart.valueAxisFormat,
      series: chartSeries(chart).map((s) => ({ name: formatRect(s.name), values: formatRect(s.values), categories: formatRect(s.categories) })),
    }));
  }

  conditionalFormats(sheetName: string): ConditionalFormatView[] {
    return this.sheet(sheetName).conditionalFormats.map((cf, priority) => ({
      range: formatRect(cf.rect),
      type: cf.type,
      priority,
      rule: cf.rule ? { ...cf.rule } : null,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      bold: cf.bold,
      italic: cf.italic,
      stopIfTrue: cf.stopIfTrue,
    }));
  }

  /** Workbook.settings: the value stored under `key` as the add-in would read it back (JSON round trip), or undefined. */
  setting(key: string): unknown {
    const json = this.model.settings.get(key);
    return json === undefined ? undefined : settingValue(json);
  }

  /** Workbook.settings keys, in the order they were first added. */
  settingKeys(): string[] {
    return [...this.model.settings.keys()];
  }

  /** Stores a setting as a previous session of the add-in would have (JSON round trip); undefined removes it. */
  setSetting(key: string, value: unknown): void {
    const json = value === undefined ? undefined : settingJson(value);
    if (json === undefined) this.model.settings.delete(key);
    else this.model.settings.set(key, json);
    this.model.notify();
  }

  /** A worksheet's id (Worksheet.id), e.g. to check that it survives a rename. */
  sheetId(sheetName: string): string {
    return this.sheet(sheetName).id;
  }

  tabColor(sheetName: string): string {
    return this.sheet(sheetName).tabColor;
  }

  /** Displayed text (Range.text) from A1 to the bottom-right of the used range; [] for an empty sheet. */
  grid(sheetName: string): string[][] {
    const sheet = this.sheet(sheetName);
    const used = this.model.usedRect(sheet, true);
    if (!used) return [];
    return Array.from({ length: used.bottom + 1 }, (_, r) =>
      Array.from({ length: used.right + 1 }, (__, c) => cellText(sheet.cells.get(cellKey(r, c)))),
    );
  }

  /**
   * The used range's address ("A1:H40"): cells with content, or also (valuesOnly false, the default) with a format
   * or a validation, as Worksheet.getUsedRange(valuesOnly); null for a sheet with nothing in it.
   */
  usedRange(sheetName: string, valuesOnly = false): string | null {
    const used = this.model.usedRect(this.sheet(sheetName), valuesOnly);
    return used ? formatRect(used) : null;
  }

  /** Every formula cell of a sheet, row by row: what a recalculation (the demo's) has to compute. */
  formulaCells(sheetName: string): { address: string; formula: string }[] {
    const out: { row: number; column: number; formula: string }[] = [];
    for (const [key, cell] of this.sheet(sheetName).cells) {
      if (cell.formula === null) continue;
      const [row, column] = key.split(",").map(Number);
      out.push({ row, column, formula: cell.formula });
    }
    out.sort((a, b) => a.row - b.row || a.column - b.column);
    return out.map((c) => ({ address: cellAddress(c.row, c.column), formula: c.formula }));
  }

  /** A sheet's comments (one thread per cell), in the order they were added. */
  comments(sheetName: string): { address: string; content: string; author: string; resolved: boolean }[] {
    return this.sheet(sheetName).comments.map((c) => ({
      address: cellAddress(c.row, c.column),
      content: c.content,
      author: c.authorName,
      resolved: c.resolved,
    }));
  }

  /** Column letters for a grid's header row (A, B, …). */
  columnLetters(count: number): string[] {
    return Array.from({ length: count }, (_, i) => columnLetter(i));
  }

  // ---- preparing a workbook (as a user would have it)

  /** Puts a constant or { formula } in a cell as is (no parsing of the text); notifies subscribers. */
  setCell(sheetName: string, address: string, content: Scalar | null | { formula: string }): void {
    const sheet = this.sheet(sheetName);
    const { row, column } = this.at(address);
    const cell = this.model.ensureCell(sheet, row, column);
    cell.computed = null;
    if (content !== null && typeof content === "object") {
      if (!content.formula.startsWith("=")) throw invalidArgument("setCell", "A formula starts with =.");
      cell.formula = content.formula;
      cell.value = null;
    } else {
      cell.formula = null;
      cell.value = content === "" ? null : content;
    }
    this.model.notify();
  }

  /** The value Excel would have calculated for a formula cell (the fake never evaluates formulas). */
  setComputedValue(sheetName: string, address: string, value: Scalar | null): void {
    const { row, column } = this.at(address);
    const cell = this.model.ensureCell(this.sheet(sheetName), row, column);
    if (cell.formula === null) throw new Error(`${sheetName}!${address} holds no formula`);
    cell.computed = value;
    this.model.notify();
  }

  setNumberFormat(sheetName: string, address: string, numberFormat: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseRect(address);
    if (!rect) throw new Error(`Not an A1 address: ${address}`);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) this.model.ensureCell(sheet, r, c).numberFormat = numberFormat;
    this.model.notify();
  }

  addSheet(name: string): void {
    this.model.addSheet(name);
    this.model.notify();
  }

  /** Hides or shows a sheet as Excel's «Скрыть» (or a macro, for «VeryHidden») would; one sheet must stay visible. */
  setSheetVisibility(name: string, visibility: "Visible" | "Hidden" | "VeryHidden"): void {
    const sheet = this.sheet(name);
    if (visibility !== "Visible" && !this.model.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new Error("A workbook must keep one visible worksheet");
    }
    sheet.visibility = visibility;
    this.model.notify();
  }

  renameSheet(oldName: string, newName: string): void {
    this.model.renameSheet(this.sheet(oldName), newName);
    this.model.notify();
  }

  activateSheet(name: string): void {
    this.model.activeSheetId = this.sheet(name).id;
    this.model.notify();
  }

  /** Selects a range as the user would (and activates its sheet). */
  setSelection(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseRect(address);
    if (!rect) throw new Error(`Not an A1 address: ${address}`);
    sheet.selection = rect;
    this.model.activeSheetId = sheet.id;
    this.model.notify();
  }

  /** Inserts rows as a user would (0-based index): cells, merges, validations, formats, names and formulas follow. */
  insertRows(sheetName: string, atRowIndex: number, count: number): void {
    this.model.insertRows(this.sheet(sheetName), atRowIndex, count);
    this.model.notify();
  }

  /** A sheet-scoped (or, without sheet, workbook-scoped) name as a user would define it. */
  addName(name: string, reference: string, scopeSheet?: string): void {
    const scope = scopeSheet === undefined ? null : this.sheet(scopeSheet);
    const target = this.model.resolveReference(reference, scope ?? this.model.activeSheet());
    if (!target) throw new Error(`Not a range reference: ${reference}`);
    this.model.names.push({ name, scopeSheetId: scope?.id ?? null, target: { sheetId: target.sheet.id, rect: target.rect }, constant: null, comment: "", visible: true });
    this.model.notify();
  }
}
