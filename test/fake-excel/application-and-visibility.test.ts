/** Application.calculate and very hidden sheets in the fake, as Office.js behaves. */
import { createFakeExcel } from "../../src/fake-excel";

describe("Application.calculate", () => {
  it("records each calculation by type, and refuses an unknown one at the sync", async () => {
    const { Excel, workbook } = createFakeExcel();
    let notified = 0;
    workbook.subscribe(() => notified++);
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      context.workbook.application.calculate("Recalculate");
      await context.sync();
    });
    expect(workbook.calculations).toEqual(["Full", "Recalculate"]);
    expect(notified).toBeGreaterThan(0);
    await expect(
      Excel.run(async (context) => {
        context.workbook.application.calculate("Everything" as Excel.CalculationType);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("a very hidden sheet", () => {
  it("is found by name and listed, counted only among all sheets, and never shown as a tab", async () => {
    const { Excel, workbook } = createFakeExcel({ sheets: ["Лист1"] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Служебный");
      sheet.visibility = Excel.SheetVisibility.veryHidden;
      await context.sync();
    });
    expect(workbook.visibleSheetNames()).toEqual(["Лист1"]);
    expect(workbook.sheetVisibility("Служебный")).toBe("VeryHidden");
    await Excel.run(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject("служебный");
      found.load("name, visibility");
      const all = context.workbook.worksheets.getCount();
      const visible = context.workbook.worksheets.getCount(true);
      await context.sync();
      expect([found.isNullObject, found.name, found.visibility, all.value, visible.value]).toEqual([false, "Служебный", "VeryHidden", 2, 1]);
      expect(() => found.activate()).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(() => workbook.setSheetVisibility("Лист1", "Hidden")).toThrow(/visible/);
  });
});
