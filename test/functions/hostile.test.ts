/**
 * Hostile arguments through the registered entry points: huge numbers, empty and ragged ranges, holes, and Excel
 * errors passed in. Every result is a finite number, a text, or an Excel error with a Russian message.
 */
import { cellResult, installCustomFunctions, FakeCustomFunctionError } from "../support/custom-functions";
import { registeredFunctions } from "../support/registered-functions";

installCustomFunctions();

let call: (id: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  const registered = await registeredFunctions();
  call = (id, ...args) => cellResult(() => registered.byId[id](...args));
});

const VALUE = "#VALUE!";
const NA = "#N/A";
const anError = (code: string, message: RegExp) => ({ error: code, message: expect.stringMatching(message) });
const excelError = (code: string) => new FakeCustomFunctionError(code);

/** Each function with arguments that compute, so one argument at a time can be replaced by a hostile one. */
const GOOD: Record<string, unknown[]> = {
  SCORE: [[[90]], [[5]], null],
  NEXTBAND: [[[90]], [[5]], null],
  NEXTBANDGAIN: [[[90]], [[5]], null],
  CZAVG: [[[0.2]]],
  CZTARGET: [[[2022]]],
  TARGET: [[["7.1"]], [[1]], [[2022]]],
  INDICATORS: [[["7.1"]]],
  GAP: [[[0.15]], [["7.1"]], [[1]], [[2022]]],
};
const required = (id: string) => GOOD[id].map((_, i) => i).filter((i) => GOOD[id][i] !== null);
const withArg = (id: string, index: number, value: unknown) => GOOD[id].map((a, i) => (i === index ? value : a));
const cases = Object.keys(GOOD).flatMap((id) => required(id).map((index) => [id, index] as const));

describe("numbers at the edge of the double range never give Infinity", () => {
  it("GAP with 1E+308 is the finite difference", () => {
    expect(call("GAP", [[1e308]], [["7.1"]], [[1]], [[2022]])).toEqual([[1e308]]);
    expect(call("GAP", [[-1.7e308]], [["7.1"]], [[1]], [[2022]])).toEqual([[-1.7e308]]);
  });

  it("CZAVG of 1E+308 and 1E+308 is 1E+308, not the overflowed sum", () => {
    expect(call("CZAVG", [[1e308], [1e308]])).toBe(1e308);
    expect(call("CZAVG", [[1.7e308, 1.7e308, -1e308]])).toBeCloseTo(0.8e308, -300);
  });

  it("NEXTBAND of 5E+17 employees is an error that says so, through the registered function", () => {
    expect(call("NEXTBAND", [[5e17]], [[0]], null)).toEqual(anError(VALUE, /^Количество сотрудников 5E\+17 больше допустимого \(10 000 000\)/));
    expect(call("NEXTBANDGAIN", [[90], [1e18]], [[5], [1]], null)).toEqual([
      [0.5],
      [expect.objectContaining({ code: VALUE, message: expect.stringMatching(/1E\+18 больше допустимого/) })],
    ]);
  });
});

describe("empty and ragged ranges are an error, never an empty result", () => {
  it.each(cases)("%s: an empty range [[]] as argument %i", (id, index) => {
    expect(call(id, ...withArg(id, index, [[]]))).toEqual(anError(VALUE, /^Пустой диапазон/));
  });

  it.each(cases)("%s: an empty array [] as argument %i", (id, index) => {
    expect(call(id, ...withArg(id, index, []))).toEqual(anError(VALUE, /^Пустой диапазон/));
  });

  it.each(cases)("%s: rows of different lengths as argument %i", (id, index) => {
    expect(call(id, ...withArg(id, index, [[1], [2, 3]]))).toEqual(anError(VALUE, /строки разной длины/));
  });

  it("an empty bands table is an error too", () => {
    expect(call("SCORE", [[90]], [[5]], [[]])).toEqual(anError(VALUE, /^Пустой диапазон: шкала/));
  });

  it("holes in a range read as blank cells", () => {
    // eslint-disable-next-line no-sparse-arrays
    const withHole = [[90], [, ]];
    expect(call("SCORE", withHole, [[5], [1]], null)).toEqual([[1.5], [expect.objectContaining({ code: VALUE, message: "Не указано: количество сотрудников." })]]);
    expect(call("CZAVG", [[0.2, undefined, 0.4]])).toBeCloseTo(0.3, 12);
  });

  it("an omitted value among CZAVG's ranges is skipped", () => {
    expect(call("CZAVG", [[0.2]], null, [[0.4]])).toBeCloseTo(0.3, 12);
  });

  it("INDICATORS takes one sector: a range of several cells is an error, not its first cell", () => {
    expect(call("INDICATORS", [["7.1"], ["7.2"]])).toEqual(anError(VALUE, /одну ячейку/));
  });
});

describe("an Excel error passed in keeps its code", () => {
  it.each(cases)("%s: #N/A as argument %i gives #N/A with a message naming it", (id, index) => {
    expect(call(id, ...withArg(id, index, [[excelError(NA)]]))).toEqual(anError(NA, /#N\/A/));
  });

  it.each(["#DIV/0!", "#NUM!", "#NULL!", "#VALUE!"])("%s in a column: that row gets it, the others compute", (code) => {
    expect(call("SCORE", [[90], [excelError(code)], [36]], [[5], [1], [8]], null)).toEqual([[1.5], [expect.objectContaining({ code })], [3]]);
  });

  it("errors Excel accepts only as input (#REF!, #NAME?) come back as #VALUE! whose message names them", () => {
    expect(call("CZTARGET", [[excelError("#REF!")]])).toEqual(anError(VALUE, /#REF!/));
    expect(call("TARGET", [["7.1"]], [[excelError("#NAME?")]], [[2022]])).toEqual(anError(VALUE, /#NAME\?/));
  });

  it("an error inside CZAVG's values or a bands table is passed on", () => {
    expect(call("CZAVG", [[0.2], [excelError("#DIV/0!")]])).toEqual(anError("#DIV/0!", /#DIV\/0!/));
    expect(call("SCORE", [[90]], [[5]], [[0, 0], [excelError(NA), 1]])).toEqual(anError(NA, /шкала/));
  });

  it("the message says where the error came from, not «Error — не число»", () => {
    const result = call("SCORE", [[excelError(NA)]], [[5]], null) as { message: string };
    expect(result.message).toBe("Ошибка #N/A в аргументе «количество сотрудников»: исправьте ячейку, из которой она пришла.");
  });
});

describe("values that are not cells at all", () => {
  it.each([
    ["an object without prototype", Object.create(null) as unknown],
    ["a cyclic object", (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })()],
    ["a bigint", BigInt(90)],
    ["a symbol", Symbol("x")],
    ["a function", () => 90],
  ])("%s is «не число», never an internal error", (_label, value) => {
    const result = call("SCORE", [[value]], [[5]], null);
    expect(result).toEqual(anError(VALUE, /не число/));
  });

  it("a long text is shortened in the message", () => {
    const result = call("SCORE", [["9".repeat(10) + "я".repeat(5000)]], [[5]], null) as { message: string };
    expect(result.message.length).toBeLessThan(200);
  });
});
