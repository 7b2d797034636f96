/**
 * Which sector a roadmap is for: the caller's choice, our marker name, the title, or else the sector whose indicators
 * the rows name (said as a warning, since the body did not write it).
 */
import { findSector, type Catalog, type Sector } from "../../catalog";
import { sectorCodeFromMarker } from "../layout";
import { roadmapMessages as M } from "../messages";
import type { NamedParts } from "./defined-names";
import { sectorOfName } from "./indicator-match";
import type { RowReading } from "./rows";
import { matchSectorText } from "./title";
import { problem, type ReadProblem } from "./types";

export function resolveSector(
  chosen: Sector | string | undefined,
  names: NamedParts,
  sectorText: string | undefined,
  readings: RowReading[],
  source: Catalog,
  titleAddress: string,
  problems: ReadProblem[],
): Sector | undefined {
  if (chosen !== undefined) {
    const sector = typeof chosen === "string" ? matchSectorText(chosen, source) : chosen;
    if (sector) return sector;
  }
  const markerCode = names.marker?.comment ? sectorCodeFromMarker(names.marker.comment) : undefined;
  const marked = markerCode ? findSector(markerCode, source) : undefined;
  if (marked) return marked;
  const titled = sectorText ? matchSectorText(sectorText, source) : undefined;
  if (titled) return titled;
  // A title without a usable sector: the indicator names usually tell which sector the roadmap is for.
  const inferred = inferSector(readings, source);
  if (inferred) {
    problems.push(problem("warning", "sector-inferred", titleAddress, M.sectorInferred(sectorText, inferred.name)));
    return inferred;
  }
  problems.push(problem("error", "sector-unknown", titleAddress, M.sectorUnknown(sectorText)));
  return undefined;
}

/** The only sector that most of the named rows belong to; a tie names none. */
function inferSector(readings: RowReading[], source: Catalog): Sector | undefined {
  const hits = new Map<Sector, number>();
  for (const reading of readings) {
    if (!reading.name || reading.heading) continue;
    const sector = sectorOfName(reading.name, source);
    if (sector) hits.set(sector, (hits.get(sector) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}
