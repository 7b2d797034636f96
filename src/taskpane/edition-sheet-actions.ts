/**
 * The edition as sheets of the workbook, for a region that starts from a strategy and edits it in Excel: «Выгрузить на
 * листы» writes the edition's table (protocol appendix 2's layout) on new sheets; «Загрузить из листов книги» reads
 * such a table from the workbook's sheets and, when it has no mistakes, makes it the workbook's edition. The table
 * code is loaded only when a button is pressed.
 */
import type { Edition } from "../core/edition";
import type { WorkbookGateway } from "../excel/gateway";
import type { EditionAction } from "./EditionSection";

/** More are said as a count: the pane is narrow, and the first ones show where to start. */
const SHOWN_MISTAKES = 8;

export class EditionImportError extends Error {
  constructor(readonly mistakes: string[]) {
    super(
      `Редакция не загружена: в таблице ${mistakes.length === 1 ? "ошибка" : `ошибок: ${mistakes.length}`}. ` +
        mistakes.slice(0, SHOWN_MISTAKES).join("; ") +
        (mistakes.length > SHOWN_MISTAKES ? `; и ещё ${mistakes.length - SHOWN_MISTAKES}.` : "."),
    );
    this.name = "EditionImportError";
  }
}

export function editionSheetActions(gateway: WorkbookGateway): EditionAction[] {
  return [
    {
      id: "import-sheets",
      label: "Загрузить из листов книги",
      run: async () => {
        const [{ importEdition }, { sheets }] = await Promise.all([import("../core/edition/import"), gateway.readSheetValues()]);
        const result = importEdition(sheets);
        if (!result.ok) throw new EditionImportError(result.mistakes.map((m) => (m.cell ? `«${m.sheet}», ${m.cell}: ${m.message}` : `«${m.sheet}»: ${m.message}`)));
        const notes = result.warnings?.length ? ` Замечаний: ${result.warnings.length} (например: ${result.warnings[0].message}).` : "";
        return { edition: result.edition, message: `Редакция «${result.edition.region}» загружена из листов книги.${notes}` };
      },
    },
    {
      id: "export-sheets",
      label: "Выгрузить на листы",
      run: async (current: Edition) => {
        const { exportEdition } = await import("../core/edition/export");
        const { sheetNames } = await gateway.writeSheets(exportEdition(current));
        return {
          message: `Редакция выгружена на листы ${sheetNames.map((n) => `«${n}»`).join(", ")}. Измените их и нажмите «Загрузить из листов книги».`,
        };
      },
    },
  ];
}
