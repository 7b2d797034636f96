import fc from "fast-check";
import bandsData from "../../src/core/data/training-bands.json";
import { CdtoError } from "../../src/core/errors";
import { DEFAULT_BANDS, MAX_EMPLOYEES, bandsFromTable, nextBand, score, share } from "../../src/core/training";
import { runBounded } from "../support/bounded-run";
import { appendix1Bands, appendix1Bodies } from "../support/seeds";

describe("score: protocol appendix 1", () => {
  const bodies = appendix1Bodies();

  it("reads all 30 bodies of the appendix", () => {
    expect(bodies.map((b) => b.n)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it.each(bodies.map((b) => [b.n, b.name, b]))("body %i (%s) gets its printed score", (_n, _name, body) => {
    expect(score(body.employees, body.trained)).toBe(body.printedScore);
    expect(Math.round(share(body.employees, body.trained) * 1000) / 10).toBeCloseTo(body.printedPercent, 5);
  });

  it("default bands are the appendix's footnote", () => {
    expect(appendix1Bands()).toEqual(bandsData.bands);
    expect(DEFAULT_BANDS.map((b) => [b.lower, b.score])).toEqual([
      [0, 0],
      [0.02, 0.5],
      [0.05, 1.5],
      [0.1, 2],
      [0.2, 3],
      [0.5, 5],
    ]);
  });
});

describe("score: band boundaries", () => {
  it.each([
    ["exactly 20 %", 100, 20, 3],
    ["exactly 20 % of 35 (7)", 35, 7, 3],
    ["just below 20 %", 1000, 199, 2],
    ["one short of 20 %", 100, 19, 2],
    ["exactly 50 %", 2, 1, 5],
    ["exactly 2 %", 50, 1, 0.5],
    ["just below 2 %", 51, 1, 0],
    ["exactly 5 %", 20, 1, 1.5],
    ["exactly 10 %", 10, 1, 2],
    ["0 trained", 25, 0, 0],
    ["all trained", 25, 25, 5],
  ])("%s", (_label, employees, trained, expected) => {
    expect(score(employees, trained)).toBe(expected);
  });
});

describe("score: bad input is a CdtoError with a Russian message", () => {
  it.each([
    [0, 0, /больше нуля/],
    [-5, 0, /больше нуля/],
    [10, -1, /отрицательн/],
    [10.5, 1, /целым/],
    [10, 1.5, /целым/],
    [10, 11, /больше, чем сотрудников/],
    [Number.NaN, 1, /не число/],
  ])("score(%p, %p)", (employees, trained, message) => {
    expect(() => score(employees, trained)).toThrow(CdtoError);
    expect(() => score(employees, trained)).toThrow(message);
  });
});

describe("nextBand", () => {
  it("counts the extra people and points of the printed recommendation «+2 балла»", () => {
    // Контрактная система: 12 of 26 (46,2 %) -> 13 of 26 = 50 % -> 5 points.
    expect(nextBand(26, 12)).toEqual({ status: "reachable", extra: 1, gain: 2, score: 5 });
  });

  it("says «top» in the top band and when everyone is trained", () => {
    expect(nextBand(118, 82)).toEqual({ status: "top" });
    expect(nextBand(3, 3)).toEqual({ status: "top" });
  });

  it("may jump more than one band at once", () => {
    // 10 employees, 0 trained: one person is 10 %, past the 2 % and 5 % bands.
    expect(nextBand(10, 0)).toEqual({ status: "reachable", extra: 1, gain: 2, score: 2 });
  });

  it("tells an unreachable band apart (a custom band above 100 % of the staff is impossible by construction)", () => {
    // Bands accept bounds up to 100 %, so with real input this status cannot arise; it is still typed and distinct.
    expect(nextBand(4, 3, [{ lower: 0, score: 0 }, { lower: 1 + 1e-9, score: 1 }])).toEqual({ status: "unreachable", extra: 2 });
  });
});

describe("counts above the limit: a mistyped number is an error, never a frozen cell", () => {
  it("refuses more than 10 000 000 employees with a Russian message that shows the number", () => {
    expect(MAX_EMPLOYEES).toBe(10_000_000);
    expect(score(MAX_EMPLOYEES, 1)).toBe(0);
    expect(() => score(MAX_EMPLOYEES + 1, 0)).toThrow(CdtoError);
    expect(() => score(5e17, 0)).toThrow("Количество сотрудников 5E+17 больше допустимого (10 000 000): проверьте число.");
    expect(() => nextBand(1e18, 1e17)).toThrow(/больше допустимого/);
  });

  it("nextBand returns at once for 5E+17 and 2^53 employees (the search used to step forever above 2^53)", () => {
    const run = runBounded(
      `const { nextBand } = load("src/core/training.ts");
       const outcome = (e, t) => { try { return nextBand(e, t); } catch (error) { return error.message; } };
       report([outcome(5e17, 0), outcome(2 ** 53, 1), outcome(2e16, 3)]);`,
      { timeoutMs: 15_000 },
    );
    expect(run.timedOut).toBe(false);
    expect(run.reported).toEqual([expect.stringMatching(/больше допустимого/), expect.stringMatching(/больше допустимого/), expect.stringMatching(/больше допустимого/)]);
  });

  it("nextBand is exact up to the limit: the smallest extra people by the division score() uses", () => {
    const large = fc.integer({ min: 1, max: MAX_EMPLOYEES });
    const bound = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.02, 0.05, 0.1, 0.2, 0.5, 1 / 3, 0.07, 0.29, 1));
    fc.assert(
      fc.property(large, bound, (employees, lower) => {
        const bands = lower === 0 ? [{ lower: 0, score: 1 }] : [{ lower: 0, score: 0 }, { lower, score: 1 }];
        const next = nextBand(employees, 0, bands);
        if (lower === 0) return expect(next).toEqual({ status: "top" });
        expect(next.status).toBe("reachable");
        if (next.status !== "reachable") return;
        expect(next.extra / employees).toBeGreaterThanOrEqual(lower);
        expect((next.extra - 1) / employees).toBeLessThan(lower);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("properties", () => {
  const staff = fc.integer({ min: 1, max: 5000 }).chain((employees) =>
    fc.tuple(fc.constant(employees), fc.integer({ min: 0, max: employees })),
  );

  it("score never falls when trained grows", () => {
    fc.assert(
      fc.property(staff, ([employees, trained]) => {
        if (trained === employees) return;
        expect(score(employees, trained + 1)).toBeGreaterThanOrEqual(score(employees, trained));
      }),
    );
  });

  it("nextBand reaches a higher band with `extra` people and not with `extra - 1`", () => {
    fc.assert(
      fc.property(staff, ([employees, trained]) => {
        const next = nextBand(employees, trained);
        const current = score(employees, trained);
        if (next.status === "top") {
          expect(current).toBe(5);
          return;
        }
        expect(next.status).toBe("reachable");
        if (next.status !== "reachable") return;
        expect(next.extra).toBeGreaterThanOrEqual(1);
        expect(trained + next.extra).toBeLessThanOrEqual(employees);
        expect(score(employees, trained + next.extra)).toBe(current + next.gain);
        expect(next.gain).toBeGreaterThan(0);
        expect(score(employees, trained + next.extra - 1)).toBe(current);
      }),
    );
  });
});

describe("bandsFromTable: a user's own bands", () => {
  it("reads shares, «%» text and plain percents alike", () => {
    const expected = [
      { lower: 0, score: 0 },
      { lower: 0.3, score: 2 },
      { lower: 0.6, score: 4 },
    ];
    expect(bandsFromTable([[0.6, 4], [0.3, 2], [0, 0]])).toEqual(expected);
    expect(bandsFromTable([["60 %", 4], ["30%", 2], ["0 %", 0]])).toEqual(expected);
    expect(bandsFromTable([[60, 4], [30, 2], [0, 0]])).toEqual(expected);
    expect(bandsFromTable([[60, "4"], ["", ""], [30, "2,0"], [0, 0]])).toEqual(expected);
  });

  it("a custom table changes the score", () => {
    const bands = bandsFromTable([[0.6, 4], [0.3, 2], [0, 0]]);
    expect(score(10, 3, bands)).toBe(2);
    expect(nextBand(10, 3, bands)).toEqual({ status: "reachable", extra: 3, gain: 2, score: 4 });
  });

  it.each([
    [[[0.5, 5, 1]], /двух столбцов/],
    [[["", ""]], /пуста/],
    [[["много", 5]], /граница «много»/],
    [[[1.5, 5], [150, 3]], /от 0 до 100/],
    [[[-0.1, 5]], /от 0 до 100/],
    [[[0.5, "пять"]], /балл «пять»/],
    [[[0.5, -1]], /неотрицательным/],
    [[[0.5, 5], [0.5, 3]], /указана дважды/],
    [[[0.5, 1], [0.2, 3]], /меньший балл/],
  ])("rejects %j", (rows, message) => {
    expect(() => bandsFromTable(rows as unknown[][])).toThrow(message);
  });
});
