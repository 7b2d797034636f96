/** The sheet-scoped defined names of a generated roadmap (layout.ts): they say which row is what, wherever it moved. */
import { roadmapNames } from "../layout";
import { safeRange } from "./grid";
import type { RoadmapGrid } from "./types";

export type NamedRowKind = "value" | "target" | "activities" | "fact" | "achievement" | "status" | "quarters";

export interface NamedParts {
  found: boolean;
  marker?: { row: number; column: number; comment?: string };
  years?: { row: number; left: number; right: number };
  regionalRow?: number;
  plannedRow?: number;
  actualRow?: number;
  /** The two threshold cells (row, column of each). */
  thresholds?: { row: number; column: number }[];
  /** Row -> what a name says the row is, with the catalog number for indicator rows. */
  rows: Map<number, { kind: NamedRowKind; catalogNumber: number }>;
}

const KINDS = ["value", "target", "activities", "fact", "achievement", "status", "quarters"] as const satisfies readonly NamedRowKind[];
const NAME_PREFIX = Object.fromEntries(KINDS.map((kind) => [kind, roadmapNames[kind](0).replace(/0$/, "")])) as Record<NamedRowKind, string>;

function indicatorNamePart(name: string): { kind: NamedRowKind; catalogNumber: number } | undefined {
  for (const kind of KINDS) {
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
    else if (local === roadmapNames.actual) parts.actualRow = area.top;
    else if (local === roadmapNames.thresholds) parts.thresholds = [{ row: area.top, column: area.left }, { row: area.bottom, column: area.left }];
    else if (indicatorPart) parts.rows.set(area.top, indicatorPart);
    else continue;
    parts.found = true;
  }
  return parts;
}
