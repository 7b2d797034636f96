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

/** Whether every cell of a column range is empty. One sync. */
async function isEmpty(context: Excel.RequestContext, range: Excel.Range): Promise<boolean> {
  range.load("values");
  await context.sync();
  return (range.values as unknown[][]).every((row) => row[0] === "" || row[0] === null);
}

export async function writeBlock(block: BlockWrite): Promise<BlockWriteResult> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(block.sheetName);
    const height = block.lines.length;
    let syncs = 0;
    let top = block.top;
    let column = block.usedRight + 2;
    if (block.previous) {
      const { previous } = block;
      // The new block may run further down than the earlier one: only then must the cells below it be read.
      const grows = height > previous.rows;
      const free = !grows || (await isEmpty(context, sheet.getRangeByIndexes(previous.top + previous.rows, previous.left, height - previous.rows, 1)));
      if (grows) syncs++;
      if (free) ({ top, left: column } = previous);
      sheet.getRangeByIndexes(previous.top, previous.left, previous.rows, 1).clear("Contents");
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
