/** Puts a hand-made roadmap fixture (a grid of cell values with its merges) on a new sheet of a fake workbook. */
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { cellAddress } from "../../src/core/sheet-model";
import type { FakeExcel } from "../../src/fake-excel";

export interface SheetCells {
  cells: { address: string; value: string | number | boolean }[];
  merges: string[];
}

/** The fixture's cells at their sheet addresses; plain data, so a browser page can take it too. */
export function sheetCells(grid: RoadmapGrid): SheetCells {
  const cells: SheetCells["cells"] = [];
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") cells.push({ address: cellAddress(grid.top + r, grid.left + c), value });
    }),
  );
  return { cells, merges: grid.merges ?? [] };
}

/** As a user would have it: typed cells, merged areas, the sheet active. */
export async function putOnSheet(fake: FakeExcel, sheetName: string, grid: RoadmapGrid): Promise<void> {
  const { cells, merges } = sheetCells(grid);
  fake.workbook.addSheet(sheetName);
  for (const { address, value } of cells) fake.workbook.setCell(sheetName, address, value);
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const merge of merges) sheet.getRange(merge).merge();
    await context.sync();
  });
  fake.workbook.activateSheet(sheetName);
}
