/**
 * The activities prefill of a roadmap: each project of an indicator once, in the year its term starts. The strategy
 * prints terms such as «до 2024 года, далее постоянно» or «постоянно» that name no start: such a project starts in the
 * strategy's first target year. Nothing goes in a year before the first target (2021 has none).
 */
import type { Sector, SectorIndicator } from "../catalog";
import { roadmapTexts as T } from "./texts";

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/;
/** «до …» names the end of a term, never its start. */
const UNTIL = /(?:^|[\s,;(])до\s/i;

/** «2022–2024» → 2022, «2022 год» → 2022, «с 2023 года» → 2023; «до 2024 года», «постоянно» → undefined. */
export function termStartYear(term: string | undefined): number | undefined {
  if (!term) return undefined;
  const until = UNTIL.exec(term);
  const before = until ? term.slice(0, until.index) : term;
  const year = YEAR.exec(before);
  return year ? Number(year[1]) : undefined;
}

/** The sheet's year of a project: its start, kept within the years from the first target year on. */
function placeYear(start: number | undefined, targetYears: number[]): number {
  const first = targetYears[0];
  if (start === undefined || start <= first) return first;
  return targetYears.find((y) => y >= start) ?? targetYears[targetYears.length - 1];
}

/** The activities cell of each year of the sheet: the projects starting that year, one per line, or null. */
export function activityCells(sector: Sector, indicator: SectorIndicator, years: readonly string[]): (string | null)[] {
  const numeric = years.map(Number);
  const withTarget = numeric.filter((y) => String(y) in indicator.targets);
  const targetYears = withTarget.length > 0 ? withTarget : numeric;
  const byYear = new Map<number, string[]>();
  for (const project of sector.projects.filter((p) => indicator.projects.includes(p.n))) {
    const year = placeYear(termStartYear(project.details?.term), targetYears);
    byYear.set(year, [...(byYear.get(year) ?? []), T.activityFromProject(project.n, project.name, project.details?.description)]);
  }
  return numeric.map((y) => byYear.get(y)?.join("\n") ?? null);
}
