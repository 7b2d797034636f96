/**
 * Catalog look-ups that fail with a Russian message: what the formulas and the pane need when a user names a
 * sector, an indicator or a year. The plain accessors (index.ts) return undefined instead.
 */
import { readCell } from "../cell-value";
import { errors } from "../errors";
import { yearKey } from "../maturity";
import { catalog, catalogYears, findIndicator, findSector, indexedIndicators, workbookTarget, type Catalog, type Sector, type SectorIndicator } from "./index";

/** The sector a cell names, in the given edition's sectors (the built-in ones by default). */
export function requireSector(value: unknown, sectors: Catalog = catalog): Sector {
  if (typeof value === "number") throw errors.sectorAsNumber(value);
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank("отрасль");
  const sector = findSector(String(value), sectors);
  if (!sector) throw errors.unknownSector(value);
  return sector;
}

export function requireIndicator(sector: Sector, value: unknown): SectorIndicator {
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank("показатель");
  const key = reading.kind === "number" ? reading.value : String(value);
  const found = findIndicator(sector, key);
  if (found) return found;
  const count = indexedIndicators(sector).length;
  if (typeof key === "string" && isAmbiguous(sector, key)) throw errors.ambiguousIndicator(value, sector.name);
  throw errors.unknownIndicator(value, sector.name, count);
}

/** Several indicators contain the text: findIndicator refuses to guess, and the message should say so. */
function isAmbiguous(sector: Sector, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return wanted !== "" && indexedIndicators(sector).filter((i) => i.name.toLowerCase().includes(wanted)).length > 1;
}

/** The target in the workbook's convention; #N/A-type errors for an unknown year and for «x». */
export function requireTarget(indicator: SectorIndicator, year: unknown, sectors: Catalog = catalog): number {
  const key = yearKey(year);
  const target = workbookTarget(indicator, key);
  if (target === undefined) throw errors.unknownYear(year, catalogYears(sectors).map(String));
  if (target === null) throw errors.noTarget(indicator.name, key);
  return target;
}

/**
 * requireTarget(requireIndicator(requireSector(s), i), y) for the cells of one function call, each step remembered per
 * distinct argument: a column of 100 000 equal rows is one look-up. Made per call, so nothing outlives it.
 */
export function targetLookup(sectors: Catalog = catalog): (sector: unknown, indicator: unknown, year: unknown) => number {
  const sectorOf = remember((value) => requireSector(value, sectors));
  const indicatorsOf = new Map<Sector, (value: unknown) => SectorIndicator>();
  const targetsOf = new Map<SectorIndicator, (year: unknown) => number>();
  return (sector, indicator, year) => {
    const found = sectorOf(sector);
    let indicatorOf = indicatorsOf.get(found);
    if (!indicatorOf) indicatorsOf.set(found, (indicatorOf = remember((value) => requireIndicator(found, value))));
    const chosen = indicatorOf(indicator);
    let targetOf = targetsOf.get(chosen);
    if (!targetOf) targetsOf.set(chosen, (targetOf = remember((value) => requireTarget(chosen, value, sectors))));
    return targetOf(year);
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Remembers the answer, or the error, per distinct cell value; a value no cell holds (an object) is not remembered. */
function remember<T>(compute: (value: unknown) => T): (value: unknown) => T {
  const seen = new Map<string, Outcome<T>>();
  return (value) => {
    const key = cacheKey(value);
    if (key === undefined) return compute(value);
    let outcome = seen.get(key);
    if (!outcome) {
      try {
        outcome = { ok: true, value: compute(value) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      seen.set(key, outcome);
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };
}

/** Blank (null, undefined) is one key; -0 and 0 share one, as every look-up treats them alike. */
function cacheKey(value: unknown): string | undefined {
  if (value === null || value === undefined) return "blank";
  if (typeof value === "string") return `s:${value}`;
  if (typeof value === "number") return `n:${value}`;
  if (typeof value === "boolean") return `b:${value}`;
  return undefined;
}
