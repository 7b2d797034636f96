/**
 * Property: every registered custom function, called through its registered entry point with hostile arguments,
 * returns promptly, and every cell of what it gives is a finite number, a text, a boolean or an Excel error with a
 * Russian message; never NaN, ±Infinity, undefined, an empty range, or a thrown error that is not an Excel error.
 * And a column gives, row by row, what each of its rows gives as a single cell.
 */
import fc from "fast-check";
import { FakeCustomFunctionError, installCustomFunctions } from "../support/custom-functions";
import { hostileRange, hostileScalar, plausibleValues } from "../support/hostile-values";
import { registeredFunctions, type FunctionMetadata } from "../support/registered-functions";

installCustomFunctions();

/** Far above a call's real cost (microseconds): a call this slow is a hang in the making. */
const PROMPT_MS = 2000;
const NUM_RUNS = 500;

let metadata: FunctionMetadata[];
let byId: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  const registered = await registeredFunctions();
  metadata = registered.metadata.functions;
  byId = registered.byId;
});

/** Arguments that compute, per function and position, so a hostile argument meets valid neighbours too. */
const VALID: Record<string, fc.Arbitrary<unknown>[]> = {
  SCORE: [fc.constant([[90], [118]]), fc.constant([[5], [82]]), fc.constantFrom(null, [[0, 0], [0.5, 5]])],
  NEXTBAND: [fc.constant([[90]]), fc.constant([[5]]), fc.constantFrom(null, [["0 %", 0], ["30 %", 2]])],
  NEXTBANDGAIN: [fc.constant([[26], [32]]), fc.constant([[12], [6]]), fc.constant(null)],
  CZAVG: [fc.constant([[0.2], ["x"], [0.4]])],
  CZTARGET: [fc.constant([[2021], [2024]])],
  TARGET: [fc.constant([["7.1"]]), fc.constant([[1], [2]]), fc.constant([[2022]])],
  INDICATORS: [fc.constant([["7.6"]])],
  GAP: [fc.constant([[0.15], ["20 %"]]), fc.constant([["7.1"]]), fc.constant([[1]]), fc.constant([[2022]])],
  ACHIEVEMENT: [fc.constant([[0.45], [12]]), fc.constant([[0.5], [10]]), fc.constantFrom(null, [["больше"], ["меньше"]])],
  STATUS: [fc.constant([[0.45], [null]]), fc.constant([[0.5], [0.5]]), fc.constantFrom(null, [[1, 0.9]]), fc.constantFrom(null, [["меньше"]])],
};

const isExcelError = (value: unknown): value is FakeCustomFunctionError => value instanceof FakeCustomFunctionError;

function expectGoodCell(value: unknown): void {
  if (isExcelError(value)) {
    expect(value.code).toMatch(/^#/);
    expect(value.message).toMatch(/[а-яё]/i);
    return;
  }
  const good = (typeof value === "number" && Number.isFinite(value)) || typeof value === "string" || typeof value === "boolean";
  if (!good) throw new Error(`not a cell Excel can show: ${String(value)}`);
}

function expectGoodOutcome(id: string, args: unknown[]): void {
  const started = performance.now();
  let result: unknown;
  try {
    result = byId[id](...args);
  } catch (error) {
    if (!isExcelError(error)) throw error;
    expectGoodCell(error);
    return;
  } finally {
    expect(performance.now() - started).toBeLessThan(PROMPT_MS);
  }
  const scalar = metadata.find((f) => f.id === id)?.result.dimensionality !== "matrix";
  if (scalar) return expectGoodCell(result);
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${id}: not a non-empty range`);
  const width = (result[0] as unknown[]).length;
  expect(width).toBeGreaterThan(0);
  for (const row of result as unknown[][]) {
    expect(row).toHaveLength(width);
    // Array.from visits holes, which forEach would skip.
    Array.from(row, (cell) => expectGoodCell(cell));
  }
}

/** An argument: hostile two times in three, else one that computes. */
const argument = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 2, arbitrary: hostileRange }, { weight: 1, arbitrary: valid });

describe.each(Object.keys(VALID))("%s over hostile arguments", (id) => {
  it(`returns promptly with cells Excel can show (numRuns ${NUM_RUNS})`, () => {
    const parameters = metadata.find((f) => f.id === id)?.parameters ?? [];
    expect(parameters).toHaveLength(VALID[id].length);
    const repeating = parameters.some((p) => p.repeating);
    const args = repeating
      ? fc.array(argument(VALID[id][0]), { maxLength: 4 })
      : fc.tuple(...VALID[id].map((valid) => argument(valid)));
    fc.assert(
      fc.property(args, (values) => expectGoodOutcome(id, values)),
      { numRuns: NUM_RUNS },
    );
  });
});

it("covers every registered function", () => {
  expect(Object.keys(VALID).sort()).toEqual(metadata.map((f) => f.id).sort());
});

/** What a cell shows: its value, or the code and message of its Excel error (thrown for a single cell, held in a range). */
function shown(value: unknown): unknown {
  return isExcelError(value) ? { code: value.code, message: value.message } : value;
}

function singleCell(id: string, args: unknown[]): unknown {
  try {
    return shown((byId[id](...args) as unknown[][])[0][0]);
  } catch (error) {
    if (!isExcelError(error)) throw error;
    return shown(error);
  }
}

describe.each([
  ["SCORE", 2],
  ["NEXTBAND", 2],
  ["NEXTBANDGAIN", 2],
  ["CZTARGET", 1],
] as const)("a column of %s", (id, count) => {
  it("is its rows, each as a single cell would give it (values and errors alike)", () => {
    const cell = fc.oneof({ weight: 3, arbitrary: plausibleValues }, { weight: 2, arbitrary: hostileScalar });
    // Each argument a column, or one cell used for every row.
    const argument = (rows: number) => fc.oneof(fc.array(cell, { minLength: rows, maxLength: rows }), cell.map((v) => [v]));
    const columns = fc.integer({ min: 2, max: 8 }).chain((rows) => fc.tuple(...Array.from({ length: count }, () => argument(rows))));
    const bands = fc.constantFrom(null, [[0, 0], [0.3, 2], [0.6, 4]]);
    fc.assert(
      fc.property(columns, bands, (values, table) => {
        fc.pre(values.some((v) => v.length > 1)); // all single cells are a single cell: the other tests' case
        const rows = Math.max(...values.map((v) => v.length));
        const at = (r: number) => values.map((v) => [[v.length === 1 ? v[0] : v[r]]]);
        const ranges = values.map((v) => v.map((x) => [x]));
        const extra = count === 2 ? [table] : [];
        const column = byId[id](...ranges, ...extra) as unknown[][];
        expect(column).toHaveLength(rows);
        for (let r = 0; r < rows; r++) expect([r, shown(column[r][0])]).toEqual([r, singleCell(id, [...at(r), ...extra])]);
      }),
      { numRuns: 300 },
    );
  });
});
