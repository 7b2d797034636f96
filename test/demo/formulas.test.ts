/**
 * The demo's formula engine: Excel's operators and functions on small cases, then the generated sheets recalculated
 * in the in-memory workbook must give what the core computes (as LibreOffice does in test/rating/sheet-formulas).
 */
import { findSector, sectorIndicators } from "../../src/core/catalog";
import { builtInEdition } from "../../src/core/edition";
import { buildRatingSheet, rateBodies, type RatedBody } from "../../src/core/rating";
import { buildRoadmap } from "../../src/core/roadmap";
import { installCustomFunctionsRuntime } from "../../src/demo/custom-functions";
import { useCustomFunctions } from "../../src/demo/formulas/functions";
import { setFunctionsEdition } from "../../src/functions/active-edition";
import { evaluateOnSheet, recalculate } from "../../src/demo/formulas/recalc";
import { FormulaError } from "../../src/demo/formulas/values";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { registeredFunctions } from "../support/registered-functions";
import { appendix1Bodies } from "../support/seeds";

let fake: FakeExcel;
beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
});

/** Writes `cells` into Лист1 (strings starting with = are formulas), recalculates, returns a value reader. */
function sheet(cells: Record<string, string | number | boolean>): (address: string) => unknown {
  const book = fake.workbook;
  for (const [address, content] of Object.entries(cells)) {
    book.setCell("Лист1", address, typeof content === "string" && content.startsWith("=") ? { formula: content } : content);
  }
  recalculate(book);
  return (address) => book.cell("Лист1", address).value;
}

describe("operators and references", () => {
  it.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=10%", 0.1],
    ["=1/0", "#DIV/0!"],
    ['="a"&1&TRUE', "a1TRUE"],
    ['=1<"a"', true],
    ['="A"="a"', true],
    ["=TRUE>1", true],
    ['="3"+1', 4],
    ['="x"+1', "#VALUE!"],
    ["=#N/A", "#N/A"],
    ["=SUM(1,", "#NAME?"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
  ])("%s gives %p", (formula, expected) => {
    expect(sheet({ A1: formula })("A1")).toEqual(expected);
  });

  it("reads cells and ranges, a blank cell is 0 in arithmetic and \"\" in a comparison", () => {
    const value = sheet({ A1: 2, A2: 3, B1: "=A1*A2", B2: "=SUM(A1:A3)", B3: '=A3=""', B4: "=A3+1", B5: "=B1+B2" });
    expect([value("B1"), value("B2"), value("B3"), value("B4"), value("B5")]).toEqual([6, 5, true, 1, 11]);
  });

  it("a formula on a blank reference shows 0; a cycle shows 0 instead of hanging", () => {
    const value = sheet({ A1: "=C9", B1: "=B2", B2: "=B1+1" });
    expect(value("A1")).toBe(0);
    expect(typeof value("B1")).toBe("number");
  });

  it("references other sheets, quoted names included, and defined names", () => {
    const book = fake.workbook;
    book.addSheet("Дорожная карта 7.10");
    book.setCell("Дорожная карта 7.10", "B8", 0.25);
    book.addName("Доля", "'Дорожная карта 7.10'!B8");
    const value = sheet({ A1: "='Дорожная карта 7.10'!B8*2", A2: "=Доля+1", A3: "=Нет!A1" });
    expect([value("A1"), value("A2"), value("A3")]).toEqual([0.5, 1.25, "#REF!"]);
  });

  it("IF and IFERROR compute only the branch they return; errors travel through references", () => {
    const value = sheet({ A1: "=1/0", A2: '=IFERROR(A1,"нет")', A3: "=IF(TRUE,1,A1)", A4: "=A1+1", A5: "=IF(A1,1,2)", A6: "=IF(FALSE,1)" });
    expect([value("A2"), value("A3"), value("A4"), value("A5"), value("A6")]).toEqual(["нет", 1, "#DIV/0!", "#DIV/0!", false]);
  });

  it("SUMIF and COUNTIF count numbers only for a numeric criterion, as Excel does", () => {
    const value = sheet({ A1: "", A2: 3, A3: "x", A4: -1, B1: 90, B2: 10, B3: 7, B4: 5, C1: '=SUMIF(A1:A4,">=0",B1:B4)', C2: '=COUNTIF(A1:A4,">=0")', C3: '=COUNTIF(A1:A4,"x")', C4: '=SUMIF(A1:A4,"<>x",B1:B4)' });
    expect([value("C1"), value("C2"), value("C3"), value("C4")]).toEqual([10, 1, 1, 105]);
  });

  it("stores results the pane reads through Range.values, and formats them by the cell's number format", async () => {
    const book = fake.workbook;
    book.setCell("Лист1", "A1", 0.2);
    book.setCell("Лист1", "A2", { formula: "=A1/2" });
    book.setNumberFormat("Лист1", "A2", "0.0%");
    expect(recalculate(book)).toBe(1);
    expect(book.cell("Лист1", "A2").text).toBe("10.0%");
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Лист1").getRange("A2");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[0.1]]);
    expect(recalculate(book)).toBe(0); // nothing changed: nothing written again
  });
});

describe("the generated sheets give what the core computes", () => {
  const isBlank = (v: unknown) => v === "" || v === null;

  async function ratingSheet(bodies: { name: unknown; employees: unknown; trained: unknown }[]) {
    const model = buildRatingSheet({ bodies });
    const { sheetName } = await writeSheet(model);
    recalculate(fake.workbook);
    const cell = (address: string) => fake.workbook.cell(sheetName, address).value;
    return { sheetName, cell };
  }

  function expectRow(cell: (a: string) => unknown, row: number, body: RatedBody): void {
    expect(cell(`E${row}`) as number).toBeCloseTo(body.share, 12);
    expect(cell(`F${row}`)).toBe(body.score);
    if (body.next.status === "top") expect([cell(`G${row}`), cell(`H${row}`)]).toEqual(["высший балл", "высший балл"]);
    else if (body.next.status === "unreachable") expect([cell(`G${row}`), cell(`H${row}`)]).toEqual(["недостижимо", "недостижимо"]);
    else {
      expect(cell(`G${row}`)).toBe(body.next.extra);
      expect(cell(`H${row}`) as number).toBeCloseTo(body.next.gain, 9);
    }
  }

  it("the rating sheet of appendix 1: share, score, extra people, gain and totals for all 30 bodies", async () => {
    const rows = appendix1Bodies().map((b) => ({ name: b.name, employees: b.employees, trained: b.trained }));
    const { cell } = await ratingSheet(rows);
    const rating = rateBodies(rows);
    expect(rating.bodies).toHaveLength(30);
    rating.bodies.forEach((body, i) => expectRow(cell, 5 + i, body));
    expect(cell("C35")).toBe(rating.totals.employees);
    expect(cell("D35")).toBe(rating.totals.trained);
    expect(cell("E35") as number).toBeCloseTo(rating.totals.share ?? NaN, 12);
    expect(cell("F35") as number).toBeCloseTo(rating.totals.averageScore ?? NaN, 12);
  });

  it("bad and blank rows stay blank and out of the totals", async () => {
    const { cell } = await ratingSheet([
      { name: "Ноль обученных", employees: 10, trained: 0 },
      { name: "Обученных больше", employees: 10, trained: 11 },
      { name: null, employees: null, trained: null },
      { name: "Все обучены", employees: 3, trained: 3 },
      { name: "Текст", employees: "много", trained: 1 },
    ]);
    const rating = rateBodies([
      { name: "Ноль обученных", employees: 10, trained: 0 },
      { name: "Все обучены", employees: 3, trained: 3 },
    ]);
    expectRow(cell, 5, rating.bodies[0]);
    expectRow(cell, 8, rating.bodies[1]);
    for (const row of [6, 7, 9]) expect(["E", "F", "G", "H"].map((c) => cell(`${c}${row}`)).every(isBlank)).toBe(true);
    expect(cell("C10")).toBe(13);
    expect(cell("F10") as number).toBeCloseTo(rating.totals.averageScore ?? NaN, 12);
  });

  it("the roadmap's planned ЦЗ average skips blanks, «x» and non-% indicators, and stays empty when nothing is filled", async () => {
    const sector = findSector("7.1");
    if (!sector) throw new Error("7.1 missing");
    const milestone = sectorIndicators(sector).find((i) => i.unit === "усл. ед.");
    if (!milestone) throw new Error("7.1 has a milestone indicator");
    const { sheetName } = await writeSheet(buildRoadmap(sector));
    const book = fake.workbook;
    const valueRow = (n: number) => 8 + 3 * (n - 1);
    book.setCell(sheetName, `C${valueRow(1)}`, 0.2);
    book.setCell(sheetName, `C${valueRow(2)}`, 0.4);
    book.setCell(sheetName, `C${valueRow(3)}`, "x");
    book.setCell(sheetName, `C${valueRow(milestone.number)}`, 1);
    book.setCell(sheetName, `D${valueRow(1)}`, 0.3);
    recalculate(book);
    expect(book.cell(sheetName, "C6").value as number).toBeCloseTo(0.3, 12);
    expect(book.cell(sheetName, "C6").text).toBe("30.0%");
    expect(book.cell(sheetName, "D6").value as number).toBeCloseTo(0.3, 12);
    expect(isBlank(book.cell(sheetName, "B6").value)).toBe(true);
  });
});

describe("the add-in's own functions in the demo's cells", () => {
  let registry: Record<string, (...args: unknown[]) => unknown>;
  beforeAll(async () => {
    const { byId } = await registeredFunctions();
    // As the pane does once it has read the demo's workbook (it holds no edition of its own).
    setFunctionsEdition(builtInEdition);
    registry = Object.fromEntries(Object.entries(byId).map(([id, fn]) => [id.toUpperCase(), fn]));
  }, 60_000);
  beforeEach(() => {
    installCustomFunctionsRuntime(globalThis, {});
    useCustomFunctions(registry);
  });
  afterAll(() => useCustomFunctions({}));

  it("computes =CDTO.SCORE(90,5) and its Russian name over cells, as the README's example says", () => {
    const value = sheet({ A1: 90, A2: 5, B1: "=CDTO.SCORE(90,5)", B2: "=CDTO.БАЛЛ(A1,A2)", B3: "=CDTO.NEXTBAND(A1,A2)", B4: "=CDTO.CZTARGET(2022)" });
    expect([value("B1"), value("B2"), value("B3"), value("B4")]).toEqual([1.5, 1.5, 4, 0.33]);
  });

  it("a wrong argument is #VALUE! with the function's Russian message; an unknown CDTO name is #NAME?", () => {
    const value = sheet({ B1: "=CDTO.SCORE(0,5)", B2: "=CDTO.NOSUCH(1)" });
    expect([value("B1"), value("B2")]).toEqual(["#VALUE!", "#NAME?"]);
    const error = evaluateOnSheet(fake.workbook, "Лист1", "=CDTO.SCORE(0,5)");
    expect(error).toBeInstanceOf(FormulaError);
    expect((error as FormulaError).message).toMatch(/сотрудник/i);
  });

  it("without the pane's bundle loaded the functions are #NAME?, as in Excel without the add-in", () => {
    useCustomFunctions({});
    expect(sheet({ B1: "=CDTO.SCORE(90,5)" })("B1")).toBe("#NAME?");
  });
});
