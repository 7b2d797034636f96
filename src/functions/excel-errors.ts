/**
 * The only place a core error becomes an Excel error, and where an Excel error that arrived in an argument is passed
 * on. Excel shows the message for #VALUE! and #N/A. What a function gives back is checked here once: a finite number,
 * a text, a boolean or an Excel error, never NaN, Infinity, a hole or an empty range.
 */
import { CdtoError, errors } from "../core/errors";

/**
 * Codes a function may give back. #NAME? and #REF! Excel accepts only as input errors (CustomFunctionsRuntime 1.3);
 * they come back as #VALUE! with a message naming them.
 */
const OUTPUT_CODES: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** Longest error code shown in a message: codes are short, anything longer is not one of Excel's. */
const CODE_MAX = 16;

/**
 * The Excel error an argument cell holds. The runtime hands an error cell to the function as a CustomFunctions.Error
 * carrying only its code (where the metadata lets errors in); outside Office there is no such class and no such value.
 */
export function excelErrorIn(value: unknown): CustomFunctions.Error | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const runtime = (globalThis as { CustomFunctions?: { Error?: unknown } }).CustomFunctions;
  const ErrorClass = runtime?.Error;
  return typeof ErrorClass === "function" && value instanceof ErrorClass ? (value as CustomFunctions.Error) : undefined;
}

/** The error of an argument, given back with its own code and a Russian message saying where it came from. */
export function passOn(error: CustomFunctions.Error, what: string): CustomFunctions.Error {
  const code = String(error.code).slice(0, CODE_MAX);
  const kept = OUTPUT_CODES.has(code) ? (code as CustomFunctions.ErrorCode) : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(kept, errors.passedError(code, what).message);
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  const passed = excelErrorIn(error);
  if (passed) return passed;
  if (error instanceof CdtoError) {
    const code =
      error.severity === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  // A bug, not a user mistake: still a readable #VALUE!, never a crash of the function.
  const detail = error instanceof Error ? error.message : String(error);
  return toExcelError(errors.internal(detail));
}

/**
 * Runs a function body, turns any error it throws into the Excel error the cell shows, and checks what it gives back.
 * A single bad value is thrown (Excel then shows its message); a bad cell of a range becomes that cell's error.
 */
export function excelResult<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    // Excel's documented way to show an error with a message is to throw a CustomFunctions.Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw toExcelError(error);
  }
  if (!Array.isArray(result)) return checkedValue(result) as T;
  // A range mapCells made has had every cell checked as it was computed: not walked a second time.
  if (checkedRanges.has(result)) return result;
  const rows = result as unknown[][];
  const showableRows = checkRows(rows);
  if (rows.length === 1 && rows[0].length === 1) return [[checkedValue(rows[0][0])]] as T;
  return (showableRows ? rows : rows.map(showable)) as T;
}

/**
 * Throws where the result is empty or a row is not a non-empty array; says whether every cell is showable as it is.
 * One pass, by index (holes included): a result may be a column of 100 000 cells.
 */
function checkRows(rows: readonly unknown[]): boolean {
  let allShowable = true;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length === 0) break;
    if (allShowable) for (let c = 0; c < row.length; c++) if (problemOf(row[c])) allShowable = false;
    if (r === rows.length - 1) return allShowable;
  }
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw toExcelError(errors.internal("пустой результат"));
}

function showable(row: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(row.length);
  for (let c = 0; c < row.length; c++) out[c] = cellOrError(row[c]);
  return out;
}

/** The value itself, or the Excel error thrown in its place. */
function checkedValue(value: unknown): unknown {
  const problem = problemOf(value);
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (problem) throw toExcelError(problem);
  return value;
}

/** Ranges of several cells whose every cell is already showable (cellOrError applied), as mapCells gives them. */
const checkedRanges = new WeakSet<object>();

/** Marks a range of several cells, each of them passed through cellOrError, as needing no check in excelResult. */
export function checkedRange<T extends unknown[][]>(rows: T): T {
  checkedRanges.add(rows);
  return rows;
}

export function cellOrError(value: unknown): unknown {
  const problem = problemOf(value);
  return problem ? toExcelError(problem) : value;
}

function problemOf(value: unknown): CdtoError | undefined {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return errors.internal("результат не число (NaN)");
    return Number.isFinite(value) ? undefined : errors.notFinite();
  }
  if (typeof value === "string" || typeof value === "boolean" || excelErrorIn(value)) return undefined;
  return errors.internal(`значение ${typeof value} вместо числа или текста`);
}
