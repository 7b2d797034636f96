/**
 * Training score of protocol appendix 1: the share of trained staff mapped to points by bands.
 * share = trained / employees, exact (not the rounded printed %); a band's lower bound is inclusive
 * and the band runs up to the next band's lower bound, which closes the gaps of the printed ranges.
 */
import { builtInEdition, type EditionBand } from "./edition";
import { readCell, workbookNumber } from "./cell-value";
import { errors } from "./errors";
import { roundTiny } from "./units";

export interface Band {
  /** Lower bound of the share, 0..1, inclusive. */
  readonly lower: number;
  readonly score: number;
}

/** Bands sorted by lower bound ascending; the methodology's table is data (training-bands.json). */
export type Bands = readonly Band[];

/** An edition's printed bands (lower bound in percent) as the score uses them. */
export function editionBands(printed: readonly EditionBand[]): Bands {
  return sortBands(printed.map((b) => ({ lower: b.lowerPercent / 100, score: b.score })));
}

export const DEFAULT_BANDS: Bands = editionBands(builtInEdition.bands);

/**
 * More people than any executive body employs. A larger count is a typing slip (5E+17 for 50): refused with a
 * message, so that no search over counts ever meets numbers beyond exact float steps (2^53).
 */
export const MAX_EMPLOYEES = 10_000_000;

export type NextBand =
  | { status: "reachable"; extra: number; gain: number; score: number }
  | { status: "top" }
  | { status: "unreachable"; extra: number };

/** Checks a pair of counts; throws CdtoError with a Russian message. */
export function checkCounts(employees: number, trained: number): void {
  checkWhole("количество сотрудников", employees);
  checkWhole("количество обученных", trained);
  if (employees <= 0) throw errors.employeesNotPositive(employees);
  if (employees > MAX_EMPLOYEES) throw errors.tooManyEmployees(employees, MAX_EMPLOYEES);
  if (trained < 0) throw errors.negative("количество обученных", trained);
  if (trained > employees) throw errors.trainedExceedsEmployees(trained, employees);
}

function checkWhole(what: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) throw errors.notANumber(what, value);
  if (!Number.isInteger(value)) throw errors.notWhole(what, value);
}

export function share(employees: number, trained: number): number {
  checkCounts(employees, trained);
  return trained / employees;
}

/** Score by share alone; below the lowest bound the score is 0. */
export function scoreForShare(value: number, bands: Bands = DEFAULT_BANDS): number {
  let result = 0;
  // By index: this runs for every cell of a SCORE column, and an iterator there costs more than the comparison.
  for (let i = 0; i < bands.length; i++) if (value >= bands[i].lower) result = bands[i].score;
  return result;
}

export function score(employees: number, trained: number, bands: Bands = DEFAULT_BANDS): number {
  return scoreForShare(share(employees, trained), bands);
}

/**
 * Smallest whole number of trained people whose share reaches `lower`, decided by the same division score() uses.
 * With employees <= MAX_EMPLOYEES the float error of lower × employees is far below one person, so the answer lies
 * within one of its ceiling: a window of five candidates is tried, and the last one always reaches the share.
 */
function peopleForShare(employees: number, lower: number): number {
  const estimate = Math.ceil(lower * employees);
  const last = estimate + 2;
  let people = Math.max(0, estimate - 2);
  while (people < last && people / employees < lower) people++;
  return people;
}

/**
 * The smallest number of extra trained people that lifts the score, and the points gained.
 * "top": no band scores higher. "unreachable": the higher band needs more people than the staff has.
 */
export function nextBand(employees: number, trained: number, bands: Bands = DEFAULT_BANDS): NextBand {
  const current = score(employees, trained, bands);
  const higher = bands.find((band) => band.score > current);
  if (!higher) return { status: "top" };
  const needed = peopleForShare(employees, higher.lower);
  if (needed > employees) return { status: "unreachable", extra: needed - trained };
  const reached = scoreForShare(needed / employees, bands);
  return { status: "reachable", extra: needed - trained, gain: roundTiny(reached - current), score: reached };
}

function sortBands(bands: Band[]): Band[] {
  return [...bands].sort((a, b) => a.lower - b.lower);
}

/**
 * A user's bands table (rows of lower bound, score), as typed in a sheet: bounds as shares (50 % = 0,5),
 * as «50 %» text, or as plain percents (50) when any plain bound exceeds 1. Fully blank rows are skipped.
 */
export function bandsFromTable(rows: readonly (readonly unknown[])[]): Bands {
  if (rows.some((row) => row.length !== 2)) throw errors.bandsShape();
  const filled = rows
    .map((row, index) => ({ row, number: index + 1 }))
    .filter(({ row }) => row.some((cell) => readCell(cell).kind !== "blank"));
  if (filled.length === 0) throw errors.bandsEmpty();
  const parsed = filled.map(({ row, number }) => {
    const bound = readCell(row[0]);
    const points = readCell(row[1]);
    if (bound.kind !== "number") throw errors.bandsBound(number, row[0]);
    if (points.kind !== "number" || points.percentSign || points.value < 0) throw errors.bandsScore(number, row[1]);
    return { number, bound, raw: row[0], score: points.value };
  });
  const plainPercents = parsed.some(({ bound }) => !bound.percentSign && bound.value > 1);
  const bands = parsed.map(({ number, bound, raw, score: points }) => {
    const lower = bound.percentSign ? workbookNumber(bound) : plainPercents ? bound.value / 100 : bound.value;
    if (!(lower >= 0 && lower <= 1)) throw errors.bandsBound(number, raw);
    return { lower: roundTiny(lower), score: points };
  });
  return checkBands(sortBands(bands));
}

function checkBands(bands: Band[]): Bands {
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].lower === bands[i - 1].lower) throw errors.bandsDuplicate(bands[i].lower);
    if (bands[i].score < bands[i - 1].score) throw errors.bandsNotMonotone();
  }
  return bands;
}
