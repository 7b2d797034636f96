/**
 * What a cell holds, as people really fill sheets: numbers, «18 %», «0,18», «1 000», blanks and «x» (Latin or
 * Cyrillic) for "no value". Shared by the function arguments and the roadmap reader so both read cells alike.
 */

export type CellReading =
  | { kind: "blank" }
  /** «x» / «х»: the protocol's mark for "no value"; skipped, never zero. */
  | { kind: "none" }
  /** percentSign: the text carried a «%», so 18 means 18 % (0,18 in the workbook). */
  | { kind: "number"; value: number; percentSign: boolean }
  | { kind: "text"; text: string };

const NO_VALUE_MARKS = new Set(["x", "х", "X", "Х"]);
const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function readCell(value: unknown): CellReading {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value, percentSign: false } : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "ИСТИНА" : "ЛОЖЬ" };
  // Anything else (an entity or a rich value) is not a number a user typed: report it as text.
  if (typeof value !== "string") return { kind: "text", text: describeOther(value) };
  const text = value.trim();
  if (text === "") return { kind: "blank" };
  if (NO_VALUE_MARKS.has(text)) return { kind: "none" };
  return parseNumberText(text) ?? { kind: "text", text };
}

/** Longest text kept for a value that is not a cell's own: enough to recognise it, never a flood in a message. */
const OTHER_TEXT_MAX = 100;

/**
 * Text for a value a sheet does not hold (an entity, a rich value, a stray object, a bigint): for messages and reading,
 * never throwing, not even for a cyclic object or one without a prototype.
 */
export function describeOther(value: unknown): string {
  let text: string | undefined;
  if (typeof value === "bigint") text = String(value);
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = undefined;
    }
  }
  text ??= typeof value;
  return text.length > OTHER_TEXT_MAX ? `${text.slice(0, OTHER_TEXT_MAX)}…` : text;
}

/** «18 %», «18,5», «0.18», «1 000» (spaces and no-break spaces as thousands separators). */
function parseNumberText(text: string): CellReading | undefined {
  let body = text.replace(/[\s\u00a0\u202f]/g, "");
  const percentSign = body.endsWith("%");
  if (percentSign) body = body.slice(0, -1);
  if (!NUMBER_TEXT.test(body)) return undefined;
  const value = Number(body.replace(",", "."));
  return Number.isFinite(value) ? { kind: "number", value, percentSign } : undefined;
}

/** The number in the workbook's convention: a «%» in the text makes it a fraction (18 % -> 0,18). */
export function workbookNumber(reading: { value: number; percentSign: boolean }): number {
  return reading.percentSign ? reading.value / 100 : reading.value;
}
