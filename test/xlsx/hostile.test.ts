/**
 * readXlsx on hostile files, built here at test time: only a bounded block is read, and a file that is not a readable
 * workbook is an XlsxReadError with a kind and a Russian message, never a TypeError, a hang or an out-of-memory.
 * Files that used to hang or exhaust memory are read in a child process with a time and heap limit.
 */
import { Workbook } from "exceljs";
import fc from "fast-check";
import { MAX_FILE_BYTES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES, MAX_WORKBOOK_CELLS, readXlsx, snapshotCell, XlsxReadError } from "../../src/xlsx";
import type { XlsxReadErrorKind } from "../../src/xlsx";
import { runBounded } from "../support/bounded-run";
import { compoundFile, plainWorkbook, sheetXml, withParts, zipOf } from "../support/hostile-xlsx";

const SHEET = "xl/worksheets/sheet1.xml";

/** What readXlsx throws, as data; fails the test when it throws anything but an XlsxReadError. */
async function readError(bytes: Buffer): Promise<{ kind: XlsxReadErrorKind; limit?: string; message: string }> {
  try {
    await readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    return { kind: error.kind, ...(error.limit ? { limit: error.limit } : {}), message: error.message };
  }
  throw new Error("readXlsx read the file");
}

/** readXlsx of a file made by `make` (a function of test/support/hostile-xlsx.ts), in a bounded child process. */
function readInChild(make: string, { timeoutMs = 30_000, maxOldSpaceMb = 512 } = {}) {
  return runBounded(
    `const { readXlsx } = load("src/xlsx/index.ts");
     const hostile = load("test/support/hostile-xlsx.ts");
     const bytes = await (${make})(hostile);
     try {
       const snapshot = await readXlsx(bytes);
       report({ bytes: bytes.length, sheets: snapshot.sheets.map((s) => ({ rows: s.values.length, columns: s.values[0]?.length ?? 0, a1: s.values[0]?.[0] ?? null, merges: s.merges, names: s.names, clipped: s.clipped })) });
     } catch (error) {
       report({ bytes: bytes.length, error: error.constructor.name, kind: error.kind, limit: error.limit, message: error.message });
     }`,
    { timeoutMs, maxOldSpaceMb },
  );
}

describe("the limits", () => {
  it("are exported and sensible", () => {
    expect([MAX_SHEET_ROWS, MAX_SHEET_COLUMNS, MAX_WORKBOOK_CELLS]).toEqual([10_000, 200, 2_000_000]);
    expect(MAX_UNPACKED_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
  });
});

describe("a bounded block, never a rectangle up to XFD1048576", () => {
  it("cells at A1 and XFD1048576 (a 1.6 KB file): the block is read and the sheet says how far it reached", () => {
    const run = readInChild(`async (h) => h.plainWorkbook((wb) => { const s = wb.addWorksheet("Лист1"); s.getCell("A1").value = 1; s.getCell("XFD1048576").value = 2; })`);
    expect(run.timedOut).toBe(false);
    expect(run.reported).toEqual({
      bytes: expect.any(Number),
      sheets: [
        {
          rows: 1,
          columns: 1,
          a1: 1,
          merges: [],
          names: [],
          clipped: {
            rows: 1_048_576,
            columns: 16_384,
            message: "Лист «Лист1»: прочитан только блок A1:GR10000, данные листа доходят до ячейки XFD1048576. Остальное надстройка не читает.",
          },
        },
      ],
    });
    expect((run.reported as { bytes: number }).bytes).toBeLessThan(10_000);
  });

  it("a merge, a data validation, a defined name and a column range over the whole sheet are not walked cell by cell", () => {
    const run = readInChild(`async (h) => h.withDefinedName(await h.withParts(await h.plainWorkbook(), {
      "xl/worksheets/sheet1.xml": h.sheetXml('<row r="1"><c r="A1"><v>7</v></c><c r="B1"><v>8</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        '<cols><col min="1" max="2000000000" width="9"/></cols>'),
    }), "всё", "Лист1!$A$1:$XFD$1048576", 0)`);
    expect(run.timedOut).toBe(false);
    expect(run.reported).toMatchObject({ sheets: [{ rows: 1, columns: 2, a1: 7, merges: ["A1:GR10000"], names: [{ name: "всё", range: "A1:XFD1048576" }] }] });
  });

  it("rows past 10 000 and columns past GR are left out, the rest is read as before", async () => {
    const bytes = await plainWorkbook((wb) => {
      const sheet = wb.addWorksheet("Лист1");
      sheet.getCell("A1").value = "первая";
      sheet.getCell("GR10000").value = "последняя в блоке";
      sheet.getCell("GS1").value = "за блоком";
      sheet.getCell("A10001").value = "за блоком";
      sheet.mergeCells("B2:C3");
      sheet.getCell("B2").value = 5;
    });
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect([sheet.values.length, sheet.values[0].length]).toEqual([10_000, 200]);
    expect(snapshotCell(sheet, "GR10000").value).toBe("последняя в блоке");
    expect(snapshotCell(sheet, "B2").value).toBe(5);
    expect(sheet.merges).toEqual(["B2:C3"]);
    expect(sheet.clipped).toEqual({ rows: 10_001, columns: 201, message: expect.stringMatching(/блок A1:GR10000, данные листа доходят до ячейки GS10001/) });
  });

  it("many sheets with far corners: the cells of all grids together are capped, and the error says where", async () => {
    const bytes = await plainWorkbook((wb) => {
      for (const name of ["Первый", "Второй"]) {
        const sheet = wb.addWorksheet(name);
        sheet.getCell("A1").value = 1;
        sheet.getCell("GR10000").value = 2;
      }
    });
    expect(await readError(bytes)).toEqual({ kind: "too-large", limit: "workbook-cells", message: expect.stringMatching(/больше 2 000 000 .*«Второй»/) });
  });
});

describe("a zip bomb stops at the unpacked-size limit", () => {
  it.each([
    ["declaring its true size of 1 GB", "undefined"],
    ["declaring 1 000 bytes", "1000"],
  ])("1 GB of sheet XML, %s", (_label, declared) => {
    const run = readInChild(`async (h) => h.zipBomb("xl/worksheets/sheet1.xml", ${declared})`, { timeoutMs: 60_000, maxOldSpaceMb: 768 });
    expect(run.timedOut).toBe(false);
    expect(run.reported).toEqual({
      bytes: expect.any(Number),
      error: "XlsxReadError",
      kind: "too-large",
      limit: "unpacked-bytes",
      message: "Книга в распакованном виде больше 20 МБ (превышение в части «xl/worksheets/sheet1.xml»): такую книгу надстройка не читает. Удалите лишние листы и данные или проверьте, не повреждён ли файл.",
    });
    expect((run.reported as { bytes: number }).bytes).toBeLessThan(2_000_000);
  });

  it("a bomb in a part the reader does not need (an image) is never inflated: the workbook reads", () => {
    const run = readInChild(`async (h) => h.zipBomb("xl/media/image1.png")`, { timeoutMs: 60_000, maxOldSpaceMb: 768 });
    expect(run.timedOut).toBe(false);
    expect(run.reported).toMatchObject({ sheets: [{ rows: 2, columns: 2, a1: 1 }] });
  });
});

describe("files that are not a readable workbook say what they are", () => {
  it.each<[string, () => Promise<Buffer>, XlsxReadErrorKind, RegExp]>([
    ["an empty file", () => Promise.resolve(Buffer.alloc(0)), "not-a-workbook", /^Файл пуст/],
    ["a CSV text", () => Promise.resolve(Buffer.from("Орган;Сотрудники\nДепартамент;90\n")), "not-a-workbook", /не является книгой Excel/],
    ["a zip that is not a workbook", () => zipOf({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" }), "not-a-workbook", /другой документ в формате ZIP/],
    ["an OpenDocument spreadsheet", () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }), "not-a-workbook", /OpenDocument \(\.ods\)/],
    ["a binary workbook", () => zipOf({ "xl/workbook.bin": "binary", "[Content_Types].xml": "<Types/>" }), "not-a-workbook", /\.xlsb/],
    ["a password-protected workbook (OLE file with EncryptedPackage)", () => Promise.resolve(compoundFile(["EncryptionInfo", "EncryptedPackage"])), "encrypted", /защищена паролем/],
    ["an Excel 97–2003 file", () => Promise.resolve(compoundFile(["Workbook", "SummaryInformation"])), "legacy-format", /97–2003 \(\.xls\)/],
    ["a truncated workbook", async () => (await plainWorkbook()).subarray(0, 3000), "corrupted", /повреждён или обрезан/],
    ["a workbook with its end cut by a few bytes", async () => { const b = await plainWorkbook(); return b.subarray(0, b.length - 5); }, "corrupted", /повреждён или обрезан/],
    ["sheet XML cut in the middle", async () => withParts(await plainWorkbook(), { [SHEET]: `<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1"><c r="A1"><v>1</v>` }), "malformed", /ошибка в XML/],
    ["sheet XML that is not XML", async () => withParts(await plainWorkbook(), { [SHEET]: "not xml <<<" }), "malformed", /ошибка в XML/],
    ["an empty sheet part", async () => withParts(await plainWorkbook(), { [SHEET]: "" }), "malformed", /ошибка в XML/],
    ["a cell without its row number", async () => withParts(await plainWorkbook(), { [SHEET]: sheetXml("<row><c><v>1</v></c></row>") }), "malformed", /ошибка в XML/],
    ["a merge without a range", async () => withParts(await plainWorkbook(), { [SHEET]: sheetXml("", '<mergeCells><mergeCell/></mergeCells>') }), "malformed", /ошибка в XML/],
    ["a shared string that does not exist", async () => withParts(await plainWorkbook(), { [SHEET]: sheetXml('<row r="1"><c r="A1" t="s"><v>99</v></c></row>') }), "malformed", /ошибка в XML/],
    ["a workbook part with a sheet of no name", async () => withParts(await plainWorkbook(), { "xl/workbook.xml": "<workbook><sheets><sheet/></sheets></workbook>" }), "malformed", /ошибка в XML/],
    ["a workbook whose sheet part is missing", async () => withParts(await plainWorkbook(), { [SHEET]: null }), "malformed", /Лист «Лист1» не удалось прочитать/],
    ["overlapping merges", async () => withParts(await plainWorkbook(), { [SHEET]: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>', '<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="A1:B2"/><mergeCell ref="A1:B2"/></mergeCells>') }), "malformed", /пересекаются/],
    ["a file of more than 64 MB", () => Promise.resolve(Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(MAX_FILE_BYTES)])), "too-large", /Файл слишком большой: 64 МБ, надстройка читает файлы до 64 МБ/],
  ])("%s", async (_label, make, kind, message) => {
    expect(await readError(await make())).toMatchObject({ kind, message: expect.stringMatching(message) });
  });

  it("a zip of 2 500 parts is refused before it is unpacked", async () => {
    const parts: Record<string, string> = {};
    for (let i = 0; i < 2500; i++) parts[`xl/media/part${i}.txt`] = "x";
    const bytes = await withParts(await plainWorkbook(), parts);
    expect(await readError(bytes)).toEqual({ kind: "too-large", limit: "package-entries", message: expect.stringMatching(/слишком много частей \(2\d{3}, допустимо до 2000\)/) });
  });

  it("an ArrayBuffer of the same bytes gives the same error", async () => {
    const bytes = Buffer.from("not a workbook");
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    await expect(readXlsx(arrayBuffer)).rejects.toMatchObject({ kind: "not-a-workbook" });
  });
});

describe("a workbook written by Excel or exceljs reads as before", () => {
  it("drawings, comments, hyperlinks and validations are skipped without losing a value", async () => {
    const bytes = await plainWorkbook((wb: Workbook) => {
      const sheet = wb.addWorksheet("Лист1");
      sheet.getCell("A1").value = { text: "ссылка", hyperlink: "https://example.org/" };
      sheet.getCell("A2").value = 3;
      sheet.getCell("A2").note = "примечание";
      sheet.getCell("A3").dataValidation = { type: "whole", formulae: [0], allowBlank: true };
      sheet.getCell("A3").value = 4;
      sheet.getColumn(1).width = 40;
    });
    const [sheet] = (await readXlsx(bytes)).sheets;
    expect(sheet.values).toEqual([["ссылка"], [3], [4]]);
  });
});

describe("property: any damage to a workbook's bytes is a typed error or a snapshot, never another error", () => {
  it("flipped, cut and inserted bytes", async () => {
    const base = await plainWorkbook();
    const damage = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat({ max: base.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat({ max: base.length - 1 }) }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat({ max: base.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (damages) => {
        let bytes = Buffer.from(base);
        for (const d of damages) {
          const at = Math.min(d.at, bytes.length - 1);
          if (d.kind === "flip") bytes[at] = d.byte;
          else if (d.kind === "cut") bytes = bytes.subarray(0, at);
          else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
          if (bytes.length === 0) break;
        }
        try {
          const snapshot = await readXlsx(bytes);
          expect(Array.isArray(snapshot.sheets)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(XlsxReadError);
          expect((error as XlsxReadError).message).toMatch(/[а-я]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
