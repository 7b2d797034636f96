import { DEFAULT_BANDS } from "../../src/core/training";
import { columnLetter, parseRange, type ModelCell, type SheetModel } from "../../src/core/sheet-model";
import {
  EMPTY_TEMPLATE_ROWS,
  RATING_NAMES,
  buildRatingSheet,
  rateBodies,
  recommend,
  recommendationLines,
  sheetTexts,
} from "../../src/core/rating";
import { appendix1Bodies } from "../support/seeds";

const HEADERS = ["№", "Орган исполнительной власти", "Количество сотрудников", "Количество обученных", "Доля обученных", "Балл", "Ещё обучить", "Прирост балла"];

function cell(model: SheetModel, address: string): ModelCell | undefined {
  const { top, left } = parseRange(address);
  return model.cells[top]?.[left];
}
const value = (model: SheetModel, address: string) => {
  const c = cell(model, address);
  return c && "value" in c ? c.value : undefined;
};
const formula = (model: SheetModel, address: string) => {
  const c = cell(model, address);
  return c && "formula" in c ? c.formula : undefined;
};
const rowOf = (model: SheetModel, text: string) => model.cells.findIndex((row) => row.some((c) => "value" in c && c.value === text));
const nameRange = (model: SheetModel, name: string) => model.names.find((n) => n.name === name)?.range;

describe("buildRatingSheet: sample (the 30 bodies of appendix 1)", () => {
  const model = buildRatingSheet({ bodies: "sample" });
  const appendix = appendix1Bodies();

  it("is the sheet «Рейтинг обучения» with the headers on row 4", () => {
    expect(model.name).toBe("Рейтинг обучения");
    expect(HEADERS.map((_, c) => value(model, `${columnLetter(c)}4`))).toEqual(HEADERS);
    expect(rowOf(model, "Орган исполнительной власти")).toBe(3);
  });

  it("holds the 30 bodies as constants in rows 5–34", () => {
    appendix.forEach((b, i) => {
      const r = 5 + i;
      expect([value(model, `A${r}`), value(model, `B${r}`), value(model, `C${r}`), value(model, `D${r}`)]).toEqual([b.n, b.name, b.employees, b.trained]);
    });
  });

  it("computes share, score, extra and gain by formulas over the bands table J5:K10 (absolute references)", () => {
    expect(formula(model, "E5")).toBe('=IF(AND(ISNUMBER(C5),ISNUMBER(D5),C5>0,D5>=0,D5<=C5),D5/C5,"")');
    expect(formula(model, "F5")).toBe('=IF(E5="","",IF(E5<MIN($J$5:$J$10),0,LOOKUP(E5,$J$5:$J$10,$K$5:$K$10)))');
    expect(formula(model, "G5")).toBe(
      '=IF(E5="","",IF(IFERROR(MATCH(E5,$J$5:$J$10,1),0)+1>ROWS($J$5:$J$10),"высший балл",' +
        'IF(CEILING(ROUND(INDEX($J$5:$J$10,IFERROR(MATCH(E5,$J$5:$J$10,1),0)+1)*C5,9),1)>C5,"недостижимо",' +
        "CEILING(ROUND(INDEX($J$5:$J$10,IFERROR(MATCH(E5,$J$5:$J$10,1),0)+1)*C5,9),1)-D5)))",
    );
    expect(formula(model, "H5")).toBe("=IF(ISNUMBER(G5),ROUND(LOOKUP((D5+G5)/C5,$J$5:$J$10,$K$5:$K$10)-F5,9),G5)");
    for (let r = 5; r <= 34; r++) {
      for (const col of ["E", "F", "G", "H"]) {
        const f = formula(model, `${col}${r}`);
        expect(f).toBeDefined();
        // Relative to its own row, absolute to the bands table.
        expect(f).toContain(`${col === "H" ? "G" : col === "E" ? "C" : "E"}${r}`);
        expect(f?.replace(/\$[JK]\$5:\$[JK]\$10/g, "")).not.toMatch(/[JK]\$?\d/);
      }
    }
  });

  it("has the totals row «ИТОГО по области» under the table", () => {
    expect(value(model, "B35")).toBe("ИТОГО по области");
    expect(formula(model, "C35")).toBe('=IF(COUNT(F5:F34)=0,"",SUMIF(F5:F34,">=0",C5:C34))');
    expect(formula(model, "D35")).toBe('=IF(COUNT(F5:F34)=0,"",SUMIF(F5:F34,">=0",D5:D34))');
    expect(formula(model, "E35")).toBe('=IF(N(C35)>0,D35/C35,"")');
    expect(formula(model, "F35")).toBe('=IF(COUNT(F5:F34)=0,"",AVERAGE(F5:F34))');
  });

  it("writes the bands table ascending with its headers", () => {
    expect(value(model, "J3")).toBe(sheetTexts.bandsTitle);
    expect([value(model, "J4"), value(model, "K4")]).toEqual(["Нижняя граница доли", "Балл"]);
    const rows = [5, 6, 7, 8, 9, 10].map((r) => [value(model, `J${r}`), value(model, `K${r}`)]);
    expect(rows).toEqual([[0, 0], [0.02, 0.5], [0.05, 1.5], [0.1, 2], [0.2, 3], [0.5, 5]]);
    expect(model.merges).toContain("J3:K3");
  });

  it("defines names for the table, totals, bands and recommendations", () => {
    expect(model.names.map((n) => [n.name, n.range])).toEqual([
      [RATING_NAMES.table, "A4:H34"],
      [RATING_NAMES.totals, "A35:H35"],
      [RATING_NAMES.bands, "J5:K10"],
      [RATING_NAMES.recommendations, `A37:H${37 + 2 + recommendationLinesOfSample().length - 1}`],
    ]);
    expect(RATING_NAMES).toMatchObject({ table: "Рейтинг_Таблица", bands: "Рейтинг_Шкала" });
  });

  it("lists the input cells and validates counts and bands with Russian prompts", () => {
    expect(model.inputRanges).toEqual(["B5:D34", "J5:K10"]);
    expect(model.validations.map((v) => [v.range, v.rule])).toEqual([
      ["C5:C34", { type: "whole", min: 1 }],
      ["D5:D34", { type: "whole", min: 0 }],
      ["J5:J10", { type: "decimal", min: 0, max: 1 }],
      ["K5:K10", { type: "decimal", min: 0 }],
    ]);
    for (const v of model.validations) {
      expect(v.prompt.message).toMatch(/[А-Яа-я]/);
      expect(v.error.style).toBe("stop");
    }
  });

  it("colours the score column by band", () => {
    expect(model.conditionalFormats).toHaveLength(1);
    const [format] = model.conditionalFormats ?? [];
    expect(format.range).toBe("F5:F34");
    expect(format.rules.map((r) => [r.operator, r.values])).toEqual([5, 3, 2, 1.5, 0.5, 0].map((s) => ["equal", [s]]));
    expect(new Set(format.rules.map((r) => r.fill)).size).toBe(6);
  });

  it("freezes the header, prints landscape fit to width, wraps names, sets widths", () => {
    expect(model.freeze).toEqual({ rows: 4, columns: 0 });
    expect(model.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(model.styles).toContainEqual({ range: "B5:B34", style: { wrap: true } });
    expect(model.styles).toContainEqual({ range: "E5:E34", style: { numberFormat: "0.0%" } });
    expect(model.columnWidths).toHaveLength(11);
    expect(model.columnWidths[1]).toBeGreaterThanOrEqual(40);
    expect(model.select).toBe("B5");
  });

  function recommendationLinesOfSample() {
    const rating = rateBodies(appendix.map((b, i) => ({ name: b.name, employees: b.employees, trained: b.trained, sourceRow: 5 + i })));
    return recommendationLines(recommend(rating.bodies), rating.problems);
  }

  it("writes the core's recommendations below, with the note on how they are refreshed", () => {
    expect(value(model, "A37")).toMatch(/^Рекомендации/);
    expect(value(model, "A38")).toMatch(/Пересчитать рекомендации/);
    const lines = recommendationLinesOfSample();
    const written = lines.map((_, i) => {
      const row = model.cells[38 + i] ?? [];
      return row.map((c) => ("value" in c ? c.value : null)).filter((v) => v !== null);
    });
    expect(written).toEqual(lines.map((l) => [l.text]));
    expect(written.slice(0, 3)).toEqual([["Обучить ещё 1 сотрудника"], ["+2 балла к рейтингу"], [appendix[2].name]]);
    expect(lines.filter((l) => l.kind === "section").map((l) => l.text)).toContain("Уже высший балл");
  });
});

describe("buildRatingSheet: empty template", () => {
  const model = buildRatingSheet({ bodies: "empty" });
  const last = 4 + EMPTY_TEMPLATE_ROWS;

  it("has 30 numbered blank rows with the same formulas", () => {
    expect(EMPTY_TEMPLATE_ROWS).toBe(30);
    for (let r = 5; r <= last; r++) {
      expect(value(model, `A${r}`)).toBe(r - 4);
      expect([value(model, `B${r}`), value(model, `C${r}`), value(model, `D${r}`)]).toEqual([null, null, null]);
      for (const col of ["E", "F", "G", "H"]) expect(formula(model, `${col}${r}`)).toBe(formula(buildRatingSheet({ bodies: "sample" }), `${col}${r}`));
    }
    expect(value(model, `B${last + 1}`)).toBe("ИТОГО по области");
    expect(model.inputRanges[0]).toBe(`B5:D${last}`);
  });

  it("says there is nothing to recommend yet", () => {
    expect(value(model, `A${last + 5}`)).toMatch(/^Нет данных для рекомендаций/);
  });
});

describe("buildRatingSheet: given bodies and bands", () => {
  it("writes raw values as typed and reports bad rows by their sheet row", () => {
    const model = buildRatingSheet({
      bodies: [
        { name: "Орган А", employees: 26, trained: 12 },
        { name: "Орган Б", employees: "двадцать", trained: 1 },
      ],
      name: "Мой рейтинг",
    });
    expect(model.name).toBe("Мой рейтинг");
    expect(value(model, "C6")).toBe("двадцать");
    const texts = model.cells.flat().map((c) => ("value" in c ? c.value : null));
    expect(texts).toContain("Строка 6: Количество сотрудников: «двадцать» — не число.");
    expect(texts).toContain("Орган А");
  });

  it("writes custom bands and refers to the whole table", () => {
    const bands = [...DEFAULT_BANDS, { lower: 0.8, score: 6 }];
    const model = buildRatingSheet({ bodies: "sample", bands });
    expect([value(model, "J11"), value(model, "K11")]).toEqual([0.8, 6]);
    expect(formula(model, "F5")).toContain("LOOKUP(E5,$J$5:$J$11,$K$5:$K$11)");
    expect(nameRange(model, RATING_NAMES.bands)).toBe("J5:K11");
    // With a band above 50 % the top bodies now have something to gain.
    const texts = model.cells.flat().map((c) => ("value" in c ? c.value : null));
    expect(texts).not.toContain("Уже высший балл");
  });

  it("keeps a table of one row when given no bodies", () => {
    const model = buildRatingSheet({ bodies: [] });
    expect(formula(model, "E5")).toBeDefined();
    expect(value(model, "B6")).toBe("ИТОГО по области");
  });
});
