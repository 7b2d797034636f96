/**
 * The workbook's strategy edition, kept on our very hidden sheet «ЦЗ_Редакция» (column A, see core/edition/stored.ts).
 * Reading: one sync when the sheet is absent, two when it is there. Writing: two syncs — is the sheet there, then
 * create it (very hidden) or rewrite column A of ours. A sheet of that name that is not very hidden was made by a user
 * (Excel's own interface cannot make a sheet very hidden), so it is never written to.
 */
import { EDITION_SHEET, EditionFormatError, editionFromStoredCells, storedEditionCells, type Edition } from "../core/edition";
import { ExcelActionError, saying } from "./action-error";
import { runExcel } from "./run";

export type StoredEdition =
  /** No sheet: the workbook has no edition of its own yet. */
  | { status: "absent"; syncs: number }
  | { status: "stored"; edition: Edition; syncs: number }
  /** Our sheet, but its edition does not read: `problems` says what is wrong, in Russian. */
  | { status: "damaged"; problems: string[]; syncs: number }
  /** A sheet of our name that is not ours (no format line): left alone. */
  | { status: "foreign"; syncs: number };

export async function readStoredEdition(): Promise<StoredEdition> {
  return saying("Не удалось прочитать редакцию стратегии из книги", "В книге ничего не изменено", () =>
    runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(EDITION_SHEET);
      await context.sync();
      if (sheet.isNullObject) return { status: "absent", syncs: 1 } as const;
      const used = sheet.getRange("A:A").getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      if (used.isNullObject) return { status: "foreign", syncs: 2 } as const;
      try {
        const edition = editionFromStoredCells(used.values as unknown[][]);
        return edition ? ({ status: "stored", edition, syncs: 2 } as const) : ({ status: "foreign", syncs: 2 } as const);
      } catch (error) {
        if (error instanceof EditionFormatError) return { status: "damaged", problems: error.mistakes, syncs: 2 } as const;
        throw error;
      }
    }),
  );
}

const NOT_OURS =
  `В книге есть лист «${EDITION_SHEET}», созданный не надстройкой: надстройка его не меняет. ` +
  "Переименуйте этот лист и повторите — редакция будет сохранена на новом скрытом листе.";

export async function writeStoredEdition(edition: Edition): Promise<{ syncs: number }> {
  const rows = storedEditionCells(edition);
  return saying("Редакция стратегии не сохранена в книге", "Ваши листы не изменены; можно повторить", () =>
    runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(EDITION_SHEET);
      existing.load("visibility");
      await context.sync();
      if (!existing.isNullObject && existing.visibility !== Excel.SheetVisibility.veryHidden) throw new ExcelActionError(NOT_OURS);
      const sheet = existing.isNullObject ? sheets.add(EDITION_SHEET) : existing;
      // The whole column: what a longer edition wrote before must not be read as part of this one.
      if (!existing.isNullObject) sheet.getRange("A:A").clear(Excel.ClearApplyTo.contents);
      const target = sheet.getRange(`A1:A${rows.length}`);
      // Text first: an id or a piece of JSON that starts with «=» must stay text, never become a formula.
      target.numberFormat = rows.map(() => ["@"]);
      target.values = rows;
      if (existing.isNullObject) sheet.visibility = Excel.SheetVisibility.veryHidden;
      await context.sync();
      return { syncs: 2 };
    }),
  );
}
