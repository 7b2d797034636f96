/**
 * The check's findings as a user reads them: an empty roadmap in one line with no cell painted, errors first and
 * marked red, repetitive warnings folded per indicator, a filter, counts per kind. Screenshots at 320 px and wide.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Frame, Page } from "playwright-core";
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { book, openDemo, openPaneAlone, overflow, pickSector, putOnDemoSheet, startDemo, type DemoSession } from "../support/demo";
import { sheetCells } from "../support/fixture-sheet";
import { REPO_ROOT } from "../support/seeds";

const SHEET = "ДК Образование и наука";
const MARK_FILLS = ["#F4B6B6", "#FFE699"];
const TRANSPARENT = "rgba(0, 0, 0, 0)";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

async function createEducationRoadmap(pane: Frame | Page): Promise<void> {
  await pickSector(pane, "образов", "7.1 Образование и наука");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «ДК Образование и наука» создан/).waitFor();
}

/**
 * 7.1, partly filled. Indicator 1 (row 8; targets 18/25/32 %): 2022 and 2023 below target, activities only in 2022.
 * Indicator 2 (row 11): 2022 and 2023 blank, no activities at all. Indicator 3 (row 14): typed 50, 75, 85, 96 for %.
 */
function fillPartly(page: Page): Promise<void> {
  return book(page, (b) => {
    const s = "ДК Образование и наука";
    const cells: [string, unknown][] = [
      ["B8", 0.1], ["C8", 0.1], ["D8", 0.2], ["E8", 0.4], ["C10", "план"],
      ["B11", 0], ["E11", 0.9],
      ["B14", 50], ["C14", 75], ["D14", 85], ["E14", 96], ["B16", "x"], ["C16", "x"], ["D16", "x"], ["E16", "x"],
    ];
    for (const [address, value] of cells) b.setCell(s, address, value);
  });
}

async function runCheck(pane: Frame | Page): Promise<void> {
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
}

const fills = (page: Page, addresses: string[]) =>
  page.evaluate(
    ({ sheet, addresses }) =>
      addresses.map((a) => (window as unknown as { __cdtoFake: import("../../src/fake-excel").FakeExcel }).__cdtoFake.workbook.cell(sheet, a).format.fill),
    { sheet: SHEET, addresses },
  );

it("reports a fresh roadmap as not filled in one line and paints no cell", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createEducationRoadmap(pane);
  await runCheck(pane);
  const summary = pane.getByTestId("check-summary");
  expect(await summary.textContent()).toMatch(/не заполнен/i);
  expect(await summary.textContent()).not.toMatch(/Ошибок|выделены цветом/);
  expect(await pane.locator("[data-severity]").count()).toBe(0);
  const painted = await fills(page, ["B8", "C8", "B10", "C6", "B6"]);
  expect(painted.filter((f) => MARK_FILLS.includes(String(f)))).toEqual([]);

  // Marks of an earlier check come off when the roadmap is emptied again.
  await fillPartly(page);
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByText(/^Ошибок: 3, предупреждений: \d+$/).waitFor();
  expect((await fills(page, ["C8"]))[0]).toBe("#F4B6B6");
  await book(page, (b) => {
    for (const a of ["B8", "C8", "D8", "E8", "C10", "B11", "E11", "B14", "C14", "D14", "E14", "B16", "C16", "D16", "E16"]) b.setCell("ДК Образование и наука", a, null);
  });
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").getByText(/не заполнен/i).waitFor();
  expect((await fills(page, ["C8", "B13", "D8"])).filter((f) => MARK_FILLS.includes(String(f)))).toEqual([]);
  expect(problems).toEqual([]);
  await page.close();
});

it("lists errors first in red, folds repetitive warnings per indicator, filters and counts them", async () => {
  const { page, pane, problems } = await openDemo(session);
  await createEducationRoadmap(pane);
  await fillPartly(page);
  await runCheck(pane);
  await pane.getByText(/^Ошибок: 3, предупреждений: \d+$/).waitFor();

  // Errors first, then warnings.
  const severities = await pane.locator("[data-severity]").evaluateAll((items) => items.map((i) => i.getAttribute("data-severity")));
  expect(severities.slice(0, 3)).toEqual(["error", "error", "error"]);
  expect(severities.slice(3).every((s) => s === "warning")).toBe(true);
  expect(severities.length).toBeLessThan(25);

  // Red and yellow marks that are really drawn.
  const error = pane.getByRole("button", { name: /^Ошибка, ячейка C8: .*ниже целевого значения стратегии 18 %/ });
  const warning = pane.getByRole("button", { name: /^Предупреждение, ячейки B13:E13: не указаны мероприятия: 2021–2024$/i });
  const border = (l: typeof error) => l.evaluate((e) => ({ color: getComputedStyle(e).borderLeftColor, width: getComputedStyle(e).borderLeftWidth }));
  const [red, yellow] = [await border(error), await border(warning)];
  expect(red.color).not.toBe(TRANSPARENT);
  expect(yellow.color).not.toBe(TRANSPARENT);
  expect(red.color).not.toBe(yellow.color);
  expect(parseFloat(red.width)).toBeGreaterThanOrEqual(3);

  // Folded per indicator.
  await pane.getByRole("button", { name: /ячейки C11:D11: значение не заполнено: 2022, 2023$/i }).waitFor();
  await pane.getByRole("button", { name: /ячейки B14:E14: введено числом вместо %: 2021–2024$/i }).waitFor();
  await pane.getByRole("button", { name: /ячейки B10, D10, E10: не указаны мероприятия: 2021, 2023, 2024$/i }).waitFor();
  await warning.click();
  await page.waitForFunction(() => (window as unknown as { __cdtoFake: { workbook: { selection(): { address: string } } } }).__cdtoFake.workbook.selection().address === "B13:E13");

  // Counts per kind.
  const counts = pane.getByRole("list", { name: "Замечания по видам" });
  await counts.getByText("Ниже цели стратегии: 2").waitFor();
  await counts.getByText("Плановое среднее ЦЗ ниже областного: 1").waitFor();
  await counts.getByText("Введено числом вместо %: 4").waitFor();

  // Arrow keys move through the list.
  await error.focus();
  await page.keyboard.press("ArrowDown");
  expect(await pane.evaluate(() => document.activeElement?.getAttribute("data-severity"))).toBe("error");

  // The filter hides the warnings.
  await pane.getByRole("radio", { name: "Только ошибки" }).check();
  await pane.getByRole("button", { name: /^Предупреждение/ }).first().waitFor({ state: "detached" });
  expect(await pane.locator("[data-severity]").count()).toBe(3);
  await pane.getByRole("radio", { name: "Все" }).check();
  expect(await pane.locator('[data-severity="warning"]').count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await page.close();
});


describe.each([320, 1280])("the check at %i px", (width) => {
  const shot = (name: string) => join(REPO_ROOT, `test-artifacts/check-${name}-${width}.png`);

  it("empty, partly filled and hand-made roadmaps: screenshots, no sideways scroll", async () => {
    const { page, problems } = await openPaneAlone(session, width);
    await createEducationRoadmap(page);
    await runCheck(page);
    await page.screenshot({ path: shot("empty"), fullPage: true });
    expect(await overflow(page)).toEqual({ horizontalScroll: false, outside: [] });

    await fillPartly(page);
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText(/^Ошибок: 3/).waitFor();
    await page.screenshot({ path: shot("partly-filled"), fullPage: true });
    expect(await overflow(page)).toEqual({ horizontalScroll: false, outside: [] });

    const fixture = JSON.parse(readFileSync(join(REPO_ROOT, "test/roadmap/fixtures/handmade-numbered.json"), "utf8")) as { grid: RoadmapGrid };
    await putOnDemoSheet(page, "ДК здравоохранение", sheetCells(fixture.grid));
    await page.getByRole("button", { name: "Проверить" }).click();
    await page.getByText(/Лист «ДК здравоохранение»/).waitFor();
    await page.screenshot({ path: shot("handmade"), fullPage: true });
    expect(await overflow(page)).toEqual({ horizontalScroll: false, outside: [] });
    expect(problems).toEqual([]);
    await page.close();
  });
});
