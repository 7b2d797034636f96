/**
 * «Свод по книге» against the fake Excel: every roadmap sheet of the workbook read in a bounded number of syncs, the
 * «Свод» written as new sheets with an Excel chart; its rows are the rows `cdto summary` gives for the same roadmaps.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { findSector, sectorIndicators, workbookTarget } from "../../src/core/catalog";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { parseRange, type SheetModel } from "../../src/core/sheet-model";
import { excelGateway } from "../../src/excel/gateway";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { makeWorkbookSummary } from "../../src/taskpane/summary-actions";
import { readXlsx, writeXlsx } from "../../src/xlsx";
import { cdto, workDir } from "../support/cli";

let fake: FakeExcel;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  fake.workbook.setCell("Лист1", "A1", "заметки пользователя");
});

/** A roadmap filled as a body would: every value its target times `factor`, every activity filled. */
function filled(code: string, factor: number, name: string): SheetModel {
  const sector = findSector(code);
  if (!sector) throw new Error(code);
  const model = { ...buildRoadmap(sector), name };
  const rowOf = (n: string) => parseRange(model.names.find((x) => x.name === n)?.range ?? "A1").top;
  for (const indicator of sectorIndicators(sector)) {
    ["2021", "2022", "2023", "2024"].forEach((year, y) => {
      const target = workbookTarget(indicator, year);
      const value = target === undefined ? 0 : target === null ? "x" : Math.min(indicator.unit === "%" ? 1 : Infinity, Math.round(target * factor * 10000) / 10000);
      model.cells[rowOf(roadmapNames.value(indicator.number))][1 + y] = { value };
      model.cells[rowOf(roadmapNames.activities(indicator.number))][1 + y] = { value: "Мероприятия по плану" };
    });
  }
  return model;
}

const roadmaps = () => [filled("7.1", 1.1, "Образование"), filled("7.2", 0.9, "Здравоохранение"), filled("7.4", 1.5, "Транспорт")];

it("checks every roadmap sheet in a bounded number of syncs, whatever their number", async () => {
  for (const model of roadmaps()) await writeSheet(model);
  fake.workbook.resetSyncCount();
  const three = await makeWorkbookSummary(excelGateway);
  const fewSyncs = fake.workbook.syncCount;
  expect(three.syncs).toBe(fewSyncs);
  for (const [i, model] of roadmaps().entries()) await writeSheet({ ...model, name: `${model.name} копия ${i}` });
  fake.workbook.resetSyncCount();
  await makeWorkbookSummary(excelGateway);
  expect(fake.workbook.syncCount).toBe(fewSyncs);
  expect(fewSyncs).toBeLessThanOrEqual(5);
  expect(fake.workbook.cell("Лист1", "A1").value).toBe("заметки пользователя");
});

it("writes the «Свод» and «Ниже цели» sheets with a chart of the planned ЦЗ, and the rows cdto summary writes", async () => {
  const dir = join(workDir(), "книга");
  mkdirSync(dir);
  for (const model of roadmaps()) {
    await writeSheet(model);
    writeFileSync(join(dir, `${model.name}.xlsx`), await writeXlsx([model]));
  }
  const outcome = await makeWorkbookSummary(excelGateway);
  expect(outcome.sheetNames).toEqual(["Свод", "Ниже цели"]);
  expect(outcome.message).toMatch(/^Свод записан на лист «Свод» \(ниже цели — на лист «Ниже цели»\): 3 дорожные карты в своде, без дорожной карты 8 отраслей/);
  expect(fake.workbook.activeSheetName()).toBe("Свод");

  // The same roadmaps as files, through the command line.
  expect(cdto(["summary", dir, "--out", join(dir, "..", "svod.xlsx")], dir).code).toBe(1);
  const cli = (await readXlsx(readFileSync(join(dir, "..", "svod.xlsx")))).sheets[0];
  const pane = fake.workbook.grid("Свод");
  const rowsOf = (values: unknown[][]) => values.filter((r) => typeof r[0] === "number" || r[0] === "1" || /^\d+$/.test(String(r[0]))).map((r) => r.slice(1, 3).map(String));
  expect(rowsOf(pane)).toEqual(rowsOf(cli.values));
  // Planned ЦЗ per year: the pane writes the numbers the command line writes.
  const header = cli.values.findIndex((r) => r[0] === "№");
  const first = header + 2;
  for (let r = first; r < first + 3; r++) {
    for (let c = 3; c <= 6; c++) {
      const address = `${"ABCDEFG"[c]}${r + 1}`;
      expect(fake.workbook.cell("Свод", address).value).toBe(cli.values[r][c]);
    }
  }
  const [chart] = fake.workbook.charts("Свод");
  expect(chart).toMatchObject({ type: "Line", title: "Плановое ЦЗ по отраслям и среднее значение по области", seriesBy: "Rows", valueAxisFormat: "0%" });
  expect(chart.series).toHaveLength(4); // the region and the three sectors
  const names = chart.series.map((s) => fake.workbook.cell("Свод", s.name).value);
  expect(names).toEqual(["Среднее значение ЦЗ по области", "7.1 Образование и наука", "7.2 Здравоохранение", "7.4 Транспорт и логистика"]);
  expect(chart.position).not.toBeNull();
});

it("says so when the workbook holds no roadmap, and writes nothing", async () => {
  await expect(makeWorkbookSummary(excelGateway)).rejects.toMatchObject({ message: expect.stringMatching(/^В книге нет листов с дорожной картой/) });
  expect(fake.workbook.sheetNames()).toEqual(["Лист1"]);
});

it("a second «Свод» gets new sheet names and leaves the first one alone", async () => {
  for (const model of roadmaps()) await writeSheet(model);
  await makeWorkbookSummary(excelGateway);
  const again = await makeWorkbookSummary(excelGateway);
  expect(again.sheetNames).toEqual(["Свод (2)", "Ниже цели (2)"]);
});
