/**
 * The one coercion funnel for function arguments. Excel passes a cell as [[v]] and a range as rows of values; an
 * omitted optional argument arrives as null; an error cell arrives as a CustomFunctions.Error. Wrappers declare what
 * they accept and call these; what comes back is checked once, in excelResult.
 */
import { readCell, workbookNumber } from "../core/cell-value";
import { errors } from "../core/errors";
import { excelErrorIn, passOn, toExcelError } from "./excel-errors";

export type Matrix = unknown[][];

/** An argument and the words its messages name it by («количество сотрудников»). */
export interface Arg {
  readonly value: unknown;
  readonly what: string;
}

export const arg = (value: unknown, what: string): Arg => ({ value, what });

/** Excel's sheet: no argument from a sheet is larger, so nothing larger is walked cell by cell. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** An optional argument left out: Excel passes null (older hosts undefined). */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** A number typed as a number or as text («18,5», «18 %»); blanks and «x» are errors here. */
export function toNumber(value: unknown, what: string): number {
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank(what);
  if (reading.kind !== "number") throw errors.notANumber(what, value);
  return workbookNumber(reading);
}

/** A head count: a whole number, typed as a number or as text; «5 %» is not a count. */
export function toCount(value: unknown, what: string): number {
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank(what);
  if (reading.kind !== "number" || reading.percentSign) throw errors.notANumber(what, value);
  return reading.value;
}

/**
 * An argument as a rectangular range. A bare value is one cell, a flat array one row, holes are blank cells; an empty,
 * ragged or larger-than-a-sheet range is refused with a message rather than read as nothing.
 */
export function toRange(value: unknown, what: string): Matrix {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > SHEET_ROWS) throw errors.rangeTooLarge(what, value.length, 0);
  const cells = value as unknown[];
  const rows: unknown[][] = cells.some(Array.isArray) ? Array.from(cells, (row) => (Array.isArray(row) ? (row as unknown[]) : [row])) : [cells];
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) throw errors.emptyRange(what);
  if (width > SHEET_COLUMNS) throw errors.rangeTooLarge(what, rows.length, width);
  if (rows.some((row) => row.length !== width)) throw errors.raggedRange(what);
  // Array.from turns holes of a sparse array into undefined, which reads as a blank cell.
  return rows.map((row) => Array.from(row));
}

function sizeOf(matrix: Matrix): string {
  return `${matrix.length}×${matrix[0].length}`;
}

function isSingleCell(matrix: Matrix): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/** Throws the first Excel error among the values, with its own code: a function never computes on an error cell. */
function passOnErrors(values: readonly unknown[], whats: readonly string[]): void {
  values.forEach((value, index) => {
    const error = excelErrorIn(value);
    // A CustomFunctions.Error, thrown as such: excelResult and mapCells hand it to Excel unchanged.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (error) throw passOn(error, whats[index]);
  });
}

/**
 * Applies `cell` to every position of equally sized ranges (a single cell is used for every position) and
 * returns a range of the same size to spill. A bad row gets its own error; the other rows still compute.
 * For a single cell the error is thrown so Excel shows its message.
 */
export function mapCells(args: readonly Arg[], cell: (...values: unknown[]) => unknown): unknown[][] {
  const ranges = args.map(({ value, what }) => toRange(value, what));
  const whats = args.map(({ what }) => what);
  const shaped = ranges.filter((range) => !isSingleCell(range));
  const shape = shaped[0] ?? ranges[0];
  if (shaped.some((range) => range.length !== shape.length || range[0].length !== shape[0].length)) {
    throw errors.sizeMismatch(ranges.map(sizeOf));
  }
  const compute = (r: number, c: number): unknown => {
    const values = ranges.map((range) => (isSingleCell(range) ? range[0][0] : range[r][c]));
    passOnErrors(values, whats);
    return cell(...values);
  };
  if (ranges.every(isSingleCell)) return [[compute(0, 0)]];
  return shape.map((row, r) =>
    row.map((_, c) => {
      try {
        return compute(r, c);
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
}

/** A whole range given to the core at once (a bands table); an Excel error in it is passed on. */
export function tableOf(value: unknown, what: string): Matrix {
  const range = toRange(value, what);
  for (const row of range) passOnErrors(row, row.map(() => what));
  return range;
}

/** One cell, for an argument a whole table answers (INDICATORS): a range of several cells is an error. */
export function singleValue(value: unknown, what: string): unknown {
  const range = toRange(value, what);
  if (!isSingleCell(range)) throw errors.singleCellExpected(what, sizeOf(range));
  passOnErrors(range[0], [what]);
  return range[0][0];
}

/** All values of a repeating argument's ranges, row by row; a range left out (null) is skipped. */
export function valuesOf(ranges: readonly unknown[], what: string): unknown[] {
  return ranges.filter((range) => !isOmitted(range)).flatMap((range) => tableOf(range, what).flat());
}
