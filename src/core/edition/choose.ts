/**
 * Which of the known editions a roadmap was made with: the one our marker names, else the one whose sectors and
 * indicators the sheet's rows match best. A roadmap made by hand for a region's new strategy is thus checked
 * against that strategy, not against the built-in one.
 */
import { readRoadmap, type ReadOptions, type ReadResult, type RoadmapGrid } from "../roadmap/read";
import type { Edition } from "./types";

/** The roadmap read with the edition it belongs to; the first edition wins a tie, so list the preferred one first. */
export function readWithEdition(grid: RoadmapGrid, editions: readonly Edition[], options: Omit<ReadOptions, "edition"> = {}): ReadResult {
  if (editions.length === 0) return readRoadmap(grid, options);
  const first = readRoadmap(grid, { ...options, edition: editions[0] });
  if (editions.length === 1 || !first.roadmap) return first;
  const marked = first.roadmap.markedEdition;
  if (marked !== undefined) {
    const named = editions.find((e) => e.id === marked);
    if (named) return named === editions[0] ? first : readRoadmap(grid, { ...options, edition: named });
  }
  let best = first;
  let bestScore = fitScore(first);
  for (const edition of editions.slice(1)) {
    const result = readRoadmap(grid, { ...options, edition });
    const score = fitScore(result);
    if (score > bestScore) {
      best = result;
      bestScore = score;
    }
  }
  return best;
}

/** Matched indicators count most; a known sector breaks ties between editions that match no row. */
function fitScore(result: ReadResult): number {
  const roadmap = result.roadmap;
  if (!roadmap) return -1;
  const matched = roadmap.indicators.filter((i) => i.catalog !== undefined).length;
  return matched * 2 + (roadmap.sector ? 1 : 0);
}
