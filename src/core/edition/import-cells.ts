/** How the import reads single cells: text as typed (spaces joined), years in the spellings people use, dates. */
import { readCell } from "../cell-value";
import { roundTiny } from "../units";
import { plainWords } from "./table-layout";

/** A cell's text with line breaks and repeated spaces made one space; a number as written; anything else empty. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export const isBlank = (value: unknown): boolean => readCell(value).kind === "blank";

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const YEAR_TEXT = /^(?:на\s+)?(\d{4})\s*(?:г|гг|год|года|году)?\.?$/;

/** «2025», 2025, «2025 г.», «2025 год», «на 2025 год» → "2025"; anything else undefined. */
export function yearOf(value: unknown): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR ? String(value) : undefined;
  if (typeof value !== "string") return undefined;
  const match = YEAR_TEXT.exec(plainWords(value));
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? match[1] : undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date as Excel stores it (a serial number), as people write it: 45731 → «15.03.2025»; a year stays a year. */
export function dateText(value: unknown): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return cellText(value);
  if (yearOf(value) !== undefined) return String(value);
  if (value < 1 || value > 100_000) return String(value);
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** A number written as a number or as text («18,5», «18 %»), and whether the text carried a «%». */
export function numberOf(value: unknown): { value: number; percentSign: boolean } | undefined {
  const reading = readCell(value);
  return reading.kind === "number" ? { value: reading.value, percentSign: reading.percentSign } : undefined;
}

/**
 * The percent rule of the regional line and the bands' bounds. A «%» in the text means a percent as printed
 * («28 %» is 28). Numbers without it are read together, since a %-formatted cell arrives as a fraction: when every
 * one of them is at most 1, they are fractions (0,28 is 28 %); otherwise they are percents as printed, and a number
 * between 0 and 1 among them is said in a warning (it is 0,5 %, which may not be what was meant).
 */
export function percentsOf(readings: readonly { value: number; percentSign: boolean }[]): { percents: number[]; smallAmongPercents: number[] } {
  const plain = readings.filter((r) => !r.percentSign).map((r) => r.value);
  const fractions = plain.length > 0 && plain.every((v) => Math.abs(v) <= 1);
  const percents = readings.map((r) => (r.percentSign || !fractions ? r.value : roundTiny(r.value * 100)));
  const smallAmongPercents = fractions ? [] : readings.map((r, i) => (!r.percentSign && r.value > 0 && r.value < 1 ? i : -1)).filter((i) => i >= 0);
  return { percents, smallAmongPercents };
}
