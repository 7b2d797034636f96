/**
 * The «Дорожная карта» tab follows what its picker shows; the sheet keeps the strategy's indicator numbers; the
 * activities prefill puts each project once, in the year it starts; the messages say what happened.
 */
import { book, openDemo, pickSector, startDemo, type DemoSession } from "../support/demo";

let session: DemoSession;
beforeAll(async () => {
  session = await startDemo();
});
afterAll(async () => {
  await session?.close();
});

const radio = (pane: import("playwright-core").Frame, name: string) => pane.getByRole("radio", { name });

it("a sector hidden by the filter is no longer chosen; the list and the button follow the picker", async () => {
  const { page, pane, problems } = await openDemo(session);
  const create = pane.getByRole("button", { name: "Создать дорожную карту" });
  expect(await create.isDisabled()).toBe(true);
  await pane.getByText("Выберите отрасль", { exact: true }).waitFor();

  await pickSector(pane, "здрав", "7.2 Здравоохранение");
  await pane.getByText("Показатели отрасли (12 из 12)").waitFor();
  const search = pane.getByRole("searchbox", { name: "Найти отрасль" });
  await search.fill("образ");
  expect(await radio(pane, "7.2 Здравоохранение").count()).toBe(0);
  expect(await pane.getByText("Показатели отрасли (12 из 12)").count()).toBe(0);
  // The one sector left is taken, as Enter would.
  expect(await radio(pane, "7.1 Образование и наука").isChecked()).toBe(true);
  await pane.getByText("Показатели отрасли (9 из 9)").waitFor();
  await create.click();
  await pane.getByText(/Лист «ДК Образование и наука» создан: 9 показателей отрасли «Образование и наука»/).waitFor();
  expect(await book(page, (b) => b.sheetNames())).toEqual(["Лист1", "ДК Образование и наука"]);

  // Several sectors shown, the chosen one hidden: nothing is chosen.
  await pickSector(pane, "эколог", "7.10 Экология и природопользование");
  await search.fill("ра");
  expect(await pane.getByRole("radio").count()).toBeGreaterThan(1);
  expect(await pane.getByRole("radio", { checked: true }).count()).toBe(0);
  expect(await pane.getByText(/^Показатели отрасли/).count()).toBe(0);
  expect(await create.isDisabled()).toBe(true);
  await pane.getByText("Выберите отрасль", { exact: true }).waitFor();

  // «7,2» is 7.2.
  await search.fill("7,2");
  expect(await radio(pane, "7.2 Здравоохранение").isChecked()).toBe(true);
  // Arrow keys move through the indicators.
  await pane.getByRole("checkbox", { name: "Все показатели" }).focus();
  await page.keyboard.press("ArrowDown");
  expect(await pane.getByRole("checkbox", { name: /^1\. доля достижения/ }).evaluate((e) => e === document.activeElement)).toBe(true);
  await pane.getByRole("checkbox", { name: "Все показатели" }).uncheck();
  expect(await create.isDisabled()).toBe(true);
  await pane.getByText("Отметьте хотя бы один показатель").waitFor();
  expect(problems).toEqual([]);
  await page.close();
});

it("keeps the strategy's numbers on the sheet when an indicator is left out, and the check says the same", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "образов", "7.1 Образование и наука");
  await pane.getByRole("checkbox", { name: /^3\. доля образовательных организаций высшего/ }).uncheck();
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/создан: 8 показателей/).waitFor();
  const s = "ДК Образование и наука";
  const labels = await book(page, (b) => ["A6", "A8", "A11", "A13", "A14", "A16"].map((a) => String(b.cell("ДК Образование и наука", a).value)));
  expect(labels[0]).toMatch(/\(Показатель 1 \+ Показатель 2 \+ Показатель 4 \+ \.\.\. \+ Показатель 8\)\/ 7$/);
  expect(labels[1]).toMatch(/^Значение показателя 1 «/);
  expect(labels[2]).toMatch(/^Значение показателя 2 «/);
  expect(labels[3]).toBe("Мероприятия, планируемые к проведению для достижения показателя 2 в каждом году");
  expect(labels[4]).toMatch(/^Значение показателя 4 «доля педагогических работников/);
  expect(labels[5]).toBe("Мероприятия, планируемые к проведению для достижения показателя 4 в каждом году");
  expect(await book(page, (b) => b.sheetNames())).toContain(s);

  // Indicator 4's 2023 target is 80 %.
  await book(page, (b) => b.setCell("ДК Образование и наука", "D14", 0.5));
  await pane.getByRole("tab", { name: "Проверка" }).click();
  await pane.getByRole("button", { name: "Проверить" }).click();
  await pane.getByRole("button", { name: /^Ошибка, ячейка D14: Показатель 4, 2023: 50 % ниже целевого значения стратегии 80 %/ }).waitFor();
  await pane.getByRole("heading", { name: /^Показатель 4\. доля педагогических работников/ }).waitFor();
  expect(await pane.getByRole("heading", { name: /^Показатель 3\./ }).count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

it("prefills each project once, in the year it starts, never in 2021, with clean quotes; a second sheet is named", async () => {
  const { page, pane, problems } = await openDemo(session);
  await pickSector(pane, "здрав", "7.2 Здравоохранение");
  await pane.getByRole("checkbox", { name: "Заполнить мероприятия названиями проектов из стратегии" }).check();
  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText(/Лист «ДК Здравоохранение» создан: 12 показателей/).waitFor();
  const rows = await book(page, (b) =>
    Array.from({ length: 12 }, (_, i) => ["B", "C", "D", "E"].map((c) => b.cell("ДК Здравоохранение", `${c}${10 + 3 * i}`).value ?? "")),
  );
  for (const [y2021, ...later] of rows) {
    expect(y2021).toBe("");
    const text = later.filter((v): v is string => typeof v === "string").join("\n");
    const numbers = [...text.matchAll(/Проект (\d+)\./g)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(text).not.toMatch(/«[^»\n]*«/);
  }
  // Indicator 1 lists projects 1–5, 7–9; none of them prints a start year, so all go in 2022, the first target year.
  expect(rows[0][1]).toMatch(/^Проект 1\. /);
  expect(rows[0][1]).toContain("Проект 3. «Мое здоровье» – на «Госуслугах»");
  expect([rows[0][2], rows[0][3]]).toEqual(["", ""]);

  await pane.getByRole("button", { name: "Создать дорожную карту" }).click();
  await pane.getByText("Лист «ДК Здравоохранение» уже есть, поэтому создан новый лист «ДК Здравоохранение (2)»: 12 показателей отрасли «Здравоохранение». Заполните выделенные ячейки.").waitFor();
  expect(problems).toEqual([]);
  await page.close();
});
