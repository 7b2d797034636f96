/** What the roadmap reader takes and gives: a block of cells in, the roadmap it found and its problems out. */
import type { Sector, SectorIndicator } from "../../catalog";
import type { Edition } from "../../edition";
import type { Thresholds } from "../../facts";

export interface RoadmapGrid {
  /** Cell values of a block of the sheet; values[0][0] is at (top, left), 0-based. Rows may be short, missing or holed. */
  values: unknown[][];
  top: number;
  left: number;
  /** The sheet's defined names, ranges in A1 within the sheet («B8:E8», «$B$8:$E$8», «'ДК'!$B$8:$E$8»). */
  names?: { name: string; range: string; comment?: string }[];
  /** Merged areas («A1:E1»); a merged value sits in the top-left cell only. */
  merges?: string[];
  /** Cell notes by address; never read as values. */
  notes?: Record<string, string>;
}

export interface RoadmapCell {
  year: string;
  address: string;
  raw: unknown;
}

export interface RoadmapIndicator {
  /** The number the sheet shows («Значение показателя 2», or «2» in a «№ п/п» column), not the catalog number. */
  shownNumber: number;
  /** The row label as read (label columns joined). */
  label: string;
  /** The indicator's name as read from the label, without the «Значение показателя i» prefix and the unit. */
  name: string;
  /** The strategy indicator it was matched to. */
  catalog?: SectorIndicator;
  /** The catalog unit when matched, else the unit column or the unit written in the label, if any. */
  unit?: string;
  valueRow: number;
  activitiesRow?: number;
  /** The «Целевое значение по Стратегии» row of a generated sheet: shown to people, never read as input. */
  targetRow?: number;
  cells: RoadmapCell[];
  activities: RoadmapCell[];
  /** The «Фактическое значение» row under the value row, when the roadmap carries facts. */
  factRow?: number;
  facts: RoadmapCell[];
}

export interface YearColumn {
  year: string;
  column: number;
}

export interface Roadmap {
  sector?: Sector;
  /** The sector as written in the title, when it was written there. */
  sectorText?: string;
  years: YearColumn[];
  headerRow: number;
  /** The column of the row labels (the «X» column of the template). */
  labelColumn: number;
  regionalRow?: number;
  plannedRow?: number;
  /** The cells of the regional and planned ЦЗ rows, to compare with what the check computes. */
  regional: RoadmapCell[];
  planned: RoadmapCell[];
  /** The sector's actual ЦЗ row, when the roadmap carries facts. */
  actualRow?: number;
  actual: RoadmapCell[];
  /** The status thresholds as the sheet holds them (shares of the plan), when it holds them. */
  thresholds?: Thresholds;
  /** Where the sheet holds them (our name ЦЗ_Пороги): «достигнуто» from, «под угрозой» from. */
  thresholdCells?: { reached: { row: number; column: number }; risk: { row: number; column: number } };
  indicators: RoadmapIndicator[];
  /** Where the roadmap was recognised from: our defined names, or the content only. */
  foundBy: "names" | "content";
  /** The strategy edition the rows were matched to. */
  edition: Edition;
  /** The edition id our marker name carries, when the sheet is one we generated with editions. */
  markedEdition?: string;
}

export interface ReadProblem {
  severity: "error" | "warning";
  code: string;
  address: string;
  indicator?: { shownNumber: number; name: string };
  message: string;
}

export interface ReadResult {
  roadmap?: Roadmap;
  problems: ReadProblem[];
}

export function problem(severity: ReadProblem["severity"], code: string, address: string, message: string, indicator?: ReadProblem["indicator"]): ReadProblem {
  return { severity, code, address, ...(indicator ? { indicator } : {}), message };
}
