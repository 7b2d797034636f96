/**
 * The 2-D arrays a SheetModel is written with: constants, formulas and number formats for the whole rectangle,
 * so the cells go to Excel in one call each. null means "leave as is" in Office.js, which lets the constants and
 * the formulas be written as two layers over the same range.
 */
import { parseRange, rectangularCells, type CellValue, type SheetModel } from "../core/sheet-model";

export interface ModelGrids {
  values: (CellValue | null)[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
  rows: number;
  columns: number;
}

const GENERAL = "General";
const TEXT = "@";
/** Text that a spreadsheet would read as a formula or a number sign if it were typed. */
const FORMULA_LIKE = /^[=+\-@]/;

export function modelGrids(model: SheetModel): ModelGrids {
  const cells = rectangularCells(model);
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const numberFormats = cells.map((row) => row.map(() => GENERAL));
  for (const { range, style } of model.styles) {
    if (style.numberFormat === undefined) continue;
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= Math.min(bottom, rows - 1); r++) {
      for (let c = left; c <= Math.min(right, columns - 1); c++) numberFormats[r][c] = style.numberFormat;
    }
  }
  const values = cells.map((row, r) =>
    row.map((cell, c) => {
      if ("formula" in cell) return null;
      // Formula injection: a text that looks like a formula is stored as text, whatever the model's styles say.
      if (typeof cell.value === "string" && FORMULA_LIKE.test(cell.value)) numberFormats[r][c] = TEXT;
      return cell.value ?? "";
    }),
  );
  const formulas = cells.map((row) => row.map((cell) => ("formula" in cell ? cell.formula : null)));
  return { values, formulas, numberFormats, rows, columns };
}

/** Rough size of the request a grid write makes: Excel on the web rejects payloads above about 5 MB. */
export function payloadBytes(grids: Pick<ModelGrids, "values" | "formulas" | "numberFormats">): number {
  return JSON.stringify(grids.values).length + JSON.stringify(grids.formulas).length + JSON.stringify(grids.numberFormats).length;
}
