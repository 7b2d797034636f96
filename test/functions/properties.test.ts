/**
 * Property: every registered custom function, called through its registered entry point with hostile arguments,
 * returns promptly, and every cell of what it gives is a finite number, a text, a boolean or an Excel error with a
 * Russian message; never NaN, ±Infinity, undefined, an empty range, or a thrown error that is not an Excel error.
 */
import fc from "fast-check";
import { FakeCustomFunctionError, installCustomFunctions } from "../support/custom-functions";
import { hostileRange } from "../support/hostile-values";
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
