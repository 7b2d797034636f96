/**
 * TARGET and GAP resolve a sector, an indicator and a target once per distinct argument of a call, not once per
 * cell: counted on the catalog look-ups, so the test does not depend on the machine's speed.
 */
import * as catalogIndex from "../../src/core/catalog/index";
import { cellResult, installCustomFunctions } from "../support/custom-functions";
import { registeredFunctions } from "../support/registered-functions";
import { runBounded } from "../support/bounded-run";

installCustomFunctions();

let call: (id: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  const registered = await registeredFunctions();
  call = (id, ...args) => cellResult(() => registered.byId[id](...args));
});

afterEach(() => jest.restoreAllMocks());

const column = (length: number, value: unknown) => Array.from({ length }, () => [value]);

it("a column of 1000 equal rows looks the sector and the indicator up once", () => {
  const sectors = jest.spyOn(catalogIndex, "findSector");
  const indicators = jest.spyOn(catalogIndex, "findIndicator");
  expect(call("TARGET", column(1000, "7.1"), column(1000, 1), column(1000, 2022))).toEqual(column(1000, 0.18));
  expect(sectors).toHaveBeenCalledTimes(1);
  expect(indicators).toHaveBeenCalledTimes(1);
});

it("GAP: one look-up per distinct sector and indicator, whatever the values", () => {
  const sectors = jest.spyOn(catalogIndex, "findSector");
  const values = Array.from({ length: 900 }, (_, i) => [i / 1000]);
  const names = Array.from({ length: 900 }, (_, i) => [["7.1", "Образование и наука", "7.2"][i % 3]]);
  const result = call("GAP", values, names, column(900, 1), column(900, 2024)) as unknown[][];
  expect(result).toHaveLength(900);
  expect(result[0]).toEqual([-0.32]);
  expect(sectors).toHaveBeenCalledTimes(3);
});

it("a bad argument repeated down a column is one look-up too, and every row gets its message", () => {
  const sectors = jest.spyOn(catalogIndex, "findSector");
  const result = call("TARGET", column(500, "7.99"), column(500, 1), column(500, 2022)) as { message: string }[][];
  expect(new Set(result.map(([cell]) => cell.message))).toEqual(new Set([expect.stringMatching(/«7\.99» не найдена/)]));
  expect(sectors).toHaveBeenCalledTimes(1);
});

it("a sector name of 30 000 dots is answered at once (trailing dots were trimmed in quadratic time)", () => {
  const run = runBounded(
    `const { findSector, normalizeName } = load("src/core/catalog/index.ts");
     const text = ".".repeat(30000) + "x";
     report([findSector(text) === undefined, normalizeName("Образование.." ), normalizeName(text).length]);`,
    { timeoutMs: 8_000 },
  );
  expect(run.timedOut).toBe(false);
  expect(run.reported).toEqual([true, "образование", 30001]);
});
