/**
 * A region starts from the built-in strategy inside Excel: «Выгрузить на листы» writes its table on new sheets, the user
 * edits them, «Загрузить из листов книги» makes the edited table the workbook's edition; a table with a mistake is
 * refused with the sheet and the cell.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "../support/seeds";
import { book, bookCell, openDemo, setBookCell, startDemo, type Book, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

/** The address of the first cell of `sheet` whose text is `text`, and of the cell right of it. */
const findCell = (page: Page, sheet: string, text: string) =>
  page.evaluate(
    ([s, t]) => {
      const grid = (window as unknown as { __cdtoFake: { workbook: Book } }).__cdtoFake.workbook.grid(s);
      for (let r = 0; r < grid.length; r++) {
        const c = grid[r].indexOf(t);
        if (c >= 0) return { row: r + 1, column: c };
      }
      return undefined;
    },
    [sheet, text] as const,
  );
const letter = (column: number) => String.fromCharCode(65 + column);

it("writes the edition out to sheets, reads the edited sheets back as the workbook's edition, and refuses a broken one", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pane.getByRole("button", { name: "Изменить" }).click();
  await pane.getByRole("heading", { name: "Редакция стратегии" }).waitFor();
  await pane.getByRole("button", { name: "Выгрузить на листы" }).click();
  await pane.getByText(/Редакция выгружена на листы «Показатели», «ЦЗ области», «Шкала обучения», «Сведения»/).waitFor();
  expect(await book(page, (b) => b.visibleSheetNames())).toEqual(["Лист1", "Показатели", "ЦЗ области", "Шкала обучения", "Сведения"]);

  // A mistake first: the first indicator's target for the second year (three columns right of its name) is not a number.
  const header = await findCell(page, "Показатели", "Наименование показателя");
  if (!header) throw new Error("no header on «Показатели»");
  let at = header.row + 1;
  let address = "";
  for (; at < header.row + 10; at++) {
    const indicator = (await bookCell(page, "Показатели", `${letter(header.column)}${at}`)).value;
    if (typeof indicator === "string" && indicator !== "") {
      address = `${letter(header.column + 3)}${at}`;
      break;
    }
  }
  expect(address).not.toBe("");
  await setBookCell(page, "Показатели", address, "много");
  await pane.getByRole("button", { name: "Загрузить из листов книги" }).click();
  await pane.getByText(new RegExp(`Редакция не загружена.*«Показатели», ${address}`)).waitFor();
  await pane.getByTestId("edition-label").filter({ hasText: "Смоленская область, 2021" }).waitFor();

  // Fixed, and the region renamed: the edited table becomes the workbook's edition.
  await setBookCell(page, "Показатели", address, 25);
  const region = await findCell(page, "Сведения", "Регион");
  if (!region) throw new Error("no «Регион» on «Сведения»");
  await setBookCell(page, "Сведения", `${letter(region.column + 1)}${region.row}`, "Заозёрная область");
  await pane.getByRole("button", { name: "Загрузить из листов книги" }).click();
  await pane.getByText(/Редакция «Заозёрная область» загружена из листов книги/).waitFor();
  await pane.getByTestId("edition-label").filter({ hasText: "Редакция: Заозёрная область" }).waitFor();
  expect(await book(page, (b) => b.sheetVisibility("ЦЗ_Редакция"))).toBe("VeryHidden");
  await pane.locator("body").screenshot({ path: join(REPO_ROOT, "test-artifacts/pane-edition-from-sheets.png") });
  expect(problems).toEqual([]);
  await page.close();
});
