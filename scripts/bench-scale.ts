/**
 * Growth of the check and of the rating with the size of their input: a roadmap of 1 000× the rows (the largest
 * sector's indicators repeated), and a rating table of 10× the repeated names. Linear code grows by the same factor;
 * each side is timed several times and the medians are compared. Prints one JSON object; npm run bench reports it.
 */
import { catalog, sectorIndicators, workbookTarget, type Sector } from "../src/core/catalog";
import { rateBodies, type BodyRow } from "../src/core/rating";
import { buildRoadmap, roadmapNames } from "../src/core/roadmap";
import { checkRoadmap, type RoadmapGrid } from "../src/core/roadmap/check";
import { parseRange, rectangularCells } from "../src/core/sheet-model";

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median ms of one call; a small input is run in batches of at least `minMs` so the clock can see it. */
function timed(call: () => unknown, runs: number, minMs = 20, warmUp = true): number {
  if (warmUp) call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    let repeats = 0;
    const start = nowMs();
    do {
      call();
      repeats++;
    } while (nowMs() - start < minMs);
    times.push((nowMs() - start) / repeats);
  }
  return median(times);
}

/** Median ms of each call, the calls taking turns `runs` times (each run of a call batched to at least `minMs`). */
function alternating(calls: readonly (() => unknown)[], runs: number, minMs = 20): number[] {
  calls.forEach((call) => call());
  const times = calls.map((): number[] => []);
  for (let i = 0; i < runs; i++) calls.forEach((call, c) => times[c].push(timed(call, 1, minMs, false)));
  return times.map(median);
}

const largest = catalog.reduce((a, b) => (sectorIndicators(b).length > sectorIndicators(a).length ? b : a));

/** The largest sector with its indicators repeated `copies` times, each copy named apart. */
function repeatedSector(copies: number): Sector {
  if (copies === 1) return largest;
  const indicators = sectorIndicators(largest);
  const project = largest.projects[0];
  const copied = Array.from({ length: copies }, (_, k) => indicators.map((i) => ({ name: `${i.name} (копия ${k + 1})`, unit: i.unit, direction: i.direction, targets: { ...i.targets } })));
  return { ...largest, projects: [{ ...project, indicators: copied.flat() }] };
}

/** The roadmap grid of a sector as the pane reads it back, every year filled a little under the target. */
function filledGrid(sector: Sector): RoadmapGrid {
  const model = buildRoadmap(sector);
  const rowOf = new Map(model.names.map((n) => [n.name, parseRange(n.range).top]));
  const values = rectangularCells(model).map((row) => row.map((cell) => ("value" in cell ? cell.value : null)));
  for (const indicator of sectorIndicators(sector)) {
    ["2021", "2022", "2023", "2024"].forEach((year, y) => {
      const target = workbookTarget(indicator, year);
      const valueRow = rowOf.get(roadmapNames.value(indicator.number));
      const activityRow = rowOf.get(roadmapNames.activities(indicator.number));
      if (valueRow === undefined || activityRow === undefined) throw new Error(`no rows for indicator ${indicator.number}`);
      values[valueRow][1 + y] = target === undefined ? 0 : target === null ? "x" : Math.round(target * 0.9 * 10000) / 10000;
      values[activityRow][1 + y] = "Мероприятия по плану";
    });
  }
  return { values, top: 0, left: 0, merges: [...model.merges], names: model.names.map((n) => ({ ...n })) };
}

function checkGrowth(factor: number) {
  const small = repeatedSector(1);
  const large = repeatedSector(factor);
  const smallGrid = filledGrid(small);
  const largeGrid = filledGrid(large);
  const check = (sector: Sector, grid: RoadmapGrid) => () => {
    const { findings } = checkRoadmap(grid, { sector });
    if (findings.length === 0) throw new Error("the filled roadmap gave no findings");
  };
  const smallMs = timed(check(small, smallGrid), 15);
  // Seconds a run: the small runs have compiled the same code already; five runs give a median the noise of one
  // busy moment does not move.
  const largeMs = timed(check(large, largeGrid), 5, 0, false);
  return { sector: largest.code, rows: smallGrid.values.length, rowsLarge: largeGrid.values.length, smallMs, largeMs, growth: largeMs / smallMs, factor };
}

function ratingGrowth(factor: number) {
  const table = (copies: number): BodyRow[] => [
    ...Array.from({ length: copies }, (_, i) => ({ name: i % 2 ? "Орган А" : " орган  а", employees: 10 + (i % 50), trained: i % 10 })),
    ...Array.from({ length: 30 }, (_, i) => ({ name: `Орган ${i + 1}`, employees: 40, trained: i })),
  ];
  const base = 2_000;
  const small = table(base);
  const large = table(base * factor);
  // Milliseconds each: the two sizes take turns, so that a busy moment of the machine falls on both alike.
  const [smallMs, largeMs] = alternating([() => rateBodies(small), () => rateBodies(large)], 31);
  return { repeats: base, repeatsLarge: base * factor, smallMs, largeMs, growth: largeMs / smallMs, factor };
}

const result = {
  checkRoadmap: checkGrowth(1_000),
  rateBodiesDuplicates: ratingGrowth(10),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
