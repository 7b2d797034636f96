/** The demo page: the real pane in a frame beside the in-memory workbook it writes to, rendered as tables. */
import { createFakeExcel, type FakeExcel } from "../fake-excel";

const fake: FakeExcel = createFakeExcel();
(window as unknown as { __cdtoFake: FakeExcel }).__cdtoFake = fake;

let shownSheet: string | undefined;
let lastActive: string | undefined;

function render(): void {
  const tabs = document.getElementById("sheet-tabs");
  const table = document.getElementById("sheet");
  if (!tabs || !table) return;
  const names = fake.workbook.sheetNames();
  const active = fake.workbook.activeSheetName();
  // Follow Excel: show the sheet the add-in activated; otherwise keep the tab the visitor chose.
  if (active !== lastActive || !shownSheet || !names.includes(shownSheet)) shownSheet = active;
  lastActive = active;
  tabs.replaceChildren(
    ...names.map((name) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = name;
      button.setAttribute("aria-pressed", String(name === shownSheet));
      button.addEventListener("click", () => {
        shownSheet = name;
        render();
      });
      return button;
    }),
  );
  table.replaceChildren();
  if (!shownSheet) return;
  const grid = fake.workbook.grid(shownSheet);
  grid.forEach((row, r) => {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.textContent = String(r + 1);
    tr.append(th);
    row.forEach((value) => {
      const td = document.createElement("td");
      td.textContent = value === null || value === undefined ? "" : String(value); // text, never HTML
      tr.append(td);
    });
    table.append(tr);
  });
  const status = document.getElementById("sync-count");
  if (status) status.textContent = `context.sync(): ${fake.workbook.syncCount}`;
}

fake.workbook.subscribe(render);
window.addEventListener("DOMContentLoaded", render);
