/**
 * validateRoadmap(roadmap) -> Finding[]: the year columns of a read roadmap against the strategy targets and the
 * regional ЦЗ averages (DESIGN §3). Values are compared in the workbook's convention (18 % is 0,18).
 *
 * Severities: a value worse than its strategy target and a planned ЦЗ average below the regional one are errors;
 * everything that makes a value doubtful or incomplete is a warning. That the strategy's own %-targets of a sector
 * average below the regional value is a warning of its own: the body cannot fix it by meeting the targets, yet it
 * must see it. The planned-below-regional error is still raised whenever the values fall short.
 */
import { builtInEdition, type Edition } from "../edition";
import { indexedIndicators, indicatorWithName, normalizeName, targetFor, workbookTarget, type Direction, type Sector, type SectorIndicator } from "../catalog";
import { readCell, workbookNumber } from "../cell-value";
import { cellAddress } from "../sheet-model";
import { isPercentUnit, toWorkbookValue } from "../units";
import { checkWords as W, formatGap, formatMean, formatMeanGap, formatPercent, formatValue, roadmapMessages as M } from "./messages";
import { formatNumberRu } from "../errors";
import { EPSILON, worse } from "./compare";
import { factFindings, type FactRules } from "./fact-check";
import type { Roadmap, RoadmapCell, RoadmapIndicator } from "./read";

export interface Finding {
  severity: "error" | "warning";
  code: string;
  /** A1 address of the cell on the roadmap's sheet. */
  address: string;
  indicator?: { shownNumber: number; name: string };
  year?: string;
  /** What the rule wanted and what the cell holds, formatted for people («18 %», «0,5», «1»). */
  expected?: string;
  found?: string;
  /** The same as numbers in the workbook's convention (18 % is 0,18), where the rule compared numbers. */
  expectedValue?: number;
  foundValue?: number;
  /** The unit of the indicator the finding is about, when known («%», «ед.»). */
  unit?: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * The edition to check against; by default the one the roadmap was read with. Another edition's targets are taken
   * by sector code and indicator name, its regional ЦЗ averages by year.
   */
  edition?: Edition;
  /** The reporting date the facts are judged by: years before its year have ended. Today by default. */
  asOf?: Date;
}

/** A hand-typed planned average within half a percentage point of the computed one is the same number, rounded. */
const PLANNED_TOLERANCE = 0.005;

export function validateRoadmap(roadmap: Roadmap, options: ValidateOptions = {}): Finding[] {
  const edition = options.edition ?? roadmap.edition;
  const regional = regionalFractions(edition.regionalTargets);
  const { sector, indicators } = checkedIndicators(roadmap, edition, options.asOf ?? new Date());
  return [
    ...regionalRowFindings(roadmap, regional),
    ...averageFindings(roadmap, indicators, regional),
    ...(sector ? shortfallFindings(roadmap, sector, regional) : []),
    ...(sector ? coverageFindings(roadmap, sector) : []),
    ...indicators.flatMap((i) => i.findings),
  ];
}

/** Every strategy indicator of the sector that no row of the roadmap carries (said once the roadmap lists any). */
function coverageFindings(roadmap: Roadmap, sector: Sector): Finding[] {
  if (roadmap.indicators.length === 0) return [];
  const present = new Set(roadmap.indicators.flatMap((i) => (i.catalog ? [normalizeName(i.catalog.name)] : [])));
  const address = cellAddress(roadmap.headerRow, roadmap.labelColumn);
  return indexedIndicators(sector)
    .filter((i) => !present.has(normalizeName(i.name)))
    .map((i) => ({ severity: "warning" as const, code: "indicator-missing", address, expected: i.name, found: W.absent, message: M.indicatorMissing(i.number, i.name, sector.name) }));
}

function checkedIndicators(roadmap: Roadmap, edition: Edition, asOf: Date): { sector: Sector | undefined; indicators: CheckedIndicator[] } {
  const sector = edition !== roadmap.edition && roadmap.sector ? edition.sectors.find((s) => s.code === roadmap.sector?.code) : roadmap.sector;
  return { sector, indicators: roadmap.indicators.map((i) => checkedIndicator(i, roadmap.labelColumn, sector, roadmap.sector !== sector, asOf)) };
}

/**
 * The planned ЦЗ average of each year as the check computes it (mean of the usable %-values), or, where no value can
 * be used, the planned cell as typed; undefined where there is neither.
 */
export interface PlannedAverage {
  mean: number;
  /** How many %-values were averaged; 0 when the typed cell is all there was. */
  count: number;
  typed: boolean;
}

export function plannedAverages(roadmap: Roadmap, options: ValidateOptions = {}): Map<string, PlannedAverage | undefined> {
  const { indicators } = checkedIndicators(roadmap, options.edition ?? roadmap.edition, options.asOf ?? new Date());
  return new Map(
    roadmap.years.map(({ year }): [string, PlannedAverage | undefined] => {
      const computed = plannedMean(indicators, year);
      if (computed) return [year, { ...computed, typed: false }];
      const cell = roadmap.planned.find((c) => c.year === year);
      const typed = cell ? percentNumber(cell.raw) : undefined;
      return [year, typed === undefined ? undefined : { mean: typed, count: 0, typed: true }];
    }),
  );
}

function regionalFractions(printed: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(printed).map(([year, value]) => [year, toWorkbookValue(value, "%")]));
}

// ---------------------------------------------------------------------------------------------------------------
// What a value cell holds, in the row's unit.

export type Interpreted =
  | { kind: "blank" }
  | { kind: "none" }
  | { kind: "text"; text: string }
  /** value: workbook convention. typed: the number as typed in a %-row without a «%» («18» read as 18 %). */
  | { kind: "number"; value: number; typed?: number; outOfRange: boolean };

export function isMilestoneUnit(unit: string | undefined): boolean {
  return unit !== undefined && unit.replace(/\s/g, "") === "усл.ед.";
}

export function interpretValue(raw: unknown, unit: string | undefined): Interpreted {
  const reading = readCell(raw);
  if (reading.kind !== "number") return reading;
  const value = workbookNumber(reading);
  if (unit !== undefined && isPercentUnit(unit)) {
    // «18» in a %-row is 1800 % to Excel but almost surely 18 %; above 100 it is out of range even read that way.
    if (!reading.percentSign && value > 1) return { kind: "number", value: value / 100, typed: value, outOfRange: value > 100 };
    return { kind: "number", value, outOfRange: value < 0 || value > 1 };
  }
  if (isMilestoneUnit(unit)) return { kind: "number", value, outOfRange: value !== 0 && value !== 1 };
  return { kind: "number", value, outOfRange: unit !== undefined && value < 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// One indicator row.

interface CheckedIndicator {
  source: RoadmapIndicator;
  unit?: string;
  /** Interpreted values by year, for the ЦЗ average. */
  values: Map<string, Interpreted>;
  findings: Finding[];
}

interface Definition {
  name: string;
  unit?: string;
  direction: Direction;
  target: (year: string) => number | null | undefined;
}

function definition(indicator: RoadmapIndicator, sector: Sector | undefined, otherCatalog: boolean): Definition {
  const matched = otherCatalog && indicator.catalog && sector ? sameIndicator(sector, indicator.catalog) : indicator.catalog;
  const unit = matched?.unit ?? indicator.unit;
  return {
    name: matched?.name ?? (indicator.name || indicator.label),
    ...(unit !== undefined ? { unit } : {}),
    direction: matched?.direction ?? "higher",
    target: (year) => (matched ? workbookTarget(matched, year) : undefined),
  };
}

/** The same indicator in another edition of the catalog, by name. */
function sameIndicator(sector: Sector, indicator: SectorIndicator): SectorIndicator | undefined {
  return indicatorWithName(sector, indicator.name);
}

function checkedIndicator(indicator: RoadmapIndicator, labelColumn: number, sector: Sector | undefined, otherCatalog: boolean, asOf: Date): CheckedIndicator {
  const def = definition(indicator, sector, otherCatalog);
  const tag = { shownNumber: indicator.shownNumber, name: def.name };
  const findings: Finding[] = [];
  const values = new Map<string, Interpreted>();
  let previous: { year: string; value: number } | undefined;
  for (const cell of indicator.cells) {
    const value = interpretValue(cell.raw, def.unit);
    values.set(cell.year, value);
    findings.push(...cellFindings(indicator.shownNumber, cell, value, def, previous).map((f) => ({ ...f, indicator: tag })));
    if (value.kind === "number" && !value.outOfRange) previous = { year: cell.year, value: value.value };
  }
  findings.push(...activityFindings(indicator, labelColumn, tag));
  findings.push(...factFindings(indicator, factRules(def), asOf).map((f) => ({ ...f, indicator: tag, ...(def.unit !== undefined ? { unit: def.unit } : {}) })));
  return { source: indicator, ...(def.unit !== undefined ? { unit: def.unit } : {}), values, findings };
}

type CellFinding = Omit<Finding, "indicator">;

function factRules(def: Definition): FactRules {
  return {
    direction: def.direction,
    target: def.target,
    number: (raw) => {
      const value = interpretValue(raw, def.unit);
      return value.kind === "number" ? value.value : undefined;
    },
    shown: (value) => formatValue(value, def.unit),
  };
}

function cellFindings(n: number, cell: RoadmapCell, value: Interpreted, def: Definition, previous: { year: string; value: number } | undefined): CellFinding[] {
  const shown = (n: number) => formatValue(n, def.unit);
  const target = def.target(cell.year);
  const hasTarget = typeof target === "number";
  const base = { address: cell.address, year: cell.year };
  switch (value.kind) {
    case "blank":
      return [{ severity: "warning", code: "missing-value", ...base, ...(hasTarget ? { expected: shown(target) } : {}), found: W.blank, message: M.missingValue(n, cell.year, hasTarget ? shown(target) : undefined) }];
    case "none":
      return hasTarget ? [{ severity: "warning", code: "no-value-with-target", ...base, expected: shown(target), found: W.noValueMark, message: M.noValueWithTarget(n, cell.year, shown(target)) }] : [];
    case "text":
      return [{ severity: "warning", code: "not-a-number", ...base, expected: W.aNumber, found: `«${value.text}»`, message: M.notANumber(n, cell.year, value.text) }];
  }
  const out: CellFinding[] = [];
  if (value.typed !== undefined && !value.outOfRange) {
    const typed = formatNumberRu(value.typed);
    out.push({ severity: "warning", code: "percent-as-number", ...base, expected: shown(value.value), found: typed, message: M.percentAsNumber(n, cell.year, typed, shown(value.value), formatNumberRu(value.value)) });
  }
  if (value.outOfRange) out.push(outOfRange(n, cell, value.typed !== undefined ? formatNumberRu(value.typed) : shown(value.value), def.unit));
  if (hasTarget && worse(value.value, target, def.direction)) {
    const gap = formatGap(Math.abs(value.value - target), def.unit);
    const message = def.direction === "lower" ? M.targetMissedLower : M.targetMissed;
    const numbers = { expectedValue: target, foundValue: value.value, ...(def.unit !== undefined ? { unit: def.unit } : {}) };
    out.push({ severity: "error", code: "target-missed", ...base, expected: shown(target), found: shown(value.value), ...numbers, message: message(n, cell.year, shown(value.value), shown(target), gap) });
  }
  if (previous && !value.outOfRange && worse(value.value, previous.value, def.direction)) {
    const message = def.direction === "lower" ? M.rose : M.fell;
    out.push({ severity: "warning", code: "worse-than-previous-year", ...base, expected: shown(previous.value), found: shown(value.value), message: message(n, cell.year, shown(value.value), previous.year, shown(previous.value)) });
  }
  return out;
}

function outOfRange(n: number, cell: RoadmapCell, found: string, unit: string | undefined): CellFinding {
  const base = { severity: "warning" as const, code: "out-of-range", address: cell.address, year: cell.year, found };
  if (unit !== undefined && isPercentUnit(unit)) return { ...base, expected: W.percentRange, message: M.percentOutOfRange(n, cell.year, base.found) };
  if (isMilestoneUnit(unit)) return { ...base, expected: W.milestoneRange, message: M.milestoneOutOfRange(n, cell.year, base.found) };
  return { ...base, expected: W.countRange, message: M.negative(n, cell.year, base.found) };
}

function activityFindings(indicator: RoadmapIndicator, labelColumn: number, tag: Finding["indicator"]): Finding[] {
  if (indicator.activitiesRow === undefined) {
    return [{ severity: "warning", code: "activities-row-missing", address: cellAddress(indicator.valueRow, labelColumn), indicator: tag, message: M.activitiesRowMissing(indicator.shownNumber) }];
  }
  return indicator.activities
    .filter((cell) => readCell(cell.raw).kind === "blank")
    .map((cell) => ({ severity: "warning" as const, code: "activities-missing", address: cell.address, indicator: tag, year: cell.year, expected: W.activities, found: W.blank, message: M.activitiesMissing(indicator.shownNumber, cell.year) }));
}

// ---------------------------------------------------------------------------------------------------------------
// ЦЗ averages: the regional row as typed, the planned average computed from the values, the strategy's own mean.

/** Where a year's average finding points: the planned row's cell, or the year's header cell if there is no such row. */
function averageAddress(roadmap: Roadmap, column: number): string {
  return cellAddress(roadmap.plannedRow ?? roadmap.headerRow, column);
}

/** A typed average: «33 %», 0,33, or 33 meaning 33 %. */
function percentNumber(raw: unknown): number | undefined {
  const value = interpretValue(raw, "%");
  return value.kind === "number" ? value.value : undefined;
}

function regionalRowFindings(roadmap: Roadmap, regional: Map<string, number>): Finding[] {
  return roadmap.regional.flatMap((cell): Finding[] => {
    const official = regional.get(cell.year);
    const typed = percentNumber(cell.raw);
    if (official === undefined || typed === undefined || Math.abs(typed - official) <= EPSILON) return [];
    const [found, expected] = [formatPercent(typed), formatPercent(official)];
    return [{ severity: "warning", code: "regional-cell-differs", address: cell.address, year: cell.year, expected, found, message: M.regionalCellDiffers(cell.year, found, expected) }];
  });
}

/** Mean of the usable %-values of a year: blanks, «x», text and out-of-range values are skipped, never zero. */
function plannedMean(indicators: CheckedIndicator[], year: string): { mean: number; count: number } | undefined {
  const values = indicators
    .filter((i) => i.unit !== undefined && isPercentUnit(i.unit))
    .map((i) => i.values.get(year))
    .filter((v): v is Extract<Interpreted, { kind: "number" }> => v?.kind === "number" && !v.outOfRange)
    .map((v) => v.value);
  return values.length === 0 ? undefined : { mean: values.reduce((a, b) => a + b, 0) / values.length, count: values.length };
}

function averageFindings(roadmap: Roadmap, indicators: CheckedIndicator[], regional: Map<string, number>): Finding[] {
  return roadmap.years.flatMap(({ year, column }): Finding[] => {
    const planned = plannedMean(indicators, year);
    const official = regional.get(year);
    if (!planned) return typedPlannedFindings(roadmap, year, official);
    const findings: Finding[] = [];
    const address = averageAddress(roadmap, column);
    if (official !== undefined && planned.mean < official - EPSILON) {
      const [found, expected] = [formatMean(planned.mean), formatMean(official)];
      const gap = formatMeanGap(official - planned.mean);
      findings.push({ severity: "error", code: "planned-below-regional", address, year, expected, found, message: M.plannedBelowRegional(year, found, expected, gap, planned.count) });
    }
    // The sheet's own planned cell (typed by hand, or a formula's cached result): we trust our computation.
    const cell = roadmap.planned.find((c) => c.year === year);
    const typed = cell ? percentNumber(cell.raw) : undefined;
    if (cell && typed !== undefined && Math.abs(typed - planned.mean) > PLANNED_TOLERANCE) {
      const [found, expected] = [formatMean(typed), formatMean(planned.mean)];
      findings.push({ severity: "warning", code: "planned-cell-differs", address: cell.address, year, expected, found, message: M.plannedCellDiffers(year, found, expected) });
    }
    return findings;
  });
}

/** No value of the indicator rows could be used for a year: the planned cell as typed is all there is to compare. */
function typedPlannedFindings(roadmap: Roadmap, year: string, official: number | undefined): Finding[] {
  const cell = roadmap.planned.find((c) => c.year === year);
  const typed = cell ? percentNumber(cell.raw) : undefined;
  if (!cell || typed === undefined || official === undefined || typed >= official - EPSILON) return [];
  const [found, expected] = [formatMean(typed), formatMean(official)];
  const message = M.plannedTypedBelowRegional(year, found, expected, formatMeanGap(official - typed));
  return [{ severity: "error", code: "planned-below-regional", address: cell.address, year, expected, found, message }];
}

export interface StrategyShortfall {
  sectorCode: string;
  sectorName: string;
  year: string;
  /** Mean of the sector's %-targets for the year (workbook convention), «x» targets skipped. */
  mean: number;
  /** How many %-indicators have a target that year. */
  count: number;
  regional: number;
}

/**
 * Sector-years where meeting every %-target of the strategy still leaves the planned ЦЗ average below the regional
 * value: a property of the strategy itself, over all the sector's %-indicators (not only those a roadmap lists).
 */
export function strategyShortfalls(edition: Edition = builtInEdition): StrategyShortfall[] {
  const regional = regionalFractions(edition.regionalTargets);
  return edition.sectors.flatMap((sector) => sectorShortfalls(sector, regional));
}

function sectorShortfalls(sector: Sector, regional: Map<string, number>): StrategyShortfall[] {
  return [...regional.keys()].sort().flatMap((year): StrategyShortfall[] => {
    const mean = targetsMean(sector, year);
    const official = regional.get(year) as number;
    if (!mean || mean.mean >= official - EPSILON) return [];
    return [{ sectorCode: sector.code, sectorName: sector.name, year, mean: mean.mean, count: mean.count, regional: official }];
  });
}

export function targetsMean(sector: Sector, year: string): { mean: number; count: number } | undefined {
  const targets = indexedIndicators(sector)
    .filter((i) => isPercentUnit(i.unit) && typeof targetFor(i, year) === "number")
    .map((i) => workbookTarget(i, year) as number);
  return targets.length === 0 ? undefined : { mean: targets.reduce((a, b) => a + b, 0) / targets.length, count: targets.length };
}

function shortfallFindings(roadmap: Roadmap, sector: Sector, regional: Map<string, number>): Finding[] {
  const byYear = new Map(sectorShortfalls(sector, regional).map((s) => [s.year, s]));
  return roadmap.years.flatMap(({ year, column }): Finding[] => {
    const shortfall = byYear.get(year);
    if (!shortfall) return [];
    const [found, expected] = [formatMean(shortfall.mean), formatMean(shortfall.regional)];
    const gap = formatMeanGap(shortfall.regional - shortfall.mean);
    return [{ severity: "warning", code: "strategy-below-regional", address: averageAddress(roadmap, column), year, expected, found, message: M.strategyBelowRegional(year, found, expected, gap, shortfall.count) }];
  });
}
