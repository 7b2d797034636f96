/** The demo page: the real pane in a frame beside the in-memory workbook it writes to, drawn as an editable grid. */
import type { FakeExcel } from "../fake-excel";
import { BookView } from "./book-view";
import { createDemoWorkbook } from "./demo-workbook";

const fake: FakeExcel = createDemoWorkbook();
// The pane's frame takes this workbook (fake-office-entry.ts); tests reach it here too.
(window as unknown as { __cdtoFake: FakeExcel }).__cdtoFake = fake;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo.html has no #${id}`);
  return found;
}

window.addEventListener("DOMContentLoaded", () => {
  new BookView(fake.workbook, {
    scroller: element("grid-scroll", HTMLDivElement),
    table: element("sheet", HTMLTableElement),
    nameBox: element("name-box", HTMLInputElement),
    formulaInput: element("formula-input", HTMLInputElement),
    note: element("cell-note", HTMLParagraphElement),
    tabs: element("sheet-tabs", HTMLDivElement),
  });
});
