/**
 * Writes a block of text rows (two columns) next to a user's table without touching their cells: in place of our own
 * earlier block (found by its sheet-scoped name) when that stays free, otherwise under the table after a blank row,
 * otherwise under everything on the sheet. The earlier block goes whole (every column of it); column widths are
 * never changed. Bad rows of the table are filled, and the fills of an earlier run come off where the row is fixed.
 * One sync when nothing needs reading first; two when the block must look at the cells it would take, or at the fills
 * of the rows it marks.
 */
import { cellAddress, type CellStyle } from "../core/sheet-model";
import { saying } from "./action-error";
import { fillOf, queueFills } from "./apply-fills";
import { RATING_MARKS, cellsOf, planFills, type RememberedMark } from "./fill-marks";
import { runExcel } from "./run";

export interface BlockArea {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface BlockWrite {
  sheetName: string;
  /** Defined name that marks the block, so the next run replaces it instead of adding another. */
  name: string;
  /** The user's table (0-based), to put the block under. */
  table: BlockArea;
  /** The block of an earlier run (from readSelection), to be replaced in place when that is safe. */
  previous?: BlockArea;
  /** 0-based last used row of the sheet. */
  usedBottom: number;
  rows: { text: string; column: 0 | 1; style: CellStyle }[];
  /** Ranges ("B7:D7") to fill as problem marks. */
  marks: string[];
  markFill: string;
  /** Fills an earlier run painted on this sheet. */
  remembered: RememberedMark[];
}

export interface BlockWriteResult {
  address: string;
  syncs: number;
}

const BLOCK_COLUMNS = 2;

const isBlank = (values: unknown[][]) => values.every((row) => row.every((v) => v === "" || v === null));

export async function writeBlock(block: BlockWrite): Promise<BlockWriteResult> {
  return saying("Рекомендации записаны не полностью", "Ваши ячейки не изменены; нажмите «Пересчитать рекомендации» ещё раз — блок заменится целиком", () =>
    runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheetName);
      const height = block.rows.length;
      const { previous, table } = block;
      let syncs = 0;

      // Look first, only where needed: the cells the block would newly take, and the fills of the rows to mark.
      const grows = previous !== undefined && height > previous.rows;
      const below = grows ? sheet.getRangeByIndexes(previous.top + previous.rows, previous.left, height - previous.rows, BLOCK_COLUMNS) : undefined;
      const under = previous ? undefined : sheet.getRangeByIndexes(table.top + table.rows + 1, table.left, height, BLOCK_COLUMNS);
      below?.load("values");
      under?.load("values");
      const markCells = block.marks.flatMap(cellsOf);
      const fills = markCells.map((address) => ({ address, read: sheet.getRange(address).getCellProperties({ format: { fill: { color: true, pattern: true } } }) }));
      if (below || under || fills.length > 0) {
        await context.sync();
        syncs++;
      }

      let at = { top: block.usedBottom + 2, left: table.left };
      if (previous && (!below || isBlank(below.values as unknown[][]))) at = { top: previous.top, left: previous.left };
      else if (under && isBlank(under.values as unknown[][])) at = { top: table.top + table.rows + 1, left: table.left };

      if (previous) {
        sheet.getRangeByIndexes(previous.top, previous.left, previous.rows, previous.columns).clear("Contents");
        sheet.names.getItem(block.name).delete();
      }
      const target = sheet.getRangeByIndexes(at.top, at.left, height, BLOCK_COLUMNS);
      // The name first: a batch cut short leaves a named block that the next run replaces whole.
      sheet.names.add(block.name, target, "Рекомендации надстройки «Цифровая зрелость»");
      target.numberFormat = block.rows.map(() => ["@", "@"]);
      target.values = block.rows.map((row) => (row.column === 0 ? [row.text, ""] : ["", row.text]));
      block.rows.forEach((row, index) => {
        const font = target.getCell(index, row.column).format.font;
        font.bold = row.style.bold === true;
        font.italic = row.style.italic === true;
        font.color = row.style.fontColor ?? "#000000";
      });
      const wanted = new Map(markCells.map((address) => [address, block.markFill]));
      const current = new Map(fills.map(({ address, read }) => [address, fillOf(read.value[0]?.[0])]));
      queueFills(sheet, planFills(RATING_MARKS, wanted, block.remembered, current));
      await context.sync();
      syncs++;
      return { address: `${cellAddress(at.top, at.left)}:${cellAddress(at.top + height - 1, at.left + BLOCK_COLUMNS - 1)}`, syncs };
    }),
  );
}
