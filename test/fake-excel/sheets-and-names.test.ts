/** Worksheets (names, rename, order, activation) and defined names, including how they follow inserted rows. */
import { createFakeExcel } from "../../src/fake-excel";

describe("worksheet names", () => {
  it.each([
    ["a duplicate (case-insensitive)", "sheet1", "ItemAlreadyExists"],
    ["32 characters", "x".repeat(32), "InvalidArgument"],
    ["a colon", "a:b", "InvalidArgument"],
    ["a backslash", "a\\b", "InvalidArgument"],
    ["a slash", "a/b", "InvalidArgument"],
    ["a question mark", "why?", "InvalidArgument"],
    ["an asterisk", "a*", "InvalidArgument"],
    ["brackets", "[x]", "InvalidArgument"],
    ["blank", "   ", "InvalidArgument"],
    ["a leading apostrophe", "'x", "InvalidArgument"],
    ["a trailing apostrophe", "x'", "InvalidArgument"],
    ["the reserved History", "History", "InvalidArgument"],
  ])("add rejects %s", async (_label, name, code) => {
    const { Excel, workbook } = createFakeExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("accepts 31 characters, Cyrillic, spaces and an inner apostrophe; adds at the end without activating", async () => {
    const { Excel, workbook } = createFakeExcel();
    const names = ["ы".repeat(31), "Рейтинг РОИВ (2)", "O'Brien"];
    await Excel.run(async (context) => {
      for (const name of names) context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1", ...names]);
    expect(workbook.activeSheetName()).toBe("Sheet1");
  });

  it("an unnamed sheet gets the next free SheetN", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Sheet1", "Sheet2"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add();
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Sheet3");
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Sheet2", "Sheet3"]);
  });

  it("renaming applies the same rules and keeps the proxy pointing at the sheet", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["A", "B"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.name = "Renamed";
      sheet.getRange("A1").values = [["still here"]];
      await context.sync();
    });
    expect(workbook.cell("Renamed", "A1").value).toBe("still here");
    const clash = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Renamed").name = "b";
      await context.sync();
    });
    await expect(clash).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("addresses quote sheet names that need it", async () => {
    const { Excel } = createFakeExcel({ sheets: ["Plain", "Two words", "Лист1", "A1", "O'Brien"] });
    const addresses = await Excel.run(async (context) => {
      const ranges = ["Plain", "Two words", "Лист1", "A1", "O'Brien"].map((n) => context.workbook.worksheets.getItem(n).getRange("B2:C3").load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Plain!B2:C3", "'Two words'!B2:C3", "Лист1!B2:C3", "'A1'!B2:C3", "'O''Brien'!B2:C3"]);
  });

  it("activate, select, getSelectedRange and getActiveWorksheet", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["One", "Two"] });
    workbook.setSelection("One", "C4");
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("One!C4");
      context.workbook.worksheets.getItem("Two").getRange("B2:B3").select();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Two");
    });
    expect(workbook.selection()).toEqual({ sheet: "Two", address: "B2:B3" });
  });

  it("delete refuses the last visible sheet", async () => {
    const { Excel } = createFakeExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("position, tabColor and the used range", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["A", "B"] });
    workbook.setCell("B", "C3", 1);
    workbook.setCell("B", "E7", 2);
    await Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.position = 0;
      b.tabColor = "#00aa00";
      const used = b.getUsedRange(true).load("address");
      const emptyUsed = context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject();
      const emptyFallback = context.workbook.worksheets.getItem("A").getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("B!C3:E7");
      expect(emptyUsed.isNullObject).toBe(true);
      expect(emptyFallback.address).toBe("A!A1");
    });
    expect(workbook.sheetNames()).toEqual(["B", "A"]);
    expect(workbook.tabColor("B")).toBe("#00AA00");
  });
});

describe("defined names", () => {
  it("sheet-scoped names: add, getItem, getRange, formula; duplicates and bad names rejected", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Оценка"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Оценка");
      sheet.names.add("Score", sheet.getRange("C7:C9"), "the scores");
      sheet.names.add("Rate", "=Оценка!$B$2");
      await context.sync();
      const item = sheet.names.getItem("score").load("name, formula, comment, type, scope");
      const range = item.getRange().load("address");
      const missing = sheet.names.getItemOrNullObject("Nope");
      const all = sheet.names.load("items/name");
      await context.sync();
      expect([item.name, item.formula, item.comment, item.type, item.scope]).toEqual(["Score", "=Оценка!$C$7:$C$9", "the scores", "Range", "Worksheet"]);
      expect(range.address).toBe("Оценка!C7:C9");
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((n) => n.name)).toEqual(["Score", "Rate"]);
    });
    expect(workbook.names("Оценка")).toEqual({ Score: "C7:C9", Rate: "B2" });

    for (const [name, code] of [
      ["Score", "ItemAlreadyExists"],
      ["A1", "InvalidArgument"],
      ["two words", "InvalidArgument"],
      ["1st", "InvalidArgument"],
    ]) {
      const run = Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Оценка");
        sheet.names.add(name, sheet.getRange("A1"));
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code });
    }
  });

  it("workbook names are separate from sheet names", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.names.add("Total", "=Sheet1!$D$10");
      context.workbook.worksheets.getItem("Sheet1").names.add("Total", "=Sheet1!$D$11");
      await context.sync();
    });
    expect(workbook.names()).toEqual({ Total: "Sheet1!D10" });
    expect(workbook.names("Sheet1")).toEqual({ Total: "D11" });
  });

  it("names follow inserted rows, like Excel: shifted below, grown across, unchanged above", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.names.add("Above", sheet.getRange("B2"));
      sheet.names.add("Across", sheet.getRange("B4:B8"));
      sheet.names.add("Below", sheet.getRange("B10:C12"));
      await context.sync();
    });
    workbook.insertRows("Sheet1", 5, 2); // before row 6
    expect(workbook.names("Sheet1")).toEqual({ Above: "B2", Across: "B4:B10", Below: "B12:C14" });
    const formula = await Excel.run(async (context) => {
      const item = context.workbook.worksheets.getItem("Sheet1").names.getItem("Below").load("formula");
      await context.sync();
      return item.formula as string;
    });
    expect(formula).toBe("=Sheet1!$B$12:$C$14");
  });

  it("inserted rows move cells, merges, validations and formula references", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Data", "Summary"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:A3").values = [["head"], [1], [2]];
      sheet.getRange("B3").formulas = [['=SUM(A2:A3)&" A2"']];
      sheet.getRange("C1:D1").merge();
      sheet.getRange("A2:A3").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      context.workbook.worksheets.getItem("Summary").getRange("A1").formulas = [["=Data!A3+LOG10(Data!$A$2)"]];
      await context.sync();
    });
    workbook.insertRows("Data", 1, 1); // before row 2
    expect(workbook.grid("Data").map((row) => row[0])).toEqual(["head", "", "1", "2"]);
    expect(workbook.cell("Data", "B4").formula).toBe('=SUM(A3:A4)&" A2"');
    expect(workbook.cell("Summary", "A1").formula).toBe("=Data!A4+LOG10(Data!$A$3)");
    expect(workbook.merges("Data")).toEqual(["C1:D1"]);
    expect(workbook.cell("Data", "A3").validation?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(workbook.cell("Data", "A2").validation).toBeUndefined(); // inserted above the validated block
  });

  it("inserted rows also move conditional formats, comments, frozen rows and formats (same as above)", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B5").conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=$A$1", operator: "GreaterThan" };
      sheet.comments.add("Sheet1!C6", "check");
      sheet.getRange("A3").numberFormat = [["0%"]];
      sheet.freezePanes.freezeRows(3);
      await context.sync();
    });
    workbook.insertRows("Sheet1", 3, 2); // before row 4
    expect(workbook.conditionalFormats("Sheet1")[0]).toMatchObject({ range: "B2:B7", rule: { formula1: "=$A$1" } });
    expect(workbook.cell("Sheet1", "C8").comment).toBe("check");
    expect(workbook.freeze("Sheet1")).toEqual({ rows: 3, columns: 0 });
    expect(workbook.cell("Sheet1", "A4").numberFormat).toBe("0%");
    workbook.insertRows("Sheet1", 0, 1);
    expect(workbook.freeze("Sheet1")).toEqual({ rows: 4, columns: 0 });
    expect(workbook.conditionalFormats("Sheet1")[0]).toMatchObject({ range: "B3:B8", rule: { formula1: "=$A$2" } });
  });

  it("renaming a sheet keeps names and rewrites references to it", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Data", "Summary"] });
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.names.add("Cell", data.getRange("B2"));
      context.workbook.worksheets.getItem("Summary").getRange("A1").formulas = [["=Data!B2*2"]];
      await context.sync();
    });
    workbook.renameSheet("Data", "Исходные данные");
    expect(workbook.cell("Summary", "A1").formula).toBe("='Исходные данные'!B2*2");
    expect(workbook.names("Исходные данные")).toEqual({ Cell: "B2" });
  });
});
