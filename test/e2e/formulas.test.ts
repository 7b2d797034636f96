/** «Формулы»: each function with its arguments, an example and its English name, and a way into the active cell. */
import type { Frame } from "playwright-core";
import { book, openDemo, overflow, startDemo, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

const item = (pane: Frame, russianName: string) => pane.getByRole("listitem").filter({ has: pane.getByRole("heading", { name: new RegExp(`^=CDTO\\.${russianName}\\(`) }) });

it("shows arguments, an example and the English name, and inserts the formula into the active cell", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("tab", { name: "Формулы" }).click();
  const score = item(pane, "БАЛЛ");
  await score.getByRole("heading", { name: "=CDTO.БАЛЛ(сотрудников; обучено; шкала)" }).waitFor();
  await score.getByText("=CDTO.БАЛЛ(90;5)").waitFor();
  await score.getByText("→ 1,5").waitFor();
  await score.getByText("=CDTO.SCORE(employees, trained, bands)").waitFor();
  await score.getByText("Аргументы").click();
  await score.getByText(/сотрудников — Количество сотрудников: ячейка или столбец\./).waitFor();
  const target = item(pane, "ЦЕЛЬ");
  await target.getByText('=CDTO.ЦЕЛЬ("7.1";1;2022)').waitFor();

  // An English Excel: the English name through Range.formulas.
  await book(page, (b) => b.setSelection("Лист1", "B2"));
  await score.getByRole("button", { name: /^Вставить/ }).click();
  await pane.getByText("Формула =CDTO.SCORE(90,5) вставлена в ячейку Лист1!B2.").waitFor();
  expect(await book(page, (b) => b.cell("Лист1", "B2").formula)).toBe("=CDTO.SCORE(90,5)");

  // A Russian Excel: the Russian name with «;» through Range.formulasLocal.
  await page.evaluate(() => {
    (window as unknown as { __cdtoFake: { Office: { context: { displayLanguage: string } } } }).__cdtoFake.Office.context.displayLanguage = "ru-RU";
  });
  await book(page, (b) => b.setSelection("Лист1", "C3"));
  await target.getByRole("button", { name: /^Вставить/ }).click();
  await pane.getByText('Формула =CDTO.ЦЕЛЬ("7.1";1;2022) вставлена в ячейку Лист1!C3.').waitFor();
  expect(await book(page, (b) => b.cell("Лист1", "C3").formula)).toBe('=CDTO.ЦЕЛЬ("7.1";1;2022)');

  // A cell that is not empty is not overwritten without asking.
  await book(page, (b) => b.setSelection("Лист1", "B2"));
  await score.getByRole("button", { name: /^Вставить/ }).click();
  await pane.getByText("В ячейке Лист1!B2 уже есть «=CDTO.SCORE(90,5)». Заменить её формулой =CDTO.БАЛЛ(90;5)?").waitFor();
  // The question wraps within the narrow pane: nothing scrolls sideways.
  expect((await overflow(pane)).horizontalScroll).toBe(false);
  await pane.getByRole("button", { name: "Отмена" }).click();
  expect(await book(page, (b) => b.cell("Лист1", "B2").formula)).toBe("=CDTO.SCORE(90,5)");
  expect(await pane.getByRole("button", { name: "Заменить" }).count()).toBe(0);
  await score.getByRole("button", { name: /^Вставить/ }).click();
  await pane.getByRole("button", { name: "Заменить" }).click();
  await pane.getByText("Формула =CDTO.БАЛЛ(90;5) вставлена в ячейку Лист1!B2.").waitFor();
  expect(await book(page, (b) => b.cell("Лист1", "B2").formula)).toBe("=CDTO.БАЛЛ(90;5)");

  // By keyboard: Tab reaches the next insert button, Enter presses it.
  await book(page, (b) => b.setSelection("Лист1", "D4"));
  await score.getByRole("button", { name: /^Вставить/ }).focus();
  const next = item(pane, "ОБУЧИТЬ_ЕЩЕ").getByRole("button", { name: /^Вставить/ });
  for (let i = 0; i < 4 && !(await next.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await pane.getByText("Формула =CDTO.ОБУЧИТЬ_ЕЩЕ(90;5) вставлена в ячейку Лист1!D4.").waitFor();
  // Arrow keys go from one insert button to the next.
  await page.keyboard.press("ArrowDown");
  expect(await item(pane, "ПРИРОСТ_БАЛЛА").getByRole("button", { name: /^Вставить/ }).evaluate((e) => e === document.activeElement)).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});
