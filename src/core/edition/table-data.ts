/**
 * What the edition table holds of an edition: everything but the project details and the printed forms of corrected
 * misprints (`details`, `printedName`, `printedUnit`), which the strategy's text gives and the table has no column for.
 * Two editions with equal table data are the same strategy as far as a table can tell.
 */
import type { Sector } from "../catalog/types";
import type { Edition } from "./types";

export type TableData = Omit<Edition, "id">;

export function tableData(edition: Edition): TableData {
  const sectors: Sector[] = edition.sectors.map((s) => ({
    code: s.code,
    name: s.name,
    projects: s.projects.map((p) => ({
      n: p.n,
      name: p.name,
      recommendedByFOIV: p.recommendedByFOIV,
      responsible: p.responsible,
      indicators: p.indicators.map((i) => ({ name: i.name, unit: i.unit, direction: i.direction, targets: { ...i.targets } })),
    })),
  }));
  return {
    region: edition.region,
    ...(edition.regionGenitive !== undefined ? { regionGenitive: edition.regionGenitive } : {}),
    document: edition.document,
    ...(edition.approved !== undefined ? { approved: edition.approved } : {}),
    regionalTargets: { ...edition.regionalTargets },
    bands: edition.bands.map((b) => ({ lowerPercent: b.lowerPercent, score: b.score })),
    sectors,
  };
}

/** Same table data, key order aside. */
export function sameTableData(a: Edition, b: Edition): boolean {
  return canonical(tableData(a)) === canonical(tableData(b));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}
