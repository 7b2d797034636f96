/**
 * The edition table read as people really keep it (protocol appendix 2's layout, with the spellings and habits of
 * real files), and every kind of mistake said at its sheet and cell.
 */
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { builtInEdition, exportEdition, importEdition, parseEdition, tableData, type ImportResult, type ImportSheet } from "../../src/core/edition";
import { rectangularCells } from "../../src/core/sheet-model";

const fixture = parseEdition(editionJson);

/** The sheets a workbook made by exportEdition gives when read: values only. */
function exported(edition = fixture): ImportSheet[] {
  return exportEdition(edition).map((m) => ({ name: m.name, values: rectangularCells(m).map((r) => r.map((c) => ("value" in c ? c.value : null))) }));
}

const REGIONAL: ImportSheet = { name: "ЦЗ области", values: [["Год", "ЦЗ, %"], [2025, 0.55], [2026, 0.6]] };
const ABOUT: ImportSheet = { name: "Сведения", values: [["Регион", "Приозёрная область"], ["Документ", "Стратегия"], ["Дата утверждения", 45731]] };

/** A hand-made «Показатели» sheet: the header in the protocol's words, the years on the row below. */
function indicators(rows: unknown[][]): ImportSheet {
  return {
    name: "Показатели",
    values: [
      ["Проекты и показатели Стратегии цифровой трансформации Приозёрной области"],
      ["№ п/п", "Наименование проекта", "Ответственный орган", "Наименование показателя", "Единица измерения показателя", "Значения показателя по годам", null],
      [null, null, null, null, null, "2025 г.", "на 2026 год"],
      [1, 2, 3, 4, 5, 6, 7],
      ...rows,
    ],
  };
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.mistakes.map((x) => `${x.sheet} ${x.cell}: ${x.message}`).join("\n"));
  return result;
}

function mistakes(result: ImportResult): string[] {
  if (result.ok) throw new Error("imported although it should not");
  return result.mistakes.map((x) => `${x.sheet}!${x.cell}: ${x.message}`);
}

describe("the round trip", () => {
  it.each([
    ["the built-in Smolensk 2021 edition", builtInEdition],
    ["the invented Приозёрная edition", fixture],
  ])("%s exported and imported gives the same table data back", (_what, edition) => {
    const result = ok(importEdition(exported(edition)));
    expect(tableData(result.edition)).toEqual(tableData(edition));
    expect(result.edition.id).toBe(edition.id);
    expect(result.warnings).toBeUndefined();
  });

  it("gives the built-in edition itself (with its project details) when the data are the built-in ones", () => {
    expect(ok(importEdition(exported(builtInEdition))).edition).toBe(builtInEdition);
  });

  it("never takes the built-in id for other data: one target changed is another edition", () => {
    const sheets = exported(builtInEdition);
    const table = sheets[0].values;
    const row = table.findIndex((r) => r[4] === "%");
    table[row][5] = 19;
    const edition = ok(importEdition(sheets)).edition;
    expect(edition.id).toBe("smolenskaya-2021");
    expect(edition.sectors[0].projects[0].indicators[0].targets["2022"]).toBe(19);
  });
});

describe("what people really have", () => {
  it("reads the protocol's header words, years under the header, numbers with a comma or «%», «x» in both alphabets", () => {
    const result = ok(
      importEdition([
        indicators([
          ["7.1 Образование и наука"],
          ["1.", "Цифровая школа ( Рекомендовано  ФОИВ )", "Минобразования", "доля школ", "%", "18,5", "20 %"],
          [null, null, null, "журнал внедрён", "усл.ед.", "x", "1"],
          [null, null, null, "число классов", "ед.", "х", 3],
          ["2", "Цифровые навыки", "Минобразования", "доля учителей", "%", 10, 20],
        ]),
        REGIONAL,
        ABOUT,
      ]),
    );
    const [sector] = result.edition.sectors;
    expect(sector).toMatchObject({ code: "7.1", name: "Образование и наука" });
    expect(sector.projects.map((p) => [p.n, p.name, p.recommendedByFOIV])).toEqual([
      [1, "Цифровая школа", true],
      [2, "Цифровые навыки", false],
    ]);
    expect(sector.projects[0].indicators.map((i) => [i.name, i.unit, i.targets])).toEqual([
      ["доля школ", "%", { "2025": 18.5, "2026": 20 }],
      ["журнал внедрён", "усл. ед.", { "2025": null, "2026": 1 }],
      ["число классов", "ед.", { "2025": null, "2026": 3 }],
    ]);
    expect(result.edition.regionalTargets).toEqual({ "2025": 55, "2026": 60 });
    expect(result.edition.approved).toBe("15.03.2025");
    expect(result.edition.id).toBe("priozernaya-2025");
    expect(result.edition.bands).toEqual(builtInEdition.bands);
    expect(result.edition.document).toBe("Стратегия");
  });

  it("takes columns in any order, extra columns ignored, a direction column, a sector heading «1.1.» and a page-break rest", () => {
    const sheet: ImportSheet = {
      name: "Лист1",
      values: [
        ["Примечание", "2026", "Ед. изм.", "Наименование показателя", "№", "Наименование проекта", "2025 год", "Направление", "Ответственный"],
        [null, null, null, null, "1.2. Транспорт"],
        ["проверено", 9, "дн.", "время ожидания", 1, "Умный транспорт", 10, "меньше — лучше", "Минтранс"],
        [null, null, null, "автобуса", null, null, null, null, null],
        [null, 50, "%", "доля автобусов", null, null, 40, "", null],
      ],
    };
    const result = ok(importEdition([sheet, REGIONAL, ABOUT]));
    const indicatorsRead = result.edition.sectors[0].projects[0].indicators;
    expect(result.edition.sectors[0].code).toBe("1.2");
    expect(indicatorsRead.map((i) => [i.name, i.direction, i.targets])).toEqual([
      ["время ожидания автобуса", "lower", { "2025": 10, "2026": 9 }],
      ["доля автобусов", "higher", { "2025": 40, "2026": 50 }],
    ]);
    expect(result.edition.sectors[0].projects[0].responsible).toBe("Минтранс");
  });

  it("reads the regional line as printed percents, as «28 %» text, or as fractions from %-formatted cells", () => {
    const base = (values: unknown[][]) => ok(importEdition([...exported().filter((s) => s.name !== "ЦЗ области"), { name: "ЦЗ региона", values }])).edition.regionalTargets;
    expect(base([["Год", "Значение"], [2025, 28], [2026, "33 %"]])).toEqual({ "2025": 28, "2026": 33 });
    expect(base([[2025, 0.28], ["2026 г.", 0.335]])).toEqual({ "2025": 28, "2026": 33.5 });
    expect(base([[2025, "28 %"], [2026, 0.33]])).toEqual({ "2025": 28, "2026": 33 });
  });

  it("warns of a number below 1 among percents, and of a blank target read as «x»", () => {
    const sheets = exported();
    sheets[1] = { name: "ЦЗ области", values: [[2025, 55], [2026, 0.6]] };
    const row = sheets[0].values.findIndex((r) => r[4] === "дн.");
    sheets[0].values[row][6] = null;
    const result = ok(importEdition(sheets));
    expect(result.edition.regionalTargets["2026"]).toBe(0.6);
    expect(result.warnings?.map((w) => `${w.sheet}!${w.cell}: ${w.message}`)).toEqual([
      `Показатели!G${row + 1}: значение за 2026 год не указано: понято как «x» (цель не установлена)`,
      "ЦЗ области!B2: значение 0,6 понято как 0,6 %, как и остальные числа листа; если имелось в виду 60 %, впишите «60 %»",
    ]);
  });

  it("reads the bands' bounds by the same percent rule, and the genitive from «Сведения»", () => {
    const sheets = exported();
    sheets[2] = { name: "Шкала обучения", values: [["Граница", "Балл"], ["50 %", 5], [0.2, 3], [0, 0]] };
    const edition = ok(importEdition(sheets)).edition;
    expect(edition.bands).toEqual([{ lowerPercent: 50, score: 5 }, { lowerPercent: 20, score: 3 }, { lowerPercent: 0, score: 0 }]);
    expect(edition.regionGenitive).toBe("Приозёрной области");
  });
});

describe("every mistake, at its sheet and cell, and nothing imported", () => {
  const withTable = (rows: unknown[][], others: ImportSheet[] = [REGIONAL, ABOUT]) => mistakes(importEdition([indicators(rows), ...others]));

  it("a target that is not a number", () => {
    expect(withTable([["1.1. Здравоохранение"], [1, "Карта", "Минздрав", "доля", "%", "около 60", 70]])).toEqual([
      "Показатели!F6: значение за 2025 год «около 60» — не число; «x» — если цель не установлена",
    ]);
  });

  it("a unit missing", () => {
    expect(withTable([["1.1. Здравоохранение"], [1, "Карта", "Минздрав", "доля", null, 60, 70]])).toEqual(["Показатели!E6: не указана единица измерения показателя («%», «ед.», «усл. ед.»…)"]);
  });

  it("a sector code repeated", () => {
    expect(withTable([["1.1. Здравоохранение"], [1, "Карта", "М", "доля", "%", 60, 70], ["1.1. Образование"], [1, "Школа", "М", "доля", "%", 60, 70]])).toEqual([
      "Показатели!A7: отрасль 1.1 уже есть выше: коды отраслей не должны повторяться",
    ]);
  });

  it("a year column without a header", () => {
    expect(withTable([["1.1. Здравоохранение"], [1, "Карта", "М", "доля", "%", 60, 70, 80]])).toEqual([
      "Показатели!H6: в столбце есть значения, но у него нет заголовка; если это год, впишите год в заголовок, иначе очистите столбец",
    ]);
  });

  it("an indicator outside any sector", () => {
    expect(withTable([[1, "Карта", "М", "доля", "%", 60, 70], ["1.1. Здравоохранение"], [1, "Карта", "М", "доля", "%", 60, 70]])).toEqual([
      "Показатели!A5: строка вне отрасли: выше неё нет заголовка отрасли вида «1.1. Здравоохранение»",
    ]);
  });

  it("an empty sector", () => {
    expect(withTable([["1.1. Здравоохранение"], ["1.2. Образование"], [1, "Школа", "М", "доля", "%", 60, 70]])).toEqual(["Показатели!A5: в отрасли 1.1 нет ни одного проекта с показателями"]);
  });

  it("no «Показатели» sheet, no «ЦЗ области», no region: all at once", () => {
    expect(mistakes(importEdition([{ name: "Лист1", values: [["что-то"]] }]))).toEqual([
      "Показатели!: нет листа «Показатели» с таблицей показателей (заголовки «№», «Наименование проекта», «Наименование показателя», «Ед. изм.» и столбцы годов)",
      "ЦЗ области!: нет листа «ЦЗ области» (год и среднее значение ЦЗ региона, %); подойдёт и «ЦЗ региона»",
      "Сведения!: не указан регион: на листе «Сведения» нужна строка «Регион | название региона»",
      "Сведения!: не указан документ: на листе «Сведения» нужна строка «Документ | название стратегии»",
    ]);
  });

  it("a year of the regional sheet that is not a year, and a value that is not a number", () => {
    expect(mistakes(importEdition([...exported().filter((s) => s.name !== "ЦЗ области"), { name: "ЦЗ области", values: [["Год", "ЦЗ"], [2025, 0.55], ["в 2026-м", 0.6], [2027, "много"]] }]))).toEqual([
      "ЦЗ области!A3: «в 2026-м» — не год (ожидается, например, 2025)",
      "ЦЗ области!B4: значение ЦЗ «много» — не число (ожидается, например, 28 % или 28)",
    ]);
  });

  it("the region name missing", () => {
    const sheets = exported().map((s) => (s.name === "Сведения" ? { ...s, values: s.values.map((r) => (r[0] === "Регион" ? [r[0], null] : r)) } : s));
    expect(mistakes(importEdition(sheets))).toEqual(["Сведения!B2: не указан регион: на листе «Сведения» нужна строка «Регион | название региона»"]);
  });

  it("lists every mistake of the table, not only the first", () => {
    const found = withTable([
      ["1.1. Здравоохранение"],
      ["один", "Карта", "М", "доля", "%", 60, 70],
      [null, null, null, "время", null, "x", "нет"],
      [1, "Телемедицина", "М", "доля", "%", 10, "?"],
    ]);
    expect(found).toEqual([
      "Показатели!A6: номер проекта «один» — не целое число («1», «1.»)",
      "Показатели!E7: не указана единица измерения показателя («%», «ед.», «усл. ед.»…)",
      "Показатели!G7: значение за 2026 год «нет» — не число; «x» — если цель не установлена",
      "Показатели!G8: значение за 2026 год «?» — не число; «x» — если цель не установлена",
    ]);
  });

  it("bands: a bound that is not a number or repeated", () => {
    const sheets = exported();
    sheets[2] = { name: "Шкала обучения", values: [["Граница", "Балл"], ["половина", 5], [0.2, 3], [0.2, 2]] };
    expect(mistakes(importEdition(sheets))).toEqual([
      "Шкала обучения!A2: нижняя граница «половина» — не число (ожидается, например, 20 %)",
      "Шкала обучения!A4: нижняя граница 20 % указана дважды",
    ]);
  });
});
