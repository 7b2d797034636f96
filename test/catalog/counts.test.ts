/**
 * Counts read by hand from protocol appendix 2 (data/sources/protocol-2021-09-02.txt, lines 210–377), stated as
 * literals, and every target of the generated JSON checked against the protocol lines themselves.
 */
import fs from "fs";
import path from "path";
import type { Catalog } from "../../src/core/catalog/types";
import { sectorIndicators } from "../../src/core/catalog";

const ROOT = path.join(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const catalog = JSON.parse(read("src/core/catalog/strategy.json")) as Catalog;
const protocol = read("data/sources/protocol-2021-09-02.txt");

/** code, name, projects, indicator rows (one per printed row), distinct indicators (same name+unit+targets once). */
const EXPECTED: [string, string, number, number, number][] = [
  ["7.1", "Образование и наука", 9, 14, 9],
  ["7.2", "Здравоохранение", 9, 24, 12],
  ["7.3", "Развитие городской среды", 4, 14, 9],
  ["7.4", "Транспорт и логистика", 2, 5, 5],
  ["7.5", "Государственное управление", 7, 16, 14],
  ["7.6", "Социальная сфера", 8, 15, 13],
  ["7.7", "Промышленность", 4, 4, 2],
  ["7.8", "Сельское хозяйство", 2, 2, 1],
  ["7.9", "Туризм", 1, 1, 1],
  ["7.10", "Экология и природопользование", 6, 8, 8],
  ["7.11", "Иные отрасли", 4, 4, 4],
];

describe("catalog counts", () => {
  it("has the 11 sectors in printed order", () => {
    expect(catalog).toHaveLength(11);
    expect(catalog.map((s) => [s.code, s.name])).toEqual(EXPECTED.map(([code, name]) => [code, name]));
  });

  it.each(EXPECTED)("%s %s: %i projects, %i indicator rows, %i distinct indicators", (code, _name, projects, rows, distinct) => {
    const sector = catalog.find((s) => s.code === code)!;
    expect(sector.projects.map((p) => p.n)).toEqual(Array.from({ length: projects }, (_, i) => i + 1));
    expect(sector.projects.reduce((sum, p) => sum + p.indicators.length, 0)).toBe(rows);
    expect(sectorIndicators(sector)).toHaveLength(distinct);
  });

  it("totals 56 projects and 107 indicator rows, 8 of them with an «x» target", () => {
    const indicators = catalog.flatMap((s) => s.projects.flatMap((p) => p.indicators));
    expect(catalog.reduce((n, s) => n + s.projects.length, 0)).toBe(56);
    expect(indicators).toHaveLength(107);
    expect(indicators.filter((i) => Object.values(i.targets).includes(null))).toHaveLength(8);
  });

  it("flags 43 projects as recommended by the FOIV (7+9+4+1+7+7+3+2+0+3+0)", () => {
    expect(catalog.flatMap((s) => s.projects).filter((p) => p.recommendedByFOIV)).toHaveLength(43);
  });
});

describe("every target of the JSON is the protocol's", () => {
  const appendix = protocol.slice(protocol.indexOf("Проекты и показатели Стратегии"), protocol.indexOf("Дорожная карта по достижению"));
  const VALUE = "(\\d+,\\d\\d|[xх])";
  // A printed indicator row ends with its unit and one value per year (7.10 adds a trailing tab).
  const ROW = new RegExp(`\\t([^\\t]+)\\t${VALUE}\\t${VALUE}\\t${VALUE}\\t?$`);
  const printedRows = appendix
    .split(/\r?\n/)
    .map((line) => ROW.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ unit: m[1], values: [m[2], m[3], m[4]] }));
  const printed = (v: string) => (v === "x" || v === "х" ? null : Number(v.replace(",", ".")));
  const jsonRows = catalog.flatMap((s) => s.projects.flatMap((p) => p.indicators.map((i) => ({ where: `${s.code}/${p.n}`, i }))));

  it("reads the years 2022, 2023, 2024 from the header and uses exactly them", () => {
    expect(appendix).toMatch(/^\t\t\t\t\t2022\t2023\t2024$/m);
    for (const { i } of jsonRows) expect(Object.keys(i.targets)).toEqual(["2022", "2023", "2024"]);
  });

  it("has one JSON indicator per printed row, in the same order, with the same unit and numbers", () => {
    expect(printedRows).toHaveLength(jsonRows.length);
    jsonRows.forEach(({ where, i }, k) => {
      const row = printedRows[k];
      expect({ where, unit: i.printedUnit ?? i.unit, targets: Object.values(i.targets) }).toEqual({
        where,
        unit: row.unit,
        targets: row.values.map(printed),
      });
    });
  });

  it("keeps selected targets as printed", () => {
    const target = (code: string, n: number, k: number) => catalog.find((s) => s.code === code)!.projects[n - 1].indicators[k - 1].targets;
    expect(target("7.1", 1, 1)).toEqual({ "2022": 18, "2023": 25, "2024": 32 });
    expect(target("7.1", 8, 1)).toEqual({ "2022": 0, "2023": 7.65, "2024": 100 });
    expect(target("7.5", 1, 1)).toEqual({ "2022": 18, "2023": 24, "2024": 32 });
    expect(target("7.5", 1, 6)).toEqual({ "2022": 3.5, "2023": 4, "2024": 4.4 });
    expect(target("7.6", 2, 1)).toEqual({ "2022": null, "2023": 100, "2024": 100 });
    expect(target("7.10", 5, 2)).toEqual({ "2022": 0.5, "2023": 1, "2024": 1.5 });
    expect(target("7.4", 2, 1)).toEqual({ "2022": 290, "2023": 300, "2024": 310 });
  });
});
