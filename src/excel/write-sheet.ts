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

/** Row blocks whose payload stays under the limit: one block for all rows when the whole sheet fits. */
function rowChunks(grids: ModelGrids, limit: number): { from: number; to: number }[] {
  const perRow = Math.max(1, payloadBytes(grids) / Math.max(1, grids.rows));
  const rowsPerChunk = Math.max(1, Math.floor(limit / perRow));
  const chunks = [];
  for (let from = 0; from < grids.rows; from += rowsPerChunk) chunks.push({ from, to: Math.min(grids.rows, from + rowsPerChunk) });
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
  return saying(`Лист «${model.name}» не создан`, NOTHING_CHANGED, () => runExcel(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    syncs++;
    const sheetName = uniqueSheetName(model.name, sheets.items.map((sheet) => sheet.name));
    try {
      const sheet = sheets.add(sheetName);
      const grids = modelGrids(model);
      const chunks = rowChunks(grids, limit);
      for (const [index, chunk] of chunks.entries()) {
        writeRows(sheet, grids, chunk.from, chunk.to);
        if (index < chunks.length - 1) {
          await context.sync();
          syncs++;
        }
      }
      applyModelLayout(sheet, model);
      sheet.activate();
      sheet.getRange(model.select ?? "A1").select();
      await context.sync();
      syncs++;
      return { sheetName, syncs };
    } catch (error) {
      throw await withoutHalfSheet(sheetName, error);
    }
  }));
}

const NOTHING_CHANGED = "Ваши листы и данные не изменились; можно повторить";

/** Removes the sheet a failed write added (the name was free, so a sheet of that name is ours), and says so. */
async function withoutHalfSheet(sheetName: string, error: unknown): Promise<ExcelActionError> {
  const reason = excelReason(error);
  const detail = excelDetail(error);
  const code = excelCode(error);
  try {
    await Excel.run(async (context) => {
      const half = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (!half.isNullObject) {
        half.delete();
        await context.sync();
      }
    });
    return new ExcelActionError(`Лист «${sheetName}» не создан: ${reason}. ${NOTHING_CHANGED}.`, detail, code);
  } catch {
    return new ExcelActionError(
      `Лист «${sheetName}» создан не полностью: ${reason}. Удалите его (правой кнопкой по ярлыку листа → «Удалить») и повторите; остальные листы не изменились.`,
      detail,
      code,
    );
  }
}
