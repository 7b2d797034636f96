/**
 * .xlsx -> WorkbookSnapshot with exceljs: values (a formula's cached result, as the last program that calculated
 * the file stored it), formulas, number formats, merges and defined names per sheet.
 */
import { ValueType, Workbook } from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import type { SheetSnapshot, SnapshotName, SnapshotValue, WorkbookSnapshot } from "./snapshot";

/** exceljs's parsed defined name (localSheetId present for sheet-scoped names). */
interface ParsedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

interface ParsedWorkbook {
  names: ParsedName[];
  /** Sheet names in file order, which localSheetId indexes. */
  sheetOrder: string[];
}

/** Excel's day 0 (1899-12-30) in Unix milliseconds, to turn dates back into serial numbers. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export async function readXlsx(buffer: Buffer | ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = new Workbook();
  const parsed = captureDefinedNames(workbook);
  const data = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  // exceljs's typing names its own Buffer interface; Node's Buffer is what it reads.
  await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheets = workbook.worksheets.map((sheet) => readSheet(sheet, namesOfSheet(parsed, sheet.name)));
  const workbookNames = parsed.names.filter((n) => n.localSheetId === undefined && isUserName(n)).map((n) => snapshotName(n, null));
  return { sheets, workbookNames };
}

function readSheet(sheet: Worksheet, names: SnapshotName[]): SheetSnapshot {
  const rows = sheet.rowCount;
  const columns = sheet.columnCount;
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
  return { name: sheet.name, values, formulas, numberFormats, merges: sheet.model.merges ?? [], names };
}

/** What the cell shows as data: a merged cell other than the top-left one is empty, as in Excel. */
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
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
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

/**
 * exceljs merges defined names into one workbook-wide list and drops their scope. Its reader's reconcile step still
 * sees localSheetId, so this workbook's reader is wrapped to keep a copy of the names before they are merged.
 */
function captureDefinedNames(workbook: Workbook): ParsedWorkbook {
  const parsed: ParsedWorkbook = { names: [], sheetOrder: [] };
  type Model = { definedNames?: ParsedName[]; sheets?: { name: string }[] };
  const reader = workbook.xlsx as unknown as { reconcile?: (model: Model, options: unknown) => void };
  const reconcile = reader.reconcile;
  if (typeof reconcile !== "function") throw new Error("exceljs changed: xlsx.reconcile is missing, defined names cannot be read");
  reader.reconcile = (model, options) => {
    reconcile.call(reader, model, options);
    parsed.names = (model.definedNames ?? []).map((n) => ({ ...n, ranges: [...n.ranges] }));
    parsed.sheetOrder = (model.sheets ?? []).map((s) => s.name);
  };
  return parsed;
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
