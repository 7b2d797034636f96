/**
 * Writes a SheetModel as a new worksheet: one sync to learn the existing names, one for everything else.
 * An existing sheet is never overwritten: a second run gets «Name (2)». Very large sheets are written in row
 * chunks, since Excel on the web rejects a request above about 5 MB. A write that fails after the sheet was added
 * removes that sheet again, so no half-written sheet stays behind and a retry gets the same name.
 */
import { ExcelActionError, excelCode, excelDetail, excelReason, saying } from "./action-error";
import { runExcel } from "./run";
import { cellAddress, type SheetModel } from "../core/sheet-model";
import { uniqueSheetName } from "../core/sheet-name";
import { applyModelLayout } from "./apply-model";
import { modelGrids, payloadBytes, type ModelGrids } from "./model-grids";

export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

export interface WriteResult {
  sheetName: string;
  /** context.sync() calls this write made (we aim at 2). */
  syncs: number;
}

/** Row blocks whose payload stays under the limit, each with its size: one block for all rows when the sheet fits. */
function rowChunks(grids: ModelGrids, limit: number): { from: number; to: number; bytes: number }[] {
  const perRow = Math.max(1, payloadBytes(grids) / Math.max(1, grids.rows));
  const rowsPerChunk = Math.max(1, Math.floor(limit / perRow));
  const chunks = [];
  for (let from = 0; from < grids.rows; from += rowsPerChunk) {
    const to = Math.min(grids.rows, from + rowsPerChunk);
    chunks.push({ from, to, bytes: perRow * (to - from) });
  }
  return chunks;
}

function writeRows(sheet: Excel.Worksheet, grids: ModelGrids, from: number, to: number): void {
  const range = sheet.getRange(`${cellAddress(from, 0)}:${cellAddress(to - 1, grids.columns - 1)}`);
  // Number formats first: a text cell ("@") must be text before its value arrives.
  range.numberFormat = grids.numberFormats.slice(from, to);
  range.values = grids.values.slice(from, to);
  range.formulas = grids.formulas.slice(from, to);
}

export async function writeSheet(model: SheetModel, limit = MAX_PAYLOAD_BYTES): Promise<WriteResult> {
  const { sheetNames, syncs } = await writeSheets([model], limit);
  return { sheetName: sheetNames[0], syncs };
}

/**
 * Several sheets in one go (the «Свод» and its «Ниже цели»): still one sync for the names and one for the rest, and
 * all of them removed again if the write fails. The first sheet is activated.
 */
export async function writeSheets(models: readonly SheetModel[], limit = MAX_PAYLOAD_BYTES): Promise<{ sheetNames: string[]; syncs: number }> {
  const title = models.map((m) => `«${m.name}»`).join(", ");
  return saying(`${models.length > 1 ? "Листы" : "Лист"} ${title} не ${models.length > 1 ? "созданы" : "создан"}`, NOTHING_CHANGED, () =>
    runExcel(async (context) => {
      let syncs = 0;
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      syncs++;
      const taken = sheets.items.map((sheet) => sheet.name);
      const sheetNames = models.map((model) => {
        const name = uniqueSheetName(model.name, taken);
        taken.push(name);
        return name;
      });
      try {
        const added = models.map((model, index) => ({ model, sheet: sheets.add(sheetNames[index]), grids: modelGrids(model) }));
        // Rows go out in requests below the limit: a sync only when the next block would not fit in this one.
        let pending = 0;
        for (const { sheet, grids } of added) {
          for (const chunk of rowChunks(grids, limit)) {
            if (pending > 0 && pending + chunk.bytes > limit) {
              await context.sync();
              syncs++;
              pending = 0;
            }
            writeRows(sheet, grids, chunk.from, chunk.to);
            pending += chunk.bytes;
          }
        }
        for (const { sheet, model } of added) applyModelLayout(sheet, model);
        const first = added[0];
        first.sheet.activate();
        first.sheet.getRange(first.model.select ?? "A1").select();
        await context.sync();
        syncs++;
        return { sheetNames, syncs };
      } catch (error) {
        throw await withoutHalfSheets(sheetNames, error);
      }
    }),
  );
}

const NOTHING_CHANGED = "Ваши листы и данные не изменились; можно повторить";

/** Removes the sheets a failed write added (their names were free, so sheets of those names are ours), and says so. */
async function withoutHalfSheets(sheetNames: readonly string[], error: unknown): Promise<ExcelActionError> {
  const reason = excelReason(error);
  const detail = excelDetail(error);
  const code = excelCode(error);
  const names = sheetNames.map((n) => `«${n}»`).join(", ");
  const many = sheetNames.length > 1;
  try {
    await Excel.run(async (context) => {
      const half = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      for (const sheet of half) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
    return new ExcelActionError(`${many ? "Листы" : "Лист"} ${names} не ${many ? "созданы" : "создан"}: ${reason}. ${NOTHING_CHANGED}.`, detail, code);
  } catch {
    return new ExcelActionError(
      `${many ? "Листы" : "Лист"} ${names} ${many ? "созданы" : "создан"} не полностью: ${reason}. Удалите ${many ? "их" : "его"} (правой кнопкой по ярлыку листа → «Удалить») и повторите; остальные листы не изменились.`,
      detail,
      code,
    );
  }
}
