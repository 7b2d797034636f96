/** Every tab at the width of a narrow task pane and wide: nothing sticks out, nothing scrolls sideways. Screenshots. */
import { join } from "path";
import { openPaneAlone, overflow, pickSector, startDemo, type DemoSession } from "../support/demo";
import { REPO_ROOT } from "../support/seeds";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

it.each([320, 350, 1280])("every tab fits %i px", async (width) => {
  const { page, problems } = await openPaneAlone(session, width);
  const shot = async (tab: string) => {
    await page.screenshot({ path: join(REPO_ROOT, `test-artifacts/tab-${tab}-${width}.png`), fullPage: true });
    expect({ tab, ...(await overflow(page)) }).toEqual({ tab, horizontalScroll: false, outside: [] });
  };

  await page.getByRole("button", { name: "Создать дорожную карту" }).waitFor();
  await shot("roadmap-start");
  await pickSector(page, "здрав", "7.2 Здравоохранение");
  await page.getByRole("checkbox", { name: "Заполнить мероприятия названиями проектов из стратегии" }).check();
  await page.getByRole("button", { name: "Создать дорожную карту" }).click();
  await page.getByText(/создан: 12 показателей/).waitFor();
  await shot("roadmap");

  await page.getByRole("tab", { name: "Проверка" }).click();
  await page.getByRole("button", { name: "Проверить" }).waitFor();
  await shot("check");

  await page.getByRole("tab", { name: "Рейтинг обучения" }).click();
  await page.getByRole("button", { name: "Создать лист рейтинга" }).waitFor();
  await shot("rating");

  await page.getByRole("tab", { name: "Формулы" }).click();
  await page.getByText("Аргументы").first().click();
  await shot("formulas");
  expect(problems).toEqual([]);
  await page.close();
});
