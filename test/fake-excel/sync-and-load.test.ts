/** The batch model of Office.js: queued writes, load + sync, Excel.run, sync counting. */
import { createFakeExcel, FakeOfficeError } from "../../src/fake-excel";

describe("writes reach the workbook only at sync", () => {
  it("a queued write is invisible until context.sync()", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      expect(workbook.cell("Sheet1", "A1").value).toBeNull();
      await context.sync();
      expect(workbook.cell("Sheet1", "A1").value).toBe(42);
    });
  });

  it("writes apply in the order they were queued", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["first"]];
      range.values = [["second"]];
      await context.sync();
    });
    expect(workbook.cell("Sheet1", "A1").value).toBe("second");
  });

  it("Excel.run syncs what is still queued when the batch resolves, as Office.js does", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["late"]];
      await Promise.resolve();
    });
    expect(workbook.cell("Sheet1", "B2").value).toBe("late");
    expect(workbook.syncCount).toBe(1); // the implicit end-of-run sync carried work
  });

  it("a batch that throws before syncing changes nothing", async () => {
    const { Excel, workbook } = createFakeExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
      context.workbook.worksheets.add("Never");
      await Promise.resolve(); // the user cancels a dialog: no sync
      throw new Error("user cancelled");
    });
    await expect(run).rejects.toThrow("user cancelled");
    expect(workbook.cell("Sheet1", "A1").value).toBeNull();
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("Excel.run resolves with the batch's result", async () => {
    const { Excel } = createFakeExcel();
    const result = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(result).toEqual(["Sheet1"]);
  });

  it("a batch must return a promise", async () => {
    const { Excel } = createFakeExcel();
    const notAsync = (() => 1) as unknown as (context: Excel.RequestContext) => Promise<number>;
    await expect(Excel.run(notAsync)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("a failing action stops the batch; earlier actions stay applied (Excel batches are not transactions)", async () => {
    const { Excel, workbook } = createFakeExcel();
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B2").values = [["too", "many", "values"]];
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(workbook.cell("Sheet1", "A1").value).toBe("before");
    expect(workbook.cell("Sheet1", "A3").value).toBeNull();
  });

  it("objects of a finished run can be read but not used", async () => {
    const { Excel } = createFakeExcel();
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("address");
      await context.sync();
      return r;
    });
    expect(range.address).toBe("Sheet1!A1");
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }) as Error);
  });
});

describe("load and PropertyNotLoaded", () => {
  it("reading a property that was not loaded throws PropertyNotLoaded naming it", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/'values' is not available/);
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await context.sync();
      expect(range.address).toBe("Sheet1!A1");
      expect(() => range.values).toThrow(FakeOfficeError);
    });
  });

  it("a written property reads back locally before sync, like Office.js", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[7]];
      expect(range.values).toEqual([[7]]);
      await context.sync();
    });
  });

  it("loads see the workbook as it is at that point of the batch", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      range.values = [["x"]];
      const after = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([["x"]]);
    });
  });

  it("accepts the string, array, object and select/expand forms and child paths", async () => {
    const { Excel, workbook } = createFakeExcel();
    workbook.setCell("Sheet1", "B2", 5);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2").load("values, rowIndex");
      const b = sheet.getRange("B2").load(["columnIndex", "format/font/bold"]);
      const c = sheet.getRange("B2").load({ address: true, format: { fill: { color: true } } });
      const d = sheet.getRange("B2").load({ select: "rowCount", expand: "format/font" });
      const e = sheet.getRange("B2:C3").load();
      await context.sync();
      expect([a.values, a.rowIndex]).toEqual([[[5]], 1]);
      expect([b.columnIndex, b.format.font.bold]).toEqual([1, false]);
      expect([c.address, c.format.fill.color]).toEqual(["Sheet1!B2", "#FFFFFF"]);
      expect([d.rowCount, d.format.font.size]).toEqual([1, 11]);
      expect(e.values).toEqual([
        [5, ""],
        ["", ""],
      ]);
    });
  });

  it('collections load "items/name"; items is unavailable before', async () => {
    const { Excel } = createFakeExcel({ sheets: ["One", "Two"] });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["One", "Two"]);
      expect(() => sheets.items[0].position).toThrow(/'position'/);
    });
  });

  it("getItemOrNullObject reports isNullObject after the sync", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names are case-insensitive
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const { Excel } = createFakeExcel();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  it("getCount gives a ClientResult readable after sync", async () => {
    const { Excel } = createFakeExcel({ sheets: ["A", "B", "C"] });
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }) as Error);
      await context.sync();
      expect(count.value).toBe(3);
    });
  });
});

describe("what the fake does not model says so", () => {
  it("an unmodelled member throws 'not implemented in the fake: <name>'", async () => {
    const { Excel } = createFakeExcel();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.getSpillingToRange()).toThrow("not implemented in the fake: Range.getSpillingToRange");
      expect(() => {
        range.format.indentLevel = 2;
      }).toThrow("not implemented in the fake: RangeFormat.indentLevel");
      expect(() => range.load("hidden")).toThrow("not implemented in the fake: Range.hidden");
      expect(() => Excel.createWorkbook).toThrow("not implemented in the fake: Excel.createWorkbook");
      await context.sync();
    });
  });
});

describe("sync counting", () => {
  it("counts every context.sync() and Excel.run, and resets", async () => {
    const { Excel, workbook } = createFakeExcel();
    await Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
      context.workbook.worksheets.add("New");
      await context.sync();
      await context.sync(); // an empty sync still counts as a call
    });
    expect(workbook.syncCount).toBe(3);
    expect(workbook.roundTripCount).toBe(2);
    expect(workbook.runCount).toBe(1);
    workbook.resetSyncCount();
    expect([workbook.syncCount, workbook.runCount, workbook.lastPayloadBytes]).toEqual([0, 0, 0]);
  });

  it("notifies subscribers after each sync", async () => {
    const { Excel, workbook } = createFakeExcel();
    const seen: unknown[] = [];
    const stop = workbook.subscribe(() => seen.push(workbook.cell("Sheet1", "A1").value));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
      await context.sync();
    });
    stop();
    workbook.setCell("Sheet1", "A1", 3);
    expect(seen).toEqual([1, 2]);
  });

  it("measures each sync's write payload and refuses one above Excel on the web's 5 MB", async () => {
    const { Excel, workbook } = createFakeExcel();
    const big = Array.from({ length: 1000 }, () => ["x".repeat(6000)]); // about 6 MB
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A500").values = big.slice(0, 500);
      await context.sync();
      sheet.getRange("A501:A1000").values = big.slice(500);
      await context.sync();
    });
    expect(workbook.lastPayloadBytes).toBeGreaterThan(3_000_000);
    expect(workbook.lastPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    expect(workbook.payloadSizes).toHaveLength(2);

    const tooBig = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:B1000").values = big;
      await context.sync();
    });
    await expect(tooBig).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(workbook.cell("Sheet1", "B1").value).toBeNull();
  });
});
