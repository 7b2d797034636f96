/**
 * exceljs's parsed workbook model, bounded before exceljs builds its worksheets from it. exceljs walks a defined
 * name, a merge and a column range cell by cell (a name over A1:XFD1048576 is 17 billion steps) and keeps every row
 * it parsed: here the names and merges are taken out for the snapshot, column ranges dropped (the snapshot has no
 * widths), and rows and cells beyond MAX_SHEET_ROWS × MAX_SHEET_COLUMNS cut off, with how far the sheet reached.
 */
import type { Workbook } from "exceljs";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "./limits";

/** exceljs's parsed defined name (localSheetId present for sheet-scoped names). */
export interface ParsedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

export interface SheetBounds {
  /** The farthest row and column (1-based) the file's rows and cells reach, before cutting. */
  usedRows: number;
  usedColumns: number;
  /** Merges as the file lists them ("A1:E1"), left for the snapshot to apply. */
  merges: string[];
}

export interface ParsedWorkbook {
  names: ParsedName[];
  /** Sheet names in file order, which localSheetId indexes. */
  sheetOrder: string[];
  /** By worksheet id. */
  sheets: Map<number, SheetBounds>;
  /** Worksheets the workbook lists but whose part exceljs did not find: a sheet lost silently otherwise. */
  missingSheets: string[];
}

interface CellModel {
  address?: string;
}

interface RowModel {
  number: number;
  max?: number;
  cells?: CellModel[];
}

interface SheetModel {
  id: number;
  rows?: RowModel[];
  mergeCells?: string[];
  cols?: unknown[];
}

interface Model {
  definedNames?: ParsedName[];
  sheets?: { name: string; rId?: string }[];
  workbookRels?: { Id?: string; Type?: string }[];
  worksheets?: (SheetModel & { name?: string })[];
}

/**
 * Wraps this workbook's reader so that, once exceljs has parsed and reconciled the files, the model is bounded before
 * it becomes worksheets. exceljs merges defined names into one workbook-wide list and drops their scope; the copy
 * kept here still has localSheetId.
 */
export function boundModel(workbook: Workbook): ParsedWorkbook {
  const parsed: ParsedWorkbook = { names: [], sheetOrder: [], sheets: new Map(), missingSheets: [] };
  const reader = workbook.xlsx as unknown as { reconcile?: (model: Model, options: unknown) => void };
  const reconcile = reader.reconcile;
  if (typeof reconcile !== "function") throw new Error("exceljs changed: xlsx.reconcile is missing, defined names cannot be read");
  reader.reconcile = (model, options) => {
    // Read before reconcile, which deletes the relations: the sheets that are worksheets (not chart sheets).
    const worksheetRels = new Set((model.workbookRels ?? []).filter((rel) => rel.Type?.endsWith("/worksheet")).map((rel) => rel.Id));
    const listed = (model.sheets ?? []).filter((sheet) => worksheetRels.has(sheet.rId)).map((sheet) => sheet.name);
    reconcile.call(reader, model, options);
    const found = new Set((model.worksheets ?? []).map((sheet) => sheet.name));
    parsed.missingSheets = listed.filter((name) => !found.has(name));
    parsed.names = (model.definedNames ?? []).map((n) => ({ ...n, ranges: [...n.ranges] }));
    parsed.sheetOrder = (model.sheets ?? []).map((s) => s.name);
    model.definedNames = [];
    for (const sheet of model.worksheets ?? []) parsed.sheets.set(sheet.id, boundSheet(sheet));
  };
  return parsed;
}

function boundSheet(sheet: SheetModel): SheetBounds {
  let usedRows = 0;
  let usedColumns = 0;
  const kept: RowModel[] = [];
  for (const row of sheet.rows ?? []) {
    if (row.number > usedRows) usedRows = row.number;
    const cells: CellModel[] = [];
    let column = 0;
    for (const cell of row.cells ?? []) {
      // A cell without an address is the one after the previous cell, as exceljs reads it.
      column = cell.address === undefined ? column + 1 : columnOf(cell.address);
      if (column > usedColumns) usedColumns = column;
      if (!(column > MAX_SHEET_COLUMNS)) cells.push(cell);
    }
    // A row number that is not a number stays, for exceljs to refuse the file.
    if (!(row.number > MAX_SHEET_ROWS)) kept.push({ ...row, cells, ...(row.max !== undefined ? { max: Math.min(row.max, MAX_SHEET_COLUMNS) } : {}) });
  }
  const merges = sheet.mergeCells ?? [];
  sheet.rows = kept;
  sheet.mergeCells = [];
  sheet.cols = [];
  return { usedRows, usedColumns, merges };
}

/** Excel's last column, XFD: an address of more letters is past it, however many. */
const EXCEL_COLUMNS = 16_384;

/** "XFD1048576" -> 16384; more than three letters count as one column past Excel's last. */
function columnOf(address: string): number {
  const letters = /^\$?([A-Za-z]+)/.exec(address)?.[1];
  if (letters === undefined) return Number.NaN;
  if (letters.length > 3) return EXCEL_COLUMNS + 1;
  return [...letters.toUpperCase()].reduce((column, letter) => column * 26 + letter.charCodeAt(0) - 64, 0);
}
