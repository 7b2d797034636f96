/** Workbook.settings, Range.getCellProperties / setCellProperties, worksheet ids, and comments read back. */
import { createFakeExcel } from "../../src/fake-excel";

describe("workbook.settings", () => {
  it("add stores JSON in the workbook; values are readable only after the sync", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("config", { rows: [1, 2], title: "Отчёт", nested: { ok: true } });
      settings.add("count", 3);
      const item = settings.getItem("config");
      item.load("key,value");
      const count = settings.getCount();
      expect(() => item.value as unknown).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(item.key).toBe("config");
      expect(item.value).toEqual({ rows: [1, 2], title: "Отчёт", nested: { ok: true } });
      expect(count.value).toBe(2);
    });
    expect(workbook.settingKeys()).toEqual(["config", "count"]);
    expect(workbook.setting("count")).toBe(3);
  });

  it("add replaces an existing key; values round-trip as JSON (Dates revived, undefined members dropped)", async () => {
    const { Excel, workbook } = createFakeExcel();
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    await Excel.run(async (context) => {
      context.workbook.settings.add("k", "old");
      context.workbook.settings.add("k", { when, skip: undefined, list: [when] });
      await context.sync();
    });
    expect(workbook.settingKeys()).toEqual(["k"]);
    const stored = workbook.setting("k") as { when: Date; list: Date[] };
    expect(stored).toEqual({ when, list: [when] });
    expect(stored.when).toBeInstanceOf(Date);
  });

  it("load('items') lists key/value pairs; value writes and delete() change the model", async () => {
    const { Excel, workbook } = createFakeExcel();
    workbook.setSetting("a", 1);
    workbook.setSetting("b", [true, null]);
    const listed = await Excel.run(async (context) => {
      const settings = context.workbook.settings.load("items");
      await context.sync();
      const pairs = settings.items.map((s) => [s.key, s.value] as const);
      settings.getItem("a").value = "one";
      settings.getItem("b").delete();
      await context.sync();
      return pairs;
    });
    expect(listed).toEqual([["a", 1], ["b", [true, null]]]);
    expect(workbook.settingKeys()).toEqual(["a"]);
    expect(workbook.setting("a")).toBe("one");
  });

  it("getItem of a missing key rejects with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const { Excel } = createFakeExcel();
    await expect(
      Excel.run(async (context) => {
        context.workbook.settings.getItem("missing").load("value");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await Excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("missing");
      context.workbook.settings.add("present", "x");
      const present = context.workbook.settings.getItemOrNullObject("present").load("value");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.value).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.value).toBe("x");
    });
  });

  it("rejects undefined values and needs ExcelApi 1.4", async () => {
    const { Excel, workbook } = createFakeExcel();
    await expect(
      Excel.run(async (context) => {
        context.workbook.settings.add("k", undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    workbook.setRequirement("ExcelApi", "1.3");
    await expect(
      Excel.run(async (context) => {
        context.workbook.settings.add("k", 1);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(workbook.settingKeys()).toEqual([]);
  });
});

describe("range.getCellProperties / setCellProperties", () => {
  it("returns one entry per cell with only the requested properties; no fill reads #FFFFFF", async () => {
    const { Excel } = createFakeExcel();
    const value = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.fill.color = "#ffff00";
      sheet.getRange("C2").format.font.bold = true;
      sheet.getRange("C3").format.font.color = "red";
      const result = sheet.getRange("B2:C3").getCellProperties({
        address: true,
        format: { fill: { color: true }, font: { bold: true, color: true, italic: false } },
      });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      return result.value;
    });
    const cell = (address: string, fill: string, bold: boolean, color: string) => ({ address: `Sheet1!${address}`, format: { fill: { color: fill }, font: { bold, color } } });
    expect(value).toEqual([
      [cell("B2", "#FFFF00", false, "#000000"), cell("C2", "#FFFFFF", true, "#000000")],
      [cell("B3", "#FFFFFF", false, "#000000"), cell("C3", "#FFFFFF", false, "#FF0000")],
    ]);
  });

  it("reads the workbook at its point in the batch and refuses unmodelled properties at the call", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = range.getCellProperties({ format: { fill: { color: true } } });
      range.format.fill.color = "#00FF00";
      const after = range.getCellProperties({ addressLocal: true, format: { fill: { color: true } } });
      await context.sync();
      expect(before.value).toEqual([[{ format: { fill: { color: "#FFFFFF" } } }]]);
      expect(after.value).toEqual([[{ addressLocal: "Sheet1!A1", format: { fill: { color: "#00FF00" } } }]]);
      expect(() => range.getCellProperties({ format: { font: { underline: true } } })).toThrow("not implemented in the fake: Range.getCellProperties(format.font.underline)");
    });
  });

  it("setCellProperties formats cell by cell, leaves omitted properties alone, and checks the size", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.format.font.italic = true;
      range.setCellProperties([[{ format: { fill: { color: "#ff0000" }, font: { bold: true } } }, { format: { fill: { color: "blue" } } }]]);
      await context.sync();
    });
    expect(workbook.cell("Sheet1", "A1").format).toMatchObject({ fill: "#FF0000", bold: true, italic: true });
    expect(workbook.cell("Sheet1", "B1").format).toMatchObject({ fill: "#0000FF", bold: false, italic: true });

    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").setCellProperties([[{ format: { fill: { color: "#000000" } } }]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").setCellProperties([[{ format: { fill: { color: "#000000" } } }, { format: { fill: { color: "nope" } } }]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(workbook.cell("Sheet1", "A1").format.fill).toBe("#FF0000"); // nothing applied from the failed call
  });

  it("needs ExcelApi 1.9", async () => {
    const { Excel } = createFakeExcel({ requirements: { ExcelApi: "1.8" } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({ address: true });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("worksheet ids", () => {
  it("are unique, survive a rename, and getItem accepts an id", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Sheet1", "Sheet2"] });
    const ids = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      return sheets.items.map((s) => s.id);
    });
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/^\{[0-9A-F-]{36}\}$/);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet2").name = "Renamed";
      await context.sync();
      const byId = context.workbook.worksheets.getItem(ids[1]).load("id,name");
      const missing = context.workbook.worksheets.getItemOrNullObject("{00000000-0001-0000-FFFF-000000000000}");
      await context.sync();
      expect(byId.name).toBe("Renamed");
      expect(byId.id).toBe(ids[1]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(workbook.sheetId("Renamed")).toBe(ids[1]);
  });
});

describe("comments read back", () => {
  it("items, id, content and getLocation().address load; getItemOrNullObject by id", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.comments.add("Sheet1!B2", "Проверьте");
      await context.sync();
      const comments = context.workbook.comments.load("items/id,items/content");
      await context.sync();
      const [comment] = comments.items;
      expect(comment.content).toBe("Проверьте");
      const location = comment.getLocation().load("address");
      const same = context.workbook.comments.getItemOrNullObject(comment.id).load("content");
      const none = context.workbook.comments.getItemOrNullObject("no-such-id");
      await context.sync();
      expect(location.address).toBe("Sheet1!B2");
      expect(same.isNullObject).toBe(false);
      expect(same.content).toBe("Проверьте");
      expect(none.isNullObject).toBe(true);
    });
  });
});
