/**
 * A roadmap with facts: fact rows, achievement and status as built-in formulas, the actual ЦЗ, thresholds, quarters and
 * charts. LibreOffice recalculates the generated file and its results must equal the core's, row by row, including
 * «lower is better», zero plans and blanks; the check then judges the facts by a reporting date.
 */
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { parseEdition } from "../../src/core/edition";
import { findSector, sectorIndicators, type Sector } from "../../src/core/catalog";
import { achievement, DEFAULT_THRESHOLDS, sheetAchievement, sheetStatus, statusOf } from "../../src/core/facts";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { checkRoadmap } from "../../src/core/roadmap/check";
import { cellAddress, parseRange, type SheetModel } from "../../src/core/sheet-model";
import { snapshotCell } from "../../src/xlsx";
import { recalculatedSheets } from "../support/libreoffice";
import { modelGrid } from "../roadmap/grid";
import { buildSummarySheets, summarize } from "../../src/core/summary";

const edition = parseEdition(editionJson);
const health = findSector("1.1", edition.sectors) as Sector;
const YEARS = ["2025", "2026", "2027", "2028", "2029", "2030"];

function rowOf(model: SheetModel, name: string): number {
  const found = model.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return parseRange(found.range).top;
}

function put(model: SheetModel, name: string, year: number, value: number | string | null): void {
  const row = rowOf(model, name);
  while (model.cells[row].length <= 1 + year) model.cells[row].push({ value: null });
  model.cells[row][1 + year] = { value };
}

/** Plans and facts per indicator number: blanks, zero plans, lower-is-better, above and below plan. */
const PLAN: Record<number, (number | null)[]> = {
  1: [0.6, 0.7, 0.8, 0.9, 0.95, 1],
  2: [10, 9, 8, 7, 6, 0],
  3: [0, 0.15, 0.2, 0.25, 0.3, null],
  4: [40, 60, 80, 100, 120, 140],
};
const FACT: Record<number, (number | null)[]> = {
  1: [0.54, 0.7, 0.81, null, 0.855, 0.5],
  2: [11, 9, 0, 8, null, 3],
  3: [0, 0.1, 0.2, 0.225, 0.3, 0.1],
  4: [36, 61, 0, 100, 108, null],
};

function filled(options: { quarters?: boolean } = {}): SheetModel {
  const model = buildRoadmap(health, { edition, facts: true, ...options });
  for (const [n, values] of Object.entries(PLAN)) values.forEach((v, y) => put(model, roadmapNames.value(Number(n)), y, v));
  if (!options.quarters) for (const [n, values] of Object.entries(FACT)) values.forEach((v, y) => put(model, roadmapNames.fact(Number(n)), y, v));
  return model;
}

describe("achievement and status in the core", () => {
  it("is fact / plan, inverted when lower is better, with a zero plan met from zero up", () => {
    expect(achievement(0.45, 0.5)).toBeCloseTo(0.9, 12);
    expect(statusOf(achievement(0.45, 0.5))).toBe("под угрозой");
    expect(statusOf(achievement(0.5, 0.5))).toBe("достигнуто");
    expect(statusOf(achievement(0.44, 0.5))).toBe("не достигнуто");
    expect(achievement(12, 10, "lower")).toBeCloseTo(10 / 12, 12);
    expect(achievement(0, 10, "lower")).toBe(1);
    expect(achievement(0, 0)).toBe(1);
    expect(achievement(-1, 0)).toBe(0);
    expect(statusOf(0.95, { reached: 0.95, risk: 0.8 })).toBe("достигнуто");
  });
});

describe("a roadmap built with facts", () => {
  it("carries fact, achievement and status rows per indicator, the actual ЦЗ, thresholds, status colours and charts", () => {
    const model = buildRoadmap(health, { edition, facts: true });
    const numbers = sectorIndicators(health).map((i) => i.number);
    for (const n of numbers) {
      expect(rowOf(model, roadmapNames.fact(n))).toBe(rowOf(model, roadmapNames.target(n)) + 1);
      expect(rowOf(model, roadmapNames.status(n))).toBe(rowOf(model, roadmapNames.fact(n)) + 2);
      expect(rowOf(model, roadmapNames.activities(n))).toBe(rowOf(model, roadmapNames.status(n)) + 1);
    }
    expect(rowOf(model, roadmapNames.actual)).toBe(rowOf(model, roadmapNames.planned) + 1);
    expect(model.conditionalFormats).toHaveLength(numbers.length);
    expect(model.conditionalFormats?.[0].rules.map((r) => r.values[0])).toEqual(['"достигнуто"', '"под угрозой"', '"не достигнуто"']);
    expect(model.charts?.map((c) => c.title)).toEqual([
      "ЦЗ отрасли «Здравоохранение»: план и факт против региона",
      ...numbers.map((n) => `Показатель ${n}: план, факт и цель по годам`),
    ]);
    // Each chart's series refer to the roadmap's own rows: its data block holds formulas, not copies.
    const block = parseRange(model.charts?.[1].data ?? "");
    const planSeries = model.cells[block.top + 1][1];
    expect(planSeries).toEqual({ formula: `=IF(ISNUMBER(B${rowOf(model, roadmapNames.value(1)) + 1}),B${rowOf(model, roadmapNames.value(1)) + 1},NA())` });
  });

  it("is read back with its facts, and its extra blocks are not taken for indicators", () => {
    const model = filled();
    const { roadmap, findings } = checkRoadmap(modelGrid(model), { edition, asOf: new Date(2031, 0, 15) });
    expect(roadmap?.indicators.map((i) => i.facts.map((c) => c.raw))).toEqual([1, 2, 3, 4].map((n) => FACT[n]));
    expect(roadmap?.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(findings.filter((f) => f.code === "row-unrecognized")).toEqual([]);
  });
});

describe("the check judges facts by the reporting date", () => {
  const model = filled();
  const codes = (asOf: Date) =>
    checkRoadmap(modelGrid(model), { edition, asOf })
      .findings.filter((f) => f.code.startsWith("fact-"))
      .map((f) => `${f.severity} ${f.code} ${f.indicator?.shownNumber} ${f.year}`);

  it("in the middle of 2027: 2025 and 2026 have ended, 2027 is in progress, later facts are for years ahead", () => {
    expect(codes(new Date(2027, 5, 30))).toEqual([
      "error fact-below-target 1 2025", // 54 % against the target 60 %
      "warning fact-below-plan 1 2025",
      "warning fact-future 1 2029",
      "warning fact-future 1 2030",
      "error fact-below-target 2 2025", // 11 days, the target 10 (lower is better)
      "warning fact-below-plan 2 2025",
      "warning fact-future 2 2028",
      "warning fact-future 2 2030",
      "error fact-below-target 3 2025", // 0 % against 10 %, though the plan was 0
      "error fact-below-target 3 2026", // 10 % against 15 %
      "warning fact-below-plan 3 2026",
      "warning fact-future 3 2028",
      "warning fact-future 3 2029",
      "warning fact-future 3 2030",
      "error fact-below-target 4 2025",
      "warning fact-below-plan 4 2025",
      "warning fact-future 4 2028",
      "warning fact-future 4 2029",
    ]);
  });

  it("after 2030: a missing fact of an ended year is a warning", () => {
    const found = codes(new Date(2031, 2, 1));
    expect(found).toContain("warning fact-missing 1 2028");
    expect(found).toContain("warning fact-missing 4 2030");
    expect(found.some((c) => c.includes("fact-future"))).toBe(false);
  });
});

describe("LibreOffice computes what the core computes", () => {
  it("achievement, status and the actual ЦЗ of every row, and the year's fact from its last quarter", async () => {
    const plain = filled();
    const quarterly = filled({ quarters: true });
    // Quarters: the year's fact is the last reported quarter; a year with none stays blank.
    const quarters: Record<number, (number | null)[][]> = {
      1: YEARS.map((_, y) => [0.1 * y, y % 2 === 0 ? 0.2 : null, null, y === 5 ? null : 0.5 + y / 100]),
      2: YEARS.map((_, y) => (y === 3 ? [null, null, null, null] : [12, 11, y, null])),
      3: YEARS.map(() => [0.01, 0.02, 0.03, 0.04]),
      4: YEARS.map((_, y) => [10 * y, null, null, null]),
    };
    for (const [n, years] of Object.entries(quarters)) {
      const row = rowOf(quarterly, roadmapNames.quarters(Number(n)));
      years.forEach((values, y) => values.forEach((v, q) => (quarterly.cells[row + q][1 + y] = { value: v })));
    }
    const expectedFact = (n: number, y: number) => {
      const reported = quarters[n][y].filter((v): v is number => v !== null);
      return reported.length === 0 ? null : reported[reported.length - 1];
    };
    const book = await recalculatedSheets([plain, { ...quarterly, name: "С кварталами" }]);
    // An empty text result reads back as an empty cell.
    const read = (sheet: number, address: string) => snapshotCell(book.sheets[sheet], address).value ?? "";
    for (const [sheet, model, factOf] of [
      [0, plain, (n: number, y: number) => FACT[n][y]],
      [1, quarterly, expectedFact],
    ] as const) {
      const percentFacts: number[][] = YEARS.map(() => []);
      for (const indicator of sectorIndicators(health)) {
        const n = indicator.number;
        YEARS.forEach((_, y) => {
          const column = 1 + y;
          const fact = factOf(n, y);
          const plan = PLAN[n][y];
          if (sheet === 1) expect(read(sheet, cellAddress(rowOf(model, roadmapNames.fact(n)), column))).toBe(fact === null ? "" : fact);
          const share = sheetAchievement(fact, plan, indicator.direction);
          const computed = read(sheet, cellAddress(rowOf(model, roadmapNames.achievement(n)), column));
          if (share === "") expect(computed).toBe("");
          else expect(computed as number).toBeCloseTo(share, 12);
          expect(read(sheet, cellAddress(rowOf(model, roadmapNames.status(n)), column))).toBe(sheetStatus(share, DEFAULT_THRESHOLDS));
          if (indicator.unit === "%" && fact !== null) percentFacts[y].push(fact);
        });
      }
      YEARS.forEach((_, y) => {
        const actual = read(sheet, cellAddress(rowOf(model, roadmapNames.actual), 1 + y));
        const facts = percentFacts[y];
        if (facts.length === 0) expect(actual).toBe("");
        else expect(actual as number).toBeCloseTo(facts.reduce((a, b) => a + b, 0) / facts.length, 12);
      });
    }
  }, 120_000);
});

describe("the «Свод» with facts", () => {
  it("shows each body's actual ЦЗ and its statuses when its roadmap carries facts", () => {
    const model = filled();
    const check = { sheet: model.name, ...checkRoadmap(modelGrid(model), { edition, asOf: new Date(2027, 5, 1) }) };
    const summary = summarize([{ body: "Минздрав", sheet: model.name, check }], [], { edition });
    expect(summary.hasFacts).toBe(true);
    const facts = summary.rows[0].facts;
    // %-indicators 1 and 3: (54 % + 0 %) / 2 in 2025.
    expect(facts?.actual["2025"]).toBeCloseTo(0.27, 12);
    expect(facts?.actual["2030"]).toBeCloseTo((0.5 + 0.1) / 2, 12);
    // Each fact with a plan: 1 → 0,9 «под угрозой» in 2025; indicator 2 (lower is better) 10/11 «под угрозой»; …
    const total = facts ? facts.statuses.reached + facts.statuses.risk + facts.statuses.missed : 0;
    const withPlan = [1, 2, 3, 4].reduce((n, i) => n + FACT[i].filter((f, y) => f !== null && PLAN[i][y] !== null).length, 0);
    expect(total).toBe(withPlan);
    const [svod] = buildSummarySheets(summary, { madeAt: "01.06.2027" });
    const header = svod.cells[3].map((c) => ("value" in c ? c.value : null));
    expect(header).toEqual(expect.arrayContaining(["Факт ЦЗ 2025", "Факт ЦЗ 2030", "Статусы показателей (факт к плану)"]));
    const row = svod.cells[5].map((c) => ("value" in c ? c.value : null));
    expect(row).toContain(`достигнуто: ${facts?.statuses.reached}; под угрозой: ${facts?.statuses.risk}; не достигнуто: ${facts?.statuses.missed}`);
  });
});
