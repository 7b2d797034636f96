/** Generate a roadmap, fill it (some right, some wrong), check it, click a finding: the cell is selected. */
import { join } from "path";
import { REPO_ROOT } from "../support/seeds";
import { book, openDemo, pickSector, startDemo, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

it("checks a filled roadmap, lists the findings in Russian and jumps to a finding's cell", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «Дорожная карта 7\.10» создан/).waitFor();

  // Indicator 1 (row 8): targets 10 / 20 / 100 %. 2022 right, 2023 short, 2024 typed as «100» for 100 %.
  await book(page, (b) => {
    const s = "Дорожная карта 7.10";
    b.setCell(s, "B8", 0.05);
    b.setCell(s, "C8", 0.1);
    b.setCell(s, "D8", 0.15);
    b.setCell(s, "E8", 100);
    b.setCell(s, "B10", "план");
  });
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await book(page, (b) => b.resetSyncCount());
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
  expect(await book(page, (b) => b.syncCount)).toBe(3);
  await pane.getByText(/^Ошибок: \d+, предупреждений: \d+$/).waitFor();
  await pane.getByRole("heading", { name: /^Показатель 1\. доля предоставленных сведений/ }).waitFor();

  const short = pane.getByRole("button", { name: /^Ошибка, ячейка D8: .*ниже целевого значения стратегии 20 %/ });
  await short.waitFor();
  await pane.getByRole("button", { name: /ячейка E8: .*имелось в виду 100 %/ }).waitFor();
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-check-findings.png") });

  await short.click();
  await page.waitForFunction(() => (window as unknown as { __cdtoFake: { workbook: { selection(): { address: string } } } }).__cdtoFake.workbook.selection().address === "D8");
  expect(await book(page, (b) => b.selection())).toEqual({ sheet: "Дорожная карта 7.10", address: "D8" });
  expect(await book(page, (b) => b.cell("Дорожная карта 7.10", "D8").value)).toBe(0.15);
  expect(await book(page, (b) => b.cell("Дорожная карта 7.10", "D8").format.fill)).toBe("#F4B6B6");
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-check.png") });
  expect(problems).toEqual([]);
  await page.close();
});
