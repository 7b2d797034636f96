/**
 * Catalog look-ups that fail with a Russian message: what the formulas and the pane need when a user names a
 * sector, an indicator or a year. The plain accessors (index.ts) return undefined instead.
 */
import { readCell } from "../cell-value";
import { errors } from "../errors";
import { yearKey } from "../maturity";
import { catalogYears, findIndicator, findSector, sectorIndicators, workbookTarget, type Sector, type SectorIndicator } from "./index";

export function requireSector(value: unknown): Sector {
  if (typeof value === "number") throw errors.sectorAsNumber(value);
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank("отрасль");
  const sector = findSector(String(value));
  if (!sector) throw errors.unknownSector(value);
  return sector;
}

export function requireIndicator(sector: Sector, value: unknown): SectorIndicator {
  const reading = readCell(value);
  if (reading.kind === "blank") throw errors.blank("показатель");
  const key = reading.kind === "number" ? reading.value : String(value);
  const found = findIndicator(sector, key);
  if (found) return found;
  const count = sectorIndicators(sector).length;
  if (typeof key === "string" && isAmbiguous(sector, key)) throw errors.ambiguousIndicator(value, sector.name);
  throw errors.unknownIndicator(value, sector.name, count);
}

/** Several indicators contain the text: findIndicator refuses to guess, and the message should say so. */
function isAmbiguous(sector: Sector, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return wanted !== "" && sectorIndicators(sector).filter((i) => i.name.toLowerCase().includes(wanted)).length > 1;
}

/** The target in the workbook's convention; #N/A-type errors for an unknown year and for «x». */
export function requireTarget(indicator: SectorIndicator, year: unknown): number {
  const key = yearKey(year);
  const target = workbookTarget(indicator, key);
  if (target === undefined) throw errors.unknownYear(year, catalogYears().map(String));
  if (target === null) throw errors.noTarget(indicator.name, key);
  return target;
}
