/** Recommendations beside a user's own table, against the fake Excel: their cells untouched, the block apart from the rows. */
import { buildRatingSheet } from "../../src/core/rating";
import { excelGateway } from "../../src/excel/gateway";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { PROBLEM_FILL, recalculateRecommendations } from "../../src/taskpane/rating-actions";

let fake: FakeExcel;
const TABLE = [
  ["№", "Орган", "Сотрудников", "Обучено", "Примечание"],
  [1, "Департамент А", 26, 12, "контрактная система"],
  [2, "Департамент Б", 32, 6, ""],
  [3, "Департамент Б", 40, 3, "дубль"],
  [4, "Департамент В", 118, 82, ""],
  [5, "Департамент Г", 10, 11, "ошибка ввода"],
];

beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Данные"] });
  TABLE.forEach((row, r) => row.forEach((value, c) => fake.workbook.setCell("Данные", `${"ABCDE"[c]}${r + 3}`, value)));
  fake.workbook.setCell("Данные", "H1", "заметка пользователя");
  fake.workbook.setSelection("Данные", "A3:E8");
  fake.workbook.resetSyncCount();
});

/** The user's table: rows 1–8, columns A–E. */
const grid = () => fake.workbook.grid("Данные").slice(0, 8).map((row) => row.slice(0, 5));
const value = (address: string, sheet = "Данные") => fake.workbook.cell(sheet, address).value;

it("writes the recommendations under the table after a blank row, with a heading, marks bad rows, leaves the user's values as they were", async () => {
  const before = grid();
  const widths = [0, 1, 2, 3, 4].map((c) => fake.workbook.columnWidth("Данные", c));
  const outcome = await recalculateRecommendations(excelGateway);
  expect(outcome).toMatchObject({ status: "done" });
  if (outcome.status !== "done") return;
  // 1 sync to read the selection, 1 to look at the cells under the table (and the bad rows' fills), 1 to write.
  expect(fake.workbook.syncCount).toBe(3);
  expect(outcome.message).toMatch(/^Оценено органов: 2\. Рекомендации записаны в Данные!A10:B\d+\. Строк с ошибками: 3/);
  expect(outcome.problems.map((p) => p.row)).toEqual([5, 6, 8]);
  expect(fake.workbook.grid("Данные")[8].every((cell) => cell === "")).toBe(true);
  expect(value("A10")).toBe("Рекомендации: кого обучить, чтобы повысить балл в рейтинге");
  expect(fake.workbook.cell("Данные", "A10").format.bold).toBe(true);
  expect(value("A12")).toBe("Обучить ещё 1 сотрудника");
  expect(value("B13")).toBe("+2 балла к рейтингу");
  expect(value("B14")).toBe("Департамент А");
  // No recommendation sits on a data row of the table.
  for (let row = 3; row <= 8; row++) expect([value(`F${row}`), value(`G${row}`), value(`J${row}`)]).toEqual([null, null, null]);
  expect(value("H1")).toBe("заметка пользователя");
  expect(fake.workbook.cell("Данные", "B8").format.fill).toBe(PROBLEM_FILL);
  expect(fake.workbook.cell("Данные", "B7").format.fill).toBeNull();
  expect(grid()).toEqual(before);
  expect([0, 1, 2, 3, 4].map((c) => fake.workbook.columnWidth("Данные", c))).toEqual(widths);
});

it("a second run replaces its own block instead of adding another", async () => {
  await recalculateRecommendations(excelGateway);
  fake.workbook.setCell("Данные", "D4", 13); // Департамент А now at 50 %: top band
  fake.workbook.setSelection("Данные", "A3:E8");
  await recalculateRecommendations(excelGateway);
  expect(value("A12")).toBe("Уже высший балл");
  expect(fake.workbook.grid("Данные").flat().filter((text) => text === "Рекомендации: кого обучить, чтобы повысить балл в рейтинге")).toHaveLength(1);
  expect(Object.keys(fake.workbook.names("Данные")).filter((n) => !n.startsWith("Рейтинг_Пометка_"))).toEqual(["Рейтинг_Рекомендации"]);
});

it("takes the fill off a bad row once it is fixed, and gives the row back its own fill", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Данные").getRange("C8").format.fill.color = "#00B0F0";
    await context.sync();
  });
  await recalculateRecommendations(excelGateway);
  expect(fake.workbook.cell("Данные", "C8").format.fill).toBe(PROBLEM_FILL);
  fake.workbook.setCell("Данные", "D8", 9); // Департамент Г: 9 of 10 trained, no longer more than its staff
  fake.workbook.setSelection("Данные", "A3:E8");
  await recalculateRecommendations(excelGateway);
  expect(fake.workbook.cell("Данные", "C8").format.fill).toBe("#00B0F0");
  expect(fake.workbook.cell("Данные", "B8").format.fill).toBeNull();
  expect(fake.workbook.cell("Данные", "B5").format.fill).toBe(PROBLEM_FILL); // the duplicates are still bad
});

it("goes under everything on the sheet when the cells under the table are taken", async () => {
  fake.workbook.setCell("Данные", "B12", "итоги квартала");
  fake.workbook.setCell("Данные", "A20", "подпись");
  const outcome = await recalculateRecommendations(excelGateway);
  expect(outcome).toMatchObject({ status: "done", message: expect.stringMatching(/записаны в Данные!A22:B/) });
  expect(value("B12")).toBe("итоги квартала");
  expect(value("A20")).toBe("подпись");
});

it("moves rather than grow over a cell the user filled under its earlier block", async () => {
  await recalculateRecommendations(excelGateway);
  fake.workbook.setCell("Данные", "D4", 8); // Департамент А: another gain, a longer block
  const end = Number(/:B(\d+)/.exec(fake.workbook.names("Данные")["Рейтинг_Рекомендации"])?.[1]);
  fake.workbook.setCell("Данные", `B${end + 1}`, "чужая ячейка под блоком");
  fake.workbook.setSelection("Данные", "A3:E8");
  const outcome = await recalculateRecommendations(excelGateway);
  expect(value(`B${end + 1}`)).toBe("чужая ячейка под блоком");
  expect(outcome.status).toBe("done");
  expect(fake.workbook.grid("Данные").flat().filter((text) => text === "Рекомендации: кого обучить, чтобы повысить балл в рейтинге")).toHaveLength(1);
});

it("asks for the columns when the headers do not tell them apart", async () => {
  fake.workbook.setCell("Данные", "C3", "Штат");
  fake.workbook.setCell("Данные", "D3", "Численность");
  const outcome = await recalculateRecommendations(excelGateway);
  expect(outcome.status).toBe("needColumns");
  if (outcome.status !== "needColumns") return;
  expect(outcome.headers.map((h) => h.text)).toEqual(["A3: №", "B3: Орган", "C3: Штат", "D3: Численность", "E3: Примечание"]);
  const done = await recalculateRecommendations(excelGateway, { name: 1, employees: 2, trained: 3 });
  expect(done.status).toBe("done");
});

describe("on the add-in's own rating sheet", () => {
  it("a refresh replaces the whole earlier block in place, keeps its heading and every column width", async () => {
    const { sheetName } = await writeSheet(buildRatingSheet({ bodies: "sample" }));
    const before = fake.workbook.grid(sheetName);
    const widths = Array.from({ length: 12 }, (_, c) => fake.workbook.columnWidth(sheetName, c));
    fake.workbook.setSelection(sheetName, "A4:D34");
    const outcome = await recalculateRecommendations(excelGateway);
    expect(outcome).toMatchObject({ status: "done", message: expect.stringMatching(/записаны в Рейтинг обучения!A37:B\d+\./) });
    const after = fake.workbook.grid(sheetName);
    // The same bodies give the same block: every line where it was, only the note says it was refreshed.
    expect(after.length).toBe(before.length);
    after.forEach((row, r) => {
      if (r === 37) expect(row[0]).toMatch(/^Рекомендации пересчитаны надстройкой/);
      else expect(row).toEqual(before[r]);
    });
    expect(Array.from({ length: 12 }, (_, c) => fake.workbook.columnWidth(sheetName, c))).toEqual(widths);
  });
});

describe("the selection", () => {
  it("of whole columns reads only the cells that hold something", async () => {
    fake.workbook.setSelection("Данные", "A:E");
    const outcome = await recalculateRecommendations(excelGateway);
    expect(outcome).toMatchObject({ status: "done", message: expect.stringMatching(/^Оценено органов: 2\. Рекомендации записаны в Данные!A10:B/) });
    expect(fake.workbook.lastPayloadBytes).toBeLessThan(100_000);
  });

  it("too large to be a rating table is refused in Russian, before anything is written", async () => {
    fake.workbook.setCell("Данные", "A30000", "конец");
    fake.workbook.setSelection("Данные", "A1:E30000");
    await expect(recalculateRecommendations(excelGateway)).rejects.toMatchObject({ name: "ExcelActionError", message: expect.stringMatching(/^Выделена слишком большая таблица \(30000 × 5\)/) });
    expect(Object.keys(fake.workbook.names("Данные"))).toEqual([]);
  });

  it("of one cell, or of empty cells, is explained", async () => {
    fake.workbook.setSelection("Данные", "B4");
    await expect(recalculateRecommendations(excelGateway)).rejects.toMatchObject({ message: expect.stringMatching(/^Выделите таблицу вместе со строкой заголовков/) });
    fake.workbook.setSelection("Данные", "K20:L30");
    await expect(recalculateRecommendations(excelGateway)).rejects.toMatchObject({ message: expect.stringMatching(/^Выделенные ячейки пусты/) });
  });
});
