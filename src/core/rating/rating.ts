/**
 * Rating of executive bodies by the share of trained staff (protocol appendix 1): every valid row gets its share,
 * score and next band; bad rows are reported with their row number and left out, so the rest is still rated.
 */
import { readCell } from "../cell-value";
import { CdtoError, errors } from "../errors";
import { DEFAULT_BANDS, checkCounts, nextBand, scoreForShare, type Bands, type NextBand } from "../training";
import { roundTiny } from "../units";
import { fieldNames, ratingMessages } from "./messages";

/** One row of a user's table, as read from the cells. */
export interface BodyRow {
  name: unknown;
  employees: unknown;
  trained: unknown;
  /** Row number shown in messages; defaults to the 1-based position in the input. */
  sourceRow?: number;
}

export interface RatedBody {
  name: string;
  employees: number;
  trained: number;
  /** trained / employees, exact. */
  share: number;
  score: number;
  next: NextBand;
  sourceRow: number;
}

export interface RowProblem {
  row: number;
  /** The body's name when the row has one. */
  name?: string;
  /** Russian, without the row number. */
  message: string;
}

export interface RatingTotals {
  bodies: number;
  employees: number;
  trained: number;
  /** Overall share of the rated bodies, null when none is rated. */
  share: number | null;
  /** Average score of the rated bodies, null when none is rated. */
  averageScore: number | null;
}

export interface RatingResult {
  bodies: RatedBody[];
  problems: RowProblem[];
  totals: RatingTotals;
}

type Checked = { ok: true; body: RatedBody } | { ok: false; problem: RowProblem };

/** Rates every valid row; a fully blank row (name and both counts blank) is skipped, as tables end in spare rows. */
export function rateBodies(rows: readonly BodyRow[], bands: Bands = DEFAULT_BANDS): RatingResult {
  const numbered = rows.map((row, index) => ({ row, number: row.sourceRow ?? index + 1 })).filter(({ row }) => !isBlankRow(row));
  const duplicates = duplicateRows(numbered.map(({ row, number }) => ({ name: nameOf(row.name), number })));
  // The copies of a repeated name written alike get the same message: made once per spelling, not once per copy.
  const duplicateMessages = new Map<readonly number[], Map<string, string>>();
  const duplicateMessage = (name: string, rows: readonly number[]) => {
    let bySpelling = duplicateMessages.get(rows);
    if (!bySpelling) duplicateMessages.set(rows, (bySpelling = new Map<string, string>()));
    let message = bySpelling.get(name);
    if (message === undefined) bySpelling.set(name, (message = ratingMessages.duplicateName(name, rows)));
    return message;
  };
  const bodies: RatedBody[] = [];
  const problems: RowProblem[] = [];
  for (const { row, number } of numbered) {
    const checked = checkRow(row, number, duplicates, duplicateMessage, bands);
    if (checked.ok) bodies.push(checked.body);
    else problems.push(checked.problem);
  }
  return { bodies, problems, totals: totalsOf(bodies) };
}

function isBlankRow(row: BodyRow): boolean {
  return [row.name, row.employees, row.trained].every((value) => readCell(value).kind === "blank");
}

/** The key two names are compared by: trimmed, case- and space-insensitive, ё = е. */
export function nameKey(name: string): string {
  return name.trim().replace(/[\s\u00a0\u202f]+/g, " ").toLowerCase().replace(/ё/g, "е");
}

function nameOf(value: unknown): string | undefined {
  const cell = readCell(value);
  if (cell.kind === "blank" || cell.kind === "none") return undefined;
  return (typeof value === "string" ? value : String(value)).trim().replace(/[\s\u00a0\u202f]+/g, " ");
}

/** Rows whose name occurs more than once, each mapped to all the rows of that name. */
function duplicateRows(names: { name: string | undefined; number: number }[]): Map<number, number[]> {
  const byKey = new Map<string, number[]>();
  for (const { name, number } of names) {
    if (name === undefined) continue;
    const key = nameKey(name);
    // Appended in place: copying the list on every repeat made a column of one repeated name quadratic.
    const rowsOfName = byKey.get(key);
    if (rowsOfName) rowsOfName.push(number);
    else byKey.set(key, [number]);
  }
  const result = new Map<number, number[]>();
  for (const rowsOfName of byKey.values()) {
    if (rowsOfName.length > 1) for (const number of rowsOfName) result.set(number, rowsOfName);
  }
  return result;
}

function checkRow(
  row: BodyRow,
  number: number,
  duplicates: Map<number, number[]>,
  duplicateMessage: (name: string, rows: readonly number[]) => string,
  bands: Bands,
): Checked {
  const name = nameOf(row.name);
  const fail = (message: string): Checked => ({ ok: false, problem: { row: number, ...(name ? { name } : {}), message } });
  if (name === undefined) return fail(errors.blank(fieldNames.name).message);
  // A duplicate is left out whole: we cannot tell which of the rows is right.
  const sameName = duplicates.get(number);
  if (sameName) return fail(duplicateMessage(name, sameName));
  try {
    const employees = readCount(row.employees, fieldNames.employees);
    const trained = readCount(row.trained, fieldNames.trained);
    checkCounts(employees, trained);
    const share = trained / employees;
    const body = { name, employees, trained, share, score: scoreForShare(share, bands), next: nextBand(employees, trained, bands), sourceRow: number };
    return { ok: true, body };
  } catch (error) {
    if (error instanceof CdtoError) return fail(error.message);
    throw error;
  }
}

/** A count cell: a number or number text; blanks, «x», other text and «%» values are refused. */
function readCount(value: unknown, what: string): number {
  const cell = readCell(value);
  if (cell.kind === "blank" || cell.kind === "none") throw errors.blank(what);
  if (cell.kind === "text") throw errors.notANumber(what, value);
  if (cell.percentSign) throw new CdtoError("value", ratingMessages.percentCount(what, value));
  return cell.value;
}

function totalsOf(bodies: readonly RatedBody[]): RatingTotals {
  const employees = sum(bodies.map((b) => b.employees));
  const trained = sum(bodies.map((b) => b.trained));
  const count = bodies.length;
  return {
    bodies: count,
    employees,
    trained,
    share: count > 0 ? trained / employees : null,
    averageScore: count > 0 ? roundTiny(sum(bodies.map((b) => b.score)) / count) : null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
