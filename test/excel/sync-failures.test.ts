/**
 * Every action of the pane with a sync failing at every point (fast-check picks the sync and how many of its actions
 * ran): nothing of the user's changes, no half-written sheet stays, the user is told in Russian, and the next run (or
 * «Снять пометки») leaves the workbook exactly as a run without the failure would.
 */
import fc from "fast-check";
import { findSector } from "../../src/core/catalog";
import { buildRatingSheet } from "../../src/core/rating";
import { buildRoadmap } from "../../src/core/roadmap";
import type { SheetModel } from "../../src/core/sheet-model";
import { ExcelActionError } from "../../src/excel/action-error";
import { excelGateway } from "../../src/excel/gateway";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { checkActiveSheet, clearMarks } from "../../src/taskpane/check-actions";
import { recalculateRecommendations } from "../../src/taskpane/rating-actions";
import { sheetState } from "../support/sheet-state";

const failures = fc.record({ sync: fc.integer({ min: 1, max: 6 }), afterActions: fc.integer({ min: 0, max: 400 }) });
/** Random points, and always these: each sync of an action, cut at its start, a little in, and after everything. */
const POINTS = [1, 2, 3, 4].flatMap((sync) => [0, 1, 7, 400].map((afterActions) => ({ sync, afterActions })));
const RUNS = { numRuns: 40, examples: POINTS.map((p): [{ sync: number; afterActions: number }] => [p]) };

/** Runs the action with the failure armed; says whether it fired (a failure beyond the action's last sync never does). */
async function withFailure(fake: FakeExcel, failure: { sync: number; afterActions: number }, action: () => Promise<unknown>): Promise<boolean> {
  fake.workbook.failSync(failure);
  try {
    await action();
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelActionError);
    // Russian for the user; Excel's English text only as the detail.
    expect((error as Error).message).toMatch(/^[А-ЯЁ][^]*[а-яё]/);
    expect((error as Error).message).not.toMatch(/internal error|request/i);
    expect((error as ExcelActionError).detail).toMatch(/^GeneralException: /);
    return true;
  } finally {
    fake.workbook.cancelFailure();
  }
}

function userSheet(): FakeExcel {
  const fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  fake.workbook.setCell("Лист1", "A1", "мои данные");
  fake.workbook.setCell("Лист1", "B2", 42);
  return fake;
}

const education = () => {
  const sector = findSector("7.1");
  if (!sector) throw new Error("7.1");
  return sector;
};

describe.each<[string, () => SheetModel, number | undefined]>([
  ["a roadmap", () => buildRoadmap(education()), undefined],
  ["the rating sheet, written in row chunks", () => buildRatingSheet({ bodies: "sample" }), 6_000],
])("creating %s", (_what, model, limit) => {
  it("leaves no half-written sheet, and a retry gets the wanted name", async () => {
    await fc.assert(
      fc.asyncProperty(failures, async (failure) => {
        const fake = userSheet();
        const before = sheetState(fake, "Лист1");
        const fired = await withFailure(fake, failure, () => writeSheet(model(), limit));
        if (!fired) return;
        expect(fake.workbook.sheetNames()).toEqual(["Лист1"]);
        expect(sheetState(fake, "Лист1")).toEqual(before);
        const retry = await writeSheet(model(), limit);
        expect(retry.sheetName).toBe(model().name);
      }),
      RUNS,
    );
  });
});

describe("the recommendations beside a user's table", () => {
  const table = (fake: FakeExcel) => {
    [["Орган", "Сотрудников", "Обучено"], ["Департамент А", 26, 12], ["Департамент Б", 90, "много"], ["Департамент В", 118, 82], ["Департамент Г", 10, 11]].forEach((row, r) =>
      row.forEach((value, c) => fake.workbook.setCell("Лист1", `${"CDE"[c]}${r + 4}`, value)),
    );
    fake.workbook.setSelection("Лист1", "C4:E8");
  };

  it("never touches the table, and the next refresh leaves exactly what a clean one would", async () => {
    const clean = userSheet();
    table(clean);
    await recalculateRecommendations(excelGateway);
    await recalculateRecommendations(excelGateway);
    const expected = sheetState(clean, "Лист1");
    await fc.assert(
      fc.asyncProperty(failures, fc.boolean(), async (failure, twice) => {
        const fake = userSheet();
        table(fake);
        if (twice) await recalculateRecommendations(excelGateway); // the failure hits a refresh, not the first run
        const before = sheetState(fake, "Лист1");
        const fired = await withFailure(fake, failure, () => recalculateRecommendations(excelGateway));
        if (fired) expect(sheetState(fake, "Лист1").values.slice(0, 8).map((row) => row.slice(0, 5))).toEqual(before.values.slice(0, 8).map((row) => row.slice(0, 5)));
        fake.workbook.setSelection("Лист1", "C4:E8");
        await recalculateRecommendations(excelGateway);
        expect(sheetState(fake, "Лист1")).toEqual(expected);
      }),
      { numRuns: 40, examples: POINTS.flatMap((p): [{ sync: number; afterActions: number }, boolean][] => [[p, false], [p, true]]) },
    );
  });
});

describe("the check and «Снять пометки»", () => {
  async function roadmapWithMistakes(): Promise<{ fake: FakeExcel; sheet: string }> {
    const fake = userSheet();
    const { sheetName } = await writeSheet(buildRoadmap(education()));
    fake.workbook.setCell(sheetName, "C8", 0.05);
    fake.workbook.setCell(sheetName, "D8", 0.3);
    fake.workbook.setCell(sheetName, "B11", "план");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheetName).getRange("D8").format.fill.color = "#00B050";
      await context.sync();
    });
    return { fake, sheet: sheetName };
  }

  it("a check cut anywhere changes no value, and «Снять пометки» brings back every fill and comment", async () => {
    await fc.assert(
      fc.asyncProperty(failures, async (failure) => {
        const { fake, sheet } = await roadmapWithMistakes();
        const before = sheetState(fake, sheet);
        await withFailure(fake, failure, () => checkActiveSheet(excelGateway));
        expect(sheetState(fake, sheet).values).toEqual(before.values);
        await clearMarks(excelGateway);
        expect(sheetState(fake, sheet)).toEqual(before);
      }),
      RUNS,
    );
  });

  it("«Снять пометки» cut anywhere is finished by the next one", async () => {
    await fc.assert(
      fc.asyncProperty(failures, async (failure) => {
        const { fake, sheet } = await roadmapWithMistakes();
        const before = sheetState(fake, sheet);
        await checkActiveSheet(excelGateway);
        await withFailure(fake, failure, () => clearMarks(excelGateway));
        await clearMarks(excelGateway);
        expect(sheetState(fake, sheet)).toEqual(before);
      }),
      RUNS,
    );
  });
});
