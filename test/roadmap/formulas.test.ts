/** The generated roadmap's formulas, computed by LibreOffice from the .xlsx the exceljs adapter writes. */
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { buildRoadmap } from "../../src/core/roadmap";
import type { SheetModel } from "../../src/core/sheet-model";
import { snapshotCell, snapshotSheet } from "../../src/xlsx/snapshot";
import { recalculatedSheets } from "../support/libreoffice";

/** Puts values into the model's input cells, as a user would type them. */
function fill(model: SheetModel, values: Record<string, number | string>): SheetModel {
  const cells = model.cells.map((row) => [...row]);
  for (const [address, value] of Object.entries(values)) {
    const column = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    cells[row][column] = { value };
  }
  return { ...model, cells };
}

it("computes the planned ЦЗ average over the %-indicators, skipping blanks and «x», empty when nothing is filled", async () => {
  const sector = findSector("7.1");
  if (!sector) throw new Error("7.1 missing");
  const indicators = sectorIndicators(sector);
  const model = buildRoadmap(sector);
  const valueRow = (n: number) => 8 + 3 * (n - 1);
  const milestone = indicators.find((i) => i.unit === "усл. ед.");
  if (!milestone) throw new Error("7.1 has a milestone indicator");
  const filled = fill(model, {
    [`C${valueRow(1)}`]: 0.2,
    [`C${valueRow(2)}`]: 0.4,
    [`C${valueRow(3)}`]: "x",
    [`C${valueRow(milestone.number)}`]: 1, // not a %: must not enter the average
    [`D${valueRow(1)}`]: 0.3,
  });
  const snapshot = await recalculatedSheets([filled]);
  const sheet = snapshotSheet(snapshot, model.name);
  expect(snapshotCell(sheet, "C6").value).toBeCloseTo(0.3, 12);
  expect(snapshotCell(sheet, "D6").value).toBeCloseTo(0.3, 12);
  expect(snapshotCell(sheet, "B6").value ?? "").toBe("");
  expect(snapshotCell(sheet, "C5").value).toBeCloseTo(0.33, 12);
  expect(snapshotCell(sheet, "C6").numberFormat).toMatch(/%/);
}, 120000);
