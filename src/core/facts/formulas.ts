/**
 * The built-in formulas a roadmap with facts carries, so achievement and status work without the add-in (Excel,
 * LibreOffice, Р7): the same rules as achievement.ts, written once here. `sheetAchievement` / `sheetStatus` say what
 * these formulas give for cells as a host reads them, for the tests that recalculate the sheet and for the check.
 */
import type { Direction } from "../catalog";
import { achievement, statusOf, STATUS, STATUS_DIGITS, type Status, type Thresholds } from "./achievement";

/** A cell the formulas can compute with: a number (a text «18 %» is text to Excel's ISNUMBER too). */
const usable = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export function achievementFormula(fact: string, plan: string, direction: Direction): string {
  const unusable = `OR(NOT(ISNUMBER(${fact})),NOT(ISNUMBER(${plan})))`;
  const share = direction === "lower" ? `IF(${fact}<=0,1,${plan}/${fact})` : `IF(${plan}=0,IF(${fact}>=0,1,0),${fact}/${plan})`;
  return `=IF(${unusable},"",${share})`;
}

export function statusFormula(share: string, reached: string, risk: string): string {
  const r = (ref: string) => `ROUND(${ref},${STATUS_DIGITS})`;
  return `=IF(NOT(ISNUMBER(${share})),"",IF(${r(share)}>=${r(reached)},"${STATUS.reached}",IF(${r(share)}>=${r(risk)},"${STATUS.risk}","${STATUS.missed}")))`;
}

/** The year's fact from its quarters: the last one reported (IV, else III, …), blank while none is. */
export function lastQuarterFormula(quarters: readonly string[]): string {
  let formula = '""';
  for (const cell of quarters) formula = `IF(ISNUMBER(${cell}),${cell},${formula})`;
  return `=${formula}`;
}

export function sheetAchievement(fact: unknown, plan: unknown, direction: Direction): number | "" {
  return usable(fact) && usable(plan) ? achievement(fact, plan, direction) : "";
}

export function sheetStatus(share: unknown, thresholds: Thresholds): Status | "" {
  return usable(share) ? statusOf(share, thresholds) : "";
}
