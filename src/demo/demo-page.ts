/** The demo page: the real pane in a frame beside the in-memory workbook it writes to, drawn as an editable grid. */
import type { FakeExcel } from "../fake-excel";
import { BookView } from "./book-view";
import type { CustomFunctionRegistry } from "./custom-functions";
import { createDemoWorkbook } from "./demo-workbook";
import { useCustomFunctions } from "./formulas/functions";

const fake: FakeExcel = createDemoWorkbook();
const customFunctions: CustomFunctionRegistry = {};
let view: BookView | undefined;
// A function that waited for the workbook's edition has its answer: compute the cells again.
useCustomFunctions(customFunctions, () => view?.changed());
// The pane's frame takes the workbook and fills the registry (fake-office-entry.ts); tests reach the workbook here.
Object.assign(window, { __cdtoFake: fake, __cdtoCustomFunctions: customFunctions });

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`demo.html has no #${id}`);
  return found;
}

window.addEventListener("DOMContentLoaded", () => {
  const shown = new BookView(fake.workbook, {
    scroller: element("grid-scroll", HTMLDivElement),
    table: element("sheet", HTMLTableElement),
    nameBox: element("name-box", HTMLInputElement),
    formulaInput: element("formula-input", HTMLInputElement),
    note: element("cell-note", HTMLParagraphElement),
    tabs: element("sheet-tabs", HTMLDivElement),
    dialogHost: document.body,
  });
  // The add-in's functions are registered once the pane's bundle has run: compute CDTO.* cells again then.
  view = shown;
  element("pane", HTMLIFrameElement).addEventListener("load", () => shown.changed());
});
