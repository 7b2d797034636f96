import { nameKey, peopleGenitive, points, rateBodies, recommend, recommendationLines, type RatedBody, type Recommendations } from "../../src/core/rating";
import { appendix1Bodies } from "../support/seeds";
import { printedList21 } from "./protocol-list";

const appendix = appendix1Bodies();
const rating = rateBodies(appendix.map((b) => ({ name: b.name, employees: b.employees, trained: b.trained })));
const recommendations = recommend(rating.bodies);
/** Body names by their № in appendix 1, so the expectations below read as table numbers. */
const byNumber = (numbers: number[]) => numbers.map((n) => appendix[n - 1].name);
const names = (bodies: RatedBody[]) => bodies.map((b) => b.name);

function shape(r: Recommendations) {
  return {
    sections: r.sections.map((s) => ({ extra: s.extra, title: s.title, groups: s.groups.map((g) => ({ gain: g.gain, title: g.title, bodies: names(g.bodies) })) })),
    top: names(r.top),
    unreachable: names(r.unreachable),
  };
}

describe("recommendations for the 30 bodies of appendix 1", () => {
  it("groups by extra people (ascending), then by points gained (descending), bodies in table order", () => {
    const one = "Обучить ещё 1 сотрудника";
    expect(shape(recommendations)).toEqual({
      sections: [
        {
          extra: 1,
          title: one,
          groups: [
            { gain: 2, title: "+2 балла к рейтингу", bodies: byNumber([3]) },
            { gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([7, 8, 9, 10, 12, 26, 27, 28]) },
            { gain: 0.5, title: "+0,5 балла к рейтингу", bodies: byNumber([18, 19, 20, 21, 22, 23, 30]) },
          ],
        },
        {
          extra: 2,
          title: "Обучить ещё 2 сотрудников",
          groups: [
            { gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([11, 15]) },
            { gain: 0.5, title: "+0,5 балла к рейтингу", bodies: byNumber([24]) },
          ],
        },
        {
          extra: 3,
          title: "Обучить ещё 3 сотрудников",
          groups: [
            { gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([13, 29]) },
            { gain: 0.5, title: "+0,5 балла к рейтингу", bodies: byNumber([25]) },
          ],
        },
        { extra: 6, title: "Обучить ещё 6 сотрудников", groups: [{ gain: 2, title: "+2 балла к рейтингу", bodies: byNumber([5, 6]) }] },
        { extra: 7, title: "Обучить ещё 7 сотрудников", groups: [{ gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([17]) }] },
        { extra: 9, title: "Обучить ещё 9 сотрудников", groups: [{ gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([16]) }] },
        { extra: 10, title: "Обучить ещё 10 сотрудников", groups: [{ gain: 2, title: "+2 балла к рейтингу", bodies: byNumber([4]) }] },
        { extra: 21, title: "Обучить ещё 21 сотрудника", groups: [{ gain: 1, title: "+1 балл к рейтингу", bodies: byNumber([14]) }] },
      ],
      top: byNumber([1, 2]),
      unreachable: [],
    });
  });

  it("every rated body appears exactly once", () => {
    const listed = [...recommendations.sections.flatMap((s) => s.groups.flatMap((g) => names(g.bodies))), ...names(recommendations.top)];
    expect([...listed].sort()).toEqual([...appendix.map((b) => b.name)].sort());
  });
});

/** The protocol names one body differently from the table; the pairing is itself a difference the test names. */
const PRINTED_NAME_TO_TABLE: Record<string, string> = {
  "Главное управление Смоленской области по делам молодежи и гражданско-патриотическому воспитанию":
    "Главное управление Смоленской области по молодежной политике и гражданско-патриотическому воспитанию",
};

type Difference =
  | { kind: "omitted by the protocol"; body: string; gain: number }
  | { kind: "listed by the protocol but needs more than 1 person"; body: string }
  | { kind: "different gain"; body: string; printed: number; computed: number }
  | { kind: "different name"; printed: string; table: string };

function differencesWithList21(): Difference[] {
  const oneMore = recommendations.sections.find((s) => s.extra === 1)?.groups ?? [];
  const computed = new Map(oneMore.flatMap((g) => g.bodies.map((b) => [nameKey(b.name), { name: b.name, gain: g.gain }] as const)));
  const result: Difference[] = [];
  const matched = new Set<string>();
  for (const printed of printedList21()) {
    const table = PRINTED_NAME_TO_TABLE[printed.name];
    if (table) result.push({ kind: "different name", printed: printed.name, table });
    const key = nameKey(table ?? printed.name);
    const found = computed.get(key);
    matched.add(key);
    if (!found) result.push({ kind: "listed by the protocol but needs more than 1 person", body: printed.name });
    else if (found.gain !== printed.gain) result.push({ kind: "different gain", body: found.name, printed: printed.gain, computed: found.gain });
  }
  for (const [key, body] of computed) if (!matched.has(key)) result.push({ kind: "omitted by the protocol", body: body.name, gain: body.gain });
  return result;
}

describe("comparison with the protocol's printed list 2.1 («обучить всего 1 сотрудника»)", () => {
  it("reads the printed list: 13 bodies, +2 / +1 / +0,5", () => {
    const list = printedList21();
    expect(list).toHaveLength(13);
    expect(list.map((e) => e.gain)).toEqual([2, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    // Every printed name but the one renamed body is a body of the table.
    const tableKeys = new Set(appendix.map((b) => nameKey(b.name)));
    expect(list.filter((e) => !tableKeys.has(nameKey(e.name))).map((e) => e.name)).toEqual(Object.keys(PRINTED_NAME_TO_TABLE));
  });

  it("names every difference (a new one fails this test)", () => {
    expect(differencesWithList21()).toEqual([
      {
        kind: "different name",
        printed: "Главное управление Смоленской области по делам молодежи и гражданско-патриотическому воспитанию",
        table: "Главное управление Смоленской области по молодежной политике и гражданско-патриотическому воспитанию",
      },
      // 8 of 44 (18,2 %) -> 9 of 44 = 20,5 %: 2 -> 3 points.
      { kind: "omitted by the protocol", body: "Департамент инвестиционного развития Смоленской области", gain: 1 },
      // 4 of 90 (4,4 %) -> 5 of 90 = 5,6 %: 0,5 -> 1,5 points.
      { kind: "omitted by the protocol", body: "Департамент Смоленской области по здравоохранению", gain: 1 },
      // 14 of 149 (9,4 %) -> 15 of 149 = 10,07 %: 1,5 -> 2 points.
      { kind: "omitted by the protocol", body: "Служба по обеспечению деятельности мировых судей Смоленской области", gain: 0.5 },
    ]);
  });
});

describe("Russian plurals", () => {
  it.each([
    [1, "1 сотрудника"],
    [2, "2 сотрудников"],
    [4, "4 сотрудников"],
    [5, "5 сотрудников"],
    [11, "11 сотрудников"],
    [21, "21 сотрудника"],
    [101, "101 сотрудника"],
    [111, "111 сотрудников"],
  ])("обучить ещё %i → %s", (n, text) => expect(peopleGenitive(n)).toBe(text));

  it.each([
    [1, "1 балл"],
    [2, "2 балла"],
    [4, "4 балла"],
    [5, "5 баллов"],
    [11, "11 баллов"],
    [12, "12 баллов"],
    [21, "21 балл"],
    [22, "22 балла"],
    [0.5, "0,5 балла"],
    [1.5, "1,5 балла"],
  ])("%p → %s", (n, text) => expect(points(n)).toBe(text));
});

describe("recommendationLines", () => {
  it("writes sections, gain groups, bodies, the top band, unreachable bodies and bad rows", () => {
    const r = rateBodies(
      [
        { name: "А", employees: 10, trained: 9 },
        { name: "Б", employees: 26, trained: 12 },
        { name: "В", employees: 4, trained: 3 },
        { name: "Г", employees: "сорок", trained: 1 },
      ],
      [{ lower: 0, score: 0 }, { lower: 0.5, score: 5 }, { lower: 1 + 1e-9, score: 6 }],
    );
    expect(recommendationLines(recommend(r.bodies), r.problems)).toEqual([
      { kind: "section", text: "Обучить ещё 1 сотрудника" },
      { kind: "group", text: "+5 баллов к рейтингу" },
      { kind: "body", text: "Б" },
      { kind: "section", text: "Повысить балл невозможно: следующая граница шкалы больше численности сотрудников" },
      { kind: "body", text: "А" },
      { kind: "body", text: "В" },
      { kind: "section", text: "Не учтены строки с ошибками:" },
      { kind: "problem", text: "Строка 4: Количество сотрудников: «сорок» — не число." },
    ]);
  });

  it("says there is nothing to recommend for an empty table", () => {
    expect(recommendationLines(recommend([]))).toEqual([
      { kind: "empty", text: "Нет данных для рекомендаций: заполните таблицу и нажмите «Пересчитать рекомендации»." },
    ]);
  });

  it("lists the top band apart", () => {
    const r = rateBodies([{ name: "А", employees: 2, trained: 1 }]);
    expect(recommendationLines(recommend(r.bodies))).toEqual([
      { kind: "section", text: "Уже высший балл" },
      { kind: "body", text: "А" },
    ]);
  });
});
