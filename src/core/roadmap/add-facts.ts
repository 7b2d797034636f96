/**
 * «Добавить строки факта» as a plan: which whole rows to insert into an existing roadmap (ours or filled by hand) and
 * what to write into them, so that no value of the user moves out of its row or changes. Under each indicator's
 * target row (or its value row) come the fact, achievement and status rows; under the planned ЦЗ the actual ЦЗ; after
 * the table the thresholds. Rows are inserted, never overwritten, so the user's cells and our names move down with
 * their rows. An indicator that has a fact row already is left as it is.
 */
import type { Direction } from "../catalog";
import { achievementFormula, DEFAULT_THRESHOLDS, statusFormula } from "../facts";
import { absoluteRange, cellAddress, type ConditionalFormat, type DataValidation, type DefinedName, type ModelCell, type RangeStyle } from "../sheet-model";
import { isPercentUnit } from "../units";
import { unitFormat } from "./build";
import { factStyles, statusColourRules } from "./fact-layer";
import { roadmapNames } from "./layout";
import type { Roadmap, RoadmapIndicator } from "./read";
import { roadmapTexts as T } from "./texts";

export interface FactRowsPlan {
  /** Whole rows to insert before the 0-based row `at` of the sheet as it is, `count` each; the host inserts from the bottom up. */
  inserts: { at: number; count: number }[];
  /** What to write once the rows are in, by final address. */
  cells: { address: string; cell: ModelCell }[];
  names: DefinedName[];
  styles: RangeStyle[];
  validations: DataValidation[];
  conditionalFormats: ConditionalFormat[];
  /** How many indicators got fact rows; 0 when there is nothing to add. */
  indicators: number;
}

interface Slot {
  at: number;
  kind: "fact" | "actual" | "thresholds";
  indicator?: RoadmapIndicator;
  rows: number;
  /** First final row, set once every slot is known. */
  first?: number;
}

export function planFactRows(roadmap: Roadmap): FactRowsPlan {
  const slots: Slot[] = [];
  const missing = roadmap.indicators.filter((i) => i.factRow === undefined);
  for (const indicator of missing) slots.push({ at: (indicator.targetRow ?? indicator.valueRow) + 1, kind: "fact", indicator, rows: 3 });
  if (roadmap.actualRow === undefined && roadmap.plannedRow !== undefined && missing.length > 0) slots.push({ at: roadmap.plannedRow + 1, kind: "actual", rows: 1 });
  if (roadmap.thresholds === undefined && missing.length > 0) slots.push({ at: tableEnd(roadmap) + 1, kind: "thresholds", rows: 4 });
  if (missing.length === 0) return { inserts: [], cells: [], names: [], styles: [], validations: [], conditionalFormats: [], indicators: 0 };

  // Final rows: an original row moves down by every slot inserted at or above it.
  const ordered = [...slots].sort((a, b) => a.at - b.at || order(a) - order(b));
  let shift = 0;
  for (const slot of ordered) {
    slot.first = slot.at + shift;
    shift += slot.rows;
  }
  const final = (row: number) => row + ordered.filter((s) => s.at <= row).reduce((n, s) => n + s.rows, 0);

  const plan: FactRowsPlan = { inserts: mergeInserts(ordered), cells: [], names: [], styles: [], validations: [], conditionalFormats: [], indicators: missing.length };
  const label = roadmap.labelColumn;
  const years = roadmap.years;
  const span = (row: number) => `${cellAddress(row, Math.min(...years.map((y) => y.column)))}:${cellAddress(row, Math.max(...years.map((y) => y.column)))}`;
  const put = (row: number, column: number, cell: ModelCell) => plan.cells.push({ address: cellAddress(row, column), cell });

  const thresholdsSlot = ordered.find((s) => s.kind === "thresholds");
  const firstYear = Math.min(...years.map((y) => y.column));
  const thresholdCells = thresholdsSlot
    ? { reached: absoluteRange(cellAddress(thresholdsSlot.first! + 2, firstYear)), risk: absoluteRange(cellAddress(thresholdsSlot.first! + 3, firstYear)) }
    : roadmap.thresholdCells && { reached: moved(roadmap.thresholdCells.reached, final), risk: moved(roadmap.thresholdCells.risk, final) };

  for (const slot of ordered) {
    const first = slot.first!;
    if (slot.kind === "fact" && slot.indicator) {
      const indicator = slot.indicator;
      const number = indicator.catalog?.number;
      const direction: Direction = indicator.catalog?.direction ?? "higher";
      const valueRow = final(indicator.valueRow);
      put(first, label, { value: T.fact(indicator.shownNumber) });
      put(first + 1, label, { value: T.achievement });
      put(first + 2, label, { value: T.status });
      for (const { column } of years) {
        put(first + 1, column, { formula: achievementFormula(cellAddress(first, column), cellAddress(valueRow, column), direction) });
        if (thresholdCells) put(first + 2, column, { formula: statusFormula(cellAddress(first + 1, column), thresholdCells.reached, thresholdCells.risk) });
      }
      const unit = indicator.unit ?? "";
      plan.styles.push(
        { range: span(first), style: factStyles.fact(unit ? unitFormat(unit) : "General") },
        { range: span(first + 1), style: factStyles.achievement },
        { range: span(first + 2), style: factStyles.status },
      );
      plan.conditionalFormats.push({ range: span(first + 2), rules: statusColourRules() });
      if (number !== undefined) {
        plan.names.push(
          { name: roadmapNames.fact(number), range: span(first) },
          { name: roadmapNames.achievement(number), range: span(first + 1) },
          { name: roadmapNames.status(number), range: span(first + 2) },
        );
      }
    } else if (slot.kind === "actual") {
      const percent = roadmap.indicators.filter((i) => i.unit !== undefined && isPercentUnit(i.unit));
      put(first, label, { value: T.actualAverage });
      for (const { column } of years) {
        const facts = percent.map((i) => cellAddress(i.factRow !== undefined ? final(i.factRow) : factRowOf(ordered, i), column));
        put(first, column, facts.length === 0 ? { value: T.noPercentIndicators } : { formula: `=IFERROR(AVERAGE(${facts.join(",")}),"")` });
      }
      plan.styles.push({ range: span(first), style: factStyles.actual });
      plan.names.push({ name: roadmapNames.actual, range: span(first) });
    } else if (slot.kind === "thresholds") {
      put(first + 1, label, { value: T.thresholdsHeading });
      put(first + 2, label, { value: T.reachedFrom });
      put(first + 3, label, { value: T.riskFrom });
      put(first + 2, firstYear, { value: DEFAULT_THRESHOLDS.reached });
      put(first + 3, firstYear, { value: DEFAULT_THRESHOLDS.risk });
      const cells = `${cellAddress(first + 2, firstYear)}:${cellAddress(first + 3, firstYear)}`;
      plan.styles.push({ range: cellAddress(first + 1, label), style: factStyles.thresholdsHeading }, { range: cells, style: factStyles.thresholds });
      plan.names.push({ name: roadmapNames.thresholds, range: cells });
    }
  }
  return plan;
}

/** The fact row a slot of this plan gives the indicator. */
function factRowOf(slots: readonly Slot[], indicator: RoadmapIndicator): number {
  const slot = slots.find((s) => s.kind === "fact" && s.indicator === indicator);
  return slot?.first ?? indicator.valueRow;
}

/** A threshold cell the sheet has already, where the inserted rows move it. */
function moved(cell: { row: number; column: number }, final: (row: number) => number): string {
  return absoluteRange(cellAddress(final(cell.row), cell.column));
}

/** Same position: the actual ЦЗ first, then facts, then the thresholds. */
function order(slot: Slot): number {
  return slot.kind === "actual" ? 0 : slot.kind === "fact" ? 1 : 2;
}

function mergeInserts(slots: readonly Slot[]): { at: number; count: number }[] {
  const byAt = new Map<number, number>();
  for (const s of slots) byAt.set(s.at, (byAt.get(s.at) ?? 0) + s.rows);
  return [...byAt].map(([at, count]) => ({ at, count })).sort((a, b) => b.at - a.at);
}

function tableEnd(roadmap: Roadmap): number {
  const rows = [roadmap.headerRow, roadmap.regionalRow, roadmap.plannedRow, ...roadmap.indicators.flatMap((i) => [i.valueRow, i.targetRow, i.activitiesRow, i.factRow])];
  return Math.max(...rows.filter((r): r is number => r !== undefined));
}
