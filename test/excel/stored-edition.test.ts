/**
 * The workbook's edition on our very hidden sheet «ЦЗ_Редакция», against the fake Excel: read and written in counted
 * syncs, the built-in edition by its id alone, a damaged sheet reported, a user's sheet of that name never touched.
 */
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { EDITION_SHEET, builtInEdition, parseEdition, storedEditionCells } from "../../src/core/edition";
import { excelGateway } from "../../src/excel/gateway";
import { installFakeOffice, type FakeExcel } from "../../src/fake-excel";

const priozernaya = parseEdition(editionJson);
let fake: FakeExcel;

beforeEach(() => {
  fake = installFakeOffice(globalThis, { sheets: ["Лист1"] });
  fake.workbook.setCell("Лист1", "A1", "заметки пользователя");
});

/** A sheet as an earlier session (or a user) left it. */
function storedSheet(rows: string[][], visibility: "Visible" | "VeryHidden" = "VeryHidden") {
  fake.workbook.addSheet(EDITION_SHEET);
  rows.forEach((row, i) => fake.workbook.setCell(EDITION_SHEET, `A${i + 1}`, row[0]));
  fake.workbook.setSheetVisibility(EDITION_SHEET, visibility);
}

describe("reading the workbook's edition", () => {
  it("is absent in a workbook without our sheet, in one sync", async () => {
    fake.workbook.resetSyncCount();
    await expect(excelGateway.readEdition()).resolves.toEqual({ status: "absent", syncs: 1 });
    expect(fake.workbook.syncCount).toBe(1);
  });

  it("gives the stored edition back whole, in two syncs", async () => {
    storedSheet(storedEditionCells(priozernaya));
    fake.workbook.resetSyncCount();
    const read = await excelGateway.readEdition();
    expect(read).toEqual({ status: "stored", edition: priozernaya, syncs: 2 });
    expect(fake.workbook.syncCount).toBe(2);
  });

  it("reports a damaged sheet with what is wrong, rather than another strategy", async () => {
    const cells = storedEditionCells(priozernaya);
    cells[3] = [cells[3][0].slice(0, 200)];
    storedSheet(cells);
    const read = await excelGateway.readEdition();
    expect(read.status).toBe("damaged");
    expect(read.status === "damaged" && read.problems.join(" ")).toMatch(/повреждено/);
  });

  it("takes a user's sheet of that name for what it is: not ours", async () => {
    storedSheet([["мои заметки"], ["ещё заметки"]], "Visible");
    await expect(excelGateway.readEdition()).resolves.toEqual({ status: "foreign", syncs: 2 });
  });
});

describe("writing the workbook's edition", () => {
  it("creates the very hidden sheet in two syncs, and reads back the same edition", async () => {
    fake.workbook.resetSyncCount();
    await expect(excelGateway.writeEdition(priozernaya)).resolves.toEqual({ syncs: 2 });
    expect(fake.workbook.syncCount).toBe(2);
    expect(fake.workbook.sheetVisibility(EDITION_SHEET)).toBe("VeryHidden");
    expect(fake.workbook.visibleSheetNames()).toEqual(["Лист1"]);
    expect(fake.workbook.activeSheetName()).toBe("Лист1");
    expect(fake.workbook.cell("Лист1", "A1").value).toBe("заметки пользователя");
    expect(fake.workbook.cell(EDITION_SHEET, "A3")).toMatchObject({ value: "priozernaya-2025", numberFormat: "@" });
    await expect(excelGateway.readEdition()).resolves.toEqual({ status: "stored", edition: priozernaya, syncs: 2 });
  });

  it("keeps the built-in edition by its id alone, and rewrites our sheet whole in two syncs", async () => {
    await excelGateway.writeEdition(priozernaya);
    fake.workbook.resetSyncCount();
    await expect(excelGateway.writeEdition(builtInEdition)).resolves.toEqual({ syncs: 2 });
    expect(fake.workbook.usedRange(EDITION_SHEET, true)).toBe("A1:A3");
    expect(fake.workbook.cell(EDITION_SHEET, "A3").value).toBe("smolensk-2021");
    expect(fake.workbook.sheetNames()).toEqual(["Лист1", EDITION_SHEET]);
    await expect(excelGateway.readEdition()).resolves.toMatchObject({ status: "stored", edition: builtInEdition });
  });

  it("keeps an id that looks like a formula as text", async () => {
    await excelGateway.writeEdition({ ...priozernaya, id: "=HYPERLINK(1)" });
    expect(fake.workbook.cell(EDITION_SHEET, "A3")).toMatchObject({ value: "=HYPERLINK(1)", formula: null });
  });

  it("never writes over a user's sheet of that name", async () => {
    storedSheet([["мои заметки"]], "Visible");
    await expect(excelGateway.writeEdition(priozernaya)).rejects.toThrow(/созданный не надстройкой.*Переименуйте/s);
    expect(fake.workbook.cell(EDITION_SHEET, "A1").value).toBe("мои заметки");
    expect(fake.workbook.sheetVisibility(EDITION_SHEET)).toBe("Visible");
  });
});

describe("recalculating", () => {
  it("asks Excel for a full calculation in one sync", async () => {
    fake.workbook.resetSyncCount();
    await expect(excelGateway.recalculate()).resolves.toEqual({ syncs: 1 });
    expect(fake.workbook.calculations).toEqual(["Full"]);
    expect(fake.workbook.syncCount).toBe(1);
  });
});

describe("reading the sheets for the «Свод»", () => {
  it("skips our very hidden sheet", async () => {
    await excelGateway.writeEdition(priozernaya);
    const read = await excelGateway.readRoadmapSheets();
    expect(read.sheets.map((s) => s.name)).toEqual(["Лист1"]);
  });
});
