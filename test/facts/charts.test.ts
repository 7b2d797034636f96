/**
 * The charts of a roadmap with facts: per indicator plan, fact and strategy target by year, and the sector's planned
 * and actual ЦЗ against the region. In the fake Excel as Excel charts over the data block, in the .xlsx as chart parts
 * whose series refer to the same cells, so both update when a value changes.
 */
import JSZip from "jszip";
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { findSector, sectorIndicators, type Sector } from "../../src/core/catalog";
import { parseEdition } from "../../src/core/edition";
import { buildRoadmap } from "../../src/core/roadmap";
import { cellAddress, parseRange } from "../../src/core/sheet-model";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice } from "../../src/fake-excel";
import { writeXlsx } from "../../src/xlsx";

const edition = parseEdition(editionJson);
const sector = findSector("1.2", edition.sectors) as Sector;
const model = buildRoadmap(sector, { edition, facts: true });
const charts = model.charts ?? [];

/** The rows of a chart's data block: categories, then one series per row. */
function seriesRows(data: string): { top: number; bottom: number; left: number; right: number } {
  return parseRange(data);
}

it("has one chart for the sector and one per indicator, each over a block of three series", () => {
  expect(charts).toHaveLength(1 + sectorIndicators(sector).length);
  for (const chart of charts) expect(seriesRows(chart.data).bottom - seriesRows(chart.data).top).toBe(3);
});

it("becomes Excel charts in the fake Excel, series by rows, the names and values from the block", async () => {
  const fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  const sheet = (await writeSheet(model)).sheetName;
  const drawn = fake.workbook.charts(sheet);
  expect(drawn.map((c) => c.title)).toEqual(charts.map((c) => c.title));
  charts.forEach((chart, i) => {
    const block = seriesRows(chart.data);
    expect(drawn[i]).toMatchObject({ type: "Line", seriesBy: "Rows", source: chart.data });
    expect(drawn[i].series.map((s) => s.values)).toEqual([1, 2, 3].map((k) => `${cellAddress(block.top + k, 1)}:${cellAddress(block.top + k, block.right)}`));
    expect(drawn[i].series.map((s) => fake.workbook.cell(sheet, s.name).value)).toEqual(i === 0 ? ["Плановое ЦЗ", "Фактическое ЦЗ", "ЦЗ региона"] : ["План", "Факт", "Цель по стратегии"]);
    expect(drawn[i].position).toEqual(chart.anchor);
  });
  // The block's cells follow the roadmap's rows: the plan series of indicator 1 reads its value row.
  const block = seriesRows(charts[1].data);
  const valueRow = parseRange(model.names.find((n) => n.name === "ЦЗ_Показатель_1")?.range ?? "").top;
  expect(fake.workbook.cell(sheet, cellAddress(block.top + 1, 1)).formula).toBe(`=IF(ISNUMBER(B${valueRow + 1}),B${valueRow + 1},NA())`);
});

it("becomes chart parts in the .xlsx whose series refer to the block's cells", async () => {
  const zip = await JSZip.loadAsync(await writeXlsx([model]));
  const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(parts).toHaveLength(charts.length);
  const second = (await zip.file("xl/charts/chart2.xml")?.async("string")) ?? "";
  const block = seriesRows(charts[1].data);
  expect((second.match(/<c:ser>/g) ?? []).length).toBe(3);
  expect(second).toContain(`$B$${block.top + 2}:$G$${block.top + 2}`);
});
