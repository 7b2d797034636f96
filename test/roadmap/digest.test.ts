import { findSector } from "../../src/core/catalog";
import { buildRoadmap } from "../../src/core/roadmap";
import { checkRoadmap, type Finding } from "../../src/core/roadmap/check";
import { digestFindings, isUnfilled, yearList, type RoadmapDigest } from "../../src/core/roadmap/digest";
import { modelGrid, setCell } from "./grid";

function education() {
  const sector = findSector("7.1");
  if (!sector) throw new Error("no 7.1");
  const model = buildRoadmap(sector);
  return { model, grid: modelGrid(model) };
}

function digestOf(fill: Record<string, unknown> = {}): RoadmapDigest {
  const { grid } = education();
  for (const [address, value] of Object.entries(fill)) setCell(grid, address, value);
  const { roadmap, findings } = checkRoadmap(grid);
  return digestFindings(findings, roadmap);
}

/** The partly filled 7.1 of the browser test: indicator 1 (row 8) below target in 2022 and 2023, indicator 2 (row 11) with
 * two blanks and no activities, indicator 3 (row 14) typed as plain numbers in a %-row. */
const PARTLY: Record<string, unknown> = {
  B8: 0.1, C8: 0.1, D8: 0.2, E8: 0.4, C10: "план",
  B11: 0, E11: 0.9,
  B14: 50, C14: 75, D14: 85, E14: 96, B16: "x", C16: "x", D16: "x", E16: "x",
};

const lineOf = (digest: RoadmapDigest, title: RegExp, text: RegExp) =>
  digest.warnings.find((g) => title.test(g.title))?.lines.find((l) => text.test(l.text));

describe("digestFindings", () => {
  it("says a fresh roadmap is not filled, in one line, and marks nothing", () => {
    const digest = digestOf();
    expect(digest.status).toBe("empty");
    expect(digest.unfilled).toBe("Не заполнено: нет ни одного значения показателя и ни одного мероприятия (в дорожной карте 9 показателей)");
    expect(digest.errors).toEqual([]);
    expect(digest.warnings).toEqual([]);
    expect(digest.marked).toEqual([]);
  });

  it("a single value, or an «x», is no longer an empty roadmap", () => {
    expect(digestOf({ C8: 0.2 }).status).toBe("findings");
    expect(digestOf({ B10: "x" }).status).toBe("findings");
  });

  it("lists errors one by one, in sheet order, and marks every finding", () => {
    const digest = digestOf(PARTLY);
    expect(digest.status).toBe("findings");
    expect(digest.errors.map((e) => [e.code, e.where])).toEqual([
      ["planned-below-regional", "B6"],
      ["target-missed", "C8"],
      ["target-missed", "D8"],
    ]);
    expect(digest.totals.errors).toBe(3);
    expect(digest.marked).toHaveLength(digest.totals.errors + digest.totals.warnings);
  });

  it("folds the warnings of one kind per indicator, with the years and the cells to select", () => {
    const digest = digestOf(PARTLY);
    const activities2 = lineOf(digest, /^Показатель 2\./, /^Не указаны мероприятия/);
    expect(activities2).toMatchObject({ text: "Не указаны мероприятия: 2021–2024", select: "B13:E13", where: "B13:E13", cells: ["B13", "C13", "D13", "E13"] });
    expect(activities2?.findings).toHaveLength(4);
    expect(lineOf(digest, /^Показатель 2\./, /^Значение не заполнено/)).toMatchObject({ text: "Значение не заполнено: 2022, 2023", select: "C11:D11" });
    expect(lineOf(digest, /^Показатель 3\./, /^Введено числом/)).toMatchObject({ text: "Введено числом вместо %: 2021–2024", select: "B14:E14" });
    // Not next to each other: the first cell is selected, all are named.
    expect(lineOf(digest, /^Показатель 1\./, /^Не указаны мероприятия/)).toMatchObject({ text: "Не указаны мероприятия: 2021, 2023, 2024", select: "B10", where: "B10, D10, E10" });
  });

  it("keeps a kind that occurs once as its full message", () => {
    const digest = digestOf({ ...PARTLY, B17: 0.4, C17: 0.6, E17: 1 });
    const blank = lineOf(digest, /^Показатель 4\./, /не заполнено/);
    expect(blank).toMatchObject({ text: "Показатель 4, 2023: значение не заполнено, а цель стратегии 80 %", select: "D17", where: "D17" });
    expect(blank?.findings).toHaveLength(1);
  });

  it("puts the sheet as a whole first and keeps its findings one by one", () => {
    const digest = digestOf(PARTLY);
    expect(digest.warnings[0].title).toBe("Лист в целом");
    expect(digest.warnings[0].lines.map((l) => l.code)).toEqual(["strategy-below-regional"]);
    expect(digest.warnings.slice(1).map((g) => g.title.split(".")[0])).toEqual(["Показатель 1", "Показатель 2", "Показатель 3", "Показатель 4", "Показатель 5", "Показатель 6", "Показатель 7", "Показатель 8", "Показатель 9"]);
  });

  it("counts the findings of each kind, errors first", () => {
    const digest = digestOf(PARTLY);
    expect(digest.counts.slice(0, 2)).toEqual([
      { code: "target-missed", kind: "Ниже цели стратегии", severity: "error", count: 2 },
      { code: "planned-below-regional", kind: "Плановое среднее ЦЗ ниже областного", severity: "error", count: 1 },
    ]);
    expect(digest.counts.find((c) => c.code === "percent-as-number")?.count).toBe(4);
    const total = digest.counts.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(digest.totals.errors + digest.totals.warnings);
    const warningCounts = digest.counts.filter((c) => c.severity === "warning").map((c) => c.count);
    expect(warningCounts).toEqual([...warningCounts].sort((a, b) => b - a));
  });

  it("a sheet without a roadmap has nothing to list or mark", () => {
    const { roadmap, findings } = checkRoadmap({ values: [["заметки"]], top: 0, left: 0 });
    expect(roadmap).toBeUndefined();
    const digest = digestFindings(findings, roadmap);
    expect(digest).toMatchObject({ status: "not-found", errors: [], warnings: [], marked: [] });
  });

  it("no finding at all is clean", () => {
    const finding: Finding[] = [];
    const { grid } = education();
    const { roadmap } = checkRoadmap(grid);
    expect(digestFindings(finding, roadmap).status).toBe("empty");
    expect(roadmap && isUnfilled(roadmap)).toBe(true);
    expect(digestFindings([], undefined).status).toBe("clean");
  });
});

describe("yearList", () => {
  it.each([
    [["2021", "2022", "2023", "2024"], "2021–2024"],
    [["2022", "2023"], "2022, 2023"],
    [["2024", "2021", "2023"], "2021, 2023, 2024"],
    [["2021", "2022", "2023", "2021"], "2021–2023"],
    [["2021", "2023", "2024", "2025", "2027"], "2021, 2023–2025, 2027"],
    [["2021 (план)", "2022"], "2021 (план), 2022"],
  ])("%j → %s", (years, text) => {
    expect(yearList(years)).toBe(text);
  });
});

describe("digestFindings: the strategy indicators a roadmap leaves out", () => {
  it("folds them into one line with their strategy numbers, at the header's cell", () => {
    const sector = findSector("7.1");
    if (!sector) throw new Error("no 7.1");
    const model = buildRoadmap(sector, { indicators: [1, 4, 9] });
    const grid = modelGrid(model);
    setCell(grid, "C8", 0.2);
    const { roadmap, findings } = checkRoadmap(grid);
    const digest = digestFindings(findings, roadmap);
    const missing = digest.warnings[0].lines.filter((l) => l.code === "indicator-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ text: "Нет показателей стратегии: 2, 3, 5, 6, 7, 8", select: "A4", where: "A4" });
    expect(missing[0].findings).toHaveLength(6);
    expect(digest.counts.find((c) => c.code === "indicator-missing")?.count).toBe(6);
  });
});
