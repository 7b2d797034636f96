/** Matching a row's text to the strategy's indicators: exact, prefix, contained, similar words; never a wrong guess. */
import fc from "fast-check";
import { builtInEdition } from "../../../src/core/edition";
import * as catalogModule from "../../../src/core/catalog";
import { catalog, findSector, sectorIndicators, type Catalog, type Sector } from "../../../src/core/catalog";
import { checkRoadmap } from "../../../src/core/roadmap/check";
import { matchIndicatorName } from "../../../src/core/roadmap/reader/indicator-match";

function sector(code: string): Sector {
  const found = findSector(code);
  if (!found) throw new Error(code);
  return found;
}
const edu = sector("7.1");
const what = (text: string, s: Sector = edu) => {
  const m = matchIndicatorName(text, s);
  if (m.kind === "matched") return `${m.indicator.number} ${m.how}${m.certain ? "" : " (guessed)"}`;
  if (m.kind === "ambiguous") return `ambiguous ${m.candidates.map((c) => c.number).join(",")}`;
  if (m.kind === "other-sector") return `other ${m.sector.code}/${m.indicator.number}`;
  return m.kind;
};

describe("matchIndicatorName", () => {
  it.each([
    ["ДОЛЯ УЧАЩИХСЯ, ПО КОТОРЫМ\nОСУЩЕСТВЛЯЕТСЯ ВЕДЕНИЕ ЦИФРОВОГО ПРОФИЛЯ", "6 exact"],
    ['доля достижения целевого значения "цифровой зрелости" отрасли "Образование"', "1 exact"],
    ["доля достижения целевого значения «цифровой зрелости» отрасли «Образование» (рекомендовано ФОИВ)", "1 exact"],
    ["Доля учащихся, которым предложены рекомендации по повышению качества обучения", "2 prefix"],
    ["подключенных к реализации суперсервиса «Поступление в вуз онлайн»", "3 contained (guessed)"],
    ["Доля педагогов, использующих цифровой образовательный контент", "4 similar (guessed)"],
    ["доля учащихся", "ambiguous 2,5,6"],
    ["доля достижения целевого значения «цифровой зрелости» отрасли «Здравоохранение»", "other 7.2/1"],
    ["доля записей на прием к врачу, совершенных гражданами дистанционно", "other 7.2/2"],
    ["доля", "unknown"],
    ["Прочие мероприятия по информатизации", "unknown"],
    [" «...» ", "empty"],
  ])("%s -> %s", (text, expected) => {
    expect(what(text)).toBe(expected);
  });

  it("names every candidate of an ambiguous text, and refuses the shared beginning of 7.4's bus indicators", () => {
    expect(what("доля автобусов, осуществляющих регулярные перевозки пассажиров", sector("7.4"))).toBe("ambiguous 1,2,3");
    expect(what("доля автобусов, оснащенных системами безналичной оплаты проезда", sector("7.4"))).toMatch(/^1 similar/);
  });

  it("property: a name with words left out is its own indicator, or said to be unsure, never another indicator", () => {
    const cases = catalog.flatMap((s) => sectorIndicators(s).map((indicator) => ({ s, indicator })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), ({ s, indicator }, keep) => {
        const words = indicator.name.split(" ");
        // At most about a third of the words go, never the first: «shortened a little», as people do.
        const kept = words.filter((_, k) => k === 0 || keep[k % 80] || k % 3 !== 0);
        const match = matchIndicatorName(kept.join(" "), s);
        if (match.kind === "matched") expect(match.indicator.number).toBe(indicator.number);
        else expect(["ambiguous", "unknown"]).toContain(match.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: every indicator of another sector is said to be of that sector, never taken for one of this sector's", () => {
    for (const own of catalog) {
      for (const other of catalog.filter((s) => s !== own)) {
        for (const indicator of sectorIndicators(other)) {
          const match = matchIndicatorName(indicator.name, own);
          expect(match).toMatchObject({ kind: "other-sector", sector: { code: other.code }, indicator: { number: indicator.number } });
        }
      }
    }
  });
});

describe("the cost of matching", () => {
  const grid = () => {
    const gov = sector("7.5");
    const values: unknown[][] = [["Дорожная карта по достижению «цифровой зрелости» отрасли «Государственное управление»"], ["X", 2021, 2022, 2023, 2024]];
    for (const indicator of sectorIndicators(gov)) values.push([indicator.name, 0.1, 0.2, 0.3, 0.4], ["Мероприятия, планируемые к проведению для достижения показателя в каждом году", "a", "b", "c", "d"]);
    return { values, top: 0, left: 0 };
  };

  it("normalises each catalog name once per catalog, and each row once per check", () => {
    const copy = JSON.parse(JSON.stringify(catalog)) as Catalog;
    const names = copy.reduce((n, s) => n + s.projects.reduce((m, p) => m + p.indicators.length, 0), 0);
    const rows = grid().values.length;
    const spy = jest.spyOn(catalogModule, "normalizeName");
    try {
      checkRoadmap(grid(), { edition: { ...builtInEdition, sectors: copy } });
      const first = spy.mock.calls.length;
      spy.mockClear();
      checkRoadmap(grid(), { edition: { ...builtInEdition, sectors: copy } });
      const second = spy.mock.calls.length;
      // The sector lookup by title normalises the 11 sector names (and their printed forms); the rest is one per row.
      expect(first).toBeLessThanOrEqual(names + rows + 2 * copy.length + 4);
      expect(second).toBeLessThanOrEqual(rows + 2 * copy.length + 4);
      expect(first - second).toBeGreaterThan(60); // the catalog side was prepared in the first check only
    } finally {
      spy.mockRestore();
    }
  });
});
