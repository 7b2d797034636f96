/** insertFormula against the fake Excel: the language decides formulas or formulasLocal; a full cell is kept. */
import { excelGateway } from "../../src/excel/gateway";
import { insertFormula, isRussianExcel } from "../../src/excel/insert-formula";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";

const SCORE = { english: "=CDTO.SCORE(90,5)", russian: "=CDTO.БАЛЛ(90;5)" };
let fake: FakeExcel;

/** Which Range property each sync wrote. */
function spyWrites(): string[] {
  const written: string[] = [];
  const run = fake.Excel.run.bind(fake.Excel) as (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
  (fake.Excel as unknown as { run: unknown }).run = (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    run(async (context) => {
      const active = context.workbook.getActiveCell.bind(context.workbook);
      context.workbook.getActiveCell = () => {
        const cell = active();
        return new Proxy(cell, {
          set(target, key, value) {
            written.push(String(key));
            return Reflect.set(target, key, value);
          },
          get(target, key) {
            const member = Reflect.get(target, key, target) as unknown;
            return typeof member === "function" ? (member as (...a: unknown[]) => unknown).bind(target) : member;
          },
        });
      };
      return batch(context);
    });
  return written;
}

describe.each([
  ["en-US", "formulas", SCORE.english],
  ["ru-RU", "formulasLocal", SCORE.russian],
])("in an Excel shown in %s", (language, property, written) => {
  beforeEach(() => {
    fake = installFakeOffice(globalThis, { displayLanguage: language });
    fake.workbook.setSelection("Sheet1", "B2");
    fake.workbook.resetSyncCount();
  });

  it(`writes ${written} through ${property} into the active cell, in two syncs`, async () => {
    const writes = spyWrites();
    expect(await excelGateway.insertFormula(SCORE)).toEqual({ status: "inserted", address: "Sheet1!B2", formula: written });
    expect(writes).toEqual([property]);
    expect(fake.workbook.cell("Sheet1", "B2").formula).toBe(written);
    expect(fake.workbook.syncCount).toBe(2);
  });

  it("leaves a cell that is not empty as it is, unless told to replace it", async () => {
    fake.workbook.setCell("Sheet1", "B2", 42);
    fake.workbook.resetSyncCount();
    expect(await insertFormula(SCORE)).toEqual({ status: "occupied", address: "Sheet1!B2", content: "42", formula: written });
    expect(fake.workbook.cell("Sheet1", "B2").value).toBe(42);
    expect(fake.workbook.syncCount).toBe(1);
    expect(await insertFormula(SCORE, { replace: true })).toMatchObject({ status: "inserted" });
    expect(fake.workbook.cell("Sheet1", "B2").formula).toBe(written);
  });

  it("takes the top-left cell of a larger selection", async () => {
    fake.workbook.setSelection("Sheet1", "C3:D5");
    expect(await insertFormula(SCORE)).toMatchObject({ status: "inserted", address: "Sheet1!C3" });
    expect(fake.workbook.cell("Sheet1", "D4").formula).toBeNull();
  });
});

it("knows a Russian Excel by its display language", () => {
  for (const [language, russian] of [["ru-RU", true], ["ru", true], ["RU-ru", true], ["en-US", false], ["uk-UA", false], ["run", false]] as const) {
    installFakeOffice(globalThis, { displayLanguage: language });
    expect(isRussianExcel()).toBe(russian);
  }
});
