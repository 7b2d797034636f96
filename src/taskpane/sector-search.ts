/** What the sector picker shows for what was typed: by code or name; case, ё, «7,2» for 7.2 and the printed misprint do not matter. */
import { catalog, normalizeName, type Catalog, type Sector } from "../core/catalog";

export const sectorLabel = (sector: Sector) => `${sector.code} ${sector.name}`;

/** «7,2» is 7.2: a decimal comma between digits, as a Russian keyboard types it. */
function normalizeQuery(query: string): string {
  return normalizeName(query.replace(/(\d)\s*,\s*(\d)/g, "$1.$2"));
}

/** The sectors of `sectors` (the edition's; the built-in ones by default) that match what was typed. */
export function matchingSectors(query: string, sectors: Catalog = catalog): Sector[] {
  const wanted = normalizeQuery(query);
  return sectors.filter((s) => [sectorLabel(s), s.printedName ?? ""].some((text) => normalizeName(text).includes(wanted)));
}

/** The sector that what was typed means by itself: its exact code («7.1», not 7.10), or the only one shown. */
export function impliedSector(query: string, shown: readonly Sector[]): Sector | undefined {
  const code = normalizeQuery(query);
  return shown.find((s) => s.code === code) ?? (shown.length === 1 ? shown[0] : undefined);
}
