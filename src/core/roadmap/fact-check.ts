/**
 * The check's rules for facts (DESIGN §3, plan and fact): for a year that has ended by the reporting date, a fact worse
 * than the strategy target is an error, a missing fact or one worse than the plan a warning; a fact for a year still
 * ahead is a warning. The current year is in progress: its fact is neither required nor judged.
 */
import type { Direction } from "../catalog";
import { readCell } from "../cell-value";
import { worse } from "./compare";
import { roadmapMessages as M } from "./messages";
import type { RoadmapIndicator } from "./read";

/** What validate.ts knows of an indicator: enough to judge its facts. */
export interface FactRules {
  direction: Direction;
  target: (year: string) => number | null | undefined;
  /** A cell as the check reads values (percent conventions included). */
  number: (raw: unknown) => number | undefined;
  /** A number as people read it («18 %»). */
  shown: (value: number) => string;
}

export interface FactFinding {
  severity: "error" | "warning";
  code: string;
  address: string;
  year: string;
  expected?: string;
  found?: string;
  expectedValue?: number;
  foundValue?: number;
  message: string;
}

/** «01.12.2026». */
export function formatDateRu(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export function factFindings(indicator: RoadmapIndicator, rules: FactRules, asOf: Date): FactFinding[] {
  if (indicator.factRow === undefined) return [];
  const n = indicator.shownNumber;
  const current = asOf.getFullYear();
  const date = formatDateRu(asOf);
  const lower = rules.direction === "lower";
  const worseThan = (value: number, reference: number) => worse(value, reference, rules.direction);
  const plans = new Map(indicator.cells.map((c) => [c.year, rules.number(c.raw)]));
  return indicator.facts.flatMap((cell): FactFinding[] => {
    const year = Number(cell.year);
    const base = { address: cell.address, year: cell.year };
    const reading = readCell(cell.raw);
    if (reading.kind === "blank" || reading.kind === "none") {
      return year < current && reading.kind === "blank" ? [{ severity: "warning", code: "fact-missing", ...base, message: M.factMissing(n, cell.year, date) }] : [];
    }
    if (year > current) return [{ severity: "warning", code: "fact-future", ...base, message: M.factFuture(n, cell.year, date) }];
    const fact = rules.number(cell.raw);
    if (fact === undefined) return [{ severity: "warning", code: "fact-not-a-number", ...base, found: `«${String(cell.raw)}»`, message: M.factNotANumber(n, cell.year, String(cell.raw)) }];
    if (year === current) return [];
    const out: FactFinding[] = [];
    const target = rules.target(cell.year);
    if (typeof target === "number" && worseThan(fact, target)) {
      out.push({ severity: "error", code: "fact-below-target", ...base, expected: rules.shown(target), found: rules.shown(fact), expectedValue: target, foundValue: fact, message: M.factBelowTarget(n, cell.year, rules.shown(fact), rules.shown(target), lower) });
    }
    const plan = plans.get(cell.year);
    if (plan !== undefined && worseThan(fact, plan)) {
      out.push({ severity: "warning", code: "fact-below-plan", ...base, expected: rules.shown(plan), found: rules.shown(fact), expectedValue: plan, foundValue: fact, message: M.factBelowPlan(n, cell.year, rules.shown(fact), rules.shown(plan), lower) });
    }
    return out;
  });
}
