/** The sheet-scoped defined names of a generated roadmap (layout.ts): they say which row is what, wherever it moved. */
import { roadmapNames } from "../layout";
import { safeRange } from "./grid";
import type { RoadmapGrid } from "./types";

export type NamedRowKind = "value" | "target" | "activities";

export interface NamedParts {
  found: boolean;
  marker?: { row: number; column: number; comment?: string };
  years?: { row: number; left: number; right: number };
  regionalRow?: number;
  plannedRow?: number;
  /** Row -> what a name says the row is, with the catalog number for indicator rows. */
  rows: Map<number, { kind: NamedRowKind; catalogNumber: number }>;
}

const NAME_PREFIX = {
  value: roadmapNames.value(0).replace(/0$/, ""),
  target: roadmapNames.target(0).replace(/0$/, ""),
  activities: roadmapNames.activities(0).replace(/0$/, ""),
} as const;

function indicatorNamePart(name: string): { kind: NamedRowKind; catalogNumber: number } | undefined {
  for (const kind of ["value", "target", "activities"] as const) {
    const prefix = NAME_PREFIX[kind];
    if (name.startsWith(prefix) && /^\d{1,4}$/.test(name.slice(prefix.length))) return { kind, catalogNumber: Number(name.slice(prefix.length)) };
  }
  return undefined;
}

export function namedParts(names: RoadmapGrid["names"]): NamedParts {
  const parts: NamedParts = { found: false, rows: new Map() };
  for (const entry of Array.isArray(names) ? names : []) {
    if (!entry || typeof entry.name !== "string" || typeof entry.range !== "string") continue;
    const { name, range, comment } = entry;
    const area = safeRange(range);
    if (!area) continue;
    const local = name.slice(name.lastIndexOf("!") + 1);
    const indicatorPart = indicatorNamePart(local);
    if (local === roadmapNames.marker) parts.marker = { row: area.top, column: area.left, ...(typeof comment === "string" ? { comment } : {}) };
    else if (local === roadmapNames.years) parts.years = { row: area.top, left: area.left, right: area.right };
    else if (local === roadmapNames.regional) parts.regionalRow = area.top;
    else if (local === roadmapNames.planned) parts.plannedRow = area.top;
    else if (indicatorPart) parts.rows.set(area.top, indicatorPart);
    else continue;
    parts.found = true;
  }
  return parts;
}
