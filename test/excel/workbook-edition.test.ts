/**
 * The pane's actions against the fake Excel with the Приозёрная edition stored in the workbook: read at the start (the
 * functions told), a change stored and recalculated, the check and the «Свод» by the workbook's edition.
 */
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { EDITION_SHEET, builtInEdition, parseEdition, storedEditionCells } from "../../src/core/edition";
import { buildRoadmap } from "../../src/core/roadmap";
import { excelGateway } from "../../src/excel/gateway";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { checkActiveSheet } from "../../src/taskpane/check-actions";
import { makeWorkbookSummary } from "../../src/taskpane/summary-actions";
import { changeWorkbookEdition, readWorkbookEdition } from "../../src/taskpane/workbook-edition";
import { modelGrid, valueAddress } from "../roadmap/grid";

const priozernaya = parseEdition(editionJson);
let fake: FakeExcel;

beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  fake.workbook.setCell("Лист1", "A1", "заметки пользователя");
});

function storePriozernaya() {
  fake.workbook.addSheet(EDITION_SHEET);
  storedEditionCells(priozernaya).forEach((row, i) => fake.workbook.setCell(EDITION_SHEET, `A${i + 1}`, row[0]));
  fake.workbook.setSheetVisibility(EDITION_SHEET, "VeryHidden");
}

function sector(code: string) {
  const found = findSector(code, priozernaya.sectors);
  if (!found) throw new Error(code);
  return found;
}

/** A 1.1 roadmap of the edition written as the pane writes it, every value on its target. */
async function writtenRoadmap(code = "1.1") {
  const model = buildRoadmap(sector(code), { edition: priozernaya });
  const { sheetName } = await writeSheet(model);
  for (const indicator of sectorIndicators(sector(code))) {
    for (const [year, printed] of Object.entries(indicator.targets)) {
      if (typeof printed !== "number") continue;
      fake.workbook.setCell(sheetName, valueAddress(model, indicator.number, year), indicator.unit === "%" ? printed / 100 : printed);
      fake.workbook.setCell(sheetName, valueAddress(model, indicator.number, year, "activities"), "Мероприятия по плану");
    }
  }
  return { model, sheetName };
}

it("reads the stored edition at the start, in two syncs", async () => {
  storePriozernaya();
  fake.workbook.resetSyncCount();
  await expect(readWorkbookEdition(excelGateway)).resolves.toEqual({ edition: priozernaya, status: "ready" });
  expect(fake.workbook.syncCount).toBe(2);
});

it("says a damaged edition is unreadable, shows the built-in one meanwhile", async () => {
  fake.workbook.addSheet(EDITION_SHEET);
  ["служебный", "cdto-edition/1", "priozernaya-2025", '{"id": "priozernaya-2025", "regi'].forEach((v, i) => fake.workbook.setCell(EDITION_SHEET, `A${i + 1}`, v));
  fake.workbook.setSheetVisibility(EDITION_SHEET, "VeryHidden");
  const state = await readWorkbookEdition(excelGateway);
  expect(state).toMatchObject({ status: "unreadable", edition: builtInEdition, problem: expect.stringMatching(/повреждено/) });
});

it("keeps a change in the workbook and recalculates, in three syncs", async () => {
  fake.workbook.resetSyncCount();
  const { state, message } = await changeWorkbookEdition(excelGateway, priozernaya);
  expect(state).toEqual({ edition: priozernaya, status: "ready" });
  expect(message).toBe("Редакция «Приозёрная область, 15.03.2025» сохранена в книге; формулы пересчитаны.");
  expect(fake.workbook.syncCount).toBe(3);
  expect(fake.workbook.calculations).toEqual(["Full"]);
  expect(fake.workbook.visibleSheetNames()).toEqual(["Лист1"]);
});

it("checks a roadmap against the workbook's edition, in three syncs", async () => {
  storePriozernaya();
  const { model, sheetName } = await writtenRoadmap();
  const cell = valueAddress(model, 1, "2027"); // a %-indicator whose 2027 target is 80 %
  fake.workbook.setCell(sheetName, cell, 0.6);
  fake.workbook.resetSyncCount();
  const outcome = await checkActiveSheet(excelGateway, priozernaya);
  expect(fake.workbook.syncCount).toBe(3);
  const below = outcome.findings.filter((f) => f.code === "target-missed");
  expect(below.map((f) => [f.address, f.year, f.expected])).toEqual([[cell, "2027", "80 %"]]);
  expect(below[0].message).toMatch(/80 %/);
  expect(fake.workbook.cell(sheetName, cell).comment).toMatch(/80 %/);
});

it("makes the «Свод» of the workbook's edition: its years, its regional line, the hidden sheet left out", async () => {
  storePriozernaya();
  await writtenRoadmap("1.1");
  await writtenRoadmap("1.2");
  fake.workbook.resetSyncCount();
  const outcome = await makeWorkbookSummary(excelGateway, { edition: priozernaya });
  expect(fake.workbook.syncCount).toBe(outcome.syncs);
  expect(outcome.syncs).toBeLessThanOrEqual(5);
  expect(outcome.message).toMatch(/2 дорожные карты в своде, без дорожной карты 1 отрасль/);
  const grid = fake.workbook.grid("Свод");
  const header = grid.find((row) => row.includes("2025"));
  expect(header).toEqual(expect.arrayContaining(["2025", "2026", "2027", "2028", "2029", "2030"]));
  expect(grid.flat().join(" ")).not.toMatch(/2021|Смоленск/);
  expect(fake.workbook.sheetVisibility(EDITION_SHEET)).toBe("VeryHidden");
});

it("still reads a roadmap made with the built-in edition in a workbook of another", async () => {
  storePriozernaya();
  const smolensk = findSector("7.1");
  if (!smolensk) throw new Error("7.1");
  const model = buildRoadmap(smolensk);
  const { sheetName } = await writeSheet(model);
  expect(modelGrid(model).values.length).toBeGreaterThan(0);
  const outcome = await checkActiveSheet(excelGateway, priozernaya);
  expect(outcome.sheetName).toBe(sheetName);
  expect(outcome.sectorName).toBe("Образование и наука");
});
