/**
 * A user of another region loads their strategy edition (the invented Приозёрная область, 2025–2030) from a .json file
 * in the pane: the header names it, it is kept in the workbook on a hidden sheet, the roadmap has its years and regional
 * row, the check compares with its targets, and the add-in's formulas in cells follow it.
 */
import { join } from "path";
import { REPO_ROOT } from "../support/seeds";
import { book, bookCell, openDemo, pickSector, startDemo, type DemoSession } from "../support/demo";

const FIXTURE = join(REPO_ROOT, "test/fixtures/editions/priozernaya-2025.json");
const SHOTS = join(REPO_ROOT, "test-artifacts");

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

it("loads an edition from a file, and the roadmap, the check and the formulas follow it", async () => {
  const { page, pane, problems } = await openDemo(session);
  const label = pane.getByTestId("edition-label");
  await label.filter({ hasText: "Редакция: Смоленская область, 2021" }).waitFor();
  // A formula typed before: the built-in strategy has no 2030, the new one has.
  await page.evaluate(() => {
    const w = (window as unknown as { __cdtoFake: { workbook: { setCell(s: string, a: string, v: unknown): void } } }).__cdtoFake.workbook;
    w.setCell("Лист1", "B1", { formula: "=CDTO.CZTARGET(2030)" });
  });
  await page.waitForFunction(() => (window as unknown as { __cdtoFake: { workbook: { cell(s: string, a: string): { value: unknown } } } }).__cdtoFake.workbook.cell("Лист1", "B1").value === "#N/A");

  // «Изменить» opens «Редакция стратегии»; the file goes in through the file input, as a picked file would.
  await pane.getByRole("button", { name: "Изменить" }).click();
  await pane.getByRole("heading", { name: "Редакция стратегии" }).waitFor();
  await pane.locator("body").screenshot({ path: join(SHOTS, "pane-edition-before.png") });
  await pane.getByLabel("Файл редакции стратегии (.json)").setInputFiles(FIXTURE);
  await pane.getByText("Редакция «Приозёрная область, 15.03.2025» сохранена в книге; формулы пересчитаны.").waitFor();
  await label.filter({ hasText: "Редакция: Приозёрная область, 15.03.2025" }).waitFor();
  expect(await label.getAttribute("title")).toMatch(/^Стратегия цифровой трансформации .* Приозёрной области на 2025–2030 годы$/);
  expect(await pane.getByRole("radio", { name: "Приозёрная область, 15.03.2025 (в книге)" }).isChecked()).toBe(true);
  await pane.locator("body").screenshot({ path: join(SHOTS, "pane-edition-loaded.png") });

  // Kept in the workbook on a very hidden sheet (no tab), then Excel recalculated.
  expect(await book(page, (b) => [b.visibleSheetNames(), b.sheetVisibility("ЦЗ_Редакция"), b.calculations])).toEqual([["Лист1"], "VeryHidden", ["Full"]]);
  expect(await book(page, (b) => b.syncCount)).toBe(3);
  await page.waitForFunction(() => (window as unknown as { __cdtoFake: { workbook: { cell(s: string, a: string): { value: unknown } } } }).__cdtoFake.workbook.cell("Лист1", "B1").value === 0.8);

  // The roadmap of 1.1 has the edition's years and its regional row.
  await pane.getByRole("button", { name: "Скрыть" }).click();
  await pickSector(pane, "здрав", "1.1 Здравоохранение");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «ДК Здравоохранение» создан/).waitFor();
  const sheet = "ДК Здравоохранение";
  const row = (n: number) =>
    page.evaluate(
      ([s, r]) => {
        const w = (window as unknown as { __cdtoFake: { workbook: { cell(s: string, a: string): { value: unknown } } } }).__cdtoFake.workbook;
        return ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => w.cell(s, `${c}${r}`).value);
      },
      [sheet, n] as const,
    );
  expect(await row(4)).toEqual(["X", 2025, 2026, 2027, 2028, 2029, 2030, null]);
  expect(await row(5)).toEqual(["Среднее значение показателя ЦЗ, декомпозированное на уровень Приозёрной области", 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, null]);

  // 60 % typed where the 2027 target is 80 %: the check says so, with the edition's target.
  await page.evaluate((s) => {
    const w = (window as unknown as { __cdtoFake: { workbook: { setCell(s: string, a: string, v: unknown): void } } }).__cdtoFake.workbook;
    w.setCell(s, "D8", 0.6);
  }, sheet);
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByText(/Проверено:/).or(pane.getByTestId("check-summary")).first().waitFor();
  const finding = pane.getByText(/60 %.*80 %|80 %.*60 %/).first();
  await finding.waitFor();
  expect(await bookCell(page, sheet, "D8")).toMatchObject({ value: 0.6, comment: expect.stringMatching(/80 %/) });
  await pane.locator("body").screenshot({ path: join(SHOTS, "pane-edition-check.png") });

  // A formula in a cell gives the edition's target: 8 days of waiting in 2027.
  await page.evaluate(() => {
    const w = (window as unknown as { __cdtoFake: { workbook: { setCell(s: string, a: string, v: unknown): void } } }).__cdtoFake.workbook;
    w.setCell("Лист1", "B2", { formula: '=CDTO.TARGET("1.1",2,2027)' });
    w.setCell("Лист1", "B3", { formula: '=CDTO.ЦЕЛЬ("1.1",2,2031)' });
  });
  await page.waitForFunction(() => (window as unknown as { __cdtoFake: { workbook: { cell(s: string, a: string): { value: unknown } } } }).__cdtoFake.workbook.cell("Лист1", "B2").value === 8);
  expect((await bookCell(page, "Лист1", "B3")).value).toBe("#N/A");
  await page.screenshot({ path: join(SHOTS, "demo-edition.png") });
  expect(problems).toEqual([]);
  await page.close();
});

it("lists what is wrong with a file that is not an edition, and keeps the workbook's one", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("button", { name: "Изменить" }).click();
  await pane.getByLabel("Файл редакции стратегии (.json)").setInputFiles({ name: "план.json", mimeType: "application/json", buffer: Buffer.from('{"id": "x", "region": "Область"}') });
  await pane.getByText("Файл «план.json» не загружен:").waitFor();
  await pane.getByText("нет поля «document»").waitFor();
  expect(await pane.getByTestId("edition-label").textContent()).toBe("Редакция: Смоленская область, 2021");
  expect(await book(page, (b) => [b.sheetNames(), b.syncCount])).toEqual([["Лист1"], 0]);
  await pane.locator("body").screenshot({ path: join(SHOTS, "pane-edition-refused.png") });
  expect(problems).toEqual([]);
  await page.close();
});
