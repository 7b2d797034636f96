/** Plan and fact in cells: achievement (fact / plan, direction-aware) and the status it gives. */
import { readCell, workbookNumber } from "../core/cell-value";
import type { Direction } from "../core/catalog";
import { errors } from "../core/errors";
import { achievement, DEFAULT_THRESHOLDS, statusOf, type Thresholds } from "../core/facts";
import { roundTiny } from "../core/units";
import { arg, isOmitted, mapCells, tableOf, toNumber } from "./arguments";
import { excelResult } from "./excel-errors";

const FACT = "факт";
const PLAN = "план";
const DIRECTION = "направление";

/** «больше» / «меньше» (also higher/lower, 1/-1); blank is «больше». */
function directionOf(value: unknown): Direction {
  const reading = readCell(value);
  if (reading.kind === "blank") return "higher";
  if (reading.kind === "number" && (reading.value === 1 || reading.value === -1)) return reading.value === 1 ? "higher" : "lower";
  const text = typeof value === "string" ? value.trim().toLowerCase().replace(/ё/g, "е") : "";
  if (/^(больше|выше|higher|рост)/.test(text)) return "higher";
  if (/^(меньше|ниже|lower|снижение)/.test(text)) return "lower";
  throw errors.badDirection(value);
}

/** The fact's share of the plan for one row; blank while there is no fact. */
function shareOf(fact: unknown, plan: unknown, direction: unknown): number | "" {
  const planned = readCell(plan);
  if (planned.kind === "blank" || planned.kind === "none") throw errors.noPlan();
  const way = directionOf(direction);
  if (readCell(fact).kind === "blank") return "";
  return roundTiny(achievement(toNumber(fact, FACT), toNumber(plan, PLAN), way));
}

/** Two cells, in a row or a column: «достигнуто» from, «под угрозой» from. */
function thresholdsOf(value: unknown): Thresholds {
  if (isOmitted(value)) return DEFAULT_THRESHOLDS;
  const cells = tableOf(value, "пороги").flat();
  if (cells.length !== 2) throw errors.thresholdsShape();
  const [reached, risk] = cells.map((cell) => {
    const reading = readCell(cell);
    if (reading.kind !== "number") throw errors.thresholdsShape();
    return workbookNumber(reading);
  });
  if (risk > reached) throw errors.thresholdsOrder();
  return { reached, risk };
}

/**
 * Achievement of the plan: fact / plan, or plan / fact when lower is better (0,45 of a plan of 0,5 is 0,9).
 * @customfunction ACHIEVEMENT
 * @param fact The actual value: a cell or a column; a blank fact gives a blank.
 * @param plan The planned value: a cell or a column of the same size.
 * @param [direction] «больше» (higher is better, the default) or «меньше» (lower is better).
 * @returns The share of the plan achieved, for each row (format the cell as %).
 */
export function planAchievement(fact: unknown[][], plan: unknown[][], direction?: unknown[][]): unknown[][] {
  return excelResult(() => mapCells([arg(fact, FACT), arg(plan, PLAN), arg(direction ?? null, DIRECTION)], (f, p, d) => shareOf(f, p, d)));
}

/**
 * Status of a fact against its plan: «достигнуто» from 100 % of the plan, «под угрозой» from 90 %, else «не достигнуто».
 * @customfunction STATUS
 * @param fact The actual value: a cell or a column; a blank fact gives a blank.
 * @param plan The planned value: a cell or a column of the same size.
 * @param [thresholds] Optional two cells: the share of the plan from which «достигнуто» and from which «под угрозой».
 * @param [direction] «больше» (higher is better, the default) or «меньше» (lower is better).
 * @returns The status for each row.
 */
export function planStatus(fact: unknown[][], plan: unknown[][], thresholds?: unknown[][], direction?: unknown[][]): unknown[][] {
  return excelResult(() => {
    const limits = thresholdsOf(thresholds);
    return mapCells([arg(fact, FACT), arg(plan, PLAN), arg(direction ?? null, DIRECTION)], (f, p, d) => {
      const share = shareOf(f, p, d);
      return share === "" ? "" : statusOf(share, limits);
    });
  });
}
