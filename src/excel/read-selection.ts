/** Reads the user's selected block: its values and where it is. One sync. */

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
}

export async function readSelection(): Promise<SelectedBlock> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address, values, rowIndex, columnIndex");
    const sheet = range.worksheet;
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("columnIndex, columnCount");
    await context.sync();
    return {
      sheetName: sheet.name,
      address: range.address.split("!").pop() ?? range.address,
      top: range.rowIndex,
      left: range.columnIndex,
      values: range.values as unknown[][],
      usedRight: used.isNullObject ? -1 : used.columnIndex + used.columnCount - 1,
    };
  });
}
