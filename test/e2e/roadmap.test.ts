/**
 * The pane as a user drives it, in Debian's Chromium, through the demo page: the real pane in a frame and the
 * in-memory Excel it writes to. Pick a sector by typing, create the roadmap, and check the workbook.
 */
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

it("creates the roadmap of a sector picked by typing, with the keyboard, and a second one beside it", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "образов", "7.1 Образование и наука");
  await pane.getByText("Показатели отрасли (9 из 9)").waitFor();
  const create = pane.getByRole("button", { name: "Создать дорожную карту" });
  await create.focus();
  await page.keyboard.press("Enter");
  await pane.getByText(/Лист «ДК Образование и наука» создан/).waitFor();

  expect(await book(page, (b) => b.sheetNames())).toEqual(["Лист1", "ДК Образование и наука"]);
  expect(await book(page, (b) => b.syncCount)).toBe(2);
  expect(await book(page, (b) => b.cell("ДК Образование и наука", "A1").value)).toBe(
    "Дорожная карта по достижению «цифровой зрелости» отрасли «Образование и наука»",
  );
  expect(await book(page, (b) => b.cell("ДК Образование и наука", "C9").value)).toBe(0.18);
  expect(await book(page, (b) => b.selection())).toEqual({ sheet: "ДК Образование и наука", address: "B8" });
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-roadmap.png") });
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts/demo-roadmap.png") });

  // Uncheck one indicator, create again: a new sheet, the first stays.
  await pane.getByRole("checkbox", { name: /^2\. доля учащихся, которым предложены/ }).uncheck();
  await pane.getByText("Показатели отрасли (8 из 9)").waitFor();
  await create.click();
  await pane.getByText(/поэтому создан новый лист «ДК Образование и наука \(2\)»: 8 показателей отрасли/).waitFor();
  expect(await book(page, (b) => b.sheetNames())).toHaveLength(3);
  expect(problems).toEqual([]);
  await page.close();
});

it("the misprinted name finds «Здравоохранение»", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "здоровоохр", "7.2 Здравоохранение");
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «ДК Здравоохранение» создан/).waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

it("builds the training rating sheet and rates a user's own table without touching it", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("tab", { name: "Рейтинг обучения" }).click();
  await pane.getByRole("button", { name: "Создать лист рейтинга" }).click();
  await pane.getByText(/Лист «Рейтинг обучения» создан: 30 органов/).waitFor();
  expect(await book(page, (b) => b.cell("Рейтинг обучения", "B5").value)).toBe("Аппарат Администрации Смоленской области");
  expect(await book(page, (b) => b.syncCount)).toBe(2);

  // A table the user already has, selected with its header.
  await page.evaluate(() => {
    const w = (window as unknown as { __cdtoFake: { workbook: Record<string, (...a: unknown[]) => void> } }).__cdtoFake.workbook;
    const rows = [
      ["Орган", "Сотрудников", "Обучено"],
      ["Департамент А", 26, 12],
      ["Департамент Б", 90, "много"],
      ["Департамент В", 118, 82],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => w.setCell("Лист1", `${"ABC"[c]}${r + 1}`, value)));
    w.activateSheet("Лист1");
    w.setSelection("Лист1", "A1:C4");
  });
  await pane.getByRole("button", { name: "Пересчитать рекомендации" }).click();
  // Under the table, after a blank row, with its heading: never beside a data row.
  await pane.getByText(/Оценено органов: 2\. Рекомендации записаны в Лист1!A6:B\d+\. Строк с ошибками: 1/).waitFor();
  await pane.getByText("Строка 3: Количество обученных: «много» — не число.").waitFor();
  expect(await book(page, (b) => [b.cell("Лист1", "A6").value, b.cell("Лист1", "A8").value, b.cell("Лист1", "B9").value, b.cell("Лист1", "B10").value])).toEqual([
    "Рекомендации: кого обучить, чтобы повысить балл в рейтинге",
    "Обучить ещё 1 сотрудника",
    "+2 балла к рейтингу",
    "Департамент А",
  ]);
  expect(await book(page, (b) => b.cell("Лист1", "C3").value)).toBe("много");
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-rating.png") });
  expect(problems).toEqual([]);
  await page.close();
});
