/** The demo page (the real pane in a frame beside the in-memory Excel) opened in Debian's Chromium for a test. */
import type { Browser, Frame, Page } from "playwright-core";
import { startDemoServer } from "../../scripts/demo-server";
import { launchChromium } from "./browser";
import type { SheetCells } from "./fixture-sheet";

export interface Book {
  sheetNames(): string[];
  visibleSheetNames(): string[];
  sheetVisibility(sheet: string): string;
  calculations: string[];
  activeSheetName(): string;
  syncCount: number;
  resetSyncCount(): void;
  cell(sheet: string, address: string): { value: unknown; formula: string | null; numberFormat: string; text: string; format: { fill: string | null }; comment?: string };
  selection(): { sheet: string; address: string };
  grid(sheet: string): string[][];
  columnWidth(sheet: string, column: number): number;
  setCell(sheet: string, address: string, value: unknown): void;
  setSelection(sheet: string, address: string): void;
  activateSheet(sheet: string): void;
  renameSheet(oldName: string, newName: string): void;
  names(sheet?: string): Record<string, string>;
  charts(sheet: string): { title: string; type: string; source: string; series: { name: string; values: string }[] }[];
  conditionalFormats(sheet: string): { range: string }[];
}

export interface DemoSession {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemo(): Promise<DemoSession> {
  const server = await startDemoServer();
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs a function on the demo page's workbook (the frame's pane writes to the same object). */
export function book<T>(page: Page, read: (workbook: Book) => T): Promise<T> {
  return page.evaluate<T>(`(${read.toString()})(window.__cdtoFake.workbook)`);
}

/** Types a value into one cell of the demo's workbook, on the page (addresses and values from the test's own scope). */
export function setBookCell(page: Page, sheet: string, address: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([s, a, v]) => (window as unknown as { __cdtoFake: { workbook: Book } }).__cdtoFake.workbook.setCell(s, a, v),
    [sheet, address, value] as const,
  );
}

/** One cell of the demo's workbook, read on the page. */
export function bookCell(page: Page, sheet: string, address: string): Promise<ReturnType<Book["cell"]>> {
  return page.evaluate(
    ([s, a]) => (window as unknown as { __cdtoFake: { workbook: Book } }).__cdtoFake.workbook.cell(s, a),
    [sheet, address] as const,
  );
}

/** Opens the demo (a wide window unless told); collects page errors and console errors into `problems`. */
export async function openDemo(session: DemoSession, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; pane: Frame; problems: string[] }> {
  const page = await session.browser.newPage({ viewport });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${session.url}/`);
  const frame = page.frames().find((f) => f.url().includes("/pane/taskpane.html"));
  if (!frame) throw new Error("the pane frame did not load");
  await frame.getByRole("heading", { name: "Цифровая зрелость" }).waitFor();
  await editionRead(frame);
  // The pane read the workbook's edition at its start: a test counts the syncs of the user's actions from here.
  await book(page, (b) => b.resetSyncCount());
  return { page, pane: frame, problems };
}

/** Waits until the pane has read the workbook's edition (its header no longer says it is reading). */
export async function editionRead(pane: Frame | Page): Promise<void> {
  await pane.getByTestId("edition-label").filter({ hasNotText: "читаю" }).waitFor();
}

/** Picks a sector the way a user does: types part of its name and presses Enter. */
export async function pickSector(pane: Frame | Page, typed: string, label: string): Promise<void> {
  const search = pane.getByRole("searchbox", { name: "Найти отрасль" });
  await search.fill(typed);
  await search.press("Enter");
  const radio = pane.getByRole("radio", { name: label });
  await radio.waitFor();
  if (!(await radio.isChecked())) throw new Error(`${label} is not selected after typing «${typed}»`);
}

/**
 * Opens the pane alone (its own in-memory Excel, as `window.__cdtoFake`) at a given width, for full-length
 * screenshots and layout checks at the widths a task pane really has.
 */
export async function openPaneAlone(session: DemoSession, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width, height: 800 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${session.url}/pane/taskpane.html`);
  await page.getByRole("heading", { name: "Цифровая зрелость" }).waitFor();
  await editionRead(page);
  return { page, problems };
}

/** Elements wider than the pane or sticking out of it, and whether the page scrolls sideways. */
export function overflow(page: Page | Frame): Promise<{ horizontalScroll: boolean; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside = [...document.body.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? "").slice(0, 40)}`);
    return { horizontalScroll: document.documentElement.scrollWidth > width, outside };
  });
}

/** Types a hand-made roadmap fixture onto a new sheet of the demo's workbook, merged areas included, and activates it. */
export async function putOnDemoSheet(page: Page, sheet: string, cells: SheetCells): Promise<void> {
  await page.evaluate(
    async ({ sheet, cells }) => {
      const fake = (window as unknown as { __cdtoFake: import("../../src/fake-excel").FakeExcel }).__cdtoFake;
      fake.workbook.addSheet(sheet);
      for (const { address, value } of cells.cells) fake.workbook.setCell(sheet, address, value);
      await fake.Excel.run(async (context) => {
        for (const merge of cells.merges) context.workbook.worksheets.getItem(sheet).getRange(merge).merge();
        await context.sync();
      });
      fake.workbook.activateSheet(sheet);
    },
    { sheet, cells },
  );
}

/**
 * On the rating tab: a small table on «Лист1» whose headers («Кто», «Всего», «Из них») name none of the rating's
 * columns, selected, and «Пересчитать рекомендации» pressed, so that the pane asks which column is which.
 */
export async function askForRatingColumns(page: Page, pane: Frame): Promise<void> {
  await pane.getByRole("tab", { name: "Рейтинг обучения" }).click();
  await book(page, (b) => {
    const rows = [
      ["Кто", "Всего", "Из них"],
      ["Департамент А", 26, 12],
      ["Департамент Б", 90, 5],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => b.setCell("Лист1", `${"ABC"[c]}${r + 1}`, value)));
    b.setSelection("Лист1", "A1:C3");
  });
  await pane.getByRole("button", { name: "Пересчитать рекомендации" }).click();
}
