/**
 * The value rows as the roadmap's indicators: each matched to the strategy indicator its name names (or, on a generated
 * sheet, its defined name), with its year and activity cells. What cannot be matched for sure is said, never guessed.
 */
import { readCell } from "../../cell-value";
import type { Catalog, Sector, SectorIndicator } from "../../catalog";
import { cellAddress } from "../../sheet-model";
import { roadmapMessages as M } from "../messages";
import type { GridView } from "./grid";
import type { Header } from "./header";
import { indexedIndicator, matchIndicatorName, prepareName, type NameMatch } from "./indicator-match";
import type { ValueRow } from "./rows";
import { problem, type ReadProblem, type RoadmapCell, type RoadmapIndicator, type YearColumn } from "./types";

export function cellAt(view: GridView, row: number, year: YearColumn): RoadmapCell {
  return { year: year.year, address: cellAddress(row, year.column), raw: view.shown(row, year.column) };
}

export function matchIndicators(values: ValueRow[], sector: Sector | undefined, view: GridView, header: Header, source: Catalog, problems: ReadProblem[]): RoadmapIndicator[] {
  const seen = new Map<number, RoadmapIndicator>();
  return values.map((v) => {
    const byName = v.match ?? (v.name === "" ? ({ kind: "empty" } as const) : matchIndicatorName(v.prepared ?? prepareName(v.name), sector, source));
    // The label first (it is what people read and edit), then the defined name our sheet put on the row.
    const matched = byName.kind === "matched" ? byName.indicator : v.namedNumber !== undefined && sector ? namedIndicator(sector, v.namedNumber, byName, source) : undefined;
    const shownName = matched?.name ?? (v.name || v.label);
    const cells = header.years.map((y) => cellAt(view, v.row, y));
    const unit = matched?.unit ?? v.unit ?? unitFromCells(cells);
    const indicator: RoadmapIndicator = {
      shownNumber: v.shown,
      label: v.label,
      name: v.name,
      ...(matched ? { catalog: matched } : {}),
      ...(unit !== undefined ? { unit } : {}),
      valueRow: v.row,
      ...(v.activitiesRow !== undefined ? { activitiesRow: v.activitiesRow } : {}),
      ...(v.targetRow !== undefined ? { targetRow: v.targetRow } : {}),
      cells,
      activities: v.activitiesRow === undefined ? [] : header.years.map((y) => cellAt(view, v.activitiesRow as number, y)),
      ...(v.factRow !== undefined ? { factRow: v.factRow } : {}),
      facts: v.factRow === undefined ? [] : header.years.map((y) => cellAt(view, v.factRow as number, y)),
    };
    const address = cellAddress(v.row, header.labelColumn);
    const tag = { shownNumber: v.shown, name: shownName };
    if (!matched) problems.push(unmatchedProblem(v, sector, byName, address, tag));
    else if (seen.has(matched.number)) {
      problems.push(problem("warning", "indicator-duplicate", address, M.indicatorDuplicate(v.shown, (seen.get(matched.number) as RoadmapIndicator).shownNumber, matched.name), tag));
    } else {
      seen.set(matched.number, indicator);
      if (byName.kind === "matched" && !byName.certain) {
        problems.push(problem("warning", "indicator-guessed", address, M.indicatorGuessed(v.shown, v.name, matched.number, matched.name), tag));
      }
    }
    return indicator;
  });
}

/** The indicator a ЦЗ_Показатель_<n> name points at, unless the label names another sector's indicator. */
function namedIndicator(sector: Sector, number: number, byName: NameMatch, source: Catalog): SectorIndicator | undefined {
  if (byName.kind === "other-sector") return undefined;
  return indexedIndicator(sector, number, source);
}

/** An unmatched row without a unit in its label: «18 %» typed in its cells says it is a percentage. */
function unitFromCells(cells: RoadmapCell[]): string | undefined {
  return cells.some((c) => {
    const reading = readCell(c.raw);
    return reading.kind === "number" && reading.percentSign;
  })
    ? "%"
    : undefined;
}

function unmatchedProblem(v: ValueRow, sector: Sector | undefined, match: NameMatch, address: string, tag: ReadProblem["indicator"]): ReadProblem {
  if (match.kind === "other-sector") return problem("warning", "indicator-other-sector", address, M.indicatorOtherSector(v.shown, v.name, match.sector.code, match.sector.name, sector?.name), tag);
  return problem("warning", "indicator-unmatched", address, unmatchedMessage(v, sector, match), tag);
}

function unmatchedMessage(v: ValueRow, sector: Sector | undefined, match: NameMatch): string {
  if (!sector) return M.indicatorNoSector(v.shown, v.name || v.label);
  if (match.kind === "empty" || v.name === "") return M.indicatorNoName(v.shown);
  if (match.kind === "ambiguous") return M.indicatorAmbiguous(v.shown, v.name, sector.name, match.candidates.map((c) => ({ number: c.number, name: c.name })));
  return M.indicatorUnknown(v.shown, v.name, sector.name);
}
