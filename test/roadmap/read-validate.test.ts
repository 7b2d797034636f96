/**
 * Hand-made roadmaps, filled as people fill the protocol's appendix 3 by hand, each with the findings worked out by
 * reading the fixture (see the fixture's description): the reader and the validator must arrive at exactly those.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { checkRoadmap, type Finding, type RoadmapGrid } from "../../src/core/roadmap/check";

interface Fixture {
  description: string;
  grid: RoadmapGrid;
  expected: {
    sector: string;
    indicators: { shownNumber: number; catalogNumber: number | null }[];
    /** Catalog numbers of the sector's indicators the roadmap leaves out. */
    missing: number[];
    findings: { code: string; address: string; severity: Finding["severity"] }[];
  };
}

const dir = join(__dirname, "fixtures");
const fixtures: [string, Fixture][] = readdirSync(dir)
  .filter((f) => /^handmade-.*\.json$/.test(f))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Fixture]);

const key = (f: { code: string; address: string; severity: string }) => `${f.severity} ${f.code} ${f.address}`;

it("has the hand-made fixtures of every layout variant", () => {
  expect(fixtures.map(([file]) => file)).toEqual(expect.arrayContaining(["handmade-names-only.json", "handmade-numbered.json", "handmade-unplaced.json"]));
});

describe.each(fixtures)("%s", (_file, fixture) => {
  const { roadmap, findings } = checkRoadmap(fixture.grid);

  it("finds the roadmap and its sector", () => {
    expect(roadmap?.sector?.code).toBe(fixture.expected.sector);
  });

  it("reads every indicator row and matches it to the catalog (or reports it)", () => {
    expect(roadmap?.indicators.map((i) => ({ shownNumber: i.shownNumber, catalogNumber: i.catalog?.number ?? null }))).toEqual(
      fixture.expected.indicators,
    );
    for (const unmatched of roadmap?.indicators.filter((i) => !i.catalog) ?? []) {
      const said = findings.filter((f) => f.indicator?.shownNumber === unmatched.shownNumber).map((f) => f.code);
      expect(said.filter((code) => code === "indicator-unmatched" || code === "indicator-other-sector")).toHaveLength(1);
    }
  });

  it("reports exactly the expected findings", () => {
    expect(findings.map(key).sort()).toEqual(fixture.expected.findings.map(key).sort());
  });

  it("names every strategy indicator of the sector that the roadmap leaves out, and only those", () => {
    const sector = findSector(fixture.expected.sector);
    if (!sector) throw new Error(`no sector ${fixture.expected.sector}`);
    const missing = sectorIndicators(sector).filter((i) => fixture.expected.missing.includes(i.number));
    expect(findings.filter((f) => f.code === "indicator-missing").map((f) => f.expected)).toEqual(missing.map((i) => i.name));
  });

  it("says every finding in Russian, with a real cell address", () => {
    for (const f of findings) {
      expect(f.message).toMatch(/[а-яё]/i);
      expect(f.address).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it("never reads a value from a note", () => {
    for (const address of Object.keys(fixture.grid.notes ?? {})) {
      const cell = roadmap?.indicators.flatMap((i) => i.cells).find((c) => c.address === address);
      expect(cell?.raw).not.toBe(fixture.grid.notes?.[address]);
    }
  });
});

describe("the messages of the hand-made fixtures", () => {
  const findingsOf = (name: string) => {
    const found = fixtures.find(([file]) => file === `${name}.json`);
    if (!found) throw new Error(`no fixture ${name}`);
    return checkRoadmap(found[1].grid).findings;
  };
  const at = (findings: Finding[], code: string, address: string) => findings.find((f) => f.code === code && f.address === address);

  it("says which cell misses its target and by how much", () => {
    const finding = at(findingsOf("handmade-education"), "target-missed", "D10");
    expect(finding).toMatchObject({
      severity: "error",
      year: "2023",
      expected: "40 %",
      found: "35 %",
      indicator: { shownNumber: 2 },
      message: "Показатель 2, 2023: 35 % ниже целевого значения стратегии 40 % (на 5 п.п.)",
    });
    expect(finding?.indicator?.name).toMatch(/^доля учащихся, которым предложены рекомендации/);
  });

  it("reads «18» in a %-row as 18 % and says so, once", () => {
    const findings = findingsOf("handmade-government");
    expect(at(findings, "percent-as-number", "C8")?.message).toMatch(/введено 18 — вероятно, имелось в виду 18 %/);
    expect(at(findings, "percent-as-number", "C8")).toMatchObject({ found: "18", expected: "18 %" });
    // 150 is no percentage even read as 150 %: out of range, and not also «probably 150 %».
    expect(findings.filter((f) => f.address === "B14").map((f) => f.code)).toEqual(["out-of-range"]);
  });

  it("treats «х» as no value, and warns only where the strategy has a target", () => {
    const findings = findingsOf("handmade-health");
    expect(at(findings, "no-value-with-target", "D15")?.message).toBe("Показатель 2, 2022: нет значения («x»), а цель стратегии 11 %");
    expect(findings.some((f) => f.address === "C15")).toBe(false);
  });

  it("reports a computed planned average below the regional one, with both numbers", () => {
    const finding = at(findingsOf("handmade-social"), "planned-below-regional", "D5");
    expect(finding).toMatchObject({ severity: "error", year: "2022", expected: "33 %", found: "20 %" });
    expect(finding?.message).toMatch(/^2022: плановое среднее значение ЦЗ 20 % ниже среднего значения по области 33 % \(на 13 п\.п\./);
  });

  it("names an indicator it cannot match instead of dropping it", () => {
    const finding = at(findingsOf("handmade-unmatched"), "indicator-unmatched", "A9");
    expect(finding?.message).toMatch(/«доля лесных участков, переданных в аренду через электронный аукцион».*не найден.*«Экология и природопользование»/);
  });

  it("says which strategy indicator a row named in its own words was taken for", () => {
    const finding = at(findingsOf("handmade-names-only"), "indicator-guessed", "A13");
    expect(finding?.message).toMatch(/^Показатель 4 «Доля педагогов, использующих цифровой образовательный контент» сопоставлен по сходству названия с показателем 4 стратегии «доля педагогических работников/);
    expect(finding?.indicator).toMatchObject({ shownNumber: 4, name: expect.stringMatching(/^доля педагогических работников/) });
  });

  it("names the other sector of an indicator that belongs there, and leaves its values unchecked", () => {
    const findings = findingsOf("handmade-numbered");
    expect(at(findings, "indicator-other-sector", "C16")?.message).toMatch(/другой отрасли стратегии \(7\.1 «Образование и наука»\), а дорожная карта — отрасли «Здравоохранение»/);
    expect(findings.filter((f) => f.address.endsWith("16") && f.code === "target-missed")).toEqual([]);
  });

  it("compares the typed planned ЦЗ with the regional one when no indicator row can be placed", () => {
    const finding = at(findingsOf("handmade-unplaced"), "planned-below-regional", "C4");
    expect(finding).toMatchObject({ severity: "error", year: "2022", expected: "33 %", found: "25 %" });
    expect(finding?.message).toMatch(/указанное в строке планового среднего.*Строки показателей не удалось сопоставить/);
  });

  it("lists a strategy indicator the roadmap leaves out by number and name", () => {
    const finding = findingsOf("handmade-no-sector").find((f) => f.code === "indicator-missing");
    expect(finding?.message).toMatch(/^В дорожной карте нет показателя 2 стратегии «доля автобусов, .* \(отрасль «Транспорт и логистика»\)/);
  });
});
