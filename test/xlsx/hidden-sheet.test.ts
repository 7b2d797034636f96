/** A very hidden sheet (the stored edition) is written as such, and the reader still gives it, whole. */
import JSZip from "jszip";
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { EDITION_SHEET, editionFromStoredCells, parseEdition, storedEditionSheet } from "../../src/core/edition";
import type { SheetModel } from "../../src/core/sheet-model";
import { readXlsx, writeXlsx } from "../../src/xlsx";
import { recalculate } from "../support/libreoffice";

const visible: SheetModel = { name: "Лист", cells: [[{ value: 1 }]], styles: [], merges: [], columnWidths: [], validations: [], names: [], inputRanges: [] };
const edition = parseEdition(editionJson);

describe("a very hidden sheet", () => {
  let data: Buffer;
  beforeAll(async () => {
    data = await writeXlsx([visible, storedEditionSheet(edition)]);
  });

  it("is marked veryHidden in the workbook, the visible sheet stays the active one", async () => {
    const workbook = await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string");
    expect(workbook).toMatch(new RegExp(`<sheet [^>]*name="${EDITION_SHEET}"[^>]*state="veryHidden"`));
    expect(workbook).toMatch(/<sheet [^>]*name="Лист"[^>]*state="visible"/);
  });

  it("is read back with the others, and gives the edition", async () => {
    const book = await readXlsx(data);
    expect(book.sheets.map((s) => s.name)).toEqual(["Лист", EDITION_SHEET]);
    expect(editionFromStoredCells(book.sheets[1].values)).toEqual(edition);
  });

  // LibreOffice knows no very hidden sheets: it keeps the sheet hidden, and whole.
  it("stays hidden and whole after LibreOffice saved the file", async () => {
    const again = await recalculate(data);
    const workbook = await (await JSZip.loadAsync(again)).file("xl/workbook.xml")?.async("string");
    expect(workbook).toMatch(new RegExp(`<sheet [^>]*name="${EDITION_SHEET}"[^>]*state="hidden"`));
    const book = await readXlsx(again);
    expect(editionFromStoredCells(book.sheets.find((s) => s.name === EDITION_SHEET)?.values ?? [])).toEqual(edition);
  }, 120_000);
});
