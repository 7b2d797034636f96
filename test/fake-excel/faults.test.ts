/** Injected sync failures: the chosen round trip applies some of its actions, then rejects; the rest never runs. */
import { createFakeExcel } from "../../src/fake-excel";

async function writeTwoSyncs(Excel: typeof globalThis.Excel): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2").values = [[2]];
    await context.sync();
    sheet.getRange("A3").values = [[3]];
    await context.sync();
  });
}

it("fails the chosen round trip after the chosen number of its actions, keeping what ran", async () => {
  const { Excel, workbook } = createFakeExcel();
  workbook.failSync({ sync: 1, afterActions: 1, code: "GeneralException" });
  await expect(writeTwoSyncs(Excel)).rejects.toMatchObject({ code: "GeneralException", name: "RichApi.Error" });
  expect([workbook.cell("Sheet1", "A1").value, workbook.cell("Sheet1", "A2").value, workbook.cell("Sheet1", "A3").value]).toEqual([1, null, null]);
  expect(workbook.failurePending).toBe(false);
});

it("counts only round trips that carry work, and fails after all actions when asked for more than there are", async () => {
  const { Excel, workbook } = createFakeExcel();
  workbook.failSync({ sync: 2, afterActions: 99 });
  await expect(
    Excel.run(async (context) => {
      await context.sync(); // nothing queued: not a round trip
      await writeTwoSyncs(Excel);
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(workbook.cell("Sheet1", "A3").value).toBe(3);
});

it("reports a white fill as a solid pattern and no fill as none", async () => {
  const { Excel } = createFakeExcel();
  const props = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.fill.color = "#FFFFFF";
    const read = sheet.getRange("A1:B1").getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await context.sync();
    return read.value[0].map((c) => c.format?.fill);
  });
  expect(props).toEqual([
    { color: "#FFFFFF", pattern: "Solid" },
    { color: "#FFFFFF", pattern: "None" },
  ]);
});
