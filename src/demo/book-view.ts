/**
 * The workbook side of the demo page: the active sheet as a grid with a formula bar and sheet tabs, editable from
 * the mouse and the keyboard. Every edit goes through FakeWorkbook (setCell, setNumberFormat, setSelection,
 * activateSheet), so the pane's next read sees it; after every change the formulas are recalculated.
 */
import type { Rect } from "../fake-excel/addresses";
import type { FakeWorkbook } from "../fake-excel";
import { cellAddress } from "../core/sheet-model";
import { displayText, editText, isErrorValue } from "./cell-display";
import { openCellEditor, type CellEditor, type EditEnd } from "./cell-editor";
import { interpretTyped, type CellEntry } from "./cell-input";
import { evaluateOnSheet, recalculate } from "./formulas/recalc";
import { FormulaError } from "./formulas/values";
import { parseReference } from "./formulas/parse";
import { cellId, renderGrid, ROW_HEADER_WIDTH } from "./grid-render";
import { handleTabKeys, renderSheetTabs } from "./sheet-tabs";
import { sheetView, type SheetView } from "./sheet-view";
import { validationAlert } from "./validation";
import { showValidationAlert, type AlertChoice } from "./validation-dialog";

export interface BookElements {
  scroller: HTMLElement;
  table: HTMLTableElement;
  nameBox: HTMLInputElement;
  formulaInput: HTMLInputElement;
  note: HTMLElement;
  tabs: HTMLElement;
  /** Where the data-validation alert opens. */
  dialogHost: HTMLElement;
}

interface Point {
  row: number;
  column: number;
}

const PAGE_ROWS = 15;
const rectOf = (a: Point, b: Point): Rect => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.column, b.column),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.column, b.column),
});
const sameRect = (a: Rect, b: Rect) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const rangeAddress = (r: Rect) => (r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`);

export class BookView {
  private view: SheetView | null = null;
  private editor: CellEditor | null = null;
  private recalculating = false;
  private renderQueued = false;
  /** The active cell and the other corner of the selection (Shift+arrows move the corner). */
  private anchor: Point = { row: 0, column: 0 };
  private corner: Point = { row: 0, column: 0 };
  private shownSelection = "";
  private barDirty = false;

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly el: BookElements,
  ) {
    workbook.subscribe(() => this.changed());
    this.bindGrid();
    this.bindFormulaBar();
    el.tabs.addEventListener("keydown", (event) => handleTabKeys(event, this.tabOptions()));
    window.addEventListener("resize", () => {
      this.shownSelection = ""; // column widths follow the window: bring the active cell back into sight
      this.render();
    });
    this.changed();
  }

  private get sheet(): string {
    return this.workbook.activeSheetName();
  }

  /** After any change (the pane's syncs, the user's edits, the add-in's functions loaded): recalculate, draw once. */
  changed(): void {
    if (this.recalculating) return; // the results being stored
    this.recalculating = true;
    try {
      recalculate(this.workbook);
    } catch (error) {
      // Never break the pane's sync because of the demo's own engine; say so where developers look.
      console.error("Пересчёт формул в демонстрации не удался:", error);
    } finally {
      this.recalculating = false;
    }
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private tabOptions() {
    return { names: this.workbook.sheetNames(), active: this.sheet, activate: (name: string) => this.workbook.activateSheet(name) };
  }

  // ---- drawing

  private render(): void {
    renderSheetTabs(this.el.tabs, this.tabOptions());
    if (this.editor) return; // drawn again when the edit ends
    // Less a scroll bar's width, so that fitted columns do not need one.
    const view = sheetView(this.workbook, this.sheet, this.el.scroller.clientWidth - ROW_HEADER_WIDTH - 2);
    this.view = view;
    this.followSelection(view.selection);
    renderGrid(this.el.table, view, this.anchor);
    this.el.table.setAttribute("aria-label", `Лист «${view.sheet}»`);
    this.el.table.setAttribute("aria-activedescendant", cellId(cellAddress(this.anchor.row, this.anchor.column)));
    this.el.nameBox.value = rangeAddress(view.selection);
    if (document.activeElement !== this.el.formulaInput) this.el.formulaInput.value = editText(this.activeCell());
    this.showNote();
    const key = `${view.sheet}!${rangeAddress(view.selection)}`;
    if (key !== this.shownSelection) {
      this.shownSelection = key;
      document.getElementById(cellId(cellAddress(this.anchor.row, this.anchor.column)))?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  /** Keeps our active cell when the workbook's selection is still ours; otherwise (the pane selected) starts anew. */
  private followSelection(selection: Rect): void {
    if (sameRect(selection, rectOf(this.anchor, this.corner))) return;
    this.anchor = { row: selection.top, column: selection.left };
    this.corner = { row: selection.bottom, column: selection.right };
  }

  private activeCell() {
    return this.workbook.cell(this.sheet, cellAddress(this.anchor.row, this.anchor.column));
  }

  /** Under the formula bar: a custom function's error message, the cell's comment (a finding) or its input prompt. */
  private showNote(): void {
    const cell = this.activeCell();
    const prompt = cell.validation?.prompt;
    let text = "";
    const error = cell.formula !== null && isErrorValue(cell) ? evaluateOnSheet(this.workbook, this.sheet, cell.formula) : null;
    if (error instanceof FormulaError && error.message) text = `${displayText(cell)}: ${error.message}`;
    else if (cell.comment) text = `Примечание: ${cell.comment}`;
    else if (prompt?.showPrompt && (prompt.title || prompt.message)) text = [prompt.title, prompt.message].filter(Boolean).join(": ");
    this.el.note.textContent = text;
    this.el.note.hidden = text === "";
  }

  // ---- selection

  private mergeAt(point: Point): Rect | null {
    for (const merge of this.workbook.merges(this.sheet)) {
      const rect = parseReference(merge)?.rect;
      if (rect && point.row >= rect.top && point.row <= rect.bottom && point.column >= rect.left && point.column <= rect.right) return rect;
    }
    return null;
  }

  /** Selects a cell (a merged area whole, as Excel does), or extends the selection to it. */
  private select(point: Point, extend = false): void {
    const target = { row: Math.max(0, point.row), column: Math.max(0, point.column) };
    if (extend) this.corner = target;
    else {
      const merge = this.mergeAt(target);
      this.anchor = merge ? { row: merge.top, column: merge.left } : target;
      this.corner = merge ? { row: merge.bottom, column: merge.right } : target;
    }
    this.workbook.setSelection(this.sheet, rangeAddress(rectOf(this.anchor, this.corner)));
  }

  /** Arrow keys: from the active cell (or the moving corner with Shift), stepping over a merged area. */
  private move(rows: number, columns: number, extend: boolean): void {
    const from = extend ? this.corner : this.anchor;
    const merge = extend ? null : this.mergeAt(from);
    const row = rows > 0 && merge ? merge.bottom + rows : from.row + rows;
    const column = columns > 0 && merge ? merge.right + columns : from.column + columns;
    this.select({ row, column }, extend);
  }

  // ---- editing

  private startEditing(initial?: string): void {
    const td = document.getElementById(cellId(cellAddress(this.anchor.row, this.anchor.column)));
    if (!td || this.editor) return;
    const sheet = this.sheet;
    const address = cellAddress(this.anchor.row, this.anchor.column);
    const original = editText(this.activeCell());
    this.editor = openCellEditor(this.el.scroller, td, initial ?? original, {
      label: `Ячейка ${address}`,
      onInput: (text) => (this.el.formulaInput.value = text),
      onEnd: (end: EditEnd) => {
        this.editor = null;
        const moveOn = () => {
          if (end.commit && (end.move.rows !== 0 || end.move.columns !== 0)) this.move(end.move.rows, end.move.columns, false);
        };
        if (end.commit && end.text !== original) this.commitText(sheet, address, end.text, moveOn);
        else moveOn();
        this.render();
        if (document.activeElement === document.body || document.activeElement === null) this.el.table.focus();
      },
    });
    this.el.formulaInput.value = this.editor.input.value;
  }

  /**
   * A typed entry as Excel takes it: read (numbers, «18 %», formulas), checked against the cell's data validation
   * (an alert may ask), then written through the inspection API; `after` runs once the value is stored.
   */
  private commitText(sheet: string, address: string, text: string, after: () => void): void {
    const current = this.workbook.cell(sheet, address);
    const entry = interpretTyped(text, current.numberFormat);
    const alert = validationAlert(this.workbook, sheet, address, entry);
    if (!alert) {
      this.write(sheet, address, entry, current.numberFormat);
      after();
      return;
    }
    showValidationAlert(this.el.dialogHost, alert, (choice: AlertChoice) => {
      if (choice === "store") {
        this.write(sheet, address, entry, current.numberFormat);
        after();
      }
      this.render();
      if (choice === "retry") this.startEditing(text);
      else this.el.table.focus();
    });
  }

  private write(sheet: string, address: string, entry: CellEntry, numberFormat: string): void {
    if (entry.kind === "clear") this.workbook.setCell(sheet, address, null);
    else if (entry.kind === "formula") this.workbook.setCell(sheet, address, { formula: entry.formula });
    else {
      if (entry.numberFormat && entry.numberFormat !== numberFormat) this.workbook.setNumberFormat(sheet, address, entry.numberFormat);
      this.workbook.setCell(sheet, address, entry.value);
    }
  }

  private clearSelection(): void {
    const s = this.view?.selection;
    if (!s) return;
    for (let r = s.top; r <= Math.min(s.bottom, s.top + 999); r++) {
      for (let c = s.left; c <= Math.min(s.right, s.left + 99); c++) {
        const address = cellAddress(r, c);
        const cell = this.workbook.cell(this.sheet, address);
        if (cell.value !== null || cell.formula !== null) this.workbook.setCell(this.sheet, address, null);
      }
    }
  }

  // ---- events

  private cellFromEvent(event: Event): Point | null {
    const td = (event.target as HTMLElement | null)?.closest("td[data-address]");
    if (!(td instanceof HTMLElement)) return null;
    return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  }

  private bindGrid(): void {
    const table = this.el.table;
    table.addEventListener("mousedown", (event) => {
      const point = this.cellFromEvent(event);
      if (!point || event.button !== 0) return;
      event.preventDefault(); // keep focus on the grid, not on the cell text
      table.focus();
      const again = point.row === this.anchor.row && point.column === this.anchor.column && !event.shiftKey;
      if (again && this.view && sameRect(this.view.selection, rectOf(this.anchor, this.corner))) {
        this.startEditing(); // a click on the active cell edits it
        return;
      }
      this.select(point, event.shiftKey);
    });
    table.addEventListener("dblclick", (event) => {
      if (this.cellFromEvent(event)) this.startEditing();
    });
    table.addEventListener("keydown", (event) => this.gridKey(event));
  }

  private gridKey(event: KeyboardEvent): void {
    if (event.target !== this.el.table) return;
    const arrows: Record<string, [number, number] | undefined> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-PAGE_ROWS, 0], PageDown: [PAGE_ROWS, 0] };
    const step = arrows[event.key];
    if (step) {
      event.preventDefault();
      this.move(step[0], step[1], event.shiftKey);
      return;
    }
    if (event.key === "Home") {
      event.preventDefault();
      this.select({ row: event.ctrlKey ? 0 : this.anchor.row, column: 0 });
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      this.startEditing();
    } else if (event.key === "Delete") {
      event.preventDefault();
      this.clearSelection();
    } else if (event.key === "Backspace") {
      event.preventDefault();
      this.startEditing("");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault(); // typing replaces the cell's content, as in Excel
      this.startEditing(event.key);
    }
  }

  private bindFormulaBar(): void {
    const { formulaInput, nameBox } = this.el;
    formulaInput.addEventListener("input", () => {
      this.barDirty = true;
    });
    const leaveBar = (commit: boolean) => {
      const dirty = this.barDirty;
      this.barDirty = false;
      if (commit && dirty) this.commitText(this.sheet, cellAddress(this.anchor.row, this.anchor.column), formulaInput.value, () => undefined);
      formulaInput.value = editText(this.activeCell());
    };
    formulaInput.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== "Escape") return;
      event.preventDefault();
      leaveBar(event.key === "Enter");
      this.el.table.focus();
    });
    formulaInput.addEventListener("blur", () => leaveBar(true));
    nameBox.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        nameBox.value = this.view ? rangeAddress(this.view.selection) : "";
        this.el.table.focus();
      }
      if (event.key !== "Enter") return;
      event.preventDefault();
      const target = parseReference(nameBox.value.trim().toUpperCase());
      if (target && target.sheet === null) {
        this.anchor = { row: target.rect.top, column: target.rect.left };
        this.corner = { row: target.rect.bottom, column: target.rect.right };
        this.workbook.setSelection(this.sheet, rangeAddress(target.rect));
        this.el.table.focus();
      } else {
        nameBox.value = this.view ? rangeAddress(this.view.selection) : "";
        nameBox.select();
      }
    });
  }
}
