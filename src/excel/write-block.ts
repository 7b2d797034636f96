/**
 * Writes a block of text lines next to a user's table without touching their cells: at the place of our own
 * previous block (found by its sheet-scoped name) when that area is free, otherwise in the first empty column
 * right of the used range. Optionally fills rows to mark them (bad rows of the table). Two syncs, three when a
 * previous block has to be checked first.
 */
import { cellAddress } from "../core/sheet-model";

export interface BlockWrite {
  sheetName: string;
  /** Defined name that marks the block, so the next run replaces it instead of adding another. */
  name: string;
  /** 0-based row of the block's first line. */
  top: number;
  /** Where to put it when there is no previous block: the first column right of the used range plus a gap. */
  usedRight: number;
  lines: { text: string; bold?: boolean }[];
  /** Ranges ("B7:D7") to fill as problem marks. */
  marks: string[];
  markFill: string;
}

export interface BlockWriteResult {
  address: string;
  syncs: number;
}

export async function writeBlock(block: BlockWrite): Promise<BlockWriteResult> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(block.sheetName);
    const previous = sheet.names.getItemOrNullObject(block.name);
    const previousRange = previous.getRangeOrNullObject();
    previousRange.load("address, rowIndex, columnIndex, rowCount");
    const fallbackColumn = block.usedRight + 2;
    const height = block.lines.length;
    await context.sync();

    let column = fallbackColumn;
    let top = block.top;
    if (!previous.isNullObject && !previousRange.isNullObject) {
      // The new lines may run further down than the old ones: make sure that part of the column is free.
      const candidate = sheet.getRangeByIndexes(previousRange.rowIndex, previousRange.columnIndex, Math.max(height, previousRange.rowCount), 1);
      candidate.load("values");
      await context.sync();
      const oldRows = previousRange.rowCount;
      const free = (candidate.values as unknown[][]).every((row, r) => r < oldRows || row[0] === "" || row[0] === null);
      if (free) {
        column = previousRange.columnIndex;
        top = previousRange.rowIndex;
        sheet.getRangeByIndexes(top, column, oldRows, 1).clear("Contents");
      }
      previous.delete();
    }
    const target = sheet.getRangeByIndexes(top, column, height, 1);
    target.numberFormat = block.lines.map(() => ["@"]);
    target.values = block.lines.map((line) => [line.text]);
    block.lines.forEach((line, index) => {
      if (line.bold) target.getCell(index, 0).format.font.bold = true;
    });
    target.format.wrapText = false;
    sheet.getRangeByIndexes(top, column, 1, 1).format.columnWidth = 420;
    for (const mark of block.marks) sheet.getRange(mark).format.fill.color = block.markFill;
    sheet.names.add(block.name, target, "Рекомендации надстройки «Цифровая зрелость»");
    target.select();
    await context.sync();
    return { address: `${cellAddress(top, column)}:${cellAddress(top + height - 1, column)}`, syncs: previous.isNullObject ? 2 : 3 };
  });
}
