/** What a user sees of a sheet in the fake workbook, to compare before and after an action: values, fills, comments. */
import { cellAddress } from "../../src/core/sheet-model";
import type { FakeExcel } from "../../src/fake-excel";

export interface SheetState {
  values: unknown[][];
  fills: (string | null)[][];
  comments: Record<string, string>;
}

export function sheetState(fake: FakeExcel, sheet: string, rows = 60, columns = 12): SheetState {
  const values: unknown[][] = [];
  const fills: (string | null)[][] = [];
  const comments: Record<string, string> = {};
  for (let r = 0; r < rows; r++) {
    values.push([]);
    fills.push([]);
    for (let c = 0; c < columns; c++) {
      const cell = fake.workbook.cell(sheet, cellAddress(r, c));
      values[r].push(cell.formula ?? cell.value);
      fills[r].push(cell.format.fill);
      if (cell.comment !== undefined) comments[cellAddress(r, c)] = cell.comment;
    }
  }
  return { values, fills, comments };
}
