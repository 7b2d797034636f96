/**
 * Draws a SheetView as an ARIA grid: column letters and row numbers as sticky headers, each cell's fill, font,
 * alignment, borders, merges and comment mark, the selection highlighted. Text is set as text, never as HTML.
 */
import { columnLetter } from "../core/sheet-model";
import type { CellLook, SheetView } from "./sheet-view";

export const ROW_HEADER_WIDTH = 44;

/** id of a cell's element, for aria-activedescendant and for tests. */
export const cellId = (address: string): string => `cell-${address}`;

function inRange(view: SheetView, row: number, column: number): boolean {
  const s = view.selection;
  return row >= s.top && row <= s.bottom && column >= s.left && column <= s.right;
}

function styleCell(td: HTMLTableCellElement, cell: CellLook): void {
  const style = td.style;
  if (cell.fill) style.backgroundColor = cell.fill;
  if (cell.fontColor !== "#000000") style.color = cell.fontColor;
  if (cell.bold) style.fontWeight = "bold";
  if (cell.italic) style.fontStyle = "italic";
  if (cell.sizePt !== 11) style.fontSize = `${cell.sizePt}pt`;
  style.textAlign = cell.align;
  style.verticalAlign = cell.vertical;
  if (cell.wrap) style.whiteSpace = "pre-wrap";
  // Gridlines are each cell's right and bottom edge; a drawn border replaces them, top and left ones are insets.
  if (cell.borders.right) style.borderRightColor = cell.borders.right;
  if (cell.borders.bottom) style.borderBottomColor = cell.borders.bottom;
  const insets = [cell.borders.top ? `inset 0 1px 0 ${cell.borders.top}` : "", cell.borders.left ? `inset 1px 0 0 ${cell.borders.left}` : ""].filter(Boolean);
  if (insets.length > 0) style.boxShadow = insets.join(", ");
}

function cellElement(view: SheetView, cell: CellLook, row: number, column: number, active: boolean): HTMLTableCellElement {
  const td = document.createElement("td");
  td.id = cellId(cell.address);
  td.setAttribute("role", "gridcell");
  td.dataset.address = cell.address;
  td.dataset.row = String(row);
  td.dataset.column = String(column);
  if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
  if (cell.colSpan > 1) td.colSpan = cell.colSpan;
  const selected = inRange(view, row, column);
  td.setAttribute("aria-selected", String(selected));
  if (selected) td.classList.add("selected");
  if (active) td.classList.add("active");
  if (cell.formula) td.classList.add("formula");
  if (cell.comment !== null) {
    td.classList.add("has-comment");
    td.title = cell.comment; // an attribute: shown as text by the browser
  }
  styleCell(td, cell);
  if (cell.spill > 0) {
    // The text runs on over the empty neighbours, clipped where the first filled one starts.
    const text = document.createElement("span");
    text.className = "spill";
    text.style.width = `${view.columnWidths[column] + cell.spill - 6}px`;
    text.textContent = cell.text;
    td.classList.add("spills");
    td.append(text);
  } else {
    td.textContent = cell.text;
  }
  return td;
}

/** Replaces the grid's content; the table element itself stays, so keyboard focus stays on it. */
export function renderGrid(table: HTMLTableElement, view: SheetView, active: { row: number; column: number }): void {
  const colgroup = document.createElement("colgroup");
  const widths = [ROW_HEADER_WIDTH, ...view.columnWidths];
  for (const width of widths) {
    const col = document.createElement("col");
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;

  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  headRow.setAttribute("role", "row");
  const corner = document.createElement("th");
  corner.className = "corner";
  corner.setAttribute("aria-hidden", "true");
  headRow.append(corner);
  view.columnWidths.forEach((_, c) => {
    const th = document.createElement("th");
    th.setAttribute("role", "columnheader");
    th.className = "column-header";
    if (c >= view.selection.left && c <= view.selection.right) th.classList.add("in-selection");
    th.textContent = columnLetter(c);
    headRow.append(th);
  });
  head.append(headRow);

  const body = document.createElement("tbody");
  view.cells.forEach((cells, r) => {
    const tr = document.createElement("tr");
    tr.setAttribute("role", "row");
    tr.style.height = `${view.rowHeights[r]}px`;
    const th = document.createElement("th");
    th.setAttribute("role", "rowheader");
    th.className = "row-header";
    if (r >= view.selection.top && r <= view.selection.bottom) th.classList.add("in-selection");
    th.textContent = String(r + 1);
    tr.append(th);
    cells.forEach((cell, c) => {
      if (cell) tr.append(cellElement(view, cell, r, c, r === active.row && c === active.column));
    });
    body.append(tr);
  });
  table.replaceChildren(colgroup, head, body);
  freezePanes(table, view);
}

/**
 * Frozen rows and columns as sticky cells. Row offsets are measured after layout (wrapped text makes rows taller
 * than their set height); column offsets are the widths before them.
 */
function freezePanes(table: HTMLTableElement, view: SheetView): void {
  const { rows, columns } = view.freeze;
  if (rows === 0 && columns === 0) return;
  const lefts = [ROW_HEADER_WIDTH];
  for (let c = 0; c < columns; c++) lefts.push(lefts[c] + (view.columnWidths[c] ?? 0));
  const bodyRows = [...table.tBodies[0].rows];
  const tops = bodyRows.slice(0, rows).map((tr) => tr.offsetTop);
  bodyRows.forEach((tr, r) => {
    const frozenRow = r < rows;
    if (frozenRow) tr.cells[0].style.top = `${tops[r]}px`;
    if (frozenRow) tr.cells[0].classList.add("frozen-row");
    for (const cell of [...tr.cells].slice(1)) {
      const c = Number(cell.dataset.column);
      const frozenColumn = c < columns;
      if (!frozenRow && !frozenColumn) continue;
      cell.classList.add("frozen");
      if (frozenRow) cell.style.top = `${tops[r]}px`;
      if (frozenColumn) cell.style.left = `${lefts[c]}px`;
      if (frozenRow && frozenColumn) cell.classList.add("frozen-both");
    }
  });
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].slice(1);
  headers.slice(0, columns).forEach((th, c) => {
    th.classList.add("frozen");
    th.style.left = `${lefts[c]}px`;
  });
}
