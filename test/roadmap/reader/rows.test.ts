/** Classifying the rows under the header: by prefix, by defined name, by naming an indicator, and what is left over. */
import { findSector, sectorIndicators } from "../../../src/core/catalog";
import { namedParts } from "../../../src/core/roadmap/reader/defined-names";
import { gridView } from "../../../src/core/roadmap/reader/grid";
import { findHeader } from "../../../src/core/roadmap/reader/header";
import { matchIndicatorName } from "../../../src/core/roadmap/reader/indicator-match";
import { classifyRows, contentRole, nameAndUnit, readRows } from "../../../src/core/roadmap/reader/rows";
import type { RoadmapGrid } from "../../../src/core/roadmap/reader/types";

const health = findSector("7.2");
if (!health) throw new Error("7.2 missing");
const name = (n: number) => sectorIndicators(health)[n - 1].name;

function classify(grid: RoadmapGrid) {
  const view = gridView(grid);
  const names = namedParts(grid.names);
  const header = findHeader(view, names);
  if (!header) throw new Error("no header");
  return classifyRows(readRows(view, header), names, (n) => matchIndicatorName(n, health));
}

describe("contentRole and nameAndUnit", () => {
  it.each([
    ["Значение показателя 3 «доля …», %", { kind: "value", shown: 3 }],
    ["Показатель № 2: доля", { kind: "value", shown: 2 }],
    ["Значение показателя N «...»", { kind: "value" }],
    ["2. доля записей", { kind: "numbered", shown: 2 }],
    ["Мероприятия, планируемые к проведению для достижения показателя в каждом году", { kind: "activities" }],
    ["Мероприятия … показателя 4 …", { kind: "activities", shown: 4 }],
    ["Целевое значение по Стратегии (проект № 1)", { kind: "target" }],
    ["Показатели проекта «Электронная медицина»", { kind: "other" }],
    ["доля записей на прием к врачу", { kind: "other" }],
    ["…", { kind: "ignore" }],
  ])("%s", (label, role) => {
    expect(contentRole(label)).toEqual(role);
  });

  it("takes the name and the unit from a label, with «» or straight quotes", () => {
    expect(nameAndUnit("Значение показателя 2 «доля граждан», %")).toEqual({ name: "доля граждан", unit: "%" });
    expect(nameAndUnit('"Доля граждан" (в %)')).toEqual({ name: "Доля граждан", unit: "%" });
    expect(nameAndUnit("Пациенты обеспечены мониторингом, усл. ед.")).toEqual({ name: "Пациенты обеспечены мониторингом", unit: "усл. ед." });
  });
});

describe("classifyRows", () => {
  const header = ["№ п/п", "X", "Ед. изм.", 2021, 2022, 2023, 2024];

  it("numbers the indicator rows from the «№ п/п» column, even with gaps, and gives each activity row to its indicator", () => {
    const rows = classify({
      values: [
        header,
        [1, name(2), "%", 0.4, 0.48, 0.56, 0.63],
        [null, "Мероприятия, планируемые к проведению для достижения показателя в каждом году", null, "a", "b", "c", "d"],
        [5, `Значение показателя «${name(3)}»`, "%", 0.1, 0.11, 0.32, 0.64],
        [7, name(11), "усл. ед.", 0, 0, 0, 1],
        [null, "Мероприятия, планируемые к проведению для достижения показателя 5 в каждом году", null, "a", "b", "c", "d"],
      ],
      top: 0,
      left: 0,
    });
    expect(rows.values.map((v) => [v.row, v.shown, v.unit, v.activitiesRow])).toEqual([
      [1, 1, "%", 2],
      [3, 5, "%", 5],
      [4, 7, "усл. ед.", undefined],
    ]);
    expect(rows.unrecognized).toEqual([]);
  });

  it("skips headings between blocks and lists rows with values it cannot place", () => {
    const rows = classify({
      values: [
        header,
        [null, "Показатели проекта «Электронная медицина»"],
        [null, "1. Электронная медицина"],
        [null, "Прочее", null, 1, 2],
        [null, "3. что-то новое", null, 1, 2],
        [null, null, null, null, 5],
      ],
      top: 0,
      left: 0,
      merges: ["B2:G2"],
    });
    expect(rows.values.map((v) => [v.row, v.shown, v.name])).toEqual([[4, 3, "что-то новое"]]);
    expect(rows.unrecognized).toEqual([3, 5]);
  });

  it("takes a row that names another sector's indicator for a value row, to say so", () => {
    const rows = classify({ values: [header, [1, "доля достижения целевого значения «цифровой зрелости» отрасли «Образование»", "%", 0.1, 0.2, 0.3, 0.4]], top: 0, left: 0 });
    expect(rows.values[0].match).toMatchObject({ kind: "other-sector", sector: { code: "7.1" } });
  });
});
