/**
 * Writes a block of text lines next to a user's table without touching their cells: at the place of our own
 * previous block (found by its sheet-scoped name) when that area is free, otherwise in the first empty column
 * right of the used range. Optionally fills rows to mark them (bad rows of the table). One sync; two when the new
 * block is longer than the earlier one and the cells below it must be checked first.
 */
import { runExcel } from "./run";
import { cellAddress } from "../core/sheet-model";

export interface BlockWrite {
  sheetName: string;
  /** Defined name that marks the block, so the next run replaces it instead of adding another. */
  name: string;
  /** 0-based row of the block's first line when it is written for the first time. */
  top: number;
  /** The block of an earlier run (from readSelection), to be replaced in place when that is safe. */
  previous?: { top: number; left: number; rows: number };
  /** Otherwise the block goes to the first column right of the used range, after a gap column. */
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

/** Whether the earlier block's column is free below it, as far as the new, maybe longer, block reaches. One sync. */
async function previousPlaceIsFree(context: Excel.RequestContext, sheet: Excel.Worksheet, previous: NonNullable<BlockWrite["previous"]>, height: number): Promise<boolean> {
  if (height <= previous.rows) return true;
  const below = sheet.getRangeByIndexes(previous.top + previous.rows, previous.left, height - previous.rows, 1);
  below.load("values");
  await context.sync();
  return (below.values as unknown[][]).every((row) => row[0] === "" || row[0] === null);
}

export async function writeBlock(block: BlockWrite): Promise<BlockWriteResult> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(block.sheetName);
    const height = block.lines.length;
    let syncs = 0;
    let top = block.top;
    let column = block.usedRight + 2;
    if (block.previous) {
      const needsRead = height > block.previous.rows;
      const free = await previousPlaceIsFree(context, sheet, block.previous, height);
      if (needsRead) syncs++;
      if (free) ({ top, left: column } = block.previous);
      sheet.getRangeByIndexes(block.previous.top, block.previous.left, block.previous.rows, 1).clear("Contents");
      sheet.names.getItem(block.name).delete();
    }
    const target = sheet.getRangeByIndexes(top, column, height, 1);
    target.numberFormat = block.lines.map(() => ["@"]);
    target.values = block.lines.map((line) => [line.text]);
    block.lines.forEach((line, index) => {
      if (line.bold) target.getCell(index, 0).format.font.bold = true;
    });
    sheet.getRangeByIndexes(top, column, 1, 1).format.columnWidth = 420;
    for (const mark of block.marks) sheet.getRange(mark).format.fill.color = block.markFill;
    sheet.names.add(block.name, target, "Рекомендации надстройки «Цифровая зрелость»");
    target.select();
    await context.sync();
    syncs++;
    return { address: `${cellAddress(top, column)}:${cellAddress(top + height - 1, column)}`, syncs };
  });
}
