/** Range.formulasLocal: written and read like formulas, untranslated (the fake has no locale). */
import { createFakeExcel } from "../../src/fake-excel";

it("writes a local formula as a formula and reads it back as written, size-checked like formulas", async () => {
  const { Excel, workbook } = createFakeExcel();
  const read = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
    range.formulasLocal = [["=CDTO.БАЛЛ(90;5)", "текст"]];
    range.load("formulasLocal, formulas");
    await context.sync();
    return { local: range.formulasLocal, formulas: range.formulas };
  });
  expect(read).toEqual({ local: [["=CDTO.БАЛЛ(90;5)", "текст"]], formulas: [["=CDTO.БАЛЛ(90;5)", "текст"]] });
  expect(workbook.cell("Sheet1", "B2")).toMatchObject({ formula: "=CDTO.БАЛЛ(90;5)", value: null });
  expect(workbook.cell("Sheet1", "C2").value).toBe("текст");

  const tooBig = Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulasLocal = [["=1", "=2"]];
    await context.sync();
  });
  await expect(tooBig).rejects.toMatchObject({ code: "InvalidArgument" });
});

it("a property not loaded is not readable", async () => {
  const { Excel } = createFakeExcel();
  await expect(
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("formulas");
      await context.sync();
      return range.formulasLocal;
    }),
  ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
});
