/**
 * The demo page itself, as a new user tries it: type into cells from the keyboard, see formulas computed, run the
 * pane's check and see its marks in the grid, switch sheets with the tabs. Nothing for developers on the screen.
 */
import { join } from "path";
import type { Frame, Locator, Page } from "playwright-core";
import { REPO_ROOT } from "../support/seeds";
import { book, bookCell, openDemo, pickSector, startDemo, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

const grid = (page: Page) => page.getByRole("grid");

/** Polls `read` until `check` passes (the grid redraws after each change), then fails with the last value. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const hasText = (locator: Locator, expected: string | RegExp) =>
  eventually(() => locator.innerText(), (text) => (typeof expected === "string" ? expect(text).toBe(expected) : expect(text).toMatch(expected)));
const hasAttribute = (locator: Locator, name: string, expected: string | RegExp) =>
  eventually(() => locator.getAttribute(name), (value) => (typeof expected === "string" ? expect(value).toBe(expected) : expect(value).toMatch(expected)));
const hasValue = (locator: Locator, expected: string) => eventually(() => locator.inputValue(), (value) => expect(value).toBe(expected));
const cell = (page: Page, address: string) => page.locator(`#cell-${address}`);

/** Selects a cell by clicking it once. */
async function selectCell(page: Page, address: string): Promise<void> {
  await cell(page, address).click();
  await page.waitForFunction((a) => document.getElementById("name-box") instanceof HTMLInputElement && (document.getElementById("name-box") as HTMLInputElement).value === a, address);
}

async function createRoadmap(pane: Frame, typed: string, label: string, sheet: string): Promise<void> {
  await pickSector(pane, typed, label);
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(new RegExp(`Лист «${sheet.replace(/\./g, "\\.")}» создан`)).waitFor();
}

it("edits cells from the keyboard: numbers, «18 %», text, formulas; Esc cancels; arrows move", async () => {
  const { page, problems } = await openDemo(session);
  await grid(page).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await hasValue(page.locator("#name-box"), "B2");

  await page.keyboard.type("18 %");
  await page.keyboard.press("Enter");
  await page.keyboard.type("1234,5");
  await page.keyboard.press("Enter");
  await page.keyboard.press("F2");
  await page.keyboard.type("план");
  await page.keyboard.press("Enter");
  await page.keyboard.type("=B2*2");
  await page.keyboard.press("Enter");
  await page.keyboard.type("999");
  await page.keyboard.press("Escape");

  const b = (address: string) => bookCell(page, "Лист1", address).then((c) => ({ value: c.value, formula: c.formula, numberFormat: c.numberFormat }));
  expect(await b("B2")).toEqual({ value: 0.18, formula: null, numberFormat: "0%" });
  expect(await b("B3")).toEqual({ value: 1234.5, formula: null, numberFormat: "General" });
  expect(await b("B4")).toEqual({ value: "план", formula: null, numberFormat: "General" });
  expect((await b("B5")).formula).toBe("=B2*2");
  expect(await b("B6")).toEqual({ value: null, formula: null, numberFormat: "General" });

  await hasText(cell(page, "B2"), "18%");
  await hasText(cell(page, "B3"), "1234,5");
  await hasText(cell(page, "B5"), "0,36");
  await page.keyboard.press("ArrowUp");
  await hasValue(page.locator("#name-box"), "B5");
  await hasValue(page.locator("#formula-input"), "=B2*2");

  // Double-click edits in place; Enter commits.
  await cell(page, "C2").dblclick();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  expect(await book(page, (w) => w.cell("Лист1", "C2").value)).toBe(7);

  // Shift+arrow extends the selection, Delete clears it; the name box goes to an address.
  await selectCell(page, "B2");
  await page.keyboard.press("Shift+ArrowDown");
  await hasValue(page.locator("#name-box"), "B2:B3");
  await page.keyboard.press("Delete");
  expect(await book(page, (w) => [w.cell("Лист1", "B2").value, w.cell("Лист1", "B3").value, w.cell("Лист1", "B4").value])).toEqual([null, null, "план"]);
  await page.locator("#name-box").fill("d10");
  await page.locator("#name-box").press("Enter");
  expect(await book(page, (w) => w.selection())).toEqual({ sheet: "Лист1", address: "D10" });
  await hasAttribute(cell(page, "D10"), "class", /active/);
  expect(problems).toEqual([]);
  await page.close();
});

it("computes the add-in's own functions typed in Russian, and shows a wrong argument's message", async () => {
  const { page, problems } = await openDemo(session);
  await selectCell(page, "A1");
  await page.keyboard.type("=CDTO.БАЛЛ(90;5)");
  await page.keyboard.press("Enter");
  await page.keyboard.type("=CDTO.БАЛЛ(0;5)");
  await page.keyboard.press("Enter");
  expect(await book(page, (w) => w.cell("Лист1", "A1").formula)).toBe("=CDTO.SCORE(90,5)");
  await hasText(cell(page, "A1"), "1,5");
  await hasText(cell(page, "A2"), "#ЗНАЧ!");
  await page.keyboard.press("ArrowUp");
  await hasText(page.locator("#cell-note"), /^#ЗНАЧ!: .*сотрудник/i);
  expect(problems).toEqual([]);
  await page.close();
});

it("shows formula results: the roadmap's planned ЦЗ average and the rating sheet's scores, as the pane reads them", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createRoadmap(pane, "эколог", "7.10 Экология и природопользование", "Дорожная карта 7.10");
  // Value rows are %-formatted: typing 12 gives 12 % (Excel's automatic percent entry).
  await selectCell(page, "C8");
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await selectCell(page, "C11");
  await page.keyboard.type("16");
  await page.keyboard.press("Enter");
  expect(await book(page, (w) => w.cell("Дорожная карта 7.10", "C8").value)).toBe(0.12);
  expect(await book(page, (w) => w.cell("Дорожная карта 7.10", "C6").formula)).toMatch(/^=IFERROR\(AVERAGE\(C8,C11/);
  await hasText(cell(page, "C6"), "14,0%");
  expect(await book(page, (w) => w.cell("Дорожная карта 7.10", "C6").value)).toBeCloseTo(0.14, 12);
  await hasAttribute(cell(page, "A1"), "colspan", "5"); // the title's merged cells

  await pane.getByRole("tab", { name: "Рейтинг обучения" }).click();
  await pane.getByRole("button", { name: "Создать лист рейтинга" }).click();
  await pane.getByText(/Лист «Рейтинг обучения» создан/).waitFor();
  // Row 5: Аппарат Администрации, 118 employees, 82 trained: 69,5 % -> 5 points (appendix 1).
  await hasText(cell(page, "E5"), "69,5%");
  await hasText(cell(page, "F5"), "5,0");
  expect(await book(page, (w) => w.cell("Рейтинг обучения", "F5").value)).toBe(5);
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-rating-1280.png") });

  // Scrolled down: the column letters and the sheet's frozen rows (title to the table's header) stay in sight.
  const top = (locator: Locator) => locator.evaluate((e) => Math.round(e.getBoundingClientRect().top));
  const [letterTop, headerTop, rowTop] = [await top(page.getByRole("columnheader", { name: "B", exact: true })), await top(cell(page, "B4")), await top(cell(page, "B20"))];
  await page.locator("#grid-scroll").evaluate((e) => e.scrollBy(0, 400));
  await eventually(() => top(cell(page, "B20")), (now) => expect(now).toBeLessThan(rowTop - 300));
  expect(await top(page.getByRole("columnheader", { name: "B", exact: true }))).toBe(letterTop);
  expect(await top(cell(page, "B4"))).toBe(headerTop);
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-rating-scrolled-1280.png") });
  expect(problems).toEqual([]);
  await page.close();
});

it("checks a typed value against the cell's data validation, with the sheet's Russian alert", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createRoadmap(pane, "эколог", "7.10 Экология и природопользование", "Дорожная карта 7.10");
  await selectCell(page, "B8");
  await hasText(page.locator("#cell-note"), /^Значение в %/); // the input prompt
  await page.keyboard.type("150");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alertdialog", { name: "Вне диапазона" });
  await alert.waitFor();
  await hasText(alert, /Доля должна быть от 0 % до 100 %[\s\S]*Продолжить\?/);
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-validation-1280.png") });
  await alert.getByRole("button", { name: "Нет" }).click(); // back to the editor, the text kept
  await hasValue(page.getByRole("textbox", { name: "Ячейка B8" }), "150");
  await page.keyboard.press("Escape");
  expect(await book(page, (w) => w.cell("Дорожная карта 7.10", "B8").value)).toBeNull();

  await page.keyboard.type("150");
  await page.keyboard.press("Enter");
  await alert.getByRole("button", { name: "Да" }).click();
  expect(await book(page, (w) => w.cell("Дорожная карта 7.10", "B8").value)).toBe(1.5);
  await hasValue(page.locator("#name-box"), "B9");
  expect(problems).toEqual([]);
  await page.close();
});

it("the check paints cells in the grid: the fill, the comment mark and its text, and the finding's cell selected", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createRoadmap(pane, "эколог", "7.10 Экология и природопользование", "Дорожная карта 7.10");
  // Indicator 1: targets 10 / 20 / 100 %; 2023 typed short.
  for (const [address, typed] of [["B8", "5"], ["C8", "10"], ["D8", "15"], ["E8", "100"]]) {
    await selectCell(page, address);
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter");
  }
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
  const short = pane.getByRole("button", { name: /^Ошибка, ячейка D8: .*ниже целевого значения стратегии 20 %/ });
  await short.click();

  const d8 = cell(page, "D8");
  await eventually(() => d8.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), "background-color"), (v) => expect(v).toBe("rgb(244, 182, 182)"));
  await hasAttribute(d8, "class", /has-comment/);
  await hasAttribute(d8, "title", /ниже целевого значения/);
  await hasAttribute(d8, "class", /active/);
  await hasValue(page.locator("#name-box"), "D8");
  await hasText(page.locator("#cell-note"), /^Примечание: /);
  const comment = await book(page, (w) => w.cell("Дорожная карта 7.10", "D8").comment);
  await hasAttribute(d8, "title", comment ?? "");
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-check-1280.png") });
  await page.setViewportSize({ width: 800, height: 900 });
  // The grid redraws for the narrower window and keeps the active cell in sight.
  await eventually(
    () => d8.evaluate((e) => ({ left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right, width: innerWidth })),
    (box) => expect(box.left >= 320 + 44 && box.right <= box.width).toBe(true),
  );
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-check-800.png") });
  expect(problems).toEqual([]);
  await page.close();
});

it("a tab click activates its sheet, and the pane's check reports on that sheet", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createRoadmap(pane, "эколог", "7.10 Экология и природопользование", "Дорожная карта 7.10");
  await createRoadmap(pane, "образов", "7.1 Образование и наука", "ДК Образование и наука");
  expect(await book(page, (w) => w.activeSheetName())).toBe("ДК Образование и наука");

  const tab = page.getByRole("tab", { name: "Дорожная карта 7.10" });
  await tab.click();
  await hasAttribute(tab, "aria-selected", "true");
  expect(await book(page, (w) => w.activeSheetName())).toBe("Дорожная карта 7.10");
  await hasAttribute(grid(page), "aria-label", "Лист «Дорожная карта 7.10»");

  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await hasText(pane.getByTestId("check-summary"), /Лист «Дорожная карта 7\.10»/);

  // From the keyboard: arrows move along the tabs and activate.
  await tab.focus();
  await page.keyboard.press("ArrowRight");
  expect(await book(page, (w) => w.activeSheetName())).toBe("ДК Образование и наука");
  await eventually(() => page.getByRole("tab", { name: "ДК Образование и наука" }).evaluate((e) => e === document.activeElement), (focused) => expect(focused).toBe(true));
  await page.keyboard.press("Home");
  expect(await book(page, (w) => w.activeSheetName())).toBe("Лист1");
  expect(problems).toEqual([]);
  await page.close();
});

it("shows no developer text, a Russian workbook, and the pane at a task pane's width (narrow and wide windows)", async () => {
  for (const width of [800, 1280]) {
    const { page, pane, problems } = await openDemo(session, { width, height: 900 });
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/context\.sync|Sheet1|syncCount/);
    expect(text).toContain("Книга в памяти вместо Excel: данные не сохраняются");
    // Column letters are single Latin letters; besides the product's and the keys' names, no English is on the screen.
    expect((text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !["Excel", "Enter", "Esc"].includes(word))).toEqual([]);
    await hasAttribute(page.getByRole("tab", { name: "Лист1" }), "aria-selected", "true");
    expect(await page.getByRole("columnheader", { name: "C", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("rowheader", { name: "3", exact: true }).isVisible()).toBe(true);
    const frameWidth = await page.locator("#pane").evaluate((f) => f.getBoundingClientRect().width);
    expect(frameWidth).toBeGreaterThanOrEqual(320);
    expect(frameWidth).toBeLessThanOrEqual(350);

    await createRoadmap(pane, "эколог", "7.10 Экология и природопользование", "Дорожная карта 7.10");
    expect(await page.locator(".book").innerText()).not.toMatch(/context\.sync|Sheet1/);
    await page.screenshot({ path: join(REPO_ROOT, `test-artifacts/demo-roadmap-${width}.png`) });
    expect(problems).toEqual([]);
    await page.close();
  }
});
