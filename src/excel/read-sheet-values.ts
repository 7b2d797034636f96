/**
 * The values of every visible sheet, for reading an edition table the user keeps in the workbook («Показатели», «ЦЗ
 * области», …): three syncs whatever the number of sheets. A sheet's used range is capped, so a stray cell far below
 * never makes the pane read a million cells.
 */
import { saying } from "./action-error";
import { runExcel } from "./run";

export const MAX_TABLE_ROWS = 3000;
export const MAX_TABLE_COLUMNS = 40;

export interface SheetValues {
  name: string;
  values: unknown[][];
}

export async function readSheetValues(): Promise<{ sheets: SheetValues[]; syncs: number }> {
  return saying("Не удалось прочитать листы книги", "В книге ничего не изменено", () =>
    runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/visibility");
      await context.sync();
      const parts = worksheets.items
        .filter((s) => s.visibility === "Visible")
        .map((sheet) => {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("rowIndex, columnIndex, rowCount, columnCount");
          return { sheet, used };
        });
      await context.sync();
      const blocks = parts.map(({ sheet, used }) => {
        if (used.isNullObject) return { name: sheet.name, range: undefined };
        // From A1, so that the table's cell addresses are the sheet's own.
        const range = sheet.getRangeByIndexes(0, 0, Math.min(used.rowIndex + used.rowCount, MAX_TABLE_ROWS), Math.min(used.columnIndex + used.columnCount, MAX_TABLE_COLUMNS));
        range.load("values");
        return { name: sheet.name, range };
      });
      await context.sync();
      return { sheets: blocks.map(({ name, range }) => ({ name, values: range ? (range.values as unknown[][]) : [] })), syncs: 3 };
    }),
  );
}
