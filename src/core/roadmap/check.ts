/**
 * The roadmap check in one call: read a filled «Дорожная карта» from a block of cells and validate it against the
 * strategy. Hosts (the pane, the CLI) use checkRoadmap; read problems come back as findings too, so nothing the
 * reader could not place is lost on the way to the user.
 */
import { parseAddress } from "../sheet-model";
import { readWithEdition } from "../edition/choose";
import { findIndicatorHeader } from "../edition/import-indicators";
import type { Edition } from "../edition";
import { readRoadmap, type ReadOptions, type ReadProblem, type Roadmap, type RoadmapGrid } from "./read";
import { validateRoadmap, type Finding, type ValidateOptions } from "./validate";

export { matchIndicatorName, matchSectorText, readRoadmap } from "./read";
export type { NameMatch } from "./read";
export type { ReadOptions, ReadProblem, ReadResult, Roadmap, RoadmapCell, RoadmapGrid, RoadmapIndicator } from "./read";
export { interpretValue, plannedAverages, strategyShortfalls, targetsMean, validateRoadmap } from "./validate";
export type { Finding, Interpreted, PlannedAverage, StrategyShortfall, ValidateOptions } from "./validate";
export { roadmapMessages } from "./messages";

export interface CheckResult {
  roadmap?: Roadmap;
  findings: Finding[];
}

export interface CheckOptions extends ReadOptions, ValidateOptions {
  /**
   * The editions the roadmap may have been made with, the preferred first: the check reads it with the one its marker
   * names or its rows match best. Ignored when `edition` is given.
   */
  editions?: readonly Edition[];
}

export function checkRoadmap(grid: RoadmapGrid, options: CheckOptions = {}): CheckResult {
  const { roadmap, problems } = options.edition || !options.editions ? readRoadmap(grid, options) : readWithEdition(grid, options.editions, options);
  const findings = problems.map(problemFinding);
  if (!roadmap) return { findings };
  return { roadmap, findings: [...findings, ...validateRoadmap(roadmap, options)] };
}

function problemFinding(problem: ReadProblem): Finding {
  return { ...problem };
}

/** Errors first, then warnings; within each, in sheet order (row, then column), as a list the user walks through. */
export function sortFindings(findings: Finding[]): Finding[] {
  const position = (address: string): [number, number] => {
    if (!/^[A-Z]+\d+$/.test(address)) return [Infinity, Infinity];
    const { row, column } = parseAddress(address);
    return [row, column];
  };
  return findings
    .map((finding, index) => ({ finding, index, at: position(finding.address) }))
    .sort((a, b) => Number(a.finding.severity !== "error") - Number(b.finding.severity !== "error") || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map((x) => x.finding);
}

export interface SheetCheck {
  sheet: string;
  roadmap?: Roadmap;
  findings: Finding[];
}

/**
 * The roadmap sheets of a workbook, each checked; a workbook without any roadmap gives its first sheet with the
 * «not found» finding, so that nothing sent in is passed over without a word.
 */
export function checkSheets(sheets: readonly { name: string; grid: RoadmapGrid }[], options: CheckOptions = {}): SheetCheck[] {
  // A strategy's own table («Показатели», with its project column) kept in the workbook is not a roadmap sent in.
  const roadmapSheets = sheets.filter((s) => findIndicatorHeader(s.grid.values) === undefined);
  const checked = roadmapSheets.map((s) => ({ sheet: s.name, ...checkRoadmap(s.grid, options) }));
  const roadmaps = checked.filter((c) => c.roadmap !== undefined).map((c) => ({ ...c, findings: sortFindings(c.findings) }));
  if (roadmaps.length > 0) return roadmaps;
  const first = checked[0] ?? (sheets[0] && { sheet: sheets[0].name, ...checkRoadmap({ values: [], top: 0, left: 0 }, options) });
  return first ? [{ sheet: first.sheet, findings: first.findings }] : [];
}
