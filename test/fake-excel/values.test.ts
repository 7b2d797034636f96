/** Cell contents as Excel takes them: sizes, formulas vs text, number formats, null and "". */
import { createFakeExcel } from "../../src/fake-excel";

async function write(setup: (sheet: Excel.Worksheet) => void, sheets?: string[]) {
  const fake = createFakeExcel({ sheets });
  await fake.Excel.run(async (context) => {
    setup(context.workbook.worksheets.getActiveWorksheet());
    await context.sync();
  });
  return fake.workbook;
}

describe("array sizes", () => {
  it.each([
    ["too few rows", "A1:B2", [[1, 2]]],
    ["too many columns", "A1:B2", [[1, 2, 3], [4, 5, 6]]],
    ["a ragged row", "A1:B2", [[1, 2], [3]]],
    ["a flat array", "A1:B1", [1, 2]],
  ])("%s rejects the sync with InvalidArgument", async (_label, address, values) => {
    const { Excel, workbook } = createFakeExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values as unknown[][];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(/doesn't match the size/) as string });
    expect(workbook.grid("Sheet1")).toEqual([]);
  });

  it("numberFormat and formulas arrays are checked the same way", async () => {
    const { Excel } = createFakeExcel();
    for (const prop of ["numberFormat", "formulas"] as const) {
      const run = Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2")[prop] = [["0%"]];
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("a single value fills the range; null for the whole property is invalid", async () => {
    const workbook = await write((sheet) => {
      sheet.getRange("A1:B2").numberFormat = "0.00" as unknown as unknown[][];
    });
    expect(workbook.cell("Sheet1", "B2").numberFormat).toBe("0.00");
    await expect(write((sheet) => (sheet.getRange("A1").values = null as unknown as unknown[][]))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe('"=" in values is a formula, except in a text ("@") cell', () => {
  it("through values into a General cell: a formula", async () => {
    const workbook = await write((sheet) => (sheet.getRange("A1").values = [["=1+1"]]));
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1", value: null });
  });

  it("through values into a text cell: the literal text", async () => {
    const workbook = await write((sheet) => {
      const range = sheet.getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["=HYPERLINK(\"http://x\")", "+7 900 000-00-00"]];
    });
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ formula: null, value: '=HYPERLINK("http://x")', text: '=HYPERLINK("http://x")' });
    expect(workbook.cell("Sheet1", "B1").value).toBe("+7 900 000-00-00");
  });

  it("order matters: values written before the text format still become a formula", async () => {
    const workbook = await write((sheet) => {
      const range = sheet.getRange("A1");
      range.values = [["=2*3"]];
      range.numberFormat = [["@"]];
    });
    expect(workbook.cell("Sheet1", "A1").formula).toBe("=2*3");
  });

  it("through formulas: a formula even in a text cell", async () => {
    const workbook = await write((sheet) => {
      sheet.getRange("A1").numberFormat = [["@"]];
      sheet.getRange("A1").formulas = [["=SUM(B1:B3)"]];
    });
    expect(workbook.cell("Sheet1", "A1").formula).toBe("=SUM(B1:B3)");
  });

  it('"+" and "-" text that is not a number is read as a formula too (Excel documents this)', async () => {
    const workbook = await write((sheet) => (sheet.getRange("A1:C1").values = [["-5", "+A2", "-"]]));
    expect(workbook.cell("Sheet1", "A1").value).toBe(-5);
    expect(workbook.cell("Sheet1", "B1").formula).toBe("=+A2");
    expect(workbook.cell("Sheet1", "C1").value).toBe("-");
  });

  it("a leading apostrophe keeps text as text", async () => {
    const workbook = await write((sheet) => (sheet.getRange("A1").values = [["'=1+1"]]));
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ formula: null, value: "=1+1" });
  });
});

describe("contents", () => {
  it("number-like and TRUE/FALSE strings are parsed in General cells, kept in text cells", async () => {
    const workbook = await write((sheet) => {
      sheet.getRange("A2:C2").numberFormat = [["@", "@", "@"]];
      sheet.getRange("A1:C2").values = [
        ["007", "1e3", "true"],
        ["007", "1e3", "true"],
      ];
    });
    expect(["A1", "B1", "C1", "A2", "B2", "C2"].map((a) => workbook.cell("Sheet1", a).value)).toEqual([7, 1000, true, "007", "1e3", "true"]);
  });

  it("null leaves a cell unchanged and \"\" clears it", async () => {
    const { Excel, workbook } = createFakeExcel();
    workbook.setCell("Sheet1", "A1", "keep");
    workbook.setCell("Sheet1", "B1", "drop");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[null, "", "new"]];
      await context.sync();
    });
    expect(workbook.grid("Sheet1")).toEqual([["keep", "", "new"]]);
  });

  it("formulas with nulls write only the formula cells (values then formulas in one batch)", async () => {
    const workbook = await write((sheet) => {
      const range = sheet.getRange("A1:B1");
      range.values = [[10, null]];
      range.formulas = [[null, "=A1*2"]];
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe(10);
    expect(workbook.cell("Sheet1", "B1").formula).toBe("=A1*2");
  });

  it("formulas are never calculated: values read null unless the test provides the result", async () => {
    const { Excel, workbook } = createFakeExcel();
    workbook.setCell("Sheet1", "A1", { formula: "=1+1" });
    const read = () =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values, formulas, text");
        await context.sync();
        return [range.values[0][0], range.formulas[0][0], range.text[0][0]] as unknown[];
      });
    expect(await read()).toEqual([null, "=1+1", ""]);
    workbook.setComputedValue("Sheet1", "A1", 2);
    expect(await read()).toEqual([2, "=1+1", "2"]);
  });

  it("text shows simple number formats", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      range.numberFormat = [["0%", "0.00", "0.0%", "#,##0", "General"]];
      range.values = [[0.256, 2.005, 0.5, 1234567.4, 1 / 3]];
      await context.sync();
    });
    expect(workbook.grid("Sheet1")).toEqual([["26%", "2.01", "50.0%", "1,234,567", "0.3333333333"]]);
  });

  it("empty cells read as \"\" and their number format as General", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values, formulas, numberFormat, valueTypes");
      await context.sync();
      expect([range.values, range.formulas, range.numberFormat, range.valueTypes]).toEqual([[[""]], [[""]], [["General"]], [["Empty"]]]);
    });
  });
});
