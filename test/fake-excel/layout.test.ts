/** Formats, borders, merges, validation, conditional formats, panes, print set-up, comments, notes, Office. */
import { createFakeExcel, installFakeOffice } from "../../src/fake-excel";

/** Runs `setup` on Sheet1 in one batch; `xl` is the fake's Excel namespace (its enums). */
async function onSheet(setup: (sheet: Excel.Worksheet, xl: typeof Excel) => void, options = {}) {
  const fake = createFakeExcel(options);
  await fake.Excel.run(async (context) => {
    setup(context.workbook.worksheets.getItem("Sheet1"), fake.Excel);
    await context.sync();
  });
  return fake;
}

describe("formats", () => {
  it("font, fill, alignment, wrap, widths and heights; mixed values read as null", async () => {
    const { Excel, workbook } = await onSheet((sheet) => {
      const head = sheet.getRange("A1:C1");
      head.format.font.bold = true;
      head.format.font.color = "#ff0000";
      head.format.font.size = 14;
      head.format.fill.color = "#FFF2CC";
      head.format.wrapText = true;
      head.format.horizontalAlignment = "Center";
      head.format.verticalAlignment = "Top";
      sheet.getRange("B1").format.columnWidth = 120;
      sheet.getRange("A2").format.rowHeight = 30;
      sheet.getRange("C1").format.fill.clear();
    });
    expect(workbook.cell("Sheet1", "A1").format).toMatchObject({
      bold: true,
      fontColor: "#FF0000",
      size: 14,
      fill: "#FFF2CC",
      wrap: true,
      horizontal: "Center",
      vertical: "Top",
    });
    expect(workbook.cell("Sheet1", "C1").format.fill).toBeNull();
    expect([workbook.columnWidth("Sheet1", 1), workbook.columnWidth("Sheet1", 0), workbook.rowHeight("Sheet1", 1)]).toEqual([120, 48, 30]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const row = sheet.getRange("A1:C1").load("format/font/bold, format/fill/color, format/columnWidth");
      const mixed = sheet.getRange("A1:A2").load("format/font/bold");
      await context.sync();
      expect([row.format.font.bold, row.format.fill.color, row.format.columnWidth]).toEqual([true, null, null]);
      expect(mixed.format.font.bold).toBeNull();
    });
  });

  it("bad format values fail the sync", async () => {
    for (const setup of [
      (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "not a colour"),
      (s: Excel.Worksheet) => (s.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (s: Excel.Worksheet) => (s.getRange("A1").format.rowHeight = 500),
    ]) {
      await expect(onSheet(setup)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("borders: edges and inside lines land on the right cell sides", async () => {
    const { Excel, workbook } = await onSheet((sheet, xl) => {
      const borders = sheet.getRange("A1:B2").format.borders;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        borders.getItem(edge).style = "Continuous";
      }
      sheet.getRange("D1").format.borders.getItem(xl.BorderIndex.edgeBottom).color = "#0000FF";
    });
    for (const address of ["A1", "B1", "A2", "B2"]) {
      const b = workbook.cell("Sheet1", address).format.borders;
      expect([b.top?.style, b.bottom?.style, b.left?.style, b.right?.style]).toEqual(["Continuous", "Continuous", "Continuous", "Continuous"]);
    }
    expect(workbook.cell("Sheet1", "D1").format.borders.bottom).toEqual({ style: "Continuous", color: "#0000FF", weight: "Thin" });
    expect(workbook.cell("Sheet1", "C1").format.borders).toEqual({});
    await Excel.run(async (context) => {
      const inside = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").format.borders.getItem("InsideHorizontal").load("style");
      await context.sync();
      expect(inside.style).toBe("Continuous");
    });
  });

  it("merge keeps the upper-left value; across merges row by row; unmerge; partial overlap conflicts", async () => {
    const { Excel, workbook } = await onSheet((sheet) => {
      sheet.getRange("A1:B1").values = [["keep", "lost"]];
      sheet.getRange("A1:B1").merge();
      sheet.getRange("D1:E2").merge(true);
      sheet.getRange("G1:H1").merge();
      sheet.getRange("G1").unmerge();
    });
    expect(workbook.merges("Sheet1")).toEqual(["A1:B1", "D1:E1", "D2:E2"]);
    expect([workbook.cell("Sheet1", "A1").value, workbook.cell("Sheet1", "B1").value]).toEqual(["keep", null]);
    expect(workbook.cell("Sheet1", "B1").merge).toBe("A1:B1");
    const conflict = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").merge();
      await context.sync();
    });
    await expect(conflict).rejects.toMatchObject({ code: "MergedRangeConflict" });
  });

  it("clear(Formats) resets formats and unmerges; clear(Contents) keeps them", async () => {
    const { workbook } = await onSheet((sheet, xl) => {
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1:B1").merge();
      sheet.getRange("C1").values = [[3]];
      sheet.getRange("C1").format.font.italic = true;
      sheet.getRange("A1:B1").clear("Formats");
      sheet.getRange("C1").clear(xl.ClearApplyTo.contents);
    });
    expect(workbook.cell("Sheet1", "A1")).toMatchObject({ value: 1, format: { bold: false } });
    expect(workbook.merges("Sheet1")).toEqual([]);
    expect(workbook.cell("Sheet1", "C1")).toMatchObject({ value: null, format: { italic: true } });
  });
});

describe("data validation", () => {
  it("stores rule, prompt and alert per cell and reads them back", async () => {
    const { Excel, workbook } = await onSheet((sheet, xl) => {
      const dv = sheet.getRange("B2:B4").dataValidation;
      dv.rule = { decimal: { formula1: 0, formula2: 1, operator: xl.DataValidationOperator.between } };
      dv.prompt = { showPrompt: true, title: "Доля", message: "От 0 до 1" };
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Ошибка", message: "Нужна доля" };
      sheet.getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: "да,нет" } };
    });
    expect(workbook.cell("Sheet1", "B3").validation).toEqual({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      prompt: { showPrompt: true, title: "Доля", message: "От 0 до 1" },
      errorAlert: { showAlert: true, style: "Stop", title: "Ошибка", message: "Нужна доля" },
      ignoreBlanks: true,
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const list = sheet.getRange("C2").dataValidation.load("rule, type");
      const mixed = sheet.getRange("B2:C2").dataValidation.load("type");
      sheet.getRange("B4").dataValidation.clear();
      await context.sync();
      expect([list.rule.list?.source, list.type, mixed.type]).toEqual(["да,нет", "List", "Inconsistent"]);
    });
    expect(workbook.cell("Sheet1", "B4").validation).toBeUndefined();
  });

  it("rejects malformed rules and over-long texts", async () => {
    const bad: ((dv: Excel.DataValidation) => void)[] = [
      (dv) => (dv.rule = { decimal: { formula1: 0, operator: "Between" } }), // Between needs formula2
      (dv) => (dv.rule = { decimal: { formula1: 0, operator: "GreaterThan" }, wholeNumber: { formula1: 0, operator: "GreaterThan" } }),
      (dv) => (dv.rule = { list: { inCellDropDown: true, source: "x,".repeat(200) } }),
      (dv) => (dv.prompt = { showPrompt: true, title: "t".repeat(33), message: "" }),
      (dv) => (dv.errorAlert = { showAlert: true, style: "Stop", title: "", message: "m".repeat(256) }),
    ];
    for (const setup of bad) await expect(onSheet((sheet) => setup(sheet.getRange("A1").dataValidation))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("conditional formats", () => {
  it("CellValue rules with fill and font colour; newest first; count and clearAll", async () => {
    const { Excel, workbook } = await onSheet((sheet, xl) => {
      const range = sheet.getRange("C3:C10");
      const low = range.conditionalFormats.add(xl.ConditionalFormatType.cellValue);
      low.cellValue.format.fill.color = "#F8CBAD";
      low.cellValue.rule = { formula1: "0.5", operator: "LessThan" };
      const high = range.conditionalFormats.add("CellValue");
      high.cellValue.format.fill.color = "#C6EFCE";
      high.cellValue.format.font.color = "#006100";
      high.cellValue.rule = { formula1: "0.5", formula2: "1", operator: "Between" };
    });
    expect(workbook.conditionalFormats("Sheet1")).toMatchObject([
      { range: "C3:C10", type: "CellValue", priority: 0, fill: "#C6EFCE", fontColor: "#006100", rule: { formula1: "0.5", formula2: "1", operator: "Between" } },
      { range: "C3:C10", type: "CellValue", priority: 1, fill: "#F8CBAD", fontColor: null, rule: { formula1: "0.5", operator: "LessThan" } },
    ]);
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("C5").conditionalFormats;
      const count = formats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
      formats.clearAll();
      await context.sync();
    });
    expect(workbook.conditionalFormats("Sheet1")).toEqual([]);
  });

  it("an invalid operator fails the sync; other rule types are not modelled", async () => {
    await expect(
      onSheet((sheet) => {
        sheet.getRange("A1").conditionalFormats.add("CellValue").cellValue.rule = { formula1: "1", operator: "Bigger" as Excel.ConditionalCellValueOperator };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(onSheet((sheet) => sheet.getRange("A1").conditionalFormats.add("DataBar"))).rejects.toThrow("not implemented in the fake");
  });
});

describe("panes and printing", () => {
  it("freezeRows, freezeAt and getLocationOrNullObject", async () => {
    const { Excel, workbook } = await onSheet((sheet) => sheet.freezePanes.freezeAt("A1:B3"));
    expect(workbook.freeze("Sheet1")).toEqual({ rows: 3, columns: 2 });
    await Excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const location = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(location.address).toBe("Sheet1!A1:B3");
      panes.freezeRows(2);
      await context.sync();
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  it("orientation, fit to one page wide, print title rows", async () => {
    const { workbook } = await onSheet((sheet, xl) => {
      sheet.pageLayout.orientation = xl.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$2");
    });
    expect(workbook.pageLayout("Sheet1")).toEqual({ orientation: "Landscape", paperSize: "Letter", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "1:2" });
  });

  it("an API above the host's ExcelApi level fails with ApiNotFound", async () => {
    await expect(onSheet((sheet) => (sheet.pageLayout.orientation = "Landscape"), { requirements: { ExcelApi: "1.8" } })).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});

describe("comments and notes", () => {
  it("comments need a sheet-qualified address; one thread per cell; getLocation", async () => {
    const { Excel, workbook } = await onSheet((sheet) => {
      sheet.comments.add("Sheet1!B2", "Проверьте значение");
    });
    expect(workbook.cell("Sheet1", "B2").comment).toBe("Проверьте значение");
    await Excel.run(async (context) => {
      const comments = context.workbook.worksheets.getItem("Sheet1").comments.load("items/content");
      await context.sync();
      const location = comments.items[0].getLocation().load("address");
      await context.sync();
      expect([comments.items[0].content, location.address]).toEqual(["Проверьте значение", "Sheet1!B2"]);
    });
    await expect(onSheet((sheet) => sheet.comments.add("B2", "x"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(onSheet((sheet) => sheet.comments.add("Sheet1!B2:B3", "x"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("notes exist from ExcelApi 1.18: refused by the default 1.17 host, stored when the host has them", async () => {
    await expect(onSheet((sheet) => sheet.notes.add("A1", "hint"))).rejects.toMatchObject({ code: "ApiNotFound" });
    const { workbook } = await onSheet((sheet) => sheet.notes.add("A1", "hint"), { requirements: { ExcelApi: "1.18" } });
    expect(workbook.cell("Sheet1", "A1").note).toBe("hint");
  });
});

describe("Office host", () => {
  it("onReady, HostType and configurable requirement sets", async () => {
    const { Office, workbook } = createFakeExcel();
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(info.host).toBe(Office.HostType.Excel);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    workbook.setRequirement("ExcelApi", "1.8");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("installFakeOffice sets the globals the add-in code uses", async () => {
    const target: Record<string, unknown> = {};
    const fake = installFakeOffice(target, { sheets: ["Data"] });
    const excel = target.Excel as typeof Excel;
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Data"]);
    expect(target.Office).toBe(fake.Office);
    const again = installFakeOffice({}, fake);
    expect(again).toBe(fake);
  });
});

describe("Worksheet.autoFilter", () => {
  it("applies filter buttons to a range at sync and removes them", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.autoFilter.apply(sheet.getRange("A1:C10"));
      expect(fake.workbook.autoFilter("Sheet1")).toBeNull();
      await context.sync();
    });
    expect(fake.workbook.autoFilter("Sheet1")).toBe("A1:C10");
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").autoFilter.remove();
      await context.sync();
    });
    expect(fake.workbook.autoFilter("Sheet1")).toBeNull();
  });
});
