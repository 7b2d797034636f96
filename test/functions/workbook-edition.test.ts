/**
 * The functions compute with the workbook's edition (the invented Приозёрная область, 2025–2030), through their
 * registered entry points: before the edition is known they wait for it, afterwards they answer at once.
 */
import "../support/office-present";
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { builtInEdition, parseEdition } from "../../src/core/edition";
import { refuseFunctionsEdition, setFunctionsEdition } from "../../src/functions/active-edition";
import { cellResult, installCustomFunctions } from "../support/custom-functions";
import { registeredFunctions } from "../support/registered-functions";

installCustomFunctions();
const priozernaya = parseEdition(editionJson);

let byId: Record<string, (...args: unknown[]) => unknown>;
const call = (id: string, ...args: unknown[]) => cellResult(() => byId[id](...args));

beforeAll(async () => {
  ({ byId } = await registeredFunctions());
}, 60_000);

it("wait for the workbook's edition rather than answer from the built-in one", async () => {
  const pending = byId.TARGET([["1.1"]], [[2]], [[2027]]);
  const score = byId.SCORE([[90]], [[5]], null);
  expect(pending).toBeInstanceOf(Promise);
  // A bands table given in the cell needs no edition: answered at once.
  expect(call("SCORE", [[90]], [[5]], [[0.05, 1.5], [0, 0]])).toEqual([[1.5]]);
  setFunctionsEdition(priozernaya);
  await expect(pending).resolves.toEqual([[8]]);
  // 5 of 90 is 5,6 %: the edition's band from 5 % gives 1 (the built-in one would give 1,5).
  await expect(score).resolves.toEqual([[1]]);
});

describe("with the Приозёрная edition known", () => {
  beforeAll(() => setFunctionsEdition(priozernaya));

  it("answer at once with its targets, regional line and years", () => {
    expect(call("TARGET", [["1.1"]], [[2]], [[2027]])).toEqual([[8]]);
    expect(call("CZTARGET", [[2030]])).toEqual([[0.8]]);
    const table = call("INDICATORS", [["1.3"]]) as unknown[][];
    expect(table[0]).toEqual(["№", "Проекты", "Показатель", "Ед. изм.", 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(call("GAP", [[10]], [["1.1"]], [[2]], [[2027]])).toEqual([[2]]);
  });

  it("list the edition's years when a year has no target", () => {
    expect(call("TARGET", [["1.1"]], [[2]], [[2022]])).toEqual({ error: "#N/A", message: expect.stringMatching(/есть: 2025, 2026, 2027, 2028, 2029, 2030\)/) });
    expect(call("CZTARGET", [[2024]])).toEqual({ error: "#N/A", message: expect.stringMatching(/2025.*2030/) });
  });

  it("know only the edition's sectors", () => {
    expect(call("TARGET", [["7.1"]], [[1]], [[2025]])).toEqual({ error: "#N/A", message: expect.stringMatching(/Отрасль «7\.1» не найдена/) });
  });
});

describe("when the workbook's edition cannot be read", () => {
  afterAll(() => setFunctionsEdition(builtInEdition));

  it("say so instead of computing with another strategy, until an edition is chosen", () => {
    refuseFunctionsEdition("описание редакции на листе «ЦЗ_Редакция» повреждено");
    expect(call("TARGET", [["1.1"]], [[2]], [[2027]])).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^Редакция стратегии, сохранённая в книге, не читается \(описание/) });
    expect(call("SCORE", [[90]], [[5]], null)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/не читается/) });
    setFunctionsEdition(builtInEdition);
    expect(call("TARGET", [["7.1"]], [[1]], [[2022]])).toEqual([[0.18]]);
  });
});
