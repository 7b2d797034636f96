/** Locating the header and telling the columns apart by what their cells say. */
import { namedParts } from "../../../src/core/roadmap/reader/defined-names";
import { gridView } from "../../../src/core/roadmap/reader/grid";
import { findHeader, yearOf } from "../../../src/core/roadmap/reader/header";
import type { RoadmapGrid } from "../../../src/core/roadmap/reader/types";

const headerOf = (grid: RoadmapGrid) => findHeader(gridView(grid), namedParts(grid.names));

describe("yearOf: a year column's heading as people write it", () => {
  it.each([
    [2022, "2022"],
    ["2022", "2022"],
    ["2022 г.", "2022"],
    ["2022г", "2022"],
    ["2022 год", "2022"],
    ["2022\nгод", "2022"],
    ["на 2022 год", "2022"],
    ["На 2022 г.", "2022"],
    ["2022 (план)", "2022"],
    ["2022 год (план)", "2022"],
    ["план на 2022 год", "2022"],
  ])("%p -> %s", (value, year) => {
    expect(yearOf(value)).toBe(year);
  });

  it.each([2022.5, "2022 (факт)", "факт 2022", "1999", 2101, "2022–2024", "в 2022 году было", null, "", true])("%p is no plan year", (value) => {
    expect(yearOf(value)).toBeUndefined();
  });
});

describe("findHeader", () => {
  it("finds a header anywhere on the sheet, with «№ п/п», «Ед. изм.», and «Ответственный» / «Примечание» beside the years", () => {
    const header = headerOf({
      values: [
        ["Дорожная карта"],
        [],
        ["№ п/п", "X", "Ед. изм.", "2021 год", "2022 г.", "на 2023 год", "2024 (план)", "Ответственный", "Примечание"],
      ],
      top: 5,
      left: 2,
    });
    expect(header).toMatchObject({ row: 7, labelColumn: 3, labelColumns: [3], numberColumn: 2, unitColumn: 4 });
    expect(header?.years.map((y) => [y.year, y.column])).toEqual([
      ["2021", 5],
      ["2022", 6],
      ["2023", 7],
      ["2024", 8],
    ]);
  });

  it("keeps a separate name column with the label column, and takes the fact columns for no plan year", () => {
    const header = headerOf({ values: [["X", "Наименование показателя", "2022 (план)", "2022 (факт)", "2023 (план)", "2023 (факт)"]], top: 0, left: 0 });
    expect(header).toMatchObject({ labelColumn: 0, labelColumns: [0, 1] });
    expect(header?.years.map((y) => y.column)).toEqual([2, 4]);
  });

  it("tells an unlabelled number column and unit column by their content, and the label column by its text", () => {
    const header = headerOf({
      values: [
        [null, null, null, 2021, 2022],
        [null, "Среднее значение показателя ЦЗ", null, 0.28, 0.33],
        [1, "доля …", "%", 0.1, 0.2],
        [null, "Мероприятия …", null, "a", "b"],
        [2, "количество …", "ед.", 1, 2],
      ],
      top: 0,
      left: 0,
    });
    expect(header).toMatchObject({ labelColumn: 1, numberColumn: 0, unitColumn: 2, labelColumns: [1] });
  });

  it("reads a heading merged over two header rows", () => {
    const header = headerOf({ values: [["№ п/п", "X", "Значения по годам", null], [null, null, 2021, 2022]], top: 0, left: 0, merges: ["A1:A2", "B1:B2", "C1:D1"] });
    expect(header).toMatchObject({ row: 1, numberColumn: 0, labelColumn: 1 });
  });

  it("needs two ascending years right of a label column", () => {
    expect(headerOf({ values: [["X", 2021]], top: 0, left: 0 })).toBeUndefined();
    expect(headerOf({ values: [[2021, 2022, 2023]], top: 0, left: 0 })).toBeUndefined();
    expect(headerOf({ values: [["X", 2023, 2022]], top: 0, left: 0 })).toBeUndefined();
  });
});
