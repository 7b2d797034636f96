/**
 * Metamorphic property: a generated roadmap, filled (some values below target), then re-laid out by hand in any
 * combination of the ways people retype the template, is checked exactly alike: the same findings at the moved cells,
 * and no others.
 */
import fc from "fast-check";
import { catalog, sectorIndicators, workbookTarget, type Sector } from "../../src/core/catalog";
import { buildRoadmap } from "../../src/core/roadmap";
import { checkRoadmap, type Finding, type RoadmapGrid } from "../../src/core/roadmap/check";
import { regionalTargetYears } from "../../src/core/maturity";
import { modelGrid, setCell, valueAddress } from "./grid";
import { relayout, YEAR_SPELLINGS, type Relayout } from "./relayout";

const YEARS = regionalTargetYears();
const models = new Map(catalog.map((s) => [s.code, buildRoadmap(s)]));

/** Content only (no defined names): every value at its target, except the lowered ones; every activity filled. */
function filled(sector: Sector, lowered: Set<string>): RoadmapGrid {
  const model = models.get(sector.code);
  if (!model) throw new Error(sector.code);
  const grid = modelGrid(model, false);
  for (const indicator of sectorIndicators(sector)) {
    for (const year of YEARS) {
      const target = workbookTarget(indicator, year);
      const value = target === undefined ? 0 : target === null ? "x" : lowered.has(`${indicator.number}/${year}`) ? target - 0.01 : target;
      setCell(grid, valueAddress(model, indicator.number, year), value);
      setCell(grid, valueAddress(model, indicator.number, year, "activities"), "Мероприятие");
    }
  }
  return grid;
}

const keys = (findings: Finding[], move: (address: string) => string = (a) => a) => findings.map((f) => `${f.severity} ${f.code} ${move(f.address)}`).sort();

const layouts: fc.Arbitrary<Relayout> = fc.record({
  stripPrefix: fc.boolean(),
  nameStyle: fc.integer({ min: 0, max: 3 }),
  numberColumn: fc.boolean(),
  unitColumn: fc.boolean(),
  extraColumns: fc.boolean(),
  offsetRows: fc.integer({ min: 0, max: 6 }),
  offsetColumns: fc.integer({ min: 0, max: 4 }),
  separators: fc.array(fc.constantFrom("none" as const, "blank" as const, "heading" as const), { minLength: 1, maxLength: 14 }),
  yearSpellings: fc.array(fc.integer({ min: 0, max: YEAR_SPELLINGS.length - 1 }), { minLength: 1, maxLength: 4 }),
});

const lowerable = (sector: Sector) =>
  sectorIndicators(sector).flatMap((i) => YEARS.filter((y) => typeof workbookTarget(i, y) === "number").map((y) => `${i.number}/${y}`));

describe("a generated roadmap re-laid out by hand is checked alike", () => {
  it.each(catalog.map((s) => [s.code, s] as const))("%s: the same findings at the moved cells, and no others", (_code, sector) => {
    fc.assert(
      fc.property(layouts, fc.subarray(lowerable(sector), { maxLength: Math.min(4, lowerable(sector).length) }), (layout, lowered) => {
        const model = models.get(sector.code);
        if (!model) throw new Error(sector.code);
        const base = filled(sector, new Set(lowered));
        const expected = checkRoadmap(base);
        const { grid, moved } = relayout(model, sector, base, layout);
        const actual = checkRoadmap(grid);
        expect(actual.roadmap?.sector?.code).toBe(sector.code);
        expect(keys(actual.findings)).toEqual(keys(expected.findings, moved));
        // The lowered cells are errors in both, at the moved addresses.
        for (const key of lowered) {
          const [number, year] = key.split("/");
          const address = moved(valueAddress(model, Number(number), year));
          expect(actual.findings.some((f) => f.code === "target-missed" && f.address === address)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("changes nothing when nothing is re-laid out (the transform itself is the identity then)", () => {
    const sector = catalog[0];
    const model = models.get(sector.code);
    if (!model) throw new Error(sector.code);
    const base = filled(sector, new Set());
    const same = relayout(model, sector, base, { stripPrefix: false, nameStyle: 0, numberColumn: false, unitColumn: false, extraColumns: false, offsetRows: 0, offsetColumns: 0, separators: ["none"], yearSpellings: [0] });
    expect(same.grid.values).toEqual(base.values);
    expect(same.moved("D8")).toBe("D8");
  });
});
