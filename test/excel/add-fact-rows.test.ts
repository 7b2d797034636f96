/**
 * «Добавить строки факта» through the fake Excel, on a generated and on a hand-filled roadmap: whole rows inserted,
 * every original value and formula still there (moved down with its row), our names still resolving, the new rows
 * read back as facts, in three syncs; a second click adds nothing.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { findSector } from "../../src/core/catalog";
import { builtInEdition } from "../../src/core/edition";
import { planFactRows } from "../../src/core/roadmap/add-facts";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { checkRoadmap, type RoadmapGrid } from "../../src/core/roadmap/check";
import { parseRange } from "../../src/core/sheet-model";
import { addFactRows } from "../../src/excel/add-fact-rows";
import { readActiveSheet } from "../../src/excel/check-sheet";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { putOnSheet } from "../support/fixture-sheet";

let fake: FakeExcel;

beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
});

const planner = (grid: RoadmapGrid) => {
  const { roadmap } = checkRoadmap(grid, { editions: [builtInEdition] });
  return roadmap ? planFactRows(roadmap) : "Дорожная карта не найдена";
};

/** Displayed text of each row, and formulas where a cell has one. */
function contents(sheet: string): string[][] {
  const formulas = new Map(fake.workbook.formulaCells(sheet).map((f) => [f.address, f.formula]));
  return fake.workbook.grid(sheet).map((row, r) => row.map((text, c) => formulas.get(`${String.fromCharCode(65 + c)}${r + 1}`) ?? text));
}

/** Rows were inserted, never written over: every non-empty original row is a row of the new sheet, in the same order. */
function expectRowsInOrder(before: string[][], after: string[][], sameFormulas = true): void {
  const shown = (row: string[]) => JSON.stringify(row.map((c) => (!sameFormulas && c.startsWith("=") ? "=" : c)).filter((c, i, all) => c !== "" || all.slice(i).some((x) => x !== "")));
  const wanted = before.filter((row) => row.some((c) => c !== "")).map(shown);
  const rows = after.map(shown);
  let at = 0;
  for (const row of wanted) {
    while (at < rows.length && rows[at] !== row) at++;
    expect({ row, found: at < rows.length }).toEqual({ row, found: true });
    at++;
  }
}

const local = (range: string) => range.replace(/^.*!/, "").replace(/\$/g, "");

it("adds fact rows to a generated roadmap: nothing of the user moves out of its row or changes, names follow", async () => {
  const sector = findSector("7.10");
  if (!sector) throw new Error("7.10");
  const sheet = (await writeSheet(buildRoadmap(sector))).sheetName;
  fake.workbook.setCell(sheet, "C8", 0.15);
  fake.workbook.setCell(sheet, "E10", "обучение");
  const before = contents(sheet);
  const namesBefore = fake.workbook.names(sheet);
  fake.workbook.resetSyncCount();

  const result = await addFactRows(planner);
  expect(result.syncs).toBe(3);
  expect(fake.workbook.syncCount).toBe(3);
  expect(result.indicators).toBeGreaterThan(0);

  const after = contents(sheet);
  const namesAfter = fake.workbook.names(sheet);
  // Formulas refer to moved rows, so they are compared by place only; the values by text.
  expectRowsInOrder(before, after, false);
  for (const name of Object.keys(namesBefore)) expect(namesAfter[name]).toBeDefined();
  // The user's value moved with its row, and the name still points at it.
  const value1 = parseRange(local(namesAfter[roadmapNames.value(1)])).top;
  expect(after[value1][2]).toBe(before[7][2]);
  expect(before[7][2]).not.toBe("");
  // The planned ЦЗ formula still averages the value rows where they now are.
  const plannedRow = parseRange(local(namesAfter[roadmapNames.planned])).top;
  const valueRows = Object.entries(namesAfter).filter(([n]) => n.startsWith("ЦЗ_Показатель_")).map(([, r]) => parseRange(local(r)).top + 1);
  const plannedFormula = after[plannedRow][1];
  for (const row of valueRows) expect(plannedFormula).toContain(`B${row}`);

  // Read back: every indicator has its fact row; the thresholds and the actual ЦЗ are named.
  const read = await readActiveSheet();
  const { roadmap } = checkRoadmap(read.grid, { editions: [builtInEdition] });
  expect(roadmap?.indicators.every((i) => i.factRow !== undefined)).toBe(true);
  expect(roadmap?.actualRow).toBeDefined();
  expect(roadmap?.thresholds).toEqual({ reached: 1, risk: 0.9 });
  expect(fake.workbook.conditionalFormats(sheet).length).toBe(result.indicators * 3);

  // A second click: nothing to add, nothing changed.
  const again = await addFactRows(planner);
  expect(again.indicators).toBe(0);
  expect(contents(sheet)).toEqual(after);
});

it("adds fact rows to a hand-filled roadmap without names, and the check then reads facts by their labels", async () => {
  const fixture = JSON.parse(readFileSync(join(__dirname, "../roadmap/fixtures/handmade-education.json"), "utf8")) as { grid: RoadmapGrid };
  await putOnSheet(fake, "ДК образование", fixture.grid);
  const before = contents("ДК образование");
  const result = await addFactRows(planner);
  expect(result.indicators).toBeGreaterThan(0);
  expect(result.syncs).toBe(3);
  expectRowsInOrder(before, contents("ДК образование"));
  const read = await readActiveSheet();
  const { roadmap } = checkRoadmap(read.grid, { editions: [builtInEdition], asOf: new Date(2025, 0, 10) });
  expect(roadmap?.indicators.filter((i) => i.catalog).every((i) => i.factRow !== undefined)).toBe(true);
});

it("the added rows look as in a roadmap built with facts, not as the grey italic target row above them", async () => {
  const sector = findSector("7.10");
  if (!sector) throw new Error("7.10");
  const added = (await writeSheet(buildRoadmap(sector))).sheetName;
  await addFactRows(planner);
  const built = (await writeSheet(buildRoadmap(sector, { facts: true }))).sheetName;
  const rowOf = (sheet: string, name: string) => parseRange(local(fake.workbook.names(sheet)[name])).top + 1;
  const looks = (sheet: string, row: number, column: string) => {
    const { italic, bold, fill, fontColor } = fake.workbook.cell(sheet, `${column}${row}`).format;
    return { italic, bold, fill, fontColor };
  };
  for (const name of [roadmapNames.fact(1), roadmapNames.achievement(1), roadmapNames.status(1)]) {
    // The label (column A) and the first year's cell, in both sheets.
    for (const column of ["A", "C"]) {
      expect({ name, column, ...looks(added, rowOf(added, name), column) }).toEqual({ name, column, ...looks(built, rowOf(built, name), column) });
    }
  }
  const target = rowOf(added, roadmapNames.value(1)) + 1;
  expect(looks(added, target, "A").italic).toBe(true);
});
