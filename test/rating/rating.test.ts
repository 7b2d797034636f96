import fc from "fast-check";
import expected from "./fixtures/appendix1-expected.json";
import { DEFAULT_BANDS } from "../../src/core/training";
import { nameKey, rateBodies, type BodyRow } from "../../src/core/rating";
import { runBounded } from "../support/bounded-run";
import { appendix1Bodies } from "../support/seeds";

const appendix = appendix1Bodies();
const asRows = (): BodyRow[] => appendix.map((b) => ({ name: b.name, employees: b.employees, trained: b.trained }));

describe("rateBodies: the 30 bodies of appendix 1", () => {
  const result = rateBodies(asRows());

  it("rates every body and reports no problem", () => {
    expect(result.problems).toEqual([]);
    expect(result.bodies).toHaveLength(30);
    expect(expected.bodies.map((b) => b.n)).toEqual(appendix.map((b) => b.n));
  });

  it.each(expected.bodies.map((e) => [e.n, e]))("body %i: score, extra and gain as worked out by hand", (n, e) => {
    const body = result.bodies[n - 1];
    const printed = appendix[n - 1];
    expect(body.name).toBe(printed.name);
    expect(body.sourceRow).toBe(n);
    expect(body.score).toBe(e.score);
    expect(body.score).toBe(printed.printedScore);
    expect(body.share).toBe(printed.trained / printed.employees);
    if (e.status === "top") expect(body.next).toEqual({ status: "top" });
    else expect(body.next).toEqual({ status: "reachable", extra: e.extra, gain: e.gain, score: e.score + (e.gain ?? NaN) });
  });

  it("totals: region staff, trained, overall share and average score", () => {
    const employees = appendix.reduce((s, b) => s + b.employees, 0);
    const trained = appendix.reduce((s, b) => s + b.trained, 0);
    expect(result.totals.bodies).toBe(30);
    expect(result.totals.employees).toBe(employees);
    expect(result.totals.trained).toBe(trained);
    expect(result.totals.share).toBe(trained / employees);
    expect(result.totals.averageScore).toBeCloseTo(appendix.reduce((s, b) => s + b.printedScore, 0) / 30, 10);
  });
});

describe("rateBodies: bad rows are reported by row number and left out", () => {
  const rows: BodyRow[] = [
    { name: "Орган А", employees: 10, trained: 1 },
    { name: "   ", employees: 10, trained: 1 },
    { name: "Орган Б", employees: null, trained: 1 },
    { name: "Орган В", employees: "много", trained: 1 },
    { name: "Орган Г", employees: 10.5, trained: 1 },
    { name: "Орган Д", employees: 10, trained: 11 },
    { name: "Орган Е", employees: 0, trained: 0 },
    { name: "Орган Ж", employees: 10, trained: -1 },
    { name: "Орган З", employees: "1 000", trained: "200" },
    { name: "Орган И", employees: 10, trained: "20 %" },
    { name: "Орган К", employees: 10, trained: "x" },
    { name: null, employees: null, trained: "" },
    { name: "Орган Л", employees: 40, trained: 4 },
  ];
  const result = rateBodies(rows);

  it("keeps and rates the valid rows", () => {
    expect(result.bodies.map((b) => [b.sourceRow, b.name, b.score])).toEqual([
      [1, "Орган А", 2],
      [9, "Орган З", 3],
      [13, "Орган Л", 2],
    ]);
    expect(result.totals).toMatchObject({ bodies: 3, employees: 1050, trained: 205, share: 205 / 1050 });
    expect(result.totals.averageScore).toBeCloseTo(7 / 3, 10);
  });

  it("names each bad row with a Russian message; a fully blank row is skipped silently", () => {
    expect(result.problems.map((p) => [p.row, p.message])).toEqual([
      [2, "Не указано: название органа исполнительной власти."],
      [3, "Не указано: количество сотрудников."],
      [4, "Количество сотрудников: «много» — не число."],
      [5, "Количество сотрудников должно быть целым числом, а не 10,5."],
      [6, "Обученных (11) больше, чем сотрудников (10)."],
      [7, "Количество сотрудников должно быть больше нуля (указано 0)."],
      [8, "Количество обученных не может быть отрицательным (-1)."],
      [10, "Количество обученных: «20 %» — число людей, а не процент."],
      [11, "Не указано: количество обученных."],
    ]);
    expect(result.problems[2].name).toBe("Орган В");
  });

  it("uses the given sourceRow numbers", () => {
    const r = rateBodies([
      { name: "А", employees: 5, trained: 1, sourceRow: 12 },
      { name: "Б", employees: "пять", trained: 1, sourceRow: 13 },
    ]);
    expect(r.bodies.map((b) => b.sourceRow)).toEqual([12]);
    expect(r.problems.map((p) => p.row)).toEqual([13]);
  });

  it("an empty table gives no bodies and null share and average", () => {
    expect(rateBodies([])).toEqual({ bodies: [], problems: [], totals: { bodies: 0, employees: 0, trained: 0, share: null, averageScore: null } });
  });
});

describe("rateBodies: duplicate body names", () => {
  it("compares names trimmed, case-insensitively and with ё = е, and leaves every copy out", () => {
    const result = rateBodies([
      { name: "Департамент по молодёжной политике", employees: 10, trained: 1 },
      { name: "Орган Б", employees: 10, trained: 2 },
      { name: "  департамент по  молодежной политике ", employees: 20, trained: 5 },
    ]);
    expect(result.bodies.map((b) => b.name)).toEqual(["Орган Б"]);
    expect(result.problems.map((p) => p.row)).toEqual([1, 3]);
    expect(result.problems[0].message).toBe(
      "Орган «Департамент по молодёжной политике» указан несколько раз (строки 1, 3); ни одна из этих строк не учтена — оставьте одну.",
    );
  });

  it("a name repeated 5 000 times: every copy left out, the message lists a few rows and the count, not all of them", () => {
    const rows: BodyRow[] = Array.from({ length: 5_000 }, (_, i) => ({ name: i % 2 === 0 ? "Орган А" : "орган  а", employees: 10, trained: 1 }));
    rows.push({ name: "Орган Б", employees: 10, trained: 2 });
    const result = rateBodies(rows);
    expect(result.bodies.map((b) => b.name)).toEqual(["Орган Б"]);
    expect(result.problems).toHaveLength(5_000);
    expect(result.problems.map((p) => p.row)).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    expect(result.problems[4_999].message).toBe(
      "Орган «орган а» указан 5000 раз (строки 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 и ещё 4990); ни одна из этих строк не учтена — оставьте одну.",
    );
    // The message does not grow with the number of copies: a long list of rows was quadratic in all.
    expect(Math.max(...result.problems.map((p) => p.message.length))).toBeLessThan(200);
    const twentyTwo = rateBodies(Array.from({ length: 22 }, () => ({ name: "Орган В", employees: 10, trained: 1 })));
    expect(twentyTwo.problems[0].message).toMatch(/указан 22 раза \(строки 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 и ещё 12\)/);
  });

  it("duplicates anywhere among distinct names: exactly the repeated names are left out, each with all its rows", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 300 }), (ids) => {
        const result = rateBodies(ids.map((id) => ({ name: `Орган ${id}`, employees: 10, trained: 1 })));
        const rowsOf = new Map<number, number[]>();
        ids.forEach((id, i) => rowsOf.set(id, [...(rowsOf.get(id) ?? []), i + 1]));
        const repeated = [...rowsOf.values()].filter((rows) => rows.length > 1).flat().sort((a, b) => a - b);
        expect(result.problems.map((p) => p.row)).toEqual(repeated);
        expect(result.bodies.map((b) => b.sourceRow)).toEqual([...rowsOf.values()].filter((rows) => rows.length === 1).flat().sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it("nameKey", () => {
    expect(nameKey(" Ёлки  Палки ")).toBe(nameKey("елки палки"));
    expect(nameKey("А")).not.toBe(nameKey("Б"));
  });
});

describe("rateBodies: counts far too large", () => {
  it("a column of 1E+18 employees gives each row a clear problem and returns at once", () => {
    const run = runBounded(
      `const { rateBodies } = load("src/core/rating/index.ts");
       const rows = Array.from({ length: 50 }, (_, i) => ({ name: "Орган " + i, employees: 1e18, trained: i }));
       const result = rateBodies(rows);
       report({ bodies: result.bodies.length, messages: [...new Set(result.problems.map((p) => p.message))] });`,
      { timeoutMs: 15_000 },
    );
    expect(run.timedOut).toBe(false);
    expect(run.reported).toEqual({ bodies: 0, messages: ["Количество сотрудников 1E+18 больше допустимого (10 000 000): проверьте число."] });
  });
});

describe("rateBodies: bands", () => {
  it("follows a custom bands table", () => {
    const bands = DEFAULT_BANDS.map((b) => (b.lower === 0.2 ? { ...b, lower: 0.25 } : b));
    const [body] = rateBodies([{ name: "Контрактная система", employees: 26, trained: 6 }], bands).bodies;
    // 6/26 = 23 %: 3 points by default, 2 when the band starts at 25 %; 25 % of 26 = 6,5 -> 7 people.
    expect(body.score).toBe(2);
    expect(body.next).toEqual({ status: "reachable", extra: 1, gain: 1, score: 3 });
  });
});
