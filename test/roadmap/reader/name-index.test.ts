/**
 * The indexed text tiers answer as walking every name does (the matcher's way before the index), and a sector object
 * from outside the catalog, with its own postings, matches as the catalog's own sector does.
 */
import fc from "fast-check";
import { catalog, normalizeName, sectorIndicators, type Sector } from "../../../src/core/catalog";
import { matchIndicatorName, prepareName, type NameMatch } from "../../../src/core/roadmap/reader/indicator-match";
import { MIN_PARTIAL, nameIndex, textHits, type Named, type TextTier } from "../../../src/core/roadmap/reader/name-index";

/** The tiers as a walk over every entry: what the index must agree with. */
function walkedHits<T extends Named>(entries: readonly T[], wanted: string): { tier: TextTier; hits: T[] } | undefined {
  const tiers: [TextTier, (n: string) => boolean][] = [["exact", (n) => n === wanted]];
  if (wanted.length >= MIN_PARTIAL) {
    tiers.push(
      ["prefix", (n) => n.startsWith(wanted) || wanted.startsWith(n)],
      ["contained", (n) => n.includes(wanted) || wanted.includes(n)],
    );
  }
  for (const [tier, test] of tiers) {
    const hits = entries.filter((e) => e.names.some(test));
    if (hits.length > 0) return { tier, hits };
  }
  return undefined;
}

interface Entry extends Named {
  id: number;
}

const entriesOf = (names: string[][]): Entry[] => names.map((n, id) => ({ id, names: n }));
const agree = (entries: Entry[], wanted: string) => expect(textHits(nameIndex(entries), wanted)).toEqual(walkedHits(entries, wanted));

const catalogNames = catalog.flatMap((s) => sectorIndicators(s).map((i) => [i.name, i.printedName].filter((n): n is string => n !== undefined).map((n) => prepareName(n).normalized)));

describe("textHits with the index", () => {
  const entries = entriesOf(catalogNames);
  const all = catalogNames.flat();

  it("agrees with the walk on every catalog name, its beginnings, its middles and its longer forms", () => {
    for (const name of all) {
      for (const wanted of [name, name.slice(0, 12), name.slice(0, 30), name.slice(0, -1), name.slice(5, 40), `${name} и другие`, `всего: ${name}`, name.toUpperCase()]) agree(entries, wanted);
    }
  });

  it("agrees on each sector's names alone, as a sector's check looks them up", () => {
    let at = 0;
    for (const sector of catalog) {
      const own = entries.slice(at, (at += sectorIndicators(sector).length));
      for (const name of all) agree(own, name.slice(0, 25));
    }
  });

  it("property: agrees on names from a small alphabet, where names are each other's beginnings, middles and twins", () => {
    const text = fc.string({ unit: fc.constantFrom("а", "б", " ", "ё", "😀"), maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), text, fc.nat(), (names, wanted, pick) => {
        const entries = entriesOf(names);
        agree(entries, wanted);
        const some = names.flat();
        if (some.length === 0) return;
        const name = some[pick % some.length];
        for (const derived of [name, name.slice(0, pick % 15), `${name}${wanted}`, `${wanted}${name}`, name.slice(pick % 4)]) agree(entries, derived);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives each entry once, in the list's order, when both its names hit or a name is repeated", () => {
    const entries = entriesOf([["доля школ с доступом"], ["доля школ с доступом к сети", "доля школ с доступом"], ["доля школ с доступом"]]);
    expect(textHits(nameIndex(entries), "доля школ с доступом")).toEqual({ tier: "exact", hits: [entries[0], entries[1], entries[2]] });
    expect(textHits(nameIndex(entries), "доля школ с дост")).toEqual({ tier: "prefix", hits: entries });
    expect(textHits(nameIndex(entries), "всего доля школ с доступом к сети интернет")?.hits.map((e) => e.id)).toEqual([0, 1, 2]);
  });

  it("never takes a short text for a beginning or a part", () => {
    expect(textHits(nameIndex(entriesOf([["доля школ с доступом"]])), "доля")).toBeUndefined();
  });
});

describe("a sector from outside the catalog", () => {
  const summary = (m: NameMatch) =>
    m.kind === "matched" ? `${m.indicator.number} ${m.how} ${m.certain}` : m.kind === "ambiguous" ? `ambiguous ${m.candidates.map((c) => c.number).join(",")}` : m.kind === "other-sector" ? `other ${m.sector.code}/${m.indicator.number}` : m.kind;
  // Under a code of its own: a copy under the same code would meet its catalog twin among its own candidates.
  const copy = (sector: Sector): Sector => ({ ...(JSON.parse(JSON.stringify(sector)) as Sector), code: `9${sector.code}`, name: `Копия: ${sector.name}` });

  it("matches every name, shortened, retold or another sector's, as the catalog's own sector does", () => {
    const texts = catalog.flatMap((s) =>
      sectorIndicators(s).flatMap((i) => {
        const words = i.name.split(" ");
        return [i.name, words.slice(0, 6).join(" "), words.filter((_, k) => k % 3 !== 1).join(" "), `${words.slice(2).join(" ")} в регионе`, normalizeName(i.name).slice(8, 50)];
      }),
    );
    for (const sector of catalog) {
      const foreign = copy(sector);
      for (const text of texts) expect([text, summary(matchIndicatorName(text, foreign))]).toEqual([text, summary(matchIndicatorName(text, sector))]);
    }
  });

  it("finds each of thousands of indicators by its own name", () => {
    const [first] = catalog;
    const indicators = sectorIndicators(first);
    const many: Sector = {
      ...first,
      projects: [{ ...first.projects[0], indicators: Array.from({ length: 300 }, (_, k) => indicators.map((i) => ({ name: `${i.name} (копия ${k + 1})`, unit: i.unit, direction: i.direction, targets: i.targets }))).flat() }],
    };
    const named = sectorIndicators(many);
    expect(named.length).toBe(300 * indicators.length);
    for (const indicator of named) {
      expect(matchIndicatorName(indicator.name, many)).toMatchObject({ kind: "matched", how: "exact", indicator: { number: indicator.number } });
    }
  });
});
