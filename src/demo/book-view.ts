/**
 * The workbook side of the demo page: the active sheet as a grid with a formula bar and sheet tabs, editable from
 * the mouse and the keyboard. Every edit goes through FakeWorkbook (setCell, setNumberFormat, setSelection,
 * activateSheet), so the pane's next read sees it; after every change the formulas are recalculated.
 */
import type { FakeWorkbook } from "../fake-excel";
import { cellAddress } from "../core/sheet-model";
import { displayText, editText, isErrorValue } from "./cell-display";
import { bindFormulaBar } from "./formula-bar";
import { openCellEditor, type CellEditor, type EditEnd } from "./cell-editor";
import { interpretTyped, type CellEntry } from "./cell-input";
import { evaluateOnSheet, recalculate } from "./formulas/recalc";
import { FormulaError } from "./formulas/values";
import { cellId, renderGrid, ROW_HEADER_WIDTH } from "./grid-render";
import { handleTabKeys, renderSheetTabs } from "./sheet-tabs";
import { GridSelection, rangeAddress, type Point } from "./grid-selection";
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

const PAGE_ROWS = 15;

export class BookView {
  private view: SheetView | null = null;
  private editor: CellEditor | null = null;
  private recalculating = false;
  private renderQueued = false;
  private readonly cursor: GridSelection;
  private shownSelection = "";

  constructor(
    private readonly workbook: FakeWorkbook,
    private readonly el: BookElements,
  ) {
    this.cursor = new GridSelection(workbook);
    workbook.subscribe(() => this.changed());
    this.bindGrid();
    this.bindBar();
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
    return { names: this.workbook.visibleSheetNames(), active: this.sheet, activate: (name: string) => this.workbook.activateSheet(name) };
  }

  // ---- drawing

  private render(): void {
    renderSheetTabs(this.el.tabs, this.tabOptions());
    if (this.editor) return; // drawn again when the edit ends
    // Less a scroll bar's width, so that fitted columns do not need one.
    const view = sheetView(this.workbook, this.sheet, this.el.scroller.clientWidth - ROW_HEADER_WIDTH - 2);
    this.view = view;
    this.cursor.follow(view.selection);
    renderGrid(this.el.table, view, this.cursor.anchor);
    this.el.table.setAttribute("aria-label", `Лист «${view.sheet}»`);
    this.el.table.setAttribute("aria-activedescendant", cellId(this.cursor.activeAddress));
    this.el.nameBox.value = rangeAddress(view.selection);
    if (document.activeElement !== this.el.formulaInput) this.el.formulaInput.value = editText(this.activeCell());
    this.showNote();
    const key = `${view.sheet}!${rangeAddress(view.selection)}`;
    if (key !== this.shownSelection) {
      this.shownSelection = key;
      document.getElementById(cellId(this.cursor.activeAddress))?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  private activeCell() {
    return this.workbook.cell(this.sheet, this.cursor.activeAddress);
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

  // ---- editing

  private startEditing(initial?: string): void {
    const td = document.getElementById(cellId(this.cursor.activeAddress));
    if (!td || this.editor) return;
    const sheet = this.sheet;
    const address = this.cursor.activeAddress;
    const original = editText(this.activeCell());
    this.editor = openCellEditor(this.el.scroller, td, initial ?? original, {
      label: `Ячейка ${address}`,
      onInput: (text) => (this.el.formulaInput.value = text),
      onEnd: (end: EditEnd) => {
        this.editor = null;
        const moveOn = () => {
          if (end.commit && (end.move.rows !== 0 || end.move.columns !== 0)) this.cursor.move(end.move.rows, end.move.columns, false);
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
      if (!event.shiftKey && this.view && this.cursor.isActive(point, this.view.selection)) {
        this.startEditing(); // a click on the active cell edits it
        return;
      }
      this.cursor.select(point, event.shiftKey);
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
      this.cursor.move(step[0], step[1], event.shiftKey);
      return;
    }
    if (event.key === "Home") {
      event.preventDefault();
      this.cursor.select({ row: event.ctrlKey ? 0 : this.cursor.anchor.row, column: 0 });
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

  private bindBar(): void {
    bindFormulaBar(this.el.nameBox, this.el.formulaInput, {
      content: () => editText(this.activeCell()),
      address: () => (this.view ? rangeAddress(this.view.selection) : ""),
      commit: (text) => this.commitText(this.sheet, this.cursor.activeAddress, text, () => undefined),
      select: (rect) => this.cursor.selectRect(rect),
      done: () => this.el.table.focus(),
    });
  }
}
