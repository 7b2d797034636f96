/**
 * The percent convention, in one place: the catalog keeps numbers as printed (18 with unit "%"),
 * the workbook keeps a percentage as a fraction with a % format (0,18).
 */

export const PERCENT_UNIT = "%";

export function isPercentUnit(unit: string): boolean {
  return unit.trim() === PERCENT_UNIT;
}

/** Printed value -> workbook value (18 % -> 0,18); other units unchanged. */
export function toWorkbookValue(printed: number, unit: string): number {
  return isPercentUnit(unit) ? roundTiny(printed / 100) : printed;
}

/** Workbook value -> printed value (0,18 -> 18 for %); other units unchanged. */
export function fromWorkbookValue(value: number, unit: string): number {
  return isPercentUnit(unit) ? roundTiny(value * 100) : value;
}

/**
 * Drops binary noise such as 0.07650000000000001 so a converted target compares equal to a typed one. Numbers too
 * large for twelve decimals are returned as they are: scaling 1E+308 by 10^12 overflowed to Infinity.
 */
export function roundTiny(value: number): number {
  const scaled = value * 1e12;
  return Math.abs(scaled) < Number.MAX_SAFE_INTEGER ? Math.round(scaled) / 1e12 : value;
}
