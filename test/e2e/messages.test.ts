/** What the pane says: no roadmap on a sheet, nothing to remove, columns to pick, a failure of Excel in Russian. */
import { askForRatingColumns, book, openDemo, pickSector, startDemo, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

it("a sheet without a roadmap is information, not an error; «Снять пометки» says when there is nothing to remove", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Снять пометки" }).click();
  await pane.getByText("На листе «Лист1» нет пометок проверки: снимать нечего.").waitFor();

  await pane.getByRole("button", { name: "Проверить" }).click();
  const summary = pane.getByTestId("check-summary");
  await summary.getByText("На листе «Лист1» нет дорожной карты").waitFor();
  const text = (await summary.textContent()) ?? "";
  expect(text).toMatch(/Откройте лист с дорожной картой/);
  expect(text).not.toMatch(/Ошибок|выделены цветом|Выделите лист/);
  expect(await summary.getAttribute("data-intent")).toBe("info");
  expect(await pane.locator("[data-severity]").count()).toBe(0);
  expect(await book(page, (b) => b.cell("Лист1", "A1").format.fill)).toBeNull();
  expect(problems).toEqual([]);
  await page.close();
});

it("«Снять пометки» after a check says how many cells it restored", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/создан: 8 показателей/).waitFor();
  await book(page, (b) => b.setCell("Дорожная карта 7.10", "C8", 0.05));
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByTestId("check-summary").waitFor();
  await pane.getByRole("button", { name: "Снять пометки" }).click();
  await pane.getByText(/^Пометки проверки сняты с \d+ яче(йки|ек) листа «Дорожная карта 7\.10»; прежняя заливка восстановлена\.$/).waitFor();
  expect(await book(page, (b) => b.cell("Дорожная карта 7.10", "C8").format.fill)).toBe("#FFF4CE");
  expect(problems).toEqual([]);
  await page.close();
});

it("asks for the rating columns above the pickers, as a warning", async () => {
  const { page, pane, problems } = await openDemo(session);
  await askForRatingColumns(page, pane);
  const ask = pane.getByTestId("rating-columns-needed");
  await ask.getByText(/укажите их ниже/).waitFor();
  expect(await ask.getAttribute("data-intent")).toBe("warning");
  expect(await pane.getByTestId("task-result").count()).toBe(0);
  const firstPicker = pane.getByRole("combobox").first();
  const above = await ask.evaluate((bar, picker) => Boolean(bar.compareDocumentPosition(picker as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await firstPicker.elementHandle());
  expect(above).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

it("a failure of Excel is said in Russian, with Excel's English text only as a detail", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/создан: 8 показателей/).waitFor();
  await book(page, (b) => b.setCell("Дорожная карта 7.10", "C8", 0.05));
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  const finding = pane.getByRole("button", { name: /^Ошибка, ячейка C8:/ });
  await finding.waitFor();
  // The sheet is renamed after the check: the finding's sheet is gone.
  await book(page, (b) => b.renameSheet("Дорожная карта 7.10", "ДК Экология"));
  await finding.click();
  const failure = pane.getByRole("alert");
  await failure.getByText(/^Excel не выполнил действие: лист или ячейка не найдены/).waitFor();
  await failure.getByText(/^\(подробности: ItemNotFound: The worksheet "Дорожная карта 7\.10" doesn't exist\.\)$/).waitFor();
  expect(await failure.textContent()).not.toMatch(/Не получилось/);
  expect(problems).toEqual([]);
  await page.close();
});
