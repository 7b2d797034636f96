/**
 * An invented second region (Приозёрная область, 2025–2030, units %, ед., усл. ед., one «lower is better») drives the
 * core: the roadmap's columns and regional row, the read-back, the check and the «Свод» all follow the edition.
 */
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { EditionFormatError, builtInEdition, editionFromStoredCells, parseEdition, roadmapYears, storedEditionCells } from "../../src/core/edition";
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { buildRoadmap } from "../../src/core/roadmap";
import { checkRoadmap, checkSheets } from "../../src/core/roadmap/check";
import { exportEdition } from "../../src/core/edition/export";
import { rectangularCells } from "../../src/core/sheet-model";
import { summarize } from "../../src/core/summary";
import { modelGrid, setCell, valueAddress } from "../roadmap/grid";

const edition = parseEdition(editionJson);

function sector(code: string) {
  const found = findSector(code, edition.sectors);
  if (!found) throw new Error(code);
  return found;
}

describe("a second region's edition in the core", () => {
  it("gives the roadmap one column per year 2025–2030 and the region's ЦЗ row", () => {
    expect(roadmapYears(edition)).toEqual(["2025", "2026", "2027", "2028", "2029", "2030"]);
    const model = buildRoadmap(sector("1.1"), { edition });
    const header = model.cells[3].map((c) => ("value" in c ? c.value : null));
    expect(header).toEqual(["X", 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(model.cells[4].map((c) => ("value" in c ? c.value : null))).toEqual([
      "Среднее значение показателя ЦЗ, декомпозированное на уровень Приозёрной области",
      0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
    ]);
    expect(String((model.cells[1][0] as { value: unknown }).value)).toContain("Приозёрная область, 15.03.2025");
    expect(model.names.find((n) => n.name === "ЦЗ_ДК")?.comment).toBe("ЦЗ-ДК 1; отрасль 1.1; редакция priozernaya-2025");
  });

  it("is recognised by the check from the marker, and from the rows alone", () => {
    const model = buildRoadmap(sector("1.1"), { edition });
    for (const withNames of [true, false]) {
      const grid = modelGrid(model, withNames);
      const result = checkRoadmap(grid, { editions: [builtInEdition, edition] });
      expect(result.roadmap?.edition.id).toBe("priozernaya-2025");
      expect(result.roadmap?.sector?.code).toBe("1.1");
      expect(result.roadmap?.indicators.map((i) => i.catalog?.number)).toEqual([1, 2, 3, 4]);
    }
  });

  it("compares values with the edition's targets, «lower is better» inverted", () => {
    const model = buildRoadmap(sector("1.1"), { edition });
    const grid = modelGrid(model, false);
    const indicators = sectorIndicators(sector("1.1"));
    for (const indicator of indicators) {
      for (const year of roadmapYears(edition)) {
        const printed = indicator.targets[year] as number;
        setCell(grid, valueAddress(model, indicator.number, year), indicator.unit === "%" ? printed / 100 : printed);
      }
    }
    setCell(grid, valueAddress(model, 2, "2027"), 9); // waiting days: 9 where the target is 8 (lower is better)
    setCell(grid, valueAddress(model, 4, "2030"), 150); // more points than the target: fine
    const { findings } = checkRoadmap(grid, { editions: [builtInEdition, edition] });
    const misses = findings.filter((f) => f.code === "target-missed");
    expect(misses.map((f) => [f.address, f.expected, f.found])).toEqual([[valueAddress(model, 2, "2027"), "8", "9"]]);
    // The sector's %-targets average (60 + 10) / 2 = 35 % in 2025, below the region's 55 %.
    expect(findings.some((f) => f.code === "strategy-below-regional" && f.year === "2025")).toBe(true);
    expect(findings.some((f) => f.year === "2021" || f.year === "2024")).toBe(false);
  });

  it("draws the «Свод» against the edition's sectors and regional line", () => {
    const model = buildRoadmap(sector("1.2"), { edition });
    const check = { sheet: model.name, ...checkRoadmap(modelGrid(model), { editions: [builtInEdition, edition] }) };
    const summary = summarize([{ body: "Минобразования", sheet: model.name, check }], [], { edition });
    expect(summary.years).toEqual(["2025", "2026", "2027", "2028", "2029", "2030"]);
    expect(summary.regional["2030"]).toBeCloseTo(0.8);
    expect(summary.missing.map((m) => m.code)).toEqual(["1.1", "1.3"]);
  });
});

describe("an edition kept in a workbook's hidden sheet", () => {
  it("comes back whole, in pieces no cell refuses", () => {
    const cells = storedEditionCells(edition);
    expect(cells.every((row) => row[0].length <= 32_767)).toBe(true);
    expect(editionFromStoredCells(cells)).toEqual(edition);
    const big = { ...builtInEdition, id: "copy" };
    const bigCells = storedEditionCells(big);
    expect(bigCells.length).toBeGreaterThan(4);
    expect(editionFromStoredCells(bigCells)?.sectors).toEqual(builtInEdition.sectors);
  });

  it("keeps the built-in edition by its id alone", () => {
    expect(storedEditionCells(builtInEdition)).toHaveLength(3);
    expect(editionFromStoredCells(storedEditionCells(builtInEdition))).toBe(builtInEdition);
  });

  it("says so when the sheet is damaged, and ignores a sheet that is not ours", () => {
    const cells = storedEditionCells(edition);
    expect(() => editionFromStoredCells([...cells.slice(0, 4), ["обрыв"]])).toThrow(EditionFormatError);
    expect(() => editionFromStoredCells(cells.slice(0, 3))).toThrow(/нет описания редакции/);
    expect(editionFromStoredCells([["что-то своё"], ["2"]])).toBeUndefined();
  });
});

describe("an edition's own table kept in the workbook", () => {
  const tables = exportEdition(edition).map((m) => ({ name: m.name, grid: { values: rectangularCells(m).map((r) => r.map((c) => ("value" in c ? c.value : null))), top: 0, left: 0 } }));

  it("is not taken for a roadmap sent in: only the roadmap sheet is checked", () => {
    const roadmap = buildRoadmap(findSector("1.3", edition.sectors) as NonNullable<ReturnType<typeof findSector>>, { edition });
    const checked = checkSheets([...tables, { name: roadmap.name, grid: modelGrid(roadmap) }], { editions: [edition] });
    expect(checked.map((c) => c.sheet)).toEqual([roadmap.name]);
  });

  it("alone, is a workbook without a roadmap", () => {
    const checked = checkSheets(tables, { editions: [edition] });
    expect(checked).toHaveLength(1);
    expect(checked[0].roadmap).toBeUndefined();
    expect(checked[0].findings.map((f) => f.code)).toEqual(["roadmap-not-found"]);
  });
});
