/** Range.getMergedAreasOrNullObject: the merged areas meeting a range, whole, or a null object; ExcelApi 1.13. */
import { createFakeExcel } from "../../src/fake-excel";

it("lists the merged areas that meet the range, and is a null object where there are none", async () => {
  const { Excel } = createFakeExcel({ sheets: ["ДК 7.1"] });
  const result = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("ДК 7.1");
    sheet.getRange("A1:E1").merge();
    sheet.getRange("B13:E13").merge();
    sheet.getRange("G20:H21").merge();
    const block = sheet.getRange("A1:E15").getMergedAreasOrNullObject();
    block.load("address, areaCount");
    const none = sheet.getRange("A3:E12").getMergedAreasOrNullObject();
    none.load("address");
    await context.sync();
    return { address: block.address, count: block.areaCount, none: none.isNullObject, noneAddress: none.address };
  });
  expect(result).toEqual({ address: "'ДК 7.1'!A1:E1, 'ДК 7.1'!B13:E13", count: 2, none: true, noneAddress: undefined });
});

it("fails the sync with ApiNotFound before ExcelApi 1.13", async () => {
  const { Excel } = createFakeExcel({ requirements: { ExcelApi: "1.12" } });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});
