/** Test helpers: a generated roadmap (SheetModel) as the grid a host reads back, and filling it as a user would. */
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { roadmapNames } from "../../src/core/roadmap/layout";
import { cellAddress, parseRange, rectangularCells, type SheetModel } from "../../src/core/sheet-model";

/** Values as Excel returns them; a formula reads as its cached result, here unknown: null. */
export function modelGrid(model: SheetModel, withNames = true): RoadmapGrid {
  const values = rectangularCells(model).map((row) => row.map((cell) => ("value" in cell ? cell.value : null)));
  return { values, top: 0, left: 0, merges: [...model.merges], ...(withNames ? { names: model.names.map((n) => ({ ...n })) } : {}) };
}

/** Row of a defined name in the model (0-based). */
export function namedRow(model: SheetModel, name: string): number {
  const found = model.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return parseRange(found.range).top;
}

/** Year -> column (0-based) from the ЦЗ_Годы header. */
export function yearColumns(model: SheetModel): Map<string, number> {
  const header = model.names.find((n) => n.name === roadmapNames.years);
  if (!header) throw new Error("no years");
  const { top, left, right } = parseRange(header.range);
  const columns = new Map<string, number>();
  for (let c = left; c <= right; c++) {
    const cell = model.cells[top][c];
    if (cell && "value" in cell) columns.set(String(cell.value), c);
  }
  return columns;
}

export function setCell(grid: RoadmapGrid, address: string, value: unknown): void {
  const { top, left } = parseRange(address);
  const row = top - grid.top;
  const column = left - grid.left;
  while (grid.values.length <= row) grid.values.push([]);
  grid.values[row][column] = value;
}

/** Address of catalog indicator n's value cell (or activities cell) for a year. */
export function valueAddress(model: SheetModel, catalogNumber: number, year: string, kind: "value" | "activities" = "value"): string {
  const row = namedRow(model, kind === "value" ? roadmapNames.value(catalogNumber) : roadmapNames.activities(catalogNumber));
  const column = yearColumns(model).get(year);
  if (column === undefined) throw new Error(`no year ${year}`);
  return cellAddress(row, column);
}
