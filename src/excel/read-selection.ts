/** Reads the user's selected block: its values, where it is, our earlier named block and our fills there. One sync. */
import { ExcelActionError, saying } from "./action-error";
import { RATING_MARKS, rememberedMarks, type RememberedMark } from "./fill-marks";
import { localRange } from "./roadmap-block";
import { runExcel } from "./run";

/** What one request may read: a rating table of a region is hundreds of rows, never a hundred thousand. */
export const MAX_SELECTION_ROWS = 20_000;
export const MAX_SELECTION_COLUMNS = 50;

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
  /** 0-based last used row of the sheet, or -1 for an empty sheet. */
  usedBottom: number;
  /** Where the block named `blockName` (ours, from an earlier run) is on this sheet, if it is. */
  previousBlock?: { top: number; left: number; rows: number; columns: number };
  /** The bad-row fills an earlier run painted on this sheet, where they are now. */
  rememberedFills: RememberedMark[];
}


export async function readSelection(blockName?: string): Promise<SelectedBlock> {
  return saying("Не удалось прочитать выделенную таблицу", "В книге ничего не изменено", () =>
    runExcel(async (context) => {
      const selected = context.workbook.getSelectedRange();
      // Whole columns selected (A:C) are a million rows: only the part of the selection that holds something is read.
      const range = selected.getUsedRangeOrNullObject(true);
      range.load("address, values, rowIndex, columnIndex, rowCount, columnCount");
      const sheet = selected.worksheet;
      sheet.load("name");
      sheet.names.load("items/name, items/formula, items/comment");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      const previous = blockName ? sheet.names.getItemOrNullObject(blockName).getRangeOrNullObject() : undefined;
      previous?.load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      if (range.isNullObject) throw new ExcelActionError("Выделенные ячейки пусты: выделите таблицу вместе со строкой заголовков.");
      if (range.rowCount > MAX_SELECTION_ROWS || range.columnCount > MAX_SELECTION_COLUMNS) {
        throw new ExcelActionError(`Выделена слишком большая таблица (${range.rowCount} × ${range.columnCount}): надстройка оценивает до ${MAX_SELECTION_ROWS} строк и ${MAX_SELECTION_COLUMNS} столбцов за раз.`);
      }
      const names = sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)), comment: n.comment }));
      return {
        sheetName: sheet.name,
        address: range.address.split("!").pop() ?? range.address,
        top: range.rowIndex,
        left: range.columnIndex,
        values: range.values as unknown[][],
        usedRight: used.isNullObject ? -1 : used.columnIndex + used.columnCount - 1,
        usedBottom: used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1,
        ...(previous && !previous.isNullObject
          ? { previousBlock: { top: previous.rowIndex, left: previous.columnIndex, rows: previous.rowCount, columns: previous.columnCount } }
          : {}),
        rememberedFills: rememberedMarks(RATING_MARKS, names),
      };
    }),
  );
}
