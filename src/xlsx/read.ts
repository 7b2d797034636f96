/**
 * .xlsx -> WorkbookSnapshot with exceljs: values (a formula's cached result, as the last program that calculated
 * the file stored it), formulas, number formats, merges and defined names per sheet. Only a bounded block is read
 * (src/xlsx/limits.ts); a file that is not a readable workbook is an XlsxReadError with a Russian message.
 */
import { ValueType, Workbook } from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import { fileMessages } from "../core/errors";
import { cellAddress, parseRange } from "../core/sheet-model";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_WORKBOOK_CELLS } from "./limits";
import { boundModel, type ParsedName, type ParsedWorkbook, type SheetBounds } from "./model-bounds";
import { unpackWorkbook } from "./package";
import { XlsxReadError } from "./read-error";
import type { SheetSnapshot, SnapshotName, SnapshotValue, WorkbookSnapshot } from "./snapshot";

/** Excel's day 0 (1899-12-30) in Unix milliseconds, to turn dates back into serial numbers. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Sheet parts exceljs would parse although the snapshot has none of them: data validations and column ranges it
 * expands cell by cell, and references into parts the reader does not unpack (links, drawings, pictures, tables).
 */
const IGNORED_NODES = ["dataValidations", "cols", "hyperlinks", "drawing", "picture", "tableParts"];

export async function readXlsx(buffer: Buffer | ArrayBuffer): Promise<WorkbookSnapshot> {
  const data = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  const unpacked = await unpackWorkbook(data);
  const workbook = new Workbook();
  const parsed = boundModel(workbook);
  try {
    // exceljs's typing names its own Buffer interface; Node's Buffer is what it reads.
    await workbook.xlsx.load(unpacked as unknown as Parameters<typeof workbook.xlsx.load>[0], { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    // Whatever exceljs trips over in the XML (a missing sheet, a TypeError on a missing attribute) is the file's fault.
    throw new XlsxReadError("malformed", fileMessages.malformed(), undefined, error);
  }
  if (parsed.missingSheets.length > 0) throw new XlsxReadError("malformed", fileMessages.missingSheet(parsed.missingSheets[0]));
  let cellsLeft = MAX_WORKBOOK_CELLS;
  const sheets = workbook.worksheets.map((sheet) => {
    const bounds = parsed.sheets.get(sheet.id) ?? { usedRows: 0, usedColumns: 0, merges: [] };
    const snapshot = readSheet(sheet, namesOfSheet(parsed, sheet.name), bounds, cellsLeft);
    cellsLeft -= snapshot.values.length * (snapshot.values[0]?.length ?? 0);
    return snapshot;
  });
  const workbookNames = parsed.names.filter((n) => n.localSheetId === undefined && isUserName(n)).map((n) => snapshotName(n, null));
  return { sheets, workbookNames };
}

function readSheet(sheet: Worksheet, names: SnapshotName[], bounds: SheetBounds, cellsLeft: number): SheetSnapshot {
  // The model was cut to the block, so these are within MAX_SHEET_ROWS × MAX_SHEET_COLUMNS.
  const rows = sheet.rowCount;
  const columns = sheet.columnCount;
  if (rows * columns > cellsLeft) {
    throw new XlsxReadError("too-large", fileMessages.tooManyCells(sheet.name, MAX_WORKBOOK_CELLS), "workbook-cells");
  }
  const grid = <T>(): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => null as T));
  const values = grid<SnapshotValue>();
  const formulas = grid<string | null>();
  const numberFormats = grid<string | null>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const [r, c] = [rowNumber - 1, columnNumber - 1];
      values[r][c] = cellValue(cell);
      formulas[r][c] = cellFormula(cell);
      numberFormats[r][c] = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
    });
  });
  const merges = blockMerges(bounds.merges);
  emptyMergedCells(sheet.name, merges, values, formulas);
  const snapshot: SheetSnapshot = { name: sheet.name, values, formulas, numberFormats, merges, names };
  if (bounds.usedRows > MAX_SHEET_ROWS || bounds.usedColumns > MAX_SHEET_COLUMNS) {
    const farthest = cellAddress(Math.max(bounds.usedRows, 1) - 1, Math.max(bounds.usedColumns, 1) - 1);
    const block = `A1:${cellAddress(MAX_SHEET_ROWS - 1, MAX_SHEET_COLUMNS - 1)}`;
    snapshot.clipped = { rows: bounds.usedRows, columns: bounds.usedColumns, message: fileMessages.clipped(sheet.name, block, farthest) };
  }
  return snapshot;
}

/** The file's merges cut to the block ("A1:XFD1" -> "A1:GR1"); a merge starting outside it is left out. */
function blockMerges(merges: readonly string[]): string[] {
  const kept: string[] = [];
  for (const merge of merges) {
    let range: ReturnType<typeof parseRange>;
    try {
      range = parseRange(merge);
    } catch (error) {
      throw new XlsxReadError("malformed", fileMessages.malformed(), undefined, error);
    }
    if (range.top >= MAX_SHEET_ROWS || range.left >= MAX_SHEET_COLUMNS) continue;
    const bottom = Math.min(range.bottom, MAX_SHEET_ROWS - 1);
    const right = Math.min(range.right, MAX_SHEET_COLUMNS - 1);
    kept.push(`${cellAddress(range.top, range.left)}:${cellAddress(bottom, right)}`);
  }
  return kept;
}

/**
 * A merged cell other than the top-left one is empty, as in Excel. Within the grid merges of a valid sheet do not
 * overlap, so emptying them costs at most the grid's size; more than that means overlapping merges.
 */
function emptyMergedCells(sheetName: string, merges: readonly string[], values: SnapshotValue[][], formulas: (string | null)[][]): void {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  let budget = rows * columns;
  for (const merge of merges) {
    const { top, left, bottom, right } = parseRange(merge);
    for (let r = top; r <= Math.min(bottom, rows - 1); r++) {
      for (let c = left; c <= Math.min(right, columns - 1); c++) {
        if (--budget < 0) throw new XlsxReadError("malformed", fileMessages.overlappingMerges(sheetName));
        if (r === top && c === left) continue;
        values[r][c] = null;
        formulas[r][c] = null;
      }
    }
  }
}

/** What the cell shows as data. */
function cellValue(cell: Cell): SnapshotValue {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return null;
    case ValueType.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

function plainValue(value: unknown): SnapshotValue {
  if (value === null || value === undefined) return null;
  // A stored number beyond the double range (1e999) or an unreadable date is no value Excel would show.
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial = (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
    return Number.isFinite(serial) ? serial : "#VALUE!";
  }
  if (typeof value === "object") {
    const v = value as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (typeof v.error === "string") return v.error;
    if (Array.isArray(v.richText)) return v.richText.map((run) => run.text).join("");
    if (v.text !== undefined) return plainValue(v.text);
  }
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}`);
}

/** "=..." with the file format's "_xlfn." prefixes removed, so it reads as typed in Excel. */
function cellFormula(cell: Cell): string | null {
  if (cell.type !== ValueType.Formula) return null;
  const formula = cell.formula;
  if (!formula) return null;
  return `=${formula.replace(/_xlfn\.(_xlws\.)?/g, "")}`;
}

function namesOfSheet(parsed: ParsedWorkbook, sheetName: string): SnapshotName[] {
  const index = parsed.sheetOrder.indexOf(sheetName);
  return parsed.names.filter((n) => n.localSheetId === index && isUserName(n)).map((n) => snapshotName(n, sheetName));
}

/** Built-in names (print area, filter range) are not the workbook's own names. */
function isUserName(name: ParsedName): boolean {
  return !name.name.startsWith("_xlnm.");
}

/** "'Лист 1'!$C$7:$C$9" on sheet "Лист 1" -> "C7:C9"; a reference to another sheet stays as written. */
function snapshotName(name: ParsedName, ownSheet: string | null): SnapshotName {
  const range = name.ranges
    .map((reference) => {
      const match = /^(?:'((?:[^']|'')*)'|([^!']+))!(.+)$/.exec(reference);
      const sheet = match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : null;
      return match && sheet === ownSheet ? match[3].replace(/\$/g, "") : reference;
    })
    .join(",");
  return { name: name.name, range };
}
