/**
 * The one coercion funnel for function arguments. Excel passes a cell as [[v]] and a range as rows of values;
 * an omitted optional argument arrives as null. Wrappers declare what they accept and call these.
 */
import { readCell, workbookNumber } from "../core/cell-value";
import { errors } from "../core/errors";
import { toExcelError } from "./excel-errors";

export type Matrix = unknown[][];

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

function sizeOf(matrix: Matrix): string {
  return `${matrix.length}×${matrix[0]?.length ?? 0}`;
}

function isSingleCell(matrix: Matrix): boolean {
  return matrix.length === 1 && matrix[0].length === 1;
}

/**
 * Applies `cell` to every position of equally sized ranges (a single cell is used for every position) and
 * returns a range of the same size to spill. A bad row gets its own error; the other rows still compute.
 * For a single cell the error is thrown so Excel shows its message.
 */
export function mapCells(ranges: Matrix[], cell: (...values: unknown[]) => unknown): unknown[][] {
  const shaped = ranges.filter((range) => !isSingleCell(range));
  const shape = shaped[0] ?? ranges[0];
  if (shaped.some((range) => range.length !== shape.length || range[0].length !== shape[0].length)) {
    throw errors.sizeMismatch(ranges.map(sizeOf));
  }
  if (ranges.every(isSingleCell)) return [[cell(...ranges.map((range) => range[0][0]))]];
  return shape.map((row, r) =>
    row.map((_, c) => {
      try {
        return cell(...ranges.map((range) => (isSingleCell(range) ? range[0][0] : range[r][c])));
      } catch (error) {
        return toExcelError(error);
      }
    }),
  );
}

/** All values of several ranges, row by row. */
export function flatten(ranges: Matrix[]): unknown[] {
  return ranges.flatMap((range) => range.flat());
}
