import { fieldOfHeader, findTableColumns, isComplete, tableRows } from "../../src/core/rating/columns";
import { rateBodies } from "../../src/core/rating";

describe("finding the rating columns of a user's table", () => {
  it.each([
    ["Орган исполнительной власти Смоленской области", "name"],
    ["Наименование ведомства", "name"],
    ["Количество сотрудников", "employees"],
    ["Численность, чел.", "employees"],
    ["Количество обученных сотрудников", "trained"],
    ["Обучено", "trained"],
    ["% обученных сотрудников", undefined],
    ["Доля обученных", undefined],
    ["Балл", undefined],
    [42, undefined],
  ])("%p -> %p", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("finds the header under a title, with the columns in any order", () => {
    const values = [
      ["Статистика обучения за 1 полугодие", null, null, null],
      [null, null, null, null],
      ["Обучено", "№", "Орган", "Сотрудников"],
      [5, 1, "Департамент А", 90],
      [12, 2, "Департамент Б", 26],
    ];
    const found = findTableColumns(values);
    expect(found).toEqual({ headerRow: 2, columns: { trained: 0, name: 2, employees: 3 } });
    if (!isComplete(found.columns)) throw new Error("incomplete");
    const rows = tableRows(values, found.headerRow, found.columns, 10);
    expect(rows[0]).toEqual({ name: "Департамент А", employees: 90, trained: 5, sourceRow: 13 });
    expect(rateBodies(rows).bodies.map((b) => [b.name, b.score, b.sourceRow])).toEqual([
      ["Департамент А", 1.5, 13],
      ["Департамент Б", 3, 14],
    ]);
  });

  it("leaves a field out when two headers claim it, so the pane asks", () => {
    const found = findTableColumns([["Орган", "Сотрудников (штат)", "Сотрудников (факт)", "Обучено"]]);
    expect(found.columns).toEqual({ name: 0, trained: 3 });
    expect(isComplete(found.columns)).toBe(false);
  });

  it("gives no header for a table without one", () => {
    expect(findTableColumns([["Департамент А", 90, 5]])).toEqual({ headerRow: -1, columns: {} });
  });
});
