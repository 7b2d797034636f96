/**
 * The sheet's formulas evaluated by a real spreadsheet engine (exceljs write -> LibreOffice recalculation -> values
 * read back) must give, for every body of appendix 1, the core's share, score, extra people and points gained,
 * also after the user edits the bands table on the sheet.
 */
import fc from "fast-check";
import { DEFAULT_BANDS, type Bands } from "../../src/core/training";
import type { ModelCell, SheetModel } from "../../src/core/sheet-model";
import { buildRatingSheet, rateBodies, type RatedBody } from "../../src/core/rating";
import { recalculatedSheets } from "../support/libreoffice";
import { appendix1Bodies } from "../support/seeds";

type Value = string | number | boolean | null;
type Grid = Value[][];

const appendix = appendix1Bodies();
const EDITED_BANDS: Bands = DEFAULT_BANDS.map((b) => (b.lower === 0.2 ? { ...b, lower: 0.25 } : b));

/** The sample sheet with the bands table edited in place, as a user would: 20 % -> 25 %. */
function withBandEdited(model: SheetModel, from: number, to: number): SheetModel {
  const header = model.cells.findIndex((row) => row.some((c) => "value" in c && c.value === "Нижняя граница доли"));
  const column = model.cells[header].findIndex((c) => "value" in c && c.value === "Нижняя граница доли");
  const cells: ModelCell[][] = model.cells.map((row) => [...row]);
  const row = cells.findIndex((r, i) => i > header && "value" in (r[column] ?? { formula: "" }) && (r[column] as { value: Value }).value === from);
  expect(row).toBeGreaterThan(header);
  cells[row][column] = { value: to };
  return { ...model, name: `${model.name} 25`, cells };
}

const MODELS = {
  sample: buildRatingSheet({ bodies: "sample", name: "Рейтинг образец" }),
  empty: buildRatingSheet({ bodies: "empty", name: "Рейтинг шаблон" }),
  mixed: buildRatingSheet({
    name: "Рейтинг смесь",
    bodies: [
      { name: "Ноль обученных", employees: 10, trained: 0 },
      { name: "Обученных больше", employees: 10, trained: 11 },
      { name: null, employees: null, trained: null },
      { name: "Все обучены", employees: 3, trained: 3 },
      { name: "Текст", employees: "много", trained: 1 },
    ],
  }),
};
const EDITED = withBandEdited(MODELS.sample, 0.2, 0.25);

/** Band edges (exact 20 %, 20 % of 35 where 0,2*35 is 7,000000000000001, …) and a fixed random sample. */
const EDGE_PAIRS: [number, number][] = [
  [100, 20], [35, 7], [1000, 199], [100, 19], [2, 1], [50, 1], [51, 1], [20, 1], [10, 1], [10, 0], [25, 0], [25, 25],
  [3, 1], [7, 1], [333, 66], [333, 67], [1, 0], [1, 1], [49, 24], [45, 9], [55, 11], [65, 13], [95, 19],
  ...fc.sample(
    fc.integer({ min: 1, max: 3000 }).chain((e) => fc.tuple(fc.constant(e), fc.integer({ min: 0, max: e }))),
    { numRuns: 150, seed: 20210902 },
  ),
];
const EDGES = buildRatingSheet({
  name: "Рейтинг границы",
  bodies: EDGE_PAIRS.map(([employees, trained], i) => ({ name: `Орган ${i + 1}`, employees, trained })),
});

let sheets: Map<string, Grid>;

beforeAll(async () => {
  const snapshot = await recalculatedSheets([MODELS.sample, EDITED, MODELS.empty, MODELS.mixed, EDGES]);
  sheets = new Map(snapshot.sheets.map((s) => [s.name, s.values as Grid]));
}, 180_000);

function grid(model: SheetModel): Grid {
  const values = sheets.get(model.name);
  if (!values) throw new Error(`sheet «${model.name}» not in the recalculated workbook: ${[...sheets.keys()].join(", ")}`);
  return values;
}

/** Table columns found by their header texts, not by the builder's layout. */
function table(values: Grid) {
  const header = values.findIndex((row) => row.includes("Орган исполнительной власти"));
  expect(header).toBeGreaterThanOrEqual(0);
  const col = (title: string) => values[header].indexOf(title);
  const at = (i: number, title: string): Value => values[header + 1 + i]?.[col(title)] ?? null;
  return {
    share: (i: number) => at(i, "Доля обученных"),
    score: (i: number) => at(i, "Балл"),
    extra: (i: number) => at(i, "Ещё обучить"),
    gain: (i: number) => at(i, "Прирост балла"),
    totals: (title: string) => values[values.findIndex((row) => row.includes("ИТОГО по области"))]?.[col(title)] ?? null,
  };
}

const isBlank = (v: Value) => v === "" || v === null;

function expectNumber(actual: Value, expected: number): void {
  expect(typeof actual).toBe("number");
  // LibreOffice stores 15 significant digits.
  expect(actual as number).toBeCloseTo(expected, 12);
}

function expectRow(t: ReturnType<typeof table>, i: number, body: RatedBody): void {
  expectNumber(t.share(i), body.share);
  expectNumber(t.score(i), body.score);
  const next = body.next;
  if (next.status === "top") {
    expect([t.extra(i), t.gain(i)]).toEqual(["высший балл", "высший балл"]);
  } else if (next.status === "unreachable") {
    expect([t.extra(i), t.gain(i)]).toEqual(["недостижимо", "недостижимо"]);
  } else {
    expectNumber(t.extra(i), next.extra);
    expectNumber(t.gain(i), next.gain);
  }
}

const rows = () => appendix.map((b) => ({ name: b.name, employees: b.employees, trained: b.trained }));

describe.each([
  ["default bands", MODELS.sample, DEFAULT_BANDS],
  ["bands edited on the sheet (20 % -> 25 %)", EDITED, EDITED_BANDS],
] as const)("sheet formulas = core, %s", (_label, model, bands) => {
  const rating = rateBodies(rows(), bands);

  it.each(appendix.map((b, i) => [b.n, b.name, i]))("body %i (%s): share, score, extra, gain", (_n, _name, i) => {
    expectRow(table(grid(model)), i, rating.bodies[i]);
  });

  it("totals: staff, trained, overall share, average score", () => {
    const t = table(grid(model));
    expectNumber(t.totals("Количество сотрудников"), rating.totals.employees);
    expectNumber(t.totals("Количество обученных"), rating.totals.trained);
    expectNumber(t.totals("Доля обученных"), rating.totals.share ?? NaN);
    expectNumber(t.totals("Балл"), rating.totals.averageScore ?? NaN);
  });
});

it("the edit changes the result (the test can tell the bands apart)", () => {
  const before = rateBodies(rows()).bodies;
  const after = rateBodies(rows(), EDITED_BANDS).bodies;
  expect(after.filter((b, i) => b.score !== before[i].score).map((b) => b.name)).toEqual(
    // 20–25 %: 8/36 = 22,2 %, 4/19 = 21,1 %, 4/20 = 20 % fall from 3 to 2 points.
    [appendix[3].name, appendix[4].name, appendix[5].name],
  );
  const t = table(grid(EDITED));
  expectNumber(t.score(5), 2);
});

it("the empty template gives blanks, not errors or 0", () => {
  const values = grid(MODELS.empty);
  const t = table(values);
  for (let i = 0; i < 30; i++) {
    expect([t.share(i), t.score(i), t.extra(i), t.gain(i)].every(isBlank)).toBe(true);
  }
  for (const title of ["Количество сотрудников", "Количество обученных", "Доля обученных", "Балл"]) expect(isBlank(t.totals(title))).toBe(true);
});

it("bad and blank rows give blanks and are left out of the totals, like the core", () => {
  const t = table(grid(MODELS.mixed));
  const rating = rateBodies([
    { name: "Ноль обученных", employees: 10, trained: 0 },
    { name: "Все обучены", employees: 3, trained: 3 },
  ]);
  expectRow(t, 0, rating.bodies[0]);
  expectRow(t, 3, rating.bodies[1]);
  for (const i of [1, 2, 4]) expect([t.share(i), t.score(i), t.extra(i), t.gain(i)].every(isBlank)).toBe(true);
  expectNumber(t.totals("Количество сотрудников"), rating.totals.employees);
  expectNumber(t.totals("Доля обученных"), rating.totals.share ?? NaN);
  expectNumber(t.totals("Балл"), rating.totals.averageScore ?? NaN);
});

it("band edges and a random sample of staff sizes agree with the core", () => {
  const t = table(grid(EDGES));
  const rating = rateBodies(EDGE_PAIRS.map(([employees, trained], i) => ({ name: `Орган ${i + 1}`, employees, trained })));
  expect(rating.bodies).toHaveLength(EDGE_PAIRS.length);
  rating.bodies.forEach((body, i) => expectRow(t, i, body));
});
