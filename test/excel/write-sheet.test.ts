/** The Excel adapter against the in-memory fake of the Excel API: what the model says lands in the sheet, in 2 syncs. */
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { buildRatingSheet } from "../../src/core/rating";
import { INPUT_FILL, buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import type { SheetModel } from "../../src/core/sheet-model";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";

let fake: FakeExcel;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
});

const education = () => {
  const sector = findSector("7.1");
  if (!sector) throw new Error("7.1 missing");
  return sector;
};

/** A bare model: only cells. */
function cellsOnly(name: string, cells: SheetModel["cells"]): SheetModel {
  return { name, cells, styles: [], merges: [], columnWidths: [], validations: [], names: [], inputRanges: [] };
}

describe("writeSheet: a roadmap", () => {
  it("writes cells, formulas, formats, validation and names as the model says, in 2 syncs", async () => {
    const model = buildRoadmap(education());
    const result = await writeSheet(model);
    const book = fake.workbook;
    expect(result).toEqual({ sheetName: "ДК Образование и наука", syncs: 2 });
    expect(book.syncCount).toBe(2);
    expect(book.sheetNames()).toEqual(["Лист1", "ДК Образование и наука"]);
    expect(book.activeSheetName()).toBe("ДК Образование и наука");
    expect(book.selection()).toEqual({ sheet: "ДК Образование и наука", address: "B8" });

    const cell = (address: string) => book.cell(result.sheetName, address);
    expect(cell("A1").value).toBe("Дорожная карта по достижению «цифровой зрелости» отрасли «Образование и наука»");
    expect(cell("A1").format.bold).toBe(true);
    expect(book.merges(result.sheetName)).toContain("A1:E1");
    expect([cell("B4").value, cell("E4").value]).toEqual([2021, 2024]);
    expect(cell("C5")).toMatchObject({ value: 0.33, numberFormat: "0%" });
    expect(cell("C6").formula).toMatch(/^=IFERROR\(AVERAGE\(C8,C11,/);
    expect(cell("C9")).toMatchObject({ value: 0.18, numberFormat: "0.00%" });
    expect(cell("B8").format.fill).toBe(INPUT_FILL);
    expect(cell("B8").validation).toMatchObject({ rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } } });
    expect(cell("B8").validation?.prompt).toMatchObject({ showPrompt: true, message: expect.stringMatching(/от 0 % до 100 %/) });
    expect(cell("B10").numberFormat).toBe("@");
    const names = book.names(result.sheetName);
    expect(names[roadmapNames.value(1)]).toMatch(/B8:E8$/);
    expect(names[roadmapNames.marker]).toMatch(/A1$/);
    expect(Object.keys(names)).toHaveLength(4 + 3 * sectorIndicators(education()).length);
    expect(book.freeze(result.sheetName)).toEqual({ rows: 4, columns: 1 });
    expect(book.pageLayout(result.sheetName)).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 }, printTitleRows: "4:4" });
    expect(book.columnWidth(result.sheetName, 0)).toBeGreaterThan(book.columnWidth(result.sheetName, 1));
  });

  it("never overwrites: a second run creates a second sheet, the user's sheet stays as it was", async () => {
    fake.workbook.setCell("Лист1", "A1", "мои данные");
    const first = await writeSheet(buildRoadmap(education()));
    fake.workbook.setCell(first.sheetName, "B8", 0.2);
    const second = await writeSheet(buildRoadmap(education()));
    expect(second.sheetName).toBe("ДК Образование и наука (2)");
    expect(fake.workbook.cell(first.sheetName, "B8").value).toBe(0.2);
    expect(fake.workbook.cell("Лист1", "A1").value).toBe("мои данные");
    expect(fake.workbook.sheetNames()).toHaveLength(3);
  });

  it("keeps text that looks like a formula as text (no formula injection)", async () => {
    const model = cellsOnly("Проверка", [[{ value: '=HYPERLINK("http://example.com")' }, { value: "+7 999" }, { formula: "=1+1" }]]);
    const result = await writeSheet(model);
    expect(fake.workbook.cell(result.sheetName, "A1")).toMatchObject({ formula: null, value: '=HYPERLINK("http://example.com")', numberFormat: "@" });
    expect(fake.workbook.cell(result.sheetName, "B1")).toMatchObject({ formula: null, value: "+7 999" });
    expect(fake.workbook.cell(result.sheetName, "C1").formula).toBe("=1+1");
  });

  it("splits a very large sheet into chunks under the request limit, and reports the extra syncs", async () => {
    const big = cellsOnly(
      "Большой",
      Array.from({ length: 3000 }, (_, r) => Array.from({ length: 20 }, (_, c) => ({ value: `строка ${r} столбец ${c} `.repeat(3) }))),
    );
    const result = await writeSheet(big, 1024 * 1024);
    expect(result.syncs).toBeGreaterThan(2);
    expect(fake.workbook.lastPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.workbook.cell(result.sheetName, "T3000").value).toBe("строка 2999 столбец 19 ".repeat(3));
  });
});

describe("writeSheet: the training rating", () => {
  it("writes the sample rating with its formulas, bands and conditional formats in 2 syncs", async () => {
    const result = await writeSheet(buildRatingSheet({ bodies: "sample" }));
    expect(result.syncs).toBe(2);
    const names = fake.workbook.names(result.sheetName);
    expect(Object.keys(names)).toEqual(expect.arrayContaining(["Рейтинг_Таблица", "Рейтинг_Шкала"]));
    expect(fake.workbook.conditionalFormats(result.sheetName).length).toBeGreaterThan(0);
    expect(fake.workbook.cell(result.sheetName, "B5").value).toBe("Аппарат Администрации Смоленской области");
    expect(fake.workbook.cell(result.sheetName, "F5").formula).toMatch(/^=/);
    // Sort and filter buttons on the table's header.
    expect(fake.workbook.autoFilter(result.sheetName)).toBe("A4:H34");
  });
});
