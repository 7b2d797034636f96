/** Reads the user's selected block: its values, where it is, and where our earlier named block stands. One sync. */
import { runExcel } from "./run";

export interface SelectedBlock {
  sheetName: string;
  /** "B3:E40" without the sheet. */
  address: string;
  /** 0-based position of values[0][0] in the sheet. */
  top: number;
  left: number;
  values: unknown[][];
  /** 0-based last used column of the sheet, or -1 for an empty sheet. */
  usedRight: number;
  /** Where the block named `blockName` (ours, from an earlier run) is on this sheet, if it is. */
  previousBlock?: { top: number; left: number; rows: number };
}

export async function readSelection(blockName?: string): Promise<SelectedBlock> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address, values, rowIndex, columnIndex");
    const sheet = range.worksheet;
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("columnIndex, columnCount");
    const previous = blockName ? sheet.names.getItemOrNullObject(blockName).getRangeOrNullObject() : undefined;
    previous?.load("rowIndex, columnIndex, rowCount");
    await context.sync();
    return {
      sheetName: sheet.name,
      address: range.address.split("!").pop() ?? range.address,
      top: range.rowIndex,
      left: range.columnIndex,
      values: range.values as unknown[][],
      usedRight: used.isNullObject ? -1 : used.columnIndex + used.columnCount - 1,
      ...(previous && !previous.isNullObject
        ? { previousBlock: { top: previous.rowIndex, left: previous.columnIndex, rows: previous.rowCount } }
        : {}),
    };
  });
}
