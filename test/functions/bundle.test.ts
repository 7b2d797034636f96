/** The built functions.js registers every function of functions.json, and the registered entry points compute. */
import { readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { functionTable, replaceTable } from "../../scripts/function-table";
import { cellResult, makeCustomFunctionsGlobal, type Registry } from "../support/custom-functions";
import { REPO_ROOT } from "../support/seeds";

const DIST = join(REPO_ROOT, "dist");

function loadBundle(): Registry {
  let source: string;
  try {
    source = readFileSync(join(DIST, "functions.js"), "utf8");
  } catch {
    throw new Error("dist/functions.js is missing: run the tests with npm test, which builds first.");
  }
  const registry: Registry = {};
  const sandbox: Record<string, unknown> = { CustomFunctions: makeCustomFunctionsGlobal(registry), console };
  sandbox.self = sandbox; // the bundle's chunk loader refers to self, as in a page
  runInNewContext(source, sandbox);
  return registry;
}

const metadata = (file: string) => JSON.parse(readFileSync(join(DIST, file), "utf8")) as { functions: { id: string; name: string }[] };

it("associates exactly the ids of functions.json and functions.ru-RU.json", () => {
  const registry = loadBundle();
  const ids = metadata("functions.json").functions.map((f) => f.id);
  expect(Object.keys(registry).sort()).toEqual([...ids].sort());
  expect(metadata("functions.ru-RU.json").functions.map((f) => f.id)).toEqual(ids);
  expect(metadata("functions.ru-RU.json").functions.find((f) => f.id === "SCORE")?.name).toBe("БАЛЛ");
});

it("computes through the registered entry points of the bundle", () => {
  const registry = loadBundle();
  expect(registry.SCORE([[90]], [[5]], null)).toEqual([[1.5]]);
  expect(registry.NEXTBAND([[90]], [[5]], null)).toEqual([[4]]);
  expect(registry.CZTARGET([[2023]])).toEqual([[0.39]]);
  expect(cellResult(() => registry.SCORE([[0]], [[0]], null))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/больше нуля/) });
});

it("the bundle refuses hostile input as the sources do: a huge count, an empty range, an Excel error passed in", () => {
  const registry = loadBundle();
  expect(cellResult(() => registry.NEXTBAND([[5e17]], [[0]], null))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/5E\+17 больше допустимого/) });
  expect(cellResult(() => registry.CZTARGET([[]]))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^Пустой диапазон/) });
  expect(cellResult(() => registry.GAP([[1e308]], [["7.1"]], [[1]], [[2022]]))).toEqual([[1e308]]);
  const notAvailable = new (makeCustomFunctionsGlobal().Error)("#N/A");
  expect(cellResult(() => registry.SCORE([[notAvailable]], [[5]], null))).toEqual({ error: "#N/A", message: expect.stringMatching(/#N\/A в аргументе/) });
});

it("the README's function table is the one generated from the built metadata", () => {
  const table = functionTable(metadata("functions.json") as never, metadata("functions.ru-RU.json") as never);
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  expect(replaceTable(readme, table)).toBe(readme);
});
