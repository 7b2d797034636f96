/** Worksheet.charts in the fake: added over a block, series by rows or columns, placed, titled, moved with rows. */
import { createFakeExcel } from "../../src/fake-excel";

async function chartOn(setup: (sheet: Excel.Worksheet) => void, requirements?: Record<string, string>) {
  const fake = createFakeExcel(requirements ? { requirements } : {});
  await fake.Excel.run(async (context) => {
    setup(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });
  return fake;
}

it("takes its series from the block by rows: categories in the first row, names in the first column", async () => {
  const { workbook } = await chartOn((sheet) => {
    const chart = sheet.charts.add("Line", sheet.getRange("B10:F13"), "Rows");
    chart.title.text = "Плановое ЦЗ";
    chart.setPosition("H10", "N30");
    chart.axes.valueAxis.numberFormat = "0%";
  });
  expect(workbook.charts("Sheet1")).toEqual([
    {
      name: "Диаграмма 1",
      type: "Line",
      title: "Плановое ЦЗ",
      source: "B10:F13",
      seriesBy: "Rows",
      position: { from: "H10", to: "N30" },
      valueAxisFormat: "0%",
      series: [
        { name: "B11", values: "C11:F11", categories: "C10:F10" },
        { name: "B12", values: "C12:F12", categories: "C10:F10" },
        { name: "B13", values: "C13:F13", categories: "C10:F10" },
      ],
    },
  ]);
});

it("by columns, and Auto along the longer side, as Excel does", async () => {
  const { workbook } = await chartOn((sheet) => {
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:C5"), "Columns");
    sheet.charts.add("Line", sheet.getRange("A1:F3"));
  });
  const [byColumns, auto] = workbook.charts("Sheet1");
  expect(byColumns.series.map((s) => s.values)).toEqual(["B2:B5", "C2:C5"]);
  expect(auto.seriesBy).toBe("Rows");
});

it("follows inserted rows, and refuses what it does not model", async () => {
  const fake = await chartOn((sheet) => sheet.charts.add("Line", sheet.getRange("B10:F13"), "Rows").setPosition("H10", "N30"));
  fake.workbook.insertRows("Sheet1", 2, 3);
  expect(fake.workbook.charts("Sheet1")[0]).toMatchObject({ source: "B13:F16", position: { from: "H13", to: "N33" } });
  await expect(chartOn((sheet) => sheet.charts.add("Radar3D" as Excel.ChartType, sheet.getRange("A1:B2")))).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(chartOn((sheet) => void (sheet.charts.add("Line", sheet.getRange("A1:B2")) as unknown as { legend: unknown }).legend)).rejects.toThrow(/not implemented in the fake: Chart\.legend/);
  await expect(chartOn((sheet) => (sheet.charts.add("Line", sheet.getRange("A1:B2")).axes.valueAxis.numberFormat = "0%"), { ExcelApi: "1.7" })).rejects.toMatchObject({ code: "ApiNotFound" });
});
