/** Recommendations beside a user's own table, against the fake Excel: their cells untouched, 2–3 syncs. */
import { excelGateway } from "../../src/excel/gateway";
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

it("writes the recommendations right of the used range, marks bad rows, leaves the user's values as they were", async () => {
  const before = grid();
  const outcome = await recalculateRecommendations(excelGateway);
  expect(outcome).toMatchObject({ status: "done" });
  if (outcome.status !== "done") return;
  // 1 sync to read the selection (and look for an earlier block), 1 to write.
  expect(fake.workbook.syncCount).toBe(2);
  expect(outcome.message).toMatch(/^Оценено органов: 2\. Рекомендации записаны в Данные!J3:J\d+\. Строк с ошибками: 3/);
  expect(outcome.problems.map((p) => p.row)).toEqual([5, 6, 8]);
  expect(fake.workbook.cell("Данные", "J3").value).toBe("Обучить ещё 1 сотрудника");
  expect(fake.workbook.cell("Данные", "J4").value).toBe("+2 балла к рейтингу");
  expect(fake.workbook.cell("Данные", "J5").value).toBe("Департамент А");
  expect(fake.workbook.cell("Данные", "H1").value).toBe("заметка пользователя");
  expect(fake.workbook.cell("Данные", "B8").format.fill).toBe(PROBLEM_FILL);
  expect(fake.workbook.cell("Данные", "B7").format.fill).toBeNull();
  expect(grid()).toEqual(before);
});

it("a second run replaces its own block instead of adding another", async () => {
  await recalculateRecommendations(excelGateway);
  fake.workbook.setCell("Данные", "D4", 13); // Департамент А now at 50 %: top band
  fake.workbook.setSelection("Данные", "A3:E8");
  fake.workbook.resetSyncCount();
  await recalculateRecommendations(excelGateway);
  // Read and write: the new block is not longer than the earlier one, so nothing below it needs reading.
  expect(fake.workbook.syncCount).toBe(2);
  expect(fake.workbook.cell("Данные", "J3").value).not.toBe("Обучить ещё 1 сотрудника");
  expect(fake.workbook.grid("Данные")[2].length).toBeLessThanOrEqual(10);
  expect(Object.keys(fake.workbook.names("Данные"))).toEqual(["Рейтинг_Рекомендации"]);
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

it("checks the cells below an earlier, shorter block before growing it there", async () => {
  await recalculateRecommendations(excelGateway);
  fake.workbook.setCell("Данные", "D4", 8); // Департамент А: a different gain, one more group line
  fake.workbook.setCell("Данные", "J30", "чужая ячейка под блоком");
  fake.workbook.setSelection("Данные", "A3:E8");
  fake.workbook.resetSyncCount();
  const outcome = await recalculateRecommendations(excelGateway);
  expect(fake.workbook.cell("Данные", "J30").value).toBe("чужая ячейка под блоком");
  expect(outcome.status).toBe("done");
  expect(fake.workbook.syncCount).toBeLessThanOrEqual(3);
});
