import { findSector, sectorIndicators, type Sector } from "../../src/core/catalog";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { checkRoadmap } from "../../src/core/roadmap/check";
import { modelGrid } from "./grid";
import { parseRange, type ModelCell, type SheetModel } from "../../src/core/sheet-model";

function sector(code: string): Sector {
  const found = findSector(code);
  if (!found) throw new Error(`no sector ${code}`);
  return found;
}

const value = (cell: ModelCell | undefined) => (cell && "value" in cell ? cell.value : undefined);
const formula = (cell: ModelCell | undefined) => (cell && "formula" in cell ? cell.formula : undefined);
const labels = (model: SheetModel) => model.cells.map((row) => value(row[0]));
const nameRange = (model: SheetModel, name: string) => model.names.find((n) => n.name === name)?.range;
const formatAt = (model: SheetModel, address: string) => {
  const { top, left } = parseRange(address);
  let format: string | undefined;
  for (const { range, style } of model.styles) {
    const r = parseRange(range);
    if (style.numberFormat && top >= r.top && top <= r.bottom && left >= r.left && left <= r.right) format = style.numberFormat;
  }
  return format;
};

describe("buildRoadmap: the layout of appendix 3", () => {
  const model = buildRoadmap(sector("7.10"));
  const indicators = sectorIndicators(sector("7.10"));

  it("has the title, the caption and the X | 2021 | 2022 | 2023 | 2024 header", () => {
    expect(value(model.cells[0][0])).toBe("Дорожная карта по достижению «цифровой зрелости» отрасли «Экология и природопользование»");
    expect(value(model.cells[1][0])).toMatch(/отрасль 7\.10/);
    expect(model.cells[3].map(value)).toEqual(["X", 2021, 2022, 2023, 2024]);
    expect(model.merges).toContain("A1:E1");
    expect(model.name).toBe("Дорожная карта 7.10");
  });

  it("has the rows in the order of the template", () => {
    const l = labels(model);
    expect(l[4]).toBe("Среднее значение показателя ЦЗ, декомпозированное на уровень Смоленской области");
    expect(l[5]).toBe("Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (Показатель 1 + ... + Показатель 8)/ 8");
    expect(l[6]).toBe("В том числе в разрезе каждого показателя, входящего в оценку ЦЗ отрасли:");
    indicators.forEach((indicator, i) => {
      expect(l[7 + 3 * i]).toBe(`Значение показателя ${i + 1} «${indicator.name}», ${indicator.unit}`);
      expect(l[8 + 3 * i]).toMatch(/^Целевое значение по Стратегии \(проекты? № /);
      expect(l[9 + 3 * i]).toBe(`Мероприятия, планируемые к проведению для достижения показателя ${i + 1} в каждом году`);
    });
    expect(model.cells).toHaveLength(7 + 3 * indicators.length);
  });

  it("prefills the regional ЦЗ average 28/33/39/45 % as fractions with a % format", () => {
    expect(model.cells[4].slice(1).map(value)).toEqual([0.28, 0.33, 0.39, 0.45]);
    expect(formatAt(model, "B5")).toBe("0%");
  });

  it("computes the planned average with AVERAGE over every %-indicator value row (blanks and «x» skipped)", () => {
    // 7.10: all eight indicators are in %: rows 8, 11, 14, … (1-based).
    const rows = indicators.map((_, i) => 8 + 3 * i);
    expect(formula(model.cells[5][1])).toBe(`=IFERROR(AVERAGE(${rows.map((r) => `B${r}`).join(",")}),"")`);
    expect(formula(model.cells[5][4])).toBe(`=IFERROR(AVERAGE(${rows.map((r) => `E${r}`).join(",")}),"")`);
  });

  it("shows the strategy targets under the input cells, in the workbook's convention", () => {
    // 7.10 indicator 1: 10 / 20 / 100 %.
    expect(model.cells[8].slice(1).map(value)).toEqual([null, 0.1, 0.2, 1]);
    expect(formatAt(model, "C9")).toBe("0.00%");
    expect(model.cells[7].slice(1).map(value)).toEqual([null, null, null, null]);
  });

  it("marks input cells, validates them 0–100 % and names every part so a check can find it again", () => {
    expect(model.inputRanges).toContain("B8:E8");
    expect(model.inputRanges).toContain("B10:E10");
    expect(model.validations[0]).toMatchObject({ range: "B8:E8", rule: { type: "decimal", min: 0, max: 1 } });
    expect(model.validations[0].prompt.message).toMatch(/от 0 % до 100 %/);
    expect(nameRange(model, roadmapNames.marker)).toBe("A1");
    expect(model.names.find((n) => n.name === roadmapNames.marker)?.comment).toMatch(/отрасль 7\.10/);
    expect(nameRange(model, roadmapNames.value(1))).toBe("B8:E8");
    expect(nameRange(model, roadmapNames.activities(8))).toBe(`B${10 + 21}:E${10 + 21}`);
    expect(formatAt(model, "B10")).toBe("@");
    expect(model.freeze).toEqual({ rows: 4, columns: 1 });
    expect(model.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(model.select).toBe("B8");
  });
});

describe("buildRoadmap: mixed units (7.1 Образование и наука)", () => {
  const model = buildRoadmap(sector("7.1"));
  const indicators = sectorIndicators(sector("7.1"));

  it("lists each distinct indicator once, with the projects that share it", () => {
    const first = labels(model)[8];
    expect(first).toBe("Целевое значение по Стратегии (проекты № 1, 3, 4, 5, 6)");
  });

  it("averages only the %-indicators and formats and validates each row by its unit", () => {
    const milestone = indicators.findIndex((i) => i.unit === "усл. ед.");
    expect(milestone).toBeGreaterThanOrEqual(0);
    const row = 7 + 3 * milestone;
    expect(formula(model.cells[5][1])).not.toContain(`B${row + 1},`);
    expect(formula(model.cells[5][1])).not.toMatch(new RegExp(`B${row + 1}\\)`));
    expect(model.validations[milestone]).toMatchObject({ rule: { type: "whole", min: 0, max: 1 } });
    expect(formatAt(model, `B${row + 1}`)).toBe("0");
    expect(model.cells[row + 1].slice(1).map(value)).toEqual([null, 1, 1, 1]);
  });

  it("includes only the chosen indicators, under the strategy's numbers, in the rows and the planned caption alike", () => {
    const chosen = buildRoadmap(sector("7.1"), { indicators: [2, 4] });
    expect(labels(chosen)[5]).toBe("Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (Показатель 2 + Показатель 4)/ 2");
    expect(labels(chosen)[7]).toBe(`Значение показателя 2 «${indicators[1].name}», %`);
    expect(labels(chosen)[9]).toBe("Мероприятия, планируемые к проведению для достижения показателя 2 в каждом году");
    expect(labels(chosen)[10]).toBe(`Значение показателя 4 «${indicators[3].name}», %`);
    expect(labels(chosen)[12]).toBe("Мероприятия, планируемые к проведению для достижения показателя 4 в каждом году");
    expect(nameRange(chosen, roadmapNames.value(4))).toBe("B11:E11");
    expect(formula(chosen.cells[5][2])).toBe('=IFERROR(AVERAGE(C8,C11),"")');
  });

  it("names only the %-indicators in the planned caption, runs of three or more shortened as the template does", () => {
    const withoutThree = buildRoadmap(sector("7.1"), { indicators: [1, 2, 4, 5, 6, 7, 8, 9] });
    // 9 is in «усл. ед.»: not in the average.
    expect(labels(withoutThree)[5]).toBe("Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (Показатель 1 + Показатель 2 + Показатель 4 + ... + Показатель 8)/ 7");
    expect(labels(buildRoadmap(sector("7.8")))[5]).toBe("Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (Показатель 1 + ... + Показатель N)/ N");
  });

  it("reads back with the numbers the sheet shows, so the check says «Показатель 4» for indicator 4", () => {
    const chosen = buildRoadmap(sector("7.1"), { indicators: [2, 4] });
    const grid = modelGrid(chosen, false);
    const { roadmap } = checkRoadmap(grid);
    expect(roadmap?.indicators.map((i) => [i.shownNumber, i.catalog?.number])).toEqual([
      [2, 2],
      [4, 4],
    ]);
  });
});

describe("buildRoadmap: the activities prefill", () => {
  const activities = (model: SheetModel) =>
    model.cells.filter((row) => String(value(row[0])).startsWith("Мероприятия")).map((row) => row.slice(1).map(value));

  it("puts each project once, in the strategy's first target year when its term names no start, never in 2021", () => {
    const model = buildRoadmap(sector("7.2"), { prefillActivities: true });
    const indicators = sectorIndicators(sector("7.2"));
    activities(model).forEach((row, i) => {
      expect(row[0]).toBeNull();
      const text = row.filter((v) => v !== null).join("\n");
      expect([...text.matchAll(/^Проект (\d+)\. /gm)].map((m) => Number(m[1]))).toEqual(indicators[i].projects);
      expect(text).not.toMatch(/«[^»\n]*«/);
    });
    // «до 2024 года, далее постоянно»: no start year, so 2022.
    expect(activities(model)[0][1]).toMatch(/^Проект 1\. Создание единого цифрового контура/);
    expect(activities(model)[0].slice(2)).toEqual([null, null]);
    expect(String(activities(model)[0][1])).toContain("Проект 3. «Мое здоровье» – на «Госуслугах»");
  });

  it("keeps the description after the name, and leaves the cells empty without the option", () => {
    const model = buildRoadmap(sector("7.1"), { prefillActivities: true });
    expect(String(activities(model)[2][1])).toMatch(/^Проект 2\. Реализация суперсервиса «Поступление в вуз онлайн»: проект направлен на /);
    expect(activities(buildRoadmap(sector("7.1")))[0]).toEqual([null, null, null, null]);
  });

  it("places a project by the year its term starts", () => {
    const base = sector("7.1");
    const terms = ["2023–2024", "2022 год", "с 2024 года", "2019–2024", "постоянно", "до 1 июля 2023 года, далее постоянно"];
    const edited: Sector = { ...base, projects: base.projects.map((p, i) => ({ ...p, details: { ...p.details, term: terms[i % terms.length] } })) };
    // Indicator 1 lists projects 1, 3, 4, 5, 6: terms 2023–2024, с 2024 года, 2019–2024, постоянно, до 1 июля 2023.
    const row = activities(buildRoadmap(edited, { indicators: [1], prefillActivities: true }))[0];
    const projectsIn = (cell: unknown) => [...(typeof cell === "string" ? cell : "").matchAll(/^Проект (\d+)\./gm)].map((m) => Number(m[1]));
    expect(row.map(projectsIn)).toEqual([[], [4, 5, 6], [1], [3]]);
  });
});

describe("buildRoadmap: «x» targets (7.6 Социальная сфера) and a sector without %-indicators (7.8)", () => {
  it("writes «x» where the strategy has no target", () => {
    const model = buildRoadmap(sector("7.6"));
    const indicators = sectorIndicators(sector("7.6"));
    const withX = indicators.findIndex((i) => i.targets["2022"] === null);
    expect(withX).toBeGreaterThanOrEqual(0);
    expect(model.cells[8 + 3 * withX].slice(1).map(value)).toEqual([null, "x", 1, 1]);
  });

  it("says there is no %-indicator to average instead of a formula over nothing", () => {
    const model = buildRoadmap(sector("7.8"));
    expect(model.cells[5].slice(1).map(value)).toEqual(Array(4).fill("нет показателей в %"));
  });
});
