/**
 * Roadmaps we generate: buildRoadmap(sector) -> the grid a host reads back -> filled as a user would -> checked.
 * With the defined names (rows found even after rows are inserted and labels edited) and without them (content only).
 */
import fc from "fast-check";
import { builtInEdition } from "../../src/core/edition";
import { catalog, findSector, normalizeName, sectorIndicators, workbookTarget, type Catalog, type Sector } from "../../src/core/catalog";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { checkRoadmap, readRoadmap, validateRoadmap, type Finding, type RoadmapGrid } from "../../src/core/roadmap/check";
import { regionalTargetYears } from "../../src/core/maturity";
import { cellAddress, parseRange, type SheetModel } from "../../src/core/sheet-model";
import { modelGrid, setCell, valueAddress } from "./grid";

function sector(code: string): Sector {
  const found = findSector(code);
  if (!found) throw new Error(`no sector ${code}`);
  return found;
}

const YEARS = regionalTargetYears();

/** Every value cell set to its strategy target («x» where the strategy prints x, 0 in 2021), every activity filled. */
function filledWithTargets(model: SheetModel, s: Sector, withNames = true): RoadmapGrid {
  const grid = modelGrid(model, withNames);
  for (const indicator of sectorIndicators(s)) {
    for (const year of YEARS) {
      const target = workbookTarget(indicator, year);
      setCell(grid, valueAddress(model, indicator.number, year), target === undefined ? 0 : target === null ? "x" : target);
      setCell(grid, valueAddress(model, indicator.number, year, "activities"), "Мероприятие");
    }
  }
  return grid;
}

const indicatorErrors = (findings: Finding[]) => findings.filter((f) => f.severity === "error" && f.indicator !== undefined);
const keys = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.code} ${f.address}`).sort();

describe.each(["7.1", "7.2", "7.5", "7.6", "7.8", "7.10"])("generated roadmap %s", (code) => {
  const s = sector(code);
  const model = buildRoadmap(s);

  it("is read back whole: sector, years, every indicator with its rows", () => {
    const { roadmap, problems } = readRoadmap(modelGrid(model));
    expect(problems).toEqual([]);
    expect(roadmap?.foundBy).toBe("names");
    expect(roadmap?.sector?.code).toBe(code);
    expect(roadmap?.years.map((y) => y.year)).toEqual(YEARS);
    expect(roadmap?.indicators.map((i) => i.catalog?.number)).toEqual(sectorIndicators(s).map((i) => i.number));
    for (const indicator of roadmap?.indicators ?? []) {
      expect(indicator.targetRow).toBe(indicator.valueRow + 1);
      expect(indicator.activitiesRow).toBe(indicator.valueRow + 2);
    }
  });

  it("is read the same from its content alone, without the defined names", () => {
    const named = checkRoadmap(filledWithTargets(model, s));
    const content = checkRoadmap(filledWithTargets(model, s, false));
    expect(content.roadmap?.foundBy).toBe("content");
    expect(content.roadmap?.indicators.map((i) => [i.shownNumber, i.catalog?.number, i.valueRow])).toEqual(
      named.roadmap?.indicators.map((i) => [i.shownNumber, i.catalog?.number, i.valueRow]),
    );
    expect(keys(content.findings)).toEqual(keys(named.findings));
  });

  it("filled with the targets, has no error in any indicator row and no unfilled cell", () => {
    const { findings } = checkRoadmap(filledWithTargets(model, s));
    expect(indicatorErrors(findings)).toEqual([]);
    expect(findings.filter((f) => ["missing-value", "activities-missing", "indicator-unmatched"].includes(f.code))).toEqual([]);
  });

  it("reports an empty roadmap cell by cell", () => {
    const { findings } = checkRoadmap(modelGrid(model));
    const count = sectorIndicators(s).length * YEARS.length;
    expect(findings.filter((f) => f.code === "missing-value")).toHaveLength(count);
    expect(findings.filter((f) => f.code === "activities-missing")).toHaveLength(count);
  });
});

describe("a generated roadmap after people worked on it", () => {
  const s = sector("7.1");
  const model = buildRoadmap(s);

  it("is found by its names after rows were inserted above and labels were rewritten", () => {
    const grid = filledWithTargets(model, s);
    const lowered = valueAddress(model, 2, "2023");
    setCell(grid, lowered, 0.35);
    // Insert three rows at the top, as Excel would: values move down, the names follow them.
    const shifted: RoadmapGrid = {
      ...grid,
      values: [[null], ["Согласовано: руководитель"], [null], ...grid.values],
      names: grid.names?.map((n) => ({ ...n, range: shiftRange(n.range, 3) })),
      merges: grid.merges?.map((m) => shiftRange(m, 3)),
    };
    // Someone shortened every indicator label to a bare number: only the names can tell which indicator it is.
    for (const indicator of sectorIndicators(s)) {
      const row = parseRange(valueAddress(model, indicator.number, "2022")).top + 3;
      shifted.values[row][0] = `Показатель ${indicator.number}`;
    }
    const { roadmap, findings } = checkRoadmap(shifted);
    expect(roadmap?.foundBy).toBe("names");
    expect(roadmap?.indicators.map((i) => i.catalog?.number)).toEqual(sectorIndicators(s).map((i) => i.number));
    const { top, left } = parseRange(lowered);
    expect(indicatorErrors(findings).map((f) => f.address)).toEqual([cellAddress(top + 3, left)]);
  });

  it("is found without names in a block that does not start at A1", () => {
    const grid = filledWithTargets(model, s, false);
    const block: RoadmapGrid = { values: grid.values, top: 10, left: 2, merges: [] };
    setCell(block, "E19", "0,5 %"); // 7.1 indicator 1 in 2023 (D8 of the original sheet, moved 10 rows and 2 columns)
    const { roadmap, findings } = checkRoadmap(block);
    expect(roadmap?.sector?.code).toBe("7.1");
    expect(roadmap?.indicators[0].cells.map((c) => c.address)).toEqual(["D18", "E18", "F18", "G18"]);
    expect(indicatorErrors(findings)).toEqual([]);
    setCell(block, "F18", "20 %");
    expect(indicatorErrors(checkRoadmap(block).findings)).toMatchObject([
      { code: "target-missed", address: "F18", year: "2023", expected: "25 %", found: "20 %", message: "Показатель 1, 2023: 20 % ниже целевого значения стратегии 25 % (на 5 п.п.)" },
    ]);
  });

  it("computes the planned average itself and does not trust the sheet's cached result", () => {
    const grid = filledWithTargets(model, s);
    const planned = model.names.find((n) => n.name === roadmapNames.planned);
    if (!planned) throw new Error("no planned row");
    const { top, left } = parseRange(planned.range);
    // A stale cached result of 99 % in 2022: the check recomputes 31 % from the values, says both, and 31 % is still
    // below the regional 33 % (meeting every 2022 target of 7.1 is not enough: the strategy's own shortfall).
    setCell(grid, cellAddress(top, left + 1), 0.99);
    const { findings } = checkRoadmap(grid);
    const year2022 = cellAddress(top, left + 1);
    expect(findings.filter((f) => f.address === year2022).map((f) => f.code).sort()).toEqual(["planned-below-regional", "planned-cell-differs", "strategy-below-regional"]);
    expect(findings.find((f) => f.code === "planned-cell-differs")?.message).toBe(
      "2022: в строке планового среднего указано 99 %, а по значениям показателей получается 31 %; проверено по расчёту",
    );
  });

  it("switches the comparison for an indicator where lower is better", () => {
    const grid = filledWithTargets(model, s);
    setCell(grid, valueAddress(model, 2, "2024"), 0.9);
    const { roadmap } = readRoadmap(grid);
    if (!roadmap) throw new Error("not read");
    expect(indicatorErrors(validateRoadmap(roadmap))).toEqual([]);
    const second = roadmap.indicators[1];
    if (!second.catalog) throw new Error("not matched");
    const lower: typeof roadmap = { ...roadmap, indicators: roadmap.indicators.map((i) => (i === second && i.catalog ? { ...i, catalog: { ...i.catalog, direction: "lower" as const } } : i)) };
    const errors = indicatorErrors(validateRoadmap(lower));
    expect(errors.map((f) => f.address)).toEqual([valueAddress(model, 2, "2024")]);
    expect(errors[0].message).toBe("Показатель 2, 2024: 90 % выше целевого значения стратегии 80 % (на 10 п.п.); для этого показателя лучше меньшее значение");
  });
});

describe("validateRoadmap options", () => {
  const s = sector("7.1");
  const model = buildRoadmap(s);
  const { roadmap } = readRoadmap(filledWithTargets(model, s));
  if (!roadmap) throw new Error("not read");

  it("takes the targets from another edition of the catalog, matched by sector code and indicator name", () => {
    const edited = JSON.parse(JSON.stringify(catalog)) as Catalog;
    const first = normalizeName(sectorIndicators(s)[0].name);
    for (const project of edited.find((x) => x.code === "7.1")?.projects ?? []) {
      for (const indicator of project.indicators) if (normalizeName(indicator.name) === first) indicator.targets["2022"] = 20;
    }
    const errors = indicatorErrors(validateRoadmap(roadmap, { edition: { ...builtInEdition, sectors: edited } }));
    expect(errors).toMatchObject([{ address: valueAddress(model, 1, "2022"), expected: "20 %", found: "18 %" }]);
  });

  it("takes other regional ЦЗ averages when given them", () => {
    const codes = (regionalTargets: Record<string, number>) =>
      validateRoadmap(roadmap, { edition: { ...builtInEdition, regionalTargets } }).filter((f) => f.code.endsWith("-below-regional")).map((f) => `${f.code} ${f.year}`);
    expect(codes({ "2021": 0, "2022": 10, "2023": 10, "2024": 10 })).toEqual([]);
    expect(codes({ "2022": 60 })).toEqual(["planned-below-regional 2022", "strategy-below-regional 2022"]);
  });
});

function shiftRange(range: string, rows: number): string {
  const { top, left, bottom, right } = parseRange(range);
  const from = cellAddress(top + rows, left);
  const to = cellAddress(bottom + rows, right);
  return from === to ? from : `${from}:${to}`;
}

describe("property: the strategy targets are a pass, anything below one of them is one error at that cell", () => {
  const cases = catalog.flatMap((s) =>
    sectorIndicators(s).flatMap((indicator) =>
      YEARS.filter((y) => typeof workbookTarget(indicator, y) === "number").map((year) => ({ code: s.code, number: indicator.number, year })),
    ),
  );
  const models = new Map(catalog.map((s) => [s.code, buildRoadmap(s)]));

  it.each(catalog.map((s) => s.code))("%s filled exactly with the targets has no error in any indicator row", (code) => {
    const model = models.get(code) as SheetModel;
    expect(indicatorErrors(checkRoadmap(filledWithTargets(model, sector(code))).findings)).toEqual([]);
  });

  it("lowering any one value by any amount gives exactly one indicator error, at that cell", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.double({ min: 1e-6, max: 1000, noNaN: true }), ({ code, number, year }, delta) => {
        const s = sector(code);
        const model = models.get(code) as SheetModel;
        const indicator = sectorIndicators(s).find((i) => i.number === number);
        const target = indicator ? (workbookTarget(indicator, year) as number) : NaN;
        const grid = filledWithTargets(model, s);
        const address = valueAddress(model, number, year);
        setCell(grid, address, target - delta);
        const errors = indicatorErrors(checkRoadmap(grid).findings);
        expect(errors.map((f) => [f.code, f.address])).toEqual([["target-missed", address]]);
      }),
      { numRuns: 300 },
    );
  });
});
