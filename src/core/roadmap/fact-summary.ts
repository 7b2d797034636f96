/**
 * What a roadmap's facts add up to, for the «Свод»: the sector's actual ЦЗ per year (the mean of the usable facts of
 * its %-indicators, as the sheet's actual row computes it) and how many indicator-years are «достигнуто», «под
 * угрозой» and «не достигнуто» against their plan.
 */
import { achievement, DEFAULT_THRESHOLDS, STATUS, statusOf } from "../facts";
import { isPercentUnit } from "../units";
import type { Roadmap } from "./read";
import { interpretValue } from "./validate";

export interface FactSummary {
  /** Actual ЦЗ by year (workbook convention); undefined where the year has no usable fact. */
  actual: Record<string, number | undefined>;
  statuses: { reached: number; risk: number; missed: number };
}

/** Undefined for a roadmap without fact rows. */
export function factSummary(roadmap: Roadmap): FactSummary | undefined {
  const withFacts = roadmap.indicators.filter((i) => i.factRow !== undefined);
  if (withFacts.length === 0) return undefined;
  const thresholds = roadmap.thresholds ?? DEFAULT_THRESHOLDS;
  const statuses = { reached: 0, risk: 0, missed: 0 };
  const percentFacts = new Map<string, number[]>(roadmap.years.map((y) => [y.year, []]));
  for (const indicator of withFacts) {
    const unit = indicator.unit;
    const number = (raw: unknown) => {
      const value = interpretValue(raw, unit);
      return value.kind === "number" && !value.outOfRange ? value.value : undefined;
    };
    const plans = new Map(indicator.cells.map((c) => [c.year, number(c.raw)]));
    for (const cell of indicator.facts) {
      const fact = number(cell.raw);
      if (fact === undefined) continue;
      if (unit !== undefined && isPercentUnit(unit)) percentFacts.get(cell.year)?.push(fact);
      const plan = plans.get(cell.year);
      if (plan === undefined) continue;
      const status = statusOf(achievement(fact, plan, indicator.catalog?.direction ?? "higher"), thresholds);
      if (status === STATUS.reached) statuses.reached++;
      else if (status === STATUS.risk) statuses.risk++;
      else statuses.missed++;
    }
  }
  const actual = Object.fromEntries([...percentFacts].map(([year, facts]) => [year, facts.length === 0 ? undefined : facts.reduce((a, b) => a + b, 0) / facts.length]));
  return { actual, statuses };
}
