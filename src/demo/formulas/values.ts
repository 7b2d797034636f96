/** Values inside a formula, and Excel's rules for turning one kind into another and for comparing them. */

/** An Excel error value (#N/A, #DIV/0!, …), with the message a custom function gave, if any. */
export class FormulaError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A cell's value while computing: null is a blank cell. */
export type Scalar = number | string | boolean | null | FormulaError;

export const errors = {
  value: new FormulaError("#VALUE!"),
  div0: new FormulaError("#DIV/0!"),
  ref: new FormulaError("#REF!"),
  name: new FormulaError("#NAME?"),
  num: new FormulaError("#NUM!"),
  na: new FormulaError("#N/A"),
};

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*(%)?\s*$/;

/** For arithmetic: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
export function toNumber(value: Scalar): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const m = NUMERIC_TEXT.exec(value);
  if (!m) return errors.value;
  const n = Number(value.replace("%", "").trim());
  return m[3] ? n / 100 : n;
}

/** A number as Excel's General format writes it into text (up to 15 significant digits). */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** For &: blank "", numbers in General format, TRUE/FALSE. */
export function toText(value: Scalar): string | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Excel orders numbers < text < logical values; a blank takes the other side's kind. */
function rank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function blankLike(other: Scalar): number | string | boolean {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

/** -1, 0 or 1 as Excel's comparison operators see two values (text case-insensitively); errors propagate. */
export function compare(left: Scalar, right: Scalar): number | FormulaError {
  if (left instanceof FormulaError) return left;
  if (right instanceof FormulaError) return right;
  const a = left === null ? blankLike(right) : left;
  const b = right === null ? blankLike(left) : right;
  if (rank(a) !== rank(b)) return Math.sign(rank(a) - rank(b));
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** For IF and AND: numbers are TRUE unless 0, "TRUE"/"FALSE" text counts, other text is #VALUE!. */
export function toBoolean(value: Scalar): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const upper = value.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return errors.value;
}
