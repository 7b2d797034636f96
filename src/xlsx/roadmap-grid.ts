/** A sheet of a read workbook as the block the roadmap reader takes: its values from A1, merges and sheet-scoped names. */
import type { RoadmapGrid } from "../core/roadmap/check";
import type { SheetSnapshot } from "./snapshot";

export function roadmapGrid(sheet: SheetSnapshot): RoadmapGrid {
  return {
    values: sheet.values,
    top: 0,
    left: 0,
    merges: sheet.merges,
    names: sheet.names.filter((n) => !n.range.includes("!")).map((n) => ({ name: n.name, range: n.range })),
  };
}
