/** writeXlsx -> bytes -> exceljs / readXlsx: everything a SheetModel says arrives in the file. */
import { Workbook } from "exceljs";
import type { Worksheet } from "exceljs";
import type { SheetModel } from "../../src/core/sheet-model";
import { formulaText, readXlsx, snapshotCell, snapshotSheet, writeXlsx } from "../../src/xlsx";
import type { WorkbookSnapshot } from "../../src/xlsx";

function fullModel(name: string): SheetModel {
  return {
    name,
    cells: [
      [{ value: "Показатель" }, { value: null }, { value: "Доля" }],
      [{ value: "Сотрудников" }, { value: 40 }],
      [{ value: "Обучено" }, { value: 10 }, { formula: "=IFERROR(B3/B2,0)" }],
      [{ value: "=1+1" }, { value: true }, { formula: "=SUM(B2:B3)" }],
      [{ value: "Прогноз" }, { value: 0.5 }, { formula: '=IFNA(B5,"IFNA(")' }],
      [{ value: "Дата" }, { value: 45292 }],
    ],
    styles: [
      { range: "A1:C1", style: { bold: true, fill: "#DDEBF7", horizontal: "center", vertical: "center", wrap: true, border: true } },
      { range: "C3", style: { numberFormat: "0%" } },
      { range: "B5", style: { numberFormat: "0.00", italic: true, fontSize: 9, fontColor: "#C00000" } },
      { range: "B6", style: { numberFormat: "dd.mm.yyyy" } },
      // Overlaps the first entry: only the fill changes, the bold stays.
      { range: "C1", style: { fill: "#FFF2CC" } },
    ],
    merges: ["A1:B1"],
    columnWidths: [30, 12, 10],
    rowHeights: { 0: 32 },
    validations: [
      {
        range: "B2:B3",
        rule: { type: "whole", min: 0, max: 100000 },
        prompt: { title: "Численность", message: "Введите целое число сотрудников" },
        error: { title: "Ошибка ввода", message: "Нужно целое число от 0", style: "stop" },
      },
      {
        range: "B4",
        rule: { type: "list", values: ["да", "нет"] },
        prompt: { title: "Выбор", message: "да или нет" },
        error: { title: "Не из списка", message: "Выберите из списка", style: "warning" },
      },
    ],
    conditionalFormats: [
      {
        range: "C3",
        rules: [
          { operator: "greaterThanOrEqual", values: [0.5], fill: "#C6EFCE", fontColor: "#006100" },
          { operator: "between", values: [0.2, 0.5], fill: "#FFEB9C" },
          { operator: "lessThan", values: [0.2], fill: "#FFC7CE" },
        ],
      },
    ],
    names: [
      { name: "Сотрудников", range: "B2" },
      { name: "Итог", range: "B2:B3", comment: "сумма" },
    ],
    inputRanges: ["B2:B3"],
    freeze: { rows: 1, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true, title: "Расчёт & итог" },
    select: "B3",
  };
}

async function loadWithExcelJs(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe("writeXlsx then readXlsx", () => {
  let buffer: Buffer;
  let snapshot: WorkbookSnapshot;
  let sheet: Worksheet;

  beforeAll(async () => {
    buffer = await writeXlsx([fullModel("Расчёт"), fullModel("Второй лист")]);
    snapshot = await readXlsx(buffer);
    sheet = (await loadWithExcelJs(buffer)).getWorksheet("Расчёт")!;
  });

  it("writes one sheet per model, in order; reads a Buffer or an ArrayBuffer", async () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Расчёт", "Второй лист"]);
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    expect(await readXlsx(arrayBuffer)).toEqual(snapshot);
  });

  it("keeps constants, formulas and their number formats", () => {
    const s = snapshotSheet(snapshot, "Расчёт");
    expect(snapshotCell(s, "B2").value).toBe(40);
    expect(snapshotCell(s, "B4").value).toBe(true);
    expect(snapshotCell(s, "A2").value).toBe("Сотрудников");
    expect(snapshotCell(s, "C3").formula).toBe("=IFERROR(B3/B2,0)");
    expect(snapshotCell(s, "C4").formula).toBe("=SUM(B2:B3)");
    expect(snapshotCell(s, "C3").numberFormat).toBe("0%");
    expect(snapshotCell(s, "B5").numberFormat).toBe("0.00");
    expect(snapshotCell(s, "B2").numberFormat).toBeNull();
    // exceljs reads a date-formatted number as a Date; the snapshot gives the serial number back.
    expect(snapshotCell(s, "B6")).toEqual({ value: 45292, formula: null, numberFormat: "dd.mm.yyyy" });
    // exceljs stores no cached result, so a formula cell has no value until a program recalculates it.
    expect(snapshotCell(s, "C3").value).toBeNull();
  });

  it("keeps a text that starts with '=' as text, never as a formula", () => {
    const s = snapshotSheet(snapshot, "Расчёт");
    expect(snapshotCell(s, "A4")).toEqual({ value: "=1+1", formula: null, numberFormat: null });
    expect(sheet.getCell("A4").type).toBe(3 /* ValueType.String */);
  });

  it("prefixes post-2007 functions as the file format requires, outside string literals, and reads them back bare", () => {
    expect(sheet.getCell("C5").formula).toBe('_xlfn.IFNA(B5,"IFNA(")');
    expect(snapshotCell(snapshotSheet(snapshot, "Расчёт"), "C5").formula).toBe('=IFNA(B5,"IFNA(")');
    expect(formulaText("=IFERROR(CEILING.MATH(A1),0)")).toBe("IFERROR(_xlfn.CEILING.MATH(A1),0)");
    expect(formulaText("='IFS(x'!A1+ifs(1,2)")).toBe("'IFS(x'!A1+_xlfn.IFS(1,2)");
    expect(formulaText("=_xlfn.IFNA(A1,0)")).toBe("_xlfn.IFNA(A1,0)");
  });

  it("keeps merges and blanks the merged-away cells", () => {
    const s = snapshotSheet(snapshot, "Расчёт");
    expect(s.merges).toEqual(["A1:B1"]);
    expect(snapshotCell(s, "B1").value).toBeNull();
  });

  it("scopes defined names to their sheet, so two sheets can use the same name", () => {
    for (const name of ["Расчёт", "Второй лист"]) {
      expect(snapshotSheet(snapshot, name).names).toEqual([
        { name: "Сотрудников", range: "B2" },
        { name: "Итог", range: "B2:B3" },
      ]);
    }
    expect(snapshot.workbookNames).toEqual([]);
  });

  it("writes fonts, fills, borders, alignment, widths and heights; later styles win per property", () => {
    // A complete font: the default name and size stay where the model changes only the weight.
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
    expect(sheet.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(sheet.getCell("C1").font).toMatchObject({ bold: true });
    expect(sheet.getCell("C1").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("C1").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(sheet.getCell("C1").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.getCell("B5").font).toMatchObject({ italic: true, size: 9, color: { argb: "FFC00000" } });
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([30, 12, 10]);
    expect(sheet.getRow(1).height).toBe(32);
  });

  it("writes data validations with their Russian prompts and errors", () => {
    expect(sheet.getCell("B3").dataValidation).toMatchObject({
      type: "whole",
      formulae: [0, 100000],
      showInputMessage: true,
      promptTitle: "Численность",
      prompt: "Введите целое число сотрудников",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Ошибка ввода",
      error: "Нужно целое число от 0",
    });
    expect(sheet.getCell("B4").dataValidation).toMatchObject({ type: "list", formulae: ['"да,нет"'], errorStyle: "warning" });
    expect(sheet.getCell("C4").dataValidation).toBeUndefined();
  });

  it("writes conditional formats in model order", () => {
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { operator: string; formulae: string[]; priority: number }[] }[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("C3");
    expect(formats[0].rules.map((r) => [r.operator, r.formulae, r.priority])).toEqual([
      ["greaterThanOrEqual", ["0.5"], 1],
      ["between", ["0.2", "0.5"], 2],
      ["lessThan", ["0.2"], 3],
    ]);
  });

  it("writes freeze panes, the selection, print setup and unlocked inputs", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1, activeCell: "B3" });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.headerFooter.oddHeader).toBe("&CРасчёт && итог");
    expect(sheet.getCell("B2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("A2").protection?.locked).not.toBe(false);
  });

  it("selects the first input cell when the model names no selection", async () => {
    const model: SheetModel = { ...fullModel("Без выбора"), select: undefined, freeze: undefined };
    const read = await loadWithExcelJs(await writeXlsx([model]));
    expect(read.worksheets[0].views[0]).toMatchObject({ state: "normal", activeCell: "B2" });
  });
});

describe("writeXlsx refuses what Excel would reject", () => {
  const base = fullModel("Лист");

  it("a duplicate sheet name, ignoring case", async () => {
    await expect(writeXlsx([base, { ...base, name: "ЛИСТ" }])).rejects.toThrow(/Duplicate sheet name "ЛИСТ"/);
  });

  it("a prompt longer than Excel's dialog allows", async () => {
    const long = { ...base.validations[0], prompt: { title: "Т".repeat(33), message: "m" } };
    await expect(writeXlsx([{ ...base, validations: [long] }])).rejects.toThrow(/prompt title has 33 characters, Excel allows 32/);
  });

  it("a list item with a comma", async () => {
    const list = { ...base.validations[1], rule: { type: "list" as const, values: ["1,5", "2"] } };
    await expect(writeXlsx([{ ...base, validations: [list] }])).rejects.toThrow(/contains a comma/);
  });

  it("a defined name that reads as a cell reference, or a duplicate name", async () => {
    await expect(writeXlsx([{ ...base, names: [{ name: "AB12", range: "B2" }] }])).rejects.toThrow(/"AB12" is not a valid defined name/);
    await expect(writeXlsx([{ ...base, names: [{ name: "x", range: "B2" }, { name: "X", range: "B3" }] }])).rejects.toThrow(/used twice/);
  });

  it("a number that is not finite, and a colour that is not #RRGGBB", async () => {
    await expect(writeXlsx([{ ...base, cells: [[{ value: Number.NaN }]] }])).rejects.toThrow(/NaN cannot be stored/);
    await expect(writeXlsx([{ ...base, styles: [{ range: "A1", style: { fill: "red" } }] }])).rejects.toThrow(/"red" is not #RRGGBB/);
  });
});

it("writes the auto-filter range (filter and sort buttons)", async () => {
  const model: SheetModel = {
    name: "Фильтр",
    cells: [[{ value: "Орган" }, { value: "Балл" }], [{ value: "А" }, { value: 3 }]],
    styles: [],
    merges: [],
    columnWidths: [],
    validations: [],
    names: [],
    inputRanges: [],
    autoFilter: "A1:B2",
  };
  const book = new Workbook();
  await book.xlsx.load((await writeXlsx([model])) as unknown as ArrayBuffer);
  expect(book.getWorksheet("Фильтр")?.autoFilter).toBe("A1:B2");
});
