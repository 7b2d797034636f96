/**
 * readRoadmap(grid) -> Roadmap: finds a filled «Дорожная карта» (protocol appendix 3) in a block of cell values.
 *
 * Two ways in, in this order: the sheet-scoped defined names our generated sheets carry (they follow the cells when
 * rows are inserted or the sheet is renamed), then the content, which is all a roadmap filled by hand has. The stages,
 * each in its own file under reader/: locate the header and the columns (header.ts), read the title and the sector
 * (title.ts, sector.ts), classify the rows (rows.ts), match the indicators (indicator-match.ts, indicators.ts).
 * Nothing found is dropped silently: an indicator that cannot be matched to the strategy, or a row with values nobody
 * can place, comes back as a problem.
 */
import type { Sector } from "../catalog";
import { builtInEdition, type Edition } from "../edition";
import { cellAddress } from "../sheet-model";
import { editionIdFromMarker } from "./layout";
import { roadmapMessages as M } from "./messages";
import { namedParts } from "./reader/defined-names";
import { gridView } from "./reader/grid";
import { findHeader } from "./reader/header";
import { matchIndicatorName } from "./reader/indicator-match";
import { cellAt, matchIndicators } from "./reader/indicators";
import { classifyRows, readRows } from "./reader/rows";
import { resolveSector } from "./reader/sector";
import { findTitle } from "./reader/title";
import { problem, type ReadResult, type Roadmap, type RoadmapGrid } from "./reader/types";

export type { ReadProblem, ReadResult, Roadmap, RoadmapCell, RoadmapGrid, RoadmapIndicator, YearColumn } from "./reader/types";
export { matchSectorText } from "./reader/title";
export { matchIndicatorName } from "./reader/indicator-match";
export type { NameMatch } from "./reader/indicator-match";

export interface ReadOptions {
  /** The sector when the caller knows it (e.g. chosen in the pane); wins over the title and the marker. */
  sector?: Sector | string;
  /** The strategy edition whose sectors and indicators the rows are matched to; the built-in one by default. */
  edition?: Edition;
}

export function readRoadmap(grid: RoadmapGrid, options: ReadOptions = {}): ReadResult {
  const view = gridView(grid);
  const names = namedParts(grid.names);
  const notFound = (): ReadResult => ({ problems: [problem("error", "roadmap-not-found", cellAddress(view.top, view.left), M.notFound())] });
  const header = findHeader(view, names);
  if (!header) return notFound();

  const title = findTitle(view, header.row, names);
  const readings = readRows(view, header);
  const edition = options.edition ?? builtInEdition;
  const source = edition.sectors;
  const problems: ReadProblem[] = [];
  const titleAddress = title ? cellAddress(title.row, title.column) : cellAddress(header.row, header.labelColumn);
  const sector = resolveSector(options.sector, names, title?.sectorText, readings, source, titleAddress, problems);
  const rows = classifyRows(readings, names, (name) => matchIndicatorName(name, sector, source));
  if (!title && rows.values.length === 0 && rows.regionalRow === undefined && rows.plannedRow === undefined && !names.found) return notFound();

  const indicators = matchIndicators(rows.values, sector, view, header, source, problems);
  problems.push(...rows.unrecognized.map((row) => problem("warning", "row-unrecognized", cellAddress(row, header.labelColumn), M.rowUnrecognized(row + 1))));
  if (indicators.length === 0) problems.push(problem("warning", "no-indicators", cellAddress(header.row, header.labelColumn), M.noIndicators()));

  const yearCells = (row: number | undefined) => (row === undefined ? [] : header.years.map((y) => cellAt(view, row, y)));
  return {
    roadmap: {
      ...(sector ? { sector } : {}),
      ...(title?.sectorText ? { sectorText: title.sectorText } : {}),
      years: header.years,
      headerRow: header.row,
      labelColumn: header.labelColumn,
      ...(rows.regionalRow !== undefined ? { regionalRow: rows.regionalRow } : {}),
      ...(rows.plannedRow !== undefined ? { plannedRow: rows.plannedRow } : {}),
      regional: yearCells(rows.regionalRow),
      planned: yearCells(rows.plannedRow),
      ...(rows.actualRow !== undefined ? { actualRow: rows.actualRow } : {}),
      actual: yearCells(rows.actualRow),
      ...thresholdsOf(view, names),
      indicators,
      foundBy: names.found ? "names" : "content",
      edition,
      ...(names.marker?.comment && editionIdFromMarker(names.marker.comment) ? { markedEdition: editionIdFromMarker(names.marker.comment) } : {}),
    },
    problems,
  };
}

type ReadProblem = ReadResult["problems"][number];

/** The thresholds our name marks, when both cells hold numbers; else the defaults apply. */
function thresholdsOf(view: ReturnType<typeof gridView>, names: ReturnType<typeof namedParts>): Partial<Pick<Roadmap, "thresholds" | "thresholdCells">> {
  if (!names.thresholds) return {};
  const [reachedCell, riskCell] = names.thresholds;
  const at = { thresholdCells: { reached: reachedCell, risk: riskCell } };
  const [reached, risk] = [view.shown(reachedCell.row, reachedCell.column), view.shown(riskCell.row, riskCell.column)];
  return typeof reached === "number" && typeof risk === "number" && Number.isFinite(reached) && Number.isFinite(risk) ? { ...at, thresholds: { reached, risk } } : at;
}
