/**
 * What a saved workbook holds, as plain data a test can compare: per sheet the cell grid (values, formulas, number
 * formats), merges and sheet-scoped names. Produced by readXlsx; a fake Excel may build the same shape.
 */
import { parseAddress } from "../core/sheet-model";

/** A constant or a formula's cached result; formula errors are their text ("#N/A", "#DIV/0!"). */
export type SnapshotValue = string | number | boolean | null;

/** A defined name; range is "C7" or "C7:C9" on its own sheet, or "'Other'!$A$1" when it points elsewhere. */
export interface SnapshotName {
  name: string;
  range: string;
}

export interface SheetSnapshot {
  name: string;
  /** [row][column], 0-based, a full rectangle from A1 (missing cells are null), at most the reader's block. */
  values: SnapshotValue[][];
  /** "=AVERAGE(C7,C9)" where the cell holds a formula, else null. */
  formulas: (string | null)[][];
  /** The cell's number format ("0%", "0.00", "@"), null for General. */
  numberFormats: (string | null)[][];
  /** "A1:E1" */
  merges: string[];
  /** Names scoped to this sheet. */
  names: SnapshotName[];
  /**
   * Present when the sheet reaches past the block the reader takes (src/xlsx/limits.ts): how far it reaches (1-based
   * rows and columns) and a Russian message saying what was left out.
   */
  clipped?: { rows: number; columns: number; message: string };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Names scoped to the whole workbook (none are written by writeXlsx). Optional so other producers may omit it. */
  workbookNames?: SnapshotName[];
}

/** The sheet called name; throws listing the sheets there are. */
export function snapshotSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" in the workbook; sheets: ${snapshot.sheets.map((s) => `"${s.name}"`).join(", ")}`);
  return sheet;
}

/** One cell of a sheet snapshot by A1 address; cells outside the grid are empty. */
export function snapshotCell(sheet: SheetSnapshot, address: string): { value: SnapshotValue; formula: string | null; numberFormat: string | null } {
  const { row, column } = parseAddress(address);
  return {
    value: sheet.values[row]?.[column] ?? null,
    formula: sheet.formulas[row]?.[column] ?? null,
    numberFormat: sheet.numberFormats[row]?.[column] ?? null,
  };
}
