/**
 * Plan and fact in the pane, as a body's staff use it: a roadmap made with fact rows, plan and facts typed in, the
 * statuses computed by the sheet's formulas, the charts there; the check by a reporting date; «Добавить строки факта»
 * on a roadmap made without them.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { findSector, type Sector } from "../../src/core/catalog";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { cellAddress, parseRange } from "../../src/core/sheet-model";
import { REPO_ROOT } from "../support/seeds";
import { book, bookCell, openDemo, pickSector, setBookCell, startDemo, type Book, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

const SHEET = "Дорожная карта 7.10";
const sector = findSector("7.10") as Sector;
const model = buildRoadmap(sector, { facts: true });
const at = (name: string, year: number) => cellAddress(parseRange(model.names.find((n) => n.name === name)?.range ?? "A1").top, 1 + year);

const setCell = (page: Page, address: string, value: unknown) => setBookCell(page, SHEET, address, value);
const cellText = async (page: Page, address: string) => (await bookCell(page, SHEET, address)).value;

it("makes a roadmap with facts whose statuses and charts follow the typed values, and checks the facts by a date", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await pane.getByRole("checkbox", { name: /^Со строками факта/ }).check();
  await pane.getByRole("checkbox", { name: /^Факт по кварталам/ }).waitFor();
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «Дорожная карта 7\.10» создан/).waitFor();

  // Indicator 1: targets 10 / 20 / 100 % for 2022–2024 (columns C–E). Plan at target; facts 9 % (90 %), 20 %, 50 %.
  const plans = [null, 0.1, 0.2, 1];
  const facts = [null, 0.09, 0.2, 0.5];
  for (let y = 1; y <= 3; y++) {
    await setCell(page, at(roadmapNames.value(1), y), plans[y]);
    await setCell(page, at(roadmapNames.fact(1), y), facts[y]);
  }
  await page.waitForFunction(
    ([s, a]) => (window as unknown as { __cdtoFake: { workbook: Book } }).__cdtoFake.workbook.cell(s, a).value === "не достигнуто",
    [SHEET, at(roadmapNames.status(1), 3)] as const,
  );
  expect(await cellText(page, at(roadmapNames.status(1), 1))).toBe("под угрозой");
  expect(await cellText(page, at(roadmapNames.status(1), 2))).toBe("достигнуто");
  expect(await cellText(page, at(roadmapNames.achievement(1), 1))).toBeCloseTo(0.9, 9);
  const charts = await book(page, (b) => b.charts("Дорожная карта 7.10").map((c) => ({ title: c.title, series: c.series.length })));
  expect(charts).toHaveLength(model.charts?.length ?? 0);
  expect(charts[0]).toEqual({ title: "ЦЗ отрасли «Экология и природопользование»: план и факт против региона", series: 3 });
  expect(await book(page, (b) => b.conditionalFormats("Дорожная карта 7.10").length)).toBeGreaterThan(0);
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-facts.png") });

  // The check as of 1 March 2024: 2022 and 2023 have ended; the 2022 fact 9 % is below the 10 % target.
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByLabel("Дата отчёта").fill("2024-03-01");
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
  await pane.getByRole("button", { name: /Факт показателя 1 за 2022: 9 % ниже целевого значения стратегии 10 %/ }).waitFor();
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-facts-check.png") });
  expect(problems).toEqual([]);
  await page.close();
});

it("adds fact rows to a roadmap made without them, and a second click adds nothing", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «Дорожная карта 7\.10» создан/).waitFor();
  await setCell(page, "C8", 0.15);
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await book(page, (b) => b.resetSyncCount());
  await pane.getByRole("button", { name: "Добавить строки факта" }).click();
  await pane.getByText(/добавлены строки факта для \d+ показател/).waitFor();
  expect(await book(page, (b) => b.syncCount)).toBe(3);
  const names = await book(page, (b) => b.names("Дорожная карта 7.10"));
  expect(Object.keys(names)).toEqual(expect.arrayContaining(["ЦЗ_Факт_1", "ЦЗ_Статус_1", "ЦЗ_ФактЦЗ", "ЦЗ_Пороги"]));
  // The typed 15 % moved down with its row and is still what its name points at.
  const value1 = String(names["ЦЗ_Показатель_1"]).replace(/^.*!/, "").replace(/\$/g, "").split(":")[0].replace(/^[A-Z]+/, "C");
  expect(await cellText(page, value1)).toBe(0.15);
  await pane.getByRole("button", { name: "Добавить строки факта" }).click();
  await pane.getByText(/строки факта уже есть у всех показателей/).waitFor();
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-facts-added.png") });
  expect(problems).toEqual([]);
  await page.close();
});
