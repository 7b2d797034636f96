/** readRoadmap on small hand-made grids: what the reader recognises, and what it reports instead of guessing. */
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { checkRoadmap, interpretValue, matchIndicatorName, matchSectorText, readRoadmap, type RoadmapGrid } from "../../src/core/roadmap/check";

const TITLE = "Дорожная карта по достижению «цифровой зрелости» отрасли";
const REGIONAL = "Среднее значение показателя ЦЗ, декомпозированное на уровень Смоленской области";
const ACTIVITIES = (i: number | string) => `Мероприятия, планируемые к проведению для достижения показателя ${i} в каждом году`;

/** A roadmap of 7.5 with the given rows under the header. */
function grid(rows: unknown[][], title = `${TITLE} «Государственное управление»`, header: unknown[] = ["X", 2021, 2022, 2023, 2024]): RoadmapGrid {
  return { values: [[title], header, [REGIONAL, 0.28, 0.33, 0.39, 0.45], ...rows], top: 0, left: 0 };
}
const gov = findSector("7.5");
if (!gov) throw new Error("7.5 missing");
const name = (n: number) => sectorIndicators(gov)[n - 1].name;

describe("matchSectorText: the sector as people write it in the title", () => {
  it.each([
    ["Образование", "7.1"],
    ["образование и наука", "7.1"],
    ["Здоровоохранение", "7.2"],
    ["Здравоохранение Смоленской области", "7.2"],
    ["7.10. Экология и природопользование", "7.10"],
    ["7.3", "7.3"],
    ["Транспорт", "7.4"],
  ])("%s -> %s", (text, code) => {
    expect(matchSectorText(text)?.code).toBe(code);
  });

  it.each(["", "отрасль", "Культура"])("%p is no sector", (text) => {
    expect(matchSectorText(text)).toBeUndefined();
  });
});

describe("matchIndicatorName: exact, then the only prefix or substring, then by similar words", () => {
  const number = (text: string) => {
    const match = matchIndicatorName(text, gov);
    return match.kind === "matched" ? match.indicator.number : match.kind;
  };
  it("matches a shortened and a quoted name, and refuses a word that names several", () => {
    expect(number("«Доля проверок в рамках контрольно-надзорной деятельности»")).toBe(10);
    expect(number("уровень удовлетворенности качеством")).toBe(6);
    const ambiguous = matchIndicatorName("государственных и муниципальных услуг", gov);
    expect(ambiguous.kind).toBe("ambiguous");
    expect(number("доля")).toBe("unknown");
    expect(number(" «...» ")).toBe("empty");
  });
});

describe("readRoadmap", () => {
  it("reports a block without the year header as no roadmap", () => {
    const result = readRoadmap({ values: [["Рейтинг обучения"], ["Орган", "Сотрудников", "Обучено"]], top: 4, left: 1 });
    expect(result.roadmap).toBeUndefined();
    expect(result.problems).toMatchObject([{ severity: "error", code: "roadmap-not-found", address: "B5" }]);
  });

  it("reads years written «2021 год», «2022 г.», «2023г» in any columns after the labels", () => {
    const result = readRoadmap(grid([[`Значение показателя 1 «${name(1)}»`, null, "18 %", "24 %", "32 %"]], undefined, ["X", "2021 год", "2022 г.", " 2023г ", 2024]));
    expect(result.roadmap?.years).toEqual([
      { year: "2021", column: 1 },
      { year: "2022", column: 2 },
      { year: "2023", column: 3 },
      { year: "2024", column: 4 },
    ]);
  });

  it("takes the unit from the label and the name from the line under a bare «Значение показателя i»", () => {
    const result = readRoadmap(
      grid([
        ["Значение показателя 1"],
        [`«${name(5)}»`],
        [ACTIVITIES(1), "a", "b", "c", "d"],
        [`2. ${name(10)} (в %)`, 0.01, 0.05, 0.1, 0.2],
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.indicators.map((i) => [i.shownNumber, i.catalog?.number, i.unit, i.activitiesRow])).toEqual([
      [1, 5, "ед.", 5],
      [2, 10, "%", undefined],
    ]);
  });

  it("reports what it cannot place: an unknown and an ambiguous indicator, a repeated one, an unlabeled row with values", () => {
    const result = readRoadmap(
      grid([
        ["Значение показателя 1 «доля сотрудников, прошедших обучение»", 0.1, 0.2, 0.3, 0.4],
        ["Значение показателя 2 «государственных и муниципальных услуг»", 0.1, 0.2, 0.3, 0.4],
        [`Значение показателя 3 «${name(2)}»`, 0.6, 0.7, 0.8, 0.9],
        [`Значение показателя 4 «${name(2)}»`, 0.6, 0.7, 0.8, 0.9],
        [null, null, 0.5],
        ["Значение показателя N «...»"],
      ]),
    );
    expect(result.problems.map((p) => [p.code, p.address])).toEqual([
      ["indicator-unmatched", "A4"],
      ["indicator-unmatched", "A5"],
      ["indicator-duplicate", "A7"],
      ["indicator-unmatched", "A9"],
      ["row-unrecognized", "A8"],
    ]);
    expect(result.problems[1].message).toMatch(/соответствует несколько показателей/);
    expect(result.problems[3].message).toMatch(/^Показатель 5: не указано его название/);
    expect(result.roadmap?.indicators).toHaveLength(5);
  });

  it("reports an unknown sector, and checks the values it can without targets", () => {
    const { roadmap, findings } = checkRoadmap(grid([["Значение показателя 1 «доля чего-то нового», %", "10 %", "20 %", "15 %", "x"], [ACTIVITIES(1), "a", "b", "c", "d"]], `${TITLE} «Культура»`));
    expect(roadmap?.sector).toBeUndefined();
    expect(findings.map((f) => [f.severity, f.code, f.address])).toEqual([
      ["error", "sector-unknown", "A1"],
      ["warning", "indicator-unmatched", "A4"],
      ["error", "planned-below-regional", "B2"],
      ["error", "planned-below-regional", "C2"],
      ["error", "planned-below-regional", "D2"],
      ["warning", "worse-than-previous-year", "D4"],
    ]);
    expect(findings[0].message).toMatch(/«Культура».*не найдена/);
  });

  it("takes a sector chosen by the caller over the title", () => {
    const result = readRoadmap(grid([[`Значение показателя 1 «${name(1)}»`, 0.1, 0.2, 0.3, 0.4]], `${TITLE} _____`), { sector: "7.5" });
    expect(result.roadmap?.sector?.code).toBe("7.5");
    expect(result.problems).toEqual([]);
  });
});

describe("interpretValue: a cell in its row's unit", () => {
  it.each([
    ["18 %", "%", { kind: "number", value: 0.18, outOfRange: false }],
    ["0,18", "%", { kind: "number", value: 0.18, outOfRange: false }],
    ["18,5", "%", { kind: "number", value: 0.185, typed: 18.5, outOfRange: false }],
    [18, "%", { kind: "number", value: 0.18, typed: 18, outOfRange: false }],
    [150, "%", { kind: "number", value: 1.5, typed: 150, outOfRange: true }],
    ["150 %", "%", { kind: "number", value: 1.5, outOfRange: true }],
    [-0.1, "%", { kind: "number", value: -0.1, outOfRange: true }],
    [2, "усл. ед.", { kind: "number", value: 2, outOfRange: true }],
    [-3, "чел.", { kind: "number", value: -3, outOfRange: true }],
    [3.5, "балл.", { kind: "number", value: 3.5, outOfRange: false }],
    ["x", "%", { kind: "none" }],
    ["х", "%", { kind: "none" }],
    ["  ", "%", { kind: "blank" }],
    ["около 20", "%", { kind: "text", text: "около 20" }],
  ])("%p in «%s»", (raw, unit, expected) => {
    expect(interpretValue(raw, unit)).toEqual(expected);
  });
});
