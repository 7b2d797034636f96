/**
 * How far a fact is from its plan: achievement = fact / plan, inverted for a «lower is better» indicator, and the
 * status it gives against two thresholds (DESIGN §3). The sheet's own formulas (facts/formulas.ts) compute the same,
 * so a workbook without the add-in shows what the add-in would.
 */
import thresholdsData from "../data/status-thresholds.json";
import type { Direction } from "../catalog";

export type Status = "достигнуто" | "под угрозой" | "не достигнуто";

export const STATUS = { reached: "достигнуто", risk: "под угрозой", missed: "не достигнуто" } as const satisfies Record<string, Status>;

/** Shares of the plan from which a value is «достигнуто» and «под угрозой». */
export interface Thresholds {
  reached: number;
  risk: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { reached: thresholdsData.reached, risk: thresholdsData.risk };

/**
 * fact / plan; a zero plan is met by any fact from zero up (1, else 0). Lower is better: plan / fact, and a fact of
 * zero or less is the best there is (1).
 */
export function achievement(fact: number, plan: number, direction: Direction = "higher"): number {
  if (direction === "lower") return fact <= 0 ? 1 : plan / fact;
  if (plan === 0) return fact >= 0 ? 1 : 0;
  return fact / plan;
}

/** Nine decimals: 0,45 / 0,5 is 90 %, not a hair below it; the sheet's formula rounds alike. */
export const STATUS_DIGITS = 9;

function rounded(value: number): number {
  const scale = 10 ** STATUS_DIGITS;
  return Math.round(value * scale) / scale;
}

export function statusOf(share: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Status {
  const value = rounded(share);
  if (value >= rounded(thresholds.reached)) return STATUS.reached;
  if (value >= rounded(thresholds.risk)) return STATUS.risk;
  return STATUS.missed;
}
