/** The check against the fake Excel: three syncs, marks applied, then removed and the original fills restored. */
import { readFileSync } from "fs";
import { join } from "path";
import { findSector } from "../../src/core/catalog";
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { cellAddress, parseAddress } from "../../src/core/sheet-model";
import { INPUT_FILL, buildRoadmap } from "../../src/core/roadmap";
import { COMMENT_PREFIX, ERROR_FILL, WARNING_FILL } from "../../src/excel/mark-plan";
import { excelGateway } from "../../src/excel/gateway";
import { writeSheet } from "../../src/excel/write-sheet";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";
import { checkActiveSheet, clearMarks } from "../../src/taskpane/check-actions";
import { putOnSheet } from "../support/fixture-sheet";
import { sheetState } from "../support/sheet-state";

let fake: FakeExcel;
let sheet: string;

/** 7.10 Экология: indicator 1 (row 8) has targets 10 / 20 / 100 %. Fill every %-row exactly at target, with activities. */
async function filledRoadmap(): Promise<void> {
  const sector = findSector("7.10");
  if (!sector) throw new Error("7.10 missing");
  const model = buildRoadmap(sector);
  sheet = (await writeSheet(model)).sheetName;
  model.cells.forEach((row, r) => {
    const label = row[0] && "value" in row[0] ? String(row[0].value) : "";
    if (label.startsWith("Значение показателя")) {
      const targets = model.cells[r + 1].slice(1).map((c) => ("value" in c ? c.value : null));
      targets.forEach((target, y) => fake.workbook.setCell(sheet, `${"BCDE"[y]}${r + 1}`, typeof target === "number" ? target : 0));
    }
    if (label.startsWith("Мероприятия")) for (const column of "BCDE") fake.workbook.setCell(sheet, `${column}${r + 1}`, "план работ");
  });
}

const values = () => fake.workbook.grid(sheet);

beforeEach(async () => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  await filledRoadmap();
  fake.workbook.resetSyncCount();
});

it("marks the cell below its target in 3 syncs, without changing any value", async () => {
  fake.workbook.setCell(sheet, "C8", 0.05); // 2022 target 10 %
  const before = values();
  const outcome = await checkActiveSheet(excelGateway);
  expect(fake.workbook.syncCount).toBe(3);
  const below = outcome.findings.filter((f) => f.severity === "error" && f.address === "C8");
  expect(below).toHaveLength(1);
  expect(below[0].message).toMatch(/ниже целевого значения/);
  expect(fake.workbook.cell(sheet, "C8").format.fill).toBe(ERROR_FILL);
  expect(fake.workbook.cell(sheet, "C8").comment).toMatch(new RegExp(`^${COMMENT_PREFIX}`));
  expect(values()).toEqual(before);
});

it("a second check first removes the marks of the first and restores what was there", async () => {
  fake.workbook.setCell(sheet, "C8", 0.05);
  await checkActiveSheet(excelGateway);
  fake.workbook.setCell(sheet, "C8", 0.1);
  fake.workbook.setCell(sheet, "D8", null); // now a blank: a warning elsewhere
  fake.workbook.resetSyncCount();
  const outcome = await checkActiveSheet(excelGateway);
  expect(fake.workbook.syncCount).toBe(3);
  expect(outcome.findings.filter((f) => f.address === "C8").map((f) => f.message)).toEqual([]);
  expect(fake.workbook.cell(sheet, "C8").format.fill).toBe(INPUT_FILL);
  expect(fake.workbook.cell(sheet, "C8").comment).toBeUndefined();
  expect(fake.workbook.cell(sheet, "D8").format.fill).toBe(WARNING_FILL);
});

it("«Снять пометки» restores every fill and removes only its own comments", async () => {
  fake.workbook.setCell(sheet, "C8", 0.05);
  fake.workbook.setCell(sheet, "D8", 0.01);
  await checkActiveSheet(excelGateway);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).comments.add(`${sheet}!B11`, "мой комментарий");
    await context.sync();
  });
  await clearMarks(excelGateway);
  for (const address of ["C8", "D8"]) {
    expect(fake.workbook.cell(sheet, address).format.fill).toBe(INPUT_FILL);
    expect(fake.workbook.cell(sheet, address).comment).toBeUndefined();
  }
  expect(fake.workbook.cell(sheet, "B11").comment).toBe("мой комментарий");
});

it("finds its rows again after the user inserted rows and renamed the sheet", async () => {
  fake.workbook.insertRows(sheet, 6, 2);
  fake.workbook.renameSheet(sheet, "Моя дорожная карта");
  sheet = "Моя дорожная карта";
  fake.workbook.setCell(sheet, "C10", 0.05); // indicator 1's 2022 cell, moved from C8
  const outcome = await checkActiveSheet(excelGateway);
  expect(outcome.findings.filter((f) => f.severity === "error" && f.code !== "planned-below-regional").map((f) => f.address)).toEqual(["C10"]);
});

it("reads only the roadmap's block of a sheet with a huge used range", async () => {
  fake.workbook.setCell(sheet, "Z60000", "далеко внизу");
  fake.workbook.setCell(sheet, "AZ10", "далеко справа");
  const read = await excelGateway.readActiveSheet();
  // Our sheet carries names: the block ends at the last named row (34 rows for 7.10's eight indicators), not row 60000.
  expect(read.grid.values.length).toBe(31);
  expect(read.grid.values[0].length).toBeLessThanOrEqual(16);

  // A hand-made sheet without names: the block is capped.
  fake.workbook.addSheet("Вручную");
  fake.workbook.setCell("Вручную", "A1", "Дорожная карта по достижению «цифровой зрелости» отрасли «Туризм»");
  fake.workbook.setCell("Вручную", "C70000", 1);
  fake.workbook.activateSheet("Вручную");
  fake.workbook.resetSyncCount();
  const outcome = await checkActiveSheet(excelGateway);
  expect(fake.workbook.syncCount).toBe(3);
  expect(outcome.sheetName).toBe("Вручную");
  const handRead = await excelGateway.readActiveSheet();
  expect(handRead.grid.values.length).toBe(600);
});

describe("hand-made roadmaps through the fake Excel", () => {
  const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, "../roadmap/fixtures", `${name}.json`), "utf8")) as { grid: RoadmapGrid; expected: { findings: { code: string; address: string; severity: string }[] } };
  const key = (f: { code: string; address: string; severity: string }) => `${f.severity} ${f.code} ${f.address}`;

  it.each(["handmade-numbered", "handmade-names-only", "handmade-education"])("%s: the pane's check finds what the core finds on the grid, in 3 syncs", async (name) => {
    const { grid, expected } = fixture(name);
    await putOnSheet(fake, "Вручную", grid);
    fake.workbook.resetSyncCount();
    const outcome = await checkActiveSheet(excelGateway);
    expect(fake.workbook.syncCount).toBe(3);
    expect(outcome.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
    const error = outcome.findings.find((f) => f.severity === "error");
    if (error) expect(fake.workbook.cell("Вручную", error.address).format.fill).toBe(ERROR_FILL);
  });

  it("reads the merged areas of the block, so one activity merged over the years counts for each of them", async () => {
    await putOnSheet(fake, "Вручную", fixture("handmade-education").grid);
    const read = await excelGateway.readActiveSheet();
    expect(read.grid.merges).toEqual(expect.arrayContaining(["B13:E13", "A1:E1"]));
  });

  it("without ExcelApi 1.13 reads no merges and still checks", async () => {
    fake.workbook.setRequirement("ExcelApi", "1.12");
    await putOnSheet(fake, "Вручную", fixture("handmade-numbered").grid);
    const outcome = await checkActiveSheet(excelGateway);
    expect(outcome.findings.some((f) => f.code === "target-missed" && f.address === "G8")).toBe(true);
  });
});

describe("marks always come off, exactly as the user had them", () => {
  /** The user's own colours on cells the check will mark, and an explicit white. */
  function colourByHand(): Promise<void> {
    fake.workbook.setCell(sheet, "C8", 0.05); // below its target: marked red
    fake.workbook.setCell(sheet, "D8", null); // blank: marked yellow
    return Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem(sheet);
      s.getRange("C8").format.fill.color = "#00B050";
      s.getRange("D8").format.fill.color = "#FFFFFF";
      await context.sync();
    });
  }

  it("restores the user's fills after rows were inserted between the check and «Снять пометки»", async () => {
    await colourByHand();
    await checkActiveSheet(excelGateway);
    expect(fake.workbook.cell(sheet, "C8").format.fill).toBe(ERROR_FILL);
    fake.workbook.insertRows(sheet, 2, 3);
    const before = sheetState(fake, sheet);
    await clearMarks(excelGateway);
    expect(fake.workbook.cell(sheet, "C11").format.fill).toBe("#00B050");
    expect(fake.workbook.cell(sheet, "D11").format.fill).toBe("#FFFFFF");
    const after = sheetState(fake, sheet);
    expect(after.values).toEqual(before.values);
    // Only the marked cells changed their fill; nothing else on the sheet was repainted.
    const changed = after.fills.flatMap((row, r) => row.flatMap((fill, c) => (fill !== before.fills[r][c] ? [cellAddress(r, c)] : [])));
    expect(changed.length).toBeGreaterThan(0);
    for (const address of changed) {
      const { row, column } = parseAddress(address);
      expect([ERROR_FILL, WARNING_FILL]).toContain(before.fills[row][column]);
    }
    expect(Object.keys(after.comments).filter((a) => after.comments[a].startsWith(COMMENT_PREFIX))).toEqual([]);
  });

  it("keeps an explicit white fill white", async () => {
    await colourByHand();
    await checkActiveSheet(excelGateway);
    await clearMarks(excelGateway);
    expect(fake.workbook.cell(sheet, "D8").format.fill).toBe("#FFFFFF");
  });

  it.each([0, 1, 5, 40, 120])("a marking cut short after %i actions is finished by «Снять пометки»", async (afterActions) => {
    await colourByHand();
    const before = sheetState(fake, sheet);
    fake.workbook.failSync({ sync: 3, afterActions });
    await expect(checkActiveSheet(excelGateway)).rejects.toMatchObject({ name: "ExcelActionError", message: expect.stringMatching(/^Пометки проверки поставлены не полностью: .*Снять пометки/) });
    await clearMarks(excelGateway);
    expect(sheetState(fake, sheet)).toEqual(before);
  });

  it("takes over marks an earlier version remembered in the settings, then drops that setting", async () => {
    fake.workbook.setSetting("cdto.check.marks", { [fake.workbook.sheetId(sheet)]: { fills: { C8: "#00B050" } } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange("C8").format.fill.color = ERROR_FILL;
      await context.sync();
    });
    const read = await excelGateway.readActiveSheet();
    expect(read.markedCells).toBe(1);
    await clearMarks(excelGateway);
    expect(fake.workbook.cell(sheet, "C8").format.fill).toBe("#00B050");
    expect(fake.workbook.setting("cdto.check.marks")).toBeUndefined();
  });

  it("remembers its marks in hidden names that do not change where the roadmap's block ends", async () => {
    fake.workbook.setCell(sheet, "C8", 0.05);
    await checkActiveSheet(excelGateway);
    const marks = Object.keys(fake.workbook.names(sheet)).filter((n) => n.startsWith("ЦЗ_Пометка_"));
    expect(marks.length).toBeGreaterThan(0);
    const read = await excelGateway.readActiveSheet();
    expect(read.grid.values.length).toBe(31);
    expect(read.grid.names?.some((n) => n.name.startsWith("ЦЗ_Пометка_"))).toBe(false);
  });
});
