/** A roadmap filled by hand with a «№ п/п» column, a unit column and extra columns: the pane's check reads it all. */
import { readFileSync } from "fs";
import { join } from "path";
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { openDemo, putOnDemoSheet, startDemo, type DemoSession } from "../support/demo";
import { sheetCells } from "../support/fixture-sheet";
import { REPO_ROOT } from "../support/seeds";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});


it("checks a hand-made roadmap with «№ п/п», «Ед. изм.», «Ответственный» columns and lists its findings", async () => {
  const fixture = JSON.parse(readFileSync(join(REPO_ROOT, "test/roadmap/fixtures/handmade-numbered.json"), "utf8")) as { grid: RoadmapGrid };
  const { page, pane, problems } = await openDemo(session);
  await putOnDemoSheet(page, "ДК здравоохранение", sheetCells(fixture.grid));
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
  // Indicator 1 is labelled by its name only, in column C after a «№ п/п» column: its 2023 and 2024 values miss.
  await pane.getByRole("button", { name: /^Ошибка, ячейка G8: .*ниже целевого значения стратегии 56 %/ }).waitFor();
  await pane.getByRole("button", { name: /^Ошибка, ячейка H8: .*ниже целевого значения стратегии 63 %/ }).waitFor();
  await pane.getByRole("button", { name: /ячейка C16: .*другой отрасли стратегии \(7\.1/ }).waitFor();
  const fill = await page.evaluate(() => (window as unknown as { __cdtoFake: import("../../src/fake-excel").FakeExcel }).__cdtoFake.workbook.cell("ДК здравоохранение", "G8").format.fill);
  expect(fill).toBe("#F4B6B6");
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-check-handmade.png") });
  expect(problems).toEqual([]);
  await page.close();
});
