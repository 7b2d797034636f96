/**
 * Typed, pure accessors over the generated strategy catalog (strategy.json; see docs/catalog.md).
 * Nothing here throws on a miss: lookups return undefined and the caller turns that into its own error.
 */
import { builtInEdition } from "../edition/builtin";
import type { Catalog, Direction, Indicator, Sector, Targets } from "./types";
import { toWorkbookValue } from "../units";
import { trimEndOf } from "../text";

export type { Catalog, Direction, Indicator, Project, ProjectDetails, Sector, Targets } from "./types";
// The percent convention lives in ../units: one conversion for the catalog and the sheets alike.
export { fromWorkbookValue, isPercentUnit, toWorkbookValue } from "../units";

/** The built-in edition's sectors: what every look-up uses when the caller names no edition. */
export const catalog: Catalog = builtInEdition.sectors;

/** One indicator of a sector, numbered 1..N by first appearance; the same name+unit+targets in several projects is one. */
export interface SectorIndicator {
  number: number;
  name: string;
  unit: string;
  direction: Direction;
  targets: Targets;
  /** Numbers of the sector's projects that list this indicator, in printed order. */
  projects: number[];
  /** The printed name where a misprint was corrected. */
  printedName?: string;
}

/** Case, ё/е, quotes, dashes, spacing and trailing dots do not distinguish two names. */
export function normalizeName(text: string): string {
  return trimEndOf(
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/[«»"'“”„‟‹›`]/g, "")
      .replace(/[‐‑‒–—―]/g, "-")
      .replace(/\s+/g, " ")
      .trim(),
    ".",
  );
}

/**
 * What the look-ups compare, computed once per sector: its names normalised and its numbered indicators with theirs.
 * Catalog data is not changed after loading, so the index, keyed by the sector object, stays right.
 */
interface SectorIndex {
  names: string[];
  indicators: readonly SectorIndicator[];
  indicatorNames: readonly (readonly string[])[];
  /** Normalised name (not the printed form) -> the first indicator of that name. */
  byName: ReadonlyMap<string, SectorIndicator>;
}

const indexes = new WeakMap<Sector, SectorIndex>();

function indexOf(sector: Sector): SectorIndex {
  let index = indexes.get(sector);
  if (!index) {
    const indicators = buildIndicators(sector);
    const indicatorNames = indicators.map((i) => [i.name, i.printedName].filter((n): n is string => n !== undefined).map(normalizeName));
    const byName = new Map<string, SectorIndicator>();
    indicators.forEach((indicator, k) => {
      if (!byName.has(indicatorNames[k][0])) byName.set(indicatorNames[k][0], indicator);
    });
    index = {
      names: [sector.name, sector.printedName].filter((n): n is string => n !== undefined).map(normalizeName),
      indicators,
      indicatorNames,
      byName,
    };
    indexes.set(sector, index);
  }
  return index;
}

/** The sector's numbered indicators as the look-ups see them: shared objects, not to be changed by the caller. */
export function indexedIndicators(sector: Sector): readonly SectorIndicator[] {
  return indexOf(sector).indicators;
}

/** The sector's first indicator with this name (compared normalised; not its printed form): one look-up, no walk. */
export function indicatorWithName(sector: Sector, name: string): SectorIndicator | undefined {
  return indexOf(sector).byName.get(normalizeName(name));
}

/** A sector code as strategies number them: «7.1», «1.10», «2», «3.1.2»; a trailing dot is allowed. */
export const SECTOR_CODE = "\\d{1,2}(?:\\.\\d{1,2}){0,2}";
const CODE = new RegExp(`^(${SECTOR_CODE})\\.?$`);
const CODE_AND_NAME = new RegExp(`^(${SECTOR_CODE})\\.?\\s+(.+)$`);

/** By code ("7.2", "7.2."), by name (also as printed, e.g. «Здоровоохранение»), or "7.2. Здравоохранение". */
export function findSector(codeOrName: string, source: Catalog = catalog): Sector | undefined {
  const text = codeOrName.trim();
  const code = CODE.exec(text);
  if (code) return source.find((s) => s.code === code[1]);
  const both = CODE_AND_NAME.exec(text);
  if (both) {
    const sector = source.find((s) => s.code === both[1]);
    return sector && sectorNameMatches(sector, both[2]) ? sector : undefined;
  }
  return source.find((s) => sectorNameMatches(s, text));
}

function sectorNameMatches(sector: Sector, name: string): boolean {
  const wanted = normalizeName(name);
  return indexOf(sector).names.includes(wanted);
}

function resolveSector(sector: Sector | string): Sector | undefined {
  return typeof sector === "string" ? findSector(sector) : sector;
}

function indicatorKey(indicator: Indicator): string {
  const years = Object.keys(indicator.targets).sort();
  return JSON.stringify([indicator.name, indicator.unit, years.map((y) => [y, indicator.targets[y]])]);
}

/** The distinct indicators of a sector, numbered in order of first appearance. */
export function sectorIndicators(sector: Sector): SectorIndicator[];
export function sectorIndicators(sector: Sector | string): SectorIndicator[] | undefined;
export function sectorIndicators(sector: Sector | string): SectorIndicator[] | undefined {
  const found = resolveSector(sector);
  return found ? buildIndicators(found) : undefined;
}

function buildIndicators(found: Sector): SectorIndicator[] {
  const byKey = new Map<string, SectorIndicator>();
  for (const project of found.projects) {
    for (const indicator of project.indicators) {
      const key = indicatorKey(indicator);
      const known = byKey.get(key);
      if (known) {
        if (!known.projects.includes(project.n)) known.projects.push(project.n);
        continue;
      }
      byKey.set(key, {
        number: byKey.size + 1,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        targets: { ...indicator.targets },
        projects: [project.n],
        ...(indicator.printedName !== undefined ? { printedName: indicator.printedName } : {}),
      });
    }
  }
  return [...byKey.values()];
}

/**
 * By number (3 or "3") or by name: exact (case/ё/quotes ignored), else the only one starting with it,
 * else the only one containing it. Ambiguous or unknown -> undefined.
 */
export function findIndicator(sector: Sector | string, numberOrName: number | string): SectorIndicator | undefined {
  const found = resolveSector(sector);
  if (!found) return undefined;
  const { indicators, indicatorNames } = indexOf(found);
  const asNumber = typeof numberOrName === "number" ? numberOrName : /^\s*\d+\s*$/.test(numberOrName) ? Number(numberOrName) : NaN;
  if (!Number.isNaN(asNumber)) return indicators.find((i) => i.number === asNumber);
  const wanted = normalizeName(String(numberOrName));
  if (wanted === "") return undefined;
  for (const matches of [
    (n: string) => n === wanted,
    (n: string) => n.startsWith(wanted),
    (n: string) => n.includes(wanted),
  ]) {
    const hits = indicators.filter((_, k) => indicatorNames[k].some(matches));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

/** The printed target for a year; null where the strategy prints «x»; undefined for a year the catalog does not have. */
export function targetFor(indicator: Pick<Indicator, "targets">, year: number | string): number | null | undefined {
  const key = String(year).trim();
  return Object.prototype.hasOwnProperty.call(indicator.targets, key) ? indicator.targets[key] : undefined;
}

/** The target in the workbook's convention (18 % -> 0.18); null for «x»; undefined for an unknown year. */
export function workbookTarget(indicator: Pick<Indicator, "targets" | "unit">, year: number | string): number | null | undefined {
  const printed = targetFor(indicator, year);
  return printed === null || printed === undefined ? printed : toWorkbookValue(printed, indicator.unit);
}

/** The target years present in the catalog, ascending (a new year in the source shows up here by itself). */
export function catalogYears(source: Catalog = catalog): number[] {
  const years = new Set<number>();
  for (const sector of source) for (const project of sector.projects) for (const i of project.indicators) for (const y of Object.keys(i.targets)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}
