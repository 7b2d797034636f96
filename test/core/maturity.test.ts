import fc from "fast-check";
import targetsData from "../../src/core/data/regional-targets.json";
import { maturityAverage, regionalTarget, regionalTargetPercent, regionalTargetYears, yearKey } from "../../src/core/maturity";
import { appendix3RegionalTargets } from "../support/seeds";

describe("regional ЦЗ targets", () => {
  it("are the row of appendix 3", () => {
    expect(targetsData.targets).toEqual(appendix3RegionalTargets());
    expect(regionalTargetYears()).toEqual(["2021", "2022", "2023", "2024"]);
  });

  it("are given as printed and in the workbook's convention", () => {
    expect(regionalTargetPercent(2022)).toBe(33);
    expect(regionalTarget(2021)).toBe(0.28);
    expect(regionalTarget("2024")).toBe(0.45);
    expect(regionalTarget("2023 г.")).toBe(0.39);
  });

  it("reject an unknown year with #N/A and a non-year with #VALUE!", () => {
    expect(() => regionalTarget(2025)).toThrow(/2025.*не установлено.*2021, 2022, 2023, 2024/);
    expect(() => regionalTarget(2025)).toThrow(expect.objectContaining({ severity: "notAvailable" }));
    expect(() => yearKey("двадцать")).toThrow(expect.objectContaining({ severity: "value" }));
    expect(() => yearKey(2022.5)).toThrow(/не год/);
    expect(() => yearKey(null)).toThrow(/Не указано: год/);
  });
});

describe("maturityAverage: (indicator 1 + … + indicator N) / N", () => {
  it("skips blanks and both Latin and Cyrillic «x», never counting them as zero", () => {
    expect(maturityAverage([0.2, null, "", "x", "х", "X", 0.4])).toEqual({ mean: 0.30000000000000004, count: 2 });
  });

  it("reads «18 %» and «18,5 %» text as fractions", () => {
    expect(maturityAverage(["18 %", "18,5%"]).mean).toBeCloseTo(0.1825, 12);
  });

  it("rejects text that is not a number, and nothing to average", () => {
    expect(() => maturityAverage([0.2, "нет данных"])).toThrow(/«нет данных» — не число/);
    expect(() => maturityAverage(["x", null])).toThrow(expect.objectContaining({ severity: "notAvailable" }));
  });

  it("equals the arithmetic mean of the numbers, whatever blanks are mixed in", () => {
    const cell = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(null, "", "x", "х"));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1 }), (cells) => {
        const numbers = cells.filter((c): c is number => typeof c === "number");
        if (numbers.length === 0) return;
        const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
        expect(maturityAverage(cells).mean).toBeCloseTo(mean, 12);
        expect(maturityAverage(cells).count).toBe(numbers.length);
      }),
    );
  });
});
