/** The custom functions through their registered entry points: metadata, associate mapping, scalars, ranges, errors. */
import { localizeMetadata } from "../../scripts/localize-metadata";
import ruTranslations from "../../src/functions/metadata.ru-RU.json";
import { cellResult, installCustomFunctions } from "../support/custom-functions";
import { registeredFunctions, type FunctionMetadata } from "../support/registered-functions";

installCustomFunctions();

let metadata: FunctionMetadata[];
let metadataJson: string;
let call: (id: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  const registered = await registeredFunctions();
  metadata = registered.metadata.functions;
  metadataJson = registered.metadataJson;
  call = (id, ...args) => cellResult(() => registered.byId[id](...args));
});

const VALUE = "#VALUE!";
const NA = "#N/A";
const anError = (code: string, message: RegExp) => ({ error: code, message: expect.stringMatching(message) });

describe("metadata", () => {
  const shape = (fn: FunctionMetadata) => ({
    id: fn.id,
    params: fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false, p.repeating ?? false]),
    result: fn.result.dimensionality ?? "scalar",
  });

  it("declares every function with its parameters, optional flags and result dimensionality", () => {
    const bandsParams = [
      ["employees", "matrix", false, false],
      ["trained", "matrix", false, false],
      ["bands", "matrix", true, false],
    ];
    expect(metadata.map(shape)).toEqual([
      { id: "SCORE", params: bandsParams, result: "matrix" },
      { id: "NEXTBAND", params: bandsParams, result: "matrix" },
      { id: "NEXTBANDGAIN", params: bandsParams, result: "matrix" },
      { id: "CZAVG", params: [["values", "matrix", true, true]], result: "scalar" },
      { id: "CZTARGET", params: [["year", "matrix", false, false]], result: "matrix" },
      {
        id: "TARGET",
        params: [
          ["sector", "matrix", false, false],
          ["indicator", "matrix", false, false],
          ["year", "matrix", false, false],
        ],
        result: "matrix",
      },
      { id: "INDICATORS", params: [["sector", "matrix", false, false]], result: "matrix" },
      {
        id: "GAP",
        params: [
          ["value", "matrix", false, false],
          ["sector", "matrix", false, false],
          ["indicator", "matrix", false, false],
          ["year", "matrix", false, false],
        ],
        result: "matrix",
      },
      {
        id: "ACHIEVEMENT",
        params: [
          ["fact", "matrix", false, false],
          ["plan", "matrix", false, false],
          ["direction", "matrix", true, false],
        ],
        result: "matrix",
      },
      {
        id: "STATUS",
        params: [
          ["fact", "matrix", false, false],
          ["plan", "matrix", false, false],
          ["thresholds", "matrix", true, false],
          ["direction", "matrix", true, false],
        ],
        result: "matrix",
      },
    ]);
  });

  it("has ASCII ids and a Russian name and description for each in the ru-RU file", () => {
    const ru = JSON.parse(localizeMetadata(metadataJson, ruTranslations, "ru-RU")) as { functions: FunctionMetadata[] };
    expect(ru.functions.map((f) => f.id)).toEqual(metadata.map((f) => f.id));
    for (const fn of ru.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(fn.name).toMatch(/^[А-ЯЁ][А-ЯЁ_.]{2,}$/);
      expect(fn.description).toMatch(/[а-яё]/);
      for (const p of fn.parameters) expect(p.description).toMatch(/[а-яё]/);
    }
    expect(() => localizeMetadata(metadataJson, { ...ruTranslations, EXTRA: ruTranslations.SCORE }, "ru-RU")).toThrow(/EXTRA/);
    const { CZAVG: _omitted, ...missing } = ruTranslations;
    expect(() => localizeMetadata(metadataJson, missing, "ru-RU")).toThrow(/CZAVG/);
  });
});

describe("CDTO.SCORE", () => {
  it("gives 1,5 for =CDTO.SCORE(90;5) and the printed scores for a column", () => {
    expect(call("SCORE", [[90]], [[5]], null)).toEqual([[1.5]]);
    expect(call("SCORE", [[118], [32], [25]], [[82], [12], [0]], null)).toEqual([[5], [3], [0]]);
  });

  it("accepts counts typed as text and a single cell against a column", () => {
    expect(call("SCORE", [["90"]], [[" 5 "]], null)).toEqual([[1.5]]);
    expect(call("SCORE", [[100]], [[1], [20], [50]], null)).toEqual([[0], [3], [5]]);
  });

  it("uses a bands table given as a range", () => {
    const bands = [["0 %", 0], ["30 %", 2], ["60 %", 4]];
    expect(call("SCORE", [[10], [10]], [[3], [6]], bands)).toEqual([[2], [4]]);
  });

  it.each([
    ["blank employees", [[null]], [[5]], anError(VALUE, /Не указано: количество сотрудников/)],
    ["empty-string trained", [[90]], [[""]], anError(VALUE, /Не указано: количество обученных/)],
    ["text", [["девяносто"]], [[5]], anError(VALUE, /«девяносто» — не число/)],
    ["employees 0", [[0]], [[0]], anError(VALUE, /больше нуля/)],
    ["negative employees", [[-3]], [[0]], anError(VALUE, /больше нуля/)],
    ["fractional", [[90.5]], [[5]], anError(VALUE, /целым числом/)],
    ["negative trained", [[90]], [[-1]], anError(VALUE, /отрицательным/)],
    ["trained > employees", [[5]], [[6]], anError(VALUE, /больше, чем сотрудников/)],
    ["a percentage as a count", [[90]], [["5 %"]], anError(VALUE, /не число/)],
    ["ranges of different sizes", [[1], [2]], [[1], [2], [3]], anError(VALUE, /разного размера: 2×1, 3×1/)],
  ])("%s gives an error with a Russian message, never 0", (_label, employees, trained, expected) => {
    expect(call("SCORE", employees, trained, null)).toEqual(expected);
  });

  it("marks a bad row of a column and still rates the others", () => {
    const result = call("SCORE", [[90], [0], [36]], [[5], [0], [8]], null) as unknown[][];
    expect(result[0]).toEqual([1.5]);
    expect(result[1][0]).toMatchObject({ code: VALUE, message: expect.stringMatching(/больше нуля/) });
    expect(result[2]).toEqual([3]);
  });

  it("rejects a malformed bands table as a whole", () => {
    expect(call("SCORE", [[90]], [[5]], [[0.5, 5, 1]])).toEqual(anError(VALUE, /двух столбцов/));
    expect(call("SCORE", [[90]], [[5]], [[0.5, 1], [0.2, 3]])).toEqual(anError(VALUE, /меньший балл/));
  });
});

describe("CDTO.NEXTBAND and CDTO.NEXTBANDGAIN", () => {
  it("tell how many more people to train and the points gained", () => {
    expect(call("NEXTBAND", [[90]], [[5]], null)).toEqual([[4]]); // 9 of 90 = 10 % -> 2 points
    expect(call("NEXTBANDGAIN", [[90]], [[5]], null)).toEqual([[0.5]]);
    expect(call("NEXTBAND", [[26], [32]], [[12], [6]], null)).toEqual([[1], [1]]);
    expect(call("NEXTBANDGAIN", [[26], [32]], [[12], [6]], null)).toEqual([[2], [1]]);
  });

  it("say «высший балл» in the top band", () => {
    expect(call("NEXTBAND", [[118]], [[82]], null)).toEqual([["высший балл"]]);
    expect(call("NEXTBANDGAIN", [[118]], [[82]], null)).toEqual([["высший балл"]]);
  });

  it("follow a custom bands table and report errors like SCORE", () => {
    expect(call("NEXTBAND", [[10]], [[3]], [[0, 0], [0.3, 2], [0.6, 4]])).toEqual([[3]]);
    expect(call("NEXTBAND", [[5]], [[6]], null)).toEqual(anError(VALUE, /больше, чем сотрудников/));
    expect(call("NEXTBANDGAIN", [["x"]], [[6]], null)).toEqual(anError(VALUE, /«x» — не число/));
  });
});

describe("CDTO.CZAVG", () => {
  it("averages any ranges, skipping blanks and Latin or Cyrillic x", () => {
    expect(call("CZAVG", [[0.2], [null], ["x"]], [["х"], [0.4]], [[""]])).toBeCloseTo(0.3, 12);
    expect(call("CZAVG", [["18 %", "20%"]])).toBeCloseTo(0.19, 12);
  });

  it("gives #N/A when there is nothing to average and #VALUE! for text", () => {
    expect(call("CZAVG", [[null], ["x"]])).toEqual(anError(NA, /Нет ни одного значения/));
    expect(call("CZAVG")).toEqual(anError(NA, /Нет ни одного значения/));
    expect(call("CZAVG", [[0.2], ["много"]])).toEqual(anError(VALUE, /«много» — не число/));
  });
});

describe("CDTO.CZTARGET", () => {
  it("gives the regional target for a year and spills a column", () => {
    expect(call("CZTARGET", [[2022]])).toEqual([[0.33]]);
    expect(call("CZTARGET", [[2021], ["2022"], [2023], [2024]])).toEqual([[0.28], [0.33], [0.39], [0.45]]);
  });

  it("gives #N/A for a year without a target and #VALUE! for a non-year", () => {
    expect(call("CZTARGET", [[2030]])).toEqual(anError(NA, /2030/));
    expect(call("CZTARGET", [[null]])).toEqual(anError(VALUE, /Не указано: год/));
    const column = call("CZTARGET", [[2022], ["год"]]) as unknown[][];
    expect(column[0]).toEqual([0.33]);
    expect(column[1][0]).toMatchObject({ code: VALUE, message: expect.stringMatching(/не год/) });
  });
});

describe("CDTO.TARGET", () => {
  it("gives a %-indicator's target as a fraction, by number or by name", () => {
    expect(call("TARGET", [["7.1"]], [[1]], [[2022]])).toEqual([[0.18]]);
    expect(call("TARGET", [["Образование и наука"]], [["3"]], [["2024"]])).toEqual([[0.95]]);
    expect(call("TARGET", [["7.1"]], [["цифрового профиля"]], [[2023]])).toEqual([[0.7]]);
    expect(call("TARGET", [["7.1"]], [[1], [2]], [[2024]])).toEqual([[0.32], [0.8]]);
  });

  it("gives a non-% indicator's target as printed", () => {
    expect(call("TARGET", [["7.11"]], [["количество государственных"]], [[2023]])).toEqual([[78]]);
    expect(call("TARGET", [["Здоровоохранение"]], [[1]], [[2024]])).toEqual([[0.32]]);
  });

  it("gives #N/A with a message for a «x» target", () => {
    expect(call("TARGET", [["7.6"]], [[2]], [[2022]])).toEqual(anError(NA, /не установлено \(«x»\)/));
  });

  it.each([
    ["unknown sector", [["7.12"]], [[1]], [[2022]], anError(NA, /Отрасль «7\.12» не найдена/)],
    ["sector typed as a number", [[7.1]], [[1]], [[2022]], anError(VALUE, /указан числом/)],
    ["unknown indicator number", [["7.1"]], [[99]], [[2022]], anError(NA, /номер от 1 до 9/)],
    ["unknown indicator name", [["7.1"]], [["космос"]], [[2022]], anError(NA, /«космос» не найден/)],
    ["ambiguous indicator name", [["7.1"]], [["доля"]], [[2022]], anError(NA, /несколько показателей/)],
    ["unknown year", [["7.1"]], [[1]], [[2021]], anError(NA, /2021.*2022, 2023, 2024/)],
    ["not a year", [["7.1"]], [[1]], [["скоро"]], anError(VALUE, /не год/)],
    ["blank sector", [[null]], [[1]], [[2022]], anError(VALUE, /Не указано: отрасль/)],
  ])("%s", (_label, sector, indicator, year, expected) => {
    expect(call("TARGET", sector, indicator, year)).toEqual(expected);
  });
});

describe("CDTO.INDICATORS", () => {
  it("spills the sector's indicators with a header, «x» where the strategy has no target", () => {
    const table = call("INDICATORS", [["7.6"]]) as unknown[][];
    expect(table[0]).toEqual(["№", "Проекты", "Показатель", "Ед. изм.", 2022, 2023, 2024]);
    expect(table[1]).toEqual([1, "1", expect.stringMatching(/^обеспечение работы мобильного приложения/), "усл. ед.", 1, 1, 1]);
    expect(table[2]).toEqual([2, "2, 5, 6", expect.stringMatching(/^доля обеспеченных требований/), "%", "x", 1, 1]);
    expect(table).toHaveLength(14);
  });

  it("gives #N/A for an unknown sector", () => {
    expect(call("INDICATORS", [["Космос"]])).toEqual(anError(NA, /Отрасль «Космос» не найдена/));
  });
});

describe("CDTO.GAP", () => {
  it("gives value minus target in the workbook's convention, for a cell and a column", () => {
    expect(call("GAP", [[0.15]], [["7.1"]], [[1]], [[2022]])).toEqual([[-0.03]]);
    expect(call("GAP", [["20 %"], [0.18]], [["7.1"]], [[1]], [[2022]])).toEqual([[0.02], [0]]);
    expect(call("GAP", [[80]], [["7.11"]], [[2]], [[2024]])).toEqual([[1]]);
  });

  it("reports a blank value, text, a «x» target and an unknown sector", () => {
    expect(call("GAP", [[null]], [["7.1"]], [[1]], [[2022]])).toEqual(anError(VALUE, /Не указано: значение показателя/));
    expect(call("GAP", [["много"]], [["7.1"]], [[1]], [[2022]])).toEqual(anError(VALUE, /«много» — не число/));
    expect(call("GAP", [[0.5]], [["7.6"]], [[2]], [[2022]])).toEqual(anError(NA, /не установлено/));
    expect(call("GAP", [[0.5]], [["7.99"]], [[1]], [[2022]])).toEqual(anError(NA, /не найдена/));
  });
});
