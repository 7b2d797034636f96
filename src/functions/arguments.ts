/**
 * The one coercion funnel for function arguments. Excel passes a cell as [[v]] and a range as rows of values; an
 * omitted optional argument arrives as null; an error cell arrives as a CustomFunctions.Error. Wrappers declare what
 * they accept and call these; what comes back is checked once, in excelResult.
 */
import { readCell, workbookNumber } from "../core/cell-value";
import { errors } from "../core/errors";
import { cellOrError, checkedRange, excelErrorIn, passOn, toExcelError } from "./excel-errors";

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
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank(what);
  if (reading.kind !== "number") throw errors.notANumber(what, value);
  return workbookNumber(reading);
}

/** A head count: a whole number, typed as a number or as text; «5 %» is not a count. */
export function toCount(value: unknown, what: string): number {
  // A finite number reads as itself: no reading is made for the cells nearly every column holds.
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank(what);
  if (reading.kind !== "number" || reading.percentSign) throw errors.notANumber(what, value);
  return reading.value;
}

/**
 * An argument as a rectangular range. A bare value is one cell, a flat array one row, holes are blank cells (read by
 * index, they are undefined); an empty, ragged or larger-than-a-sheet range is refused with a message rather than
 * read as nothing.
 */
export function toRange(value: unknown, what: string): Matrix {
  if (!Array.isArray(value)) return [[value]];
  const cells = value as unknown[];
  if (cells.length > SHEET_ROWS) throw errors.rangeTooLarge(what, cells.length, 0);
  // What Excel passes, rows that are all arrays, is read as it is in one pass: no copy of a column of 100 000 rows.
  // Not put in place by the minifier, for the reason column() is not (see mapCells).
  const shape = /*#__NOINLINE__*/ arrayRowsShape(cells);
  const rows: unknown[][] = shape ? (cells as unknown[][]) : cells.some(Array.isArray) ? Array.from(cells, (row) => (Array.isArray(row) ? (row as unknown[]) : [row])) : [cells];
  const { width, ragged } = shape ?? rowsShape(rows);
  if (width === 0) throw errors.emptyRange(what);
  if (width > SHEET_COLUMNS) throw errors.rangeTooLarge(what, rows.length, width);
  if (ragged) throw errors.raggedRange(what);
  return rows;
}

interface Shape {
  /** The longest row's length. */
  width: number;
  /** Whether rows differ in length. */
  ragged: boolean;
}

/** The shape when every position holds an array (read by index, so a hole is not one); undefined otherwise. */
function arrayRowsShape(cells: readonly unknown[]): Shape | undefined {
  if (cells.length === 0) return undefined;
  let width = 0;
  let ragged = false;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (!Array.isArray(row)) return undefined;
    const length = row.length;
    if (r > 0 && length !== width) ragged = true;
    if (length > width) width = length;
  }
  return { width, ragged };
}

function rowsShape(rows: readonly unknown[][]): Shape {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return { width, ragged: rows.some((row) => row.length !== width) };
}

function sizeOf(matrix: Matrix): string {
  return `${matrix.length}×${matrix[0].length}`;
}

function isSingleCell(matrix: Matrix): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/** Throws the first Excel error among the values, with its own code: a function never computes on an error cell. */
function passOnErrors(values: readonly unknown[], whats: readonly string[]): void {
  for (let i = 0; i < values.length; i++) passOnError(values[i], whats[i]);
}

function passOnError(value: unknown, what: string): void {
  // Only an object can be an error cell: numbers and texts, nearly every cell, skip the lookup.
  if (typeof value !== "object" || value === null) return;
  const error = excelErrorIn(value);
  // A CustomFunctions.Error, thrown as such: excelResult and mapCells hand it to Excel unchanged.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (error) throw passOn(error, what);
}

/**
 * Applies `cell` to every position of equally sized ranges (a single cell is used for every position) and
 * returns a range of the same size to spill. A bad row gets its own error; the other rows still compute.
 * For a single cell the error is thrown so Excel shows its message.
 */
export function mapCells(args: readonly Arg[], cell: (...values: unknown[]) => unknown): unknown[][] {
  const ranges = args.map(({ value, what }) => toRange(value, what));
  const whats = args.map(({ what }) => what);
  const single = ranges.map(isSingleCell);
  const shape = ranges.find((_, i) => !single[i]) ?? ranges[0];
  if (ranges.some((range, i) => !single[i] && (range.length !== shape.length || range[0].length !== shape[0].length))) {
    throw errors.sizeMismatch(ranges.map(sizeOf));
  }
  const compute = cellsOf(ranges, single, whats, cell);
  if (single.every(Boolean)) return [[compute(0, 0)]];
  const width = shape[0].length;
  // A column of one or two arguments (SCORE, NEXTBAND, CZTARGET over a table): its own loop, see column(). Kept a
  // function of its own in the bundle: the minifier would put a function called once in place, as a closure made
  // anew per call, whose compiled code the engine may drop at a full garbage collection (the next column then runs
  // uncompiled until it is compiled again).
  if (width === 1 && ranges.length <= 2) return checkedRange(/*#__NOINLINE__*/ column(shape.length, ranges, single, whats, cell));
  // Each cell checked here as excelResult would check it, so that a column is walked once, not twice.
  const safe = (r: number, c: number): unknown => {
    try {
      return cellOrError(compute(r, c));
    } catch (error) {
      return toExcelError(error);
    }
  };
  const result = new Array<unknown[]>(shape.length);
  for (let r = 0; r < shape.length; r++) {
    const row = new Array<unknown>(width);
    for (let c = 0; c < width; c++) row[c] = safe(r, c);
    result[r] = row;
  }
  return checkedRange(result);
}

/**
 * The cells of a column of one or two arguments. This runs for every row of a column of 100 000: a plain loop that
 * reads each argument by index and calls `cell` directly, with no closure, array or spread per row, so that the
 * engine compiles the row into the loop. The try is around the loop rather than in it: a bad row is caught, given
 * its error, and the loop goes on after it. A finite number, nearly every result, goes into its row as it is;
 * anything else passes through cellOrError, as excelResult would check it.
 */
function column(rows: number, ranges: readonly Matrix[], single: readonly boolean[], whats: readonly string[], cell: (...values: unknown[]) => unknown): unknown[][] {
  const count = ranges.length;
  const [a, b = a] = ranges;
  const [singleA, singleB = true] = single;
  const [whatA, whatB = whatA] = whats;
  const result = new Array<unknown[]>(rows);
  let r = 0;
  while (r < rows) {
    try {
      for (; r < rows; r++) {
        const x = singleA ? a[0][0] : a[r][0];
        passOnError(x, whatA);
        let value: unknown;
        if (count === 2) {
          const y = singleB ? b[0][0] : b[r][0];
          passOnError(y, whatB);
          value = cell(x, y);
        } else value = cell(x);
        result[r] = typeof value === "number" && Number.isFinite(value) ? [value] : [cellOrError(value)];
      }
    } catch (error) {
      result[r] = [toExcelError(error)];
      r++;
    }
  }
  return result;
}

/**
 * The value of one position, for a single cell and for ranges of several columns or of three arguments and more:
 * one and two arguments are read into locals and passed directly, so no array is filled and spread per cell.
 */
function cellsOf(
  ranges: readonly Matrix[],
  single: readonly boolean[],
  whats: readonly string[],
  cell: (...values: unknown[]) => unknown,
): (r: number, c: number) => unknown {
  const at = (i: number, r: number, c: number): unknown => (single[i] ? ranges[i][0][0] : ranges[i][r][c]);
  if (ranges.length === 1) {
    return (r, c) => {
      const a = at(0, r, c);
      passOnError(a, whats[0]);
      return cell(a);
    };
  }
  if (ranges.length === 2) {
    return (r, c) => {
      const a = at(0, r, c);
      const b = at(1, r, c);
      passOnError(a, whats[0]);
      passOnError(b, whats[1]);
      return cell(a, b);
    };
  }
  const values = new Array<unknown>(ranges.length);
  return (r, c) => {
    for (let i = 0; i < ranges.length; i++) values[i] = at(i, r, c);
    passOnErrors(values, whats);
    return cell(...values);
  };
}

/** A whole range given to the core at once (a bands table), holes as undefined; an Excel error in it is passed on. */
export function tableOf(value: unknown, what: string): Matrix {
  const range = toRange(value, what).map((row) => Array.from(row));
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
