/**
 * Formulas written by writeXlsx, computed by LibreOffice and read back. exceljs stores no cached results, so every
 * value asserted here for a formula cell was computed by LibreOffice. Without LibreOffice this suite fails: it does
 * not skip.
 */
import { Workbook } from "exceljs";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { SheetModel } from "../../src/core/sheet-model";
import { readXlsx, snapshotCell, snapshotSheet } from "../../src/xlsx";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/xlsx";
import { findSoffice, recalculate, recalculatedSheets } from "../support/libreoffice";

const SLOW = 120_000;

function fakeProgram(dir: string, script: string): string {
  const file = join(dir, "soffice");
  writeFileSync(file, `#!/bin/sh\n${script}`);
  chmodSync(file, 0o755);
  return file;
}

/** Alive and not a zombie waiting for init to reap it (Linux /proc). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** Columns: A mixed inputs, B results; D:E an ascending bounds table; F:G a text-keyed table. */
const formulas: SheetModel = {
  name: "Проверка формул",
  cells: [
    [{ value: 4 }, { formula: "=AVERAGE(A1:A5)" }, { value: null }, { value: 0 }, { value: 1 }, { value: "Январь" }, { value: 10 }],
    [{ value: null }, { formula: "=AVERAGE(A1,A2,A3,A4)" }, { value: null }, { value: 10 }, { value: 2 }, { value: "Февраль" }, { value: 20 }],
    [{ value: "x" }, { formula: '=IFERROR(1/0,"нет")' }, { value: null }, { value: 30 }, { value: 3 }, { value: "Март" }, { value: 30 }],
    [{ value: 6 }, { formula: "=IFERROR(A1/A2,-1)" }, { value: null }, { value: 50 }, { value: 4 }],
    [{ value: null }, { formula: "=LOOKUP(35,D1:D5,E1:E5)" }, { value: null }, { value: 80 }, { value: 5 }],
    [{ value: 0.255 }, { formula: "=LOOKUP(50,D1:D5,E1:E5)" }],
    [{ value: 40 }, { formula: "=LOOKUP(100,D1:D5,E1:E5)" }],
    [{ value: 10 }, { formula: "=LOOKUP(-1,D1:D5,E1:E5)" }],
    [{ value: "=1+1" }, { formula: "=IFERROR(LOOKUP(-1,D1:D5,E1:E5),0)" }],
    [{ value: null }, { formula: "=INDEX(E1:E5,MATCH(30,D1:D5,0))" }],
    [{ value: null }, { formula: "=INDEX(E1:E5,MATCH(35,D1:D5,1))" }],
    [{ value: null }, { formula: '=INDEX(G1:G3,MATCH("Февраль",F1:F3,0))' }],
    [{ value: null }, { formula: "=ROUND(10/3,1)" }],
    [{ value: null }, { formula: "=ROUND(2.345,2)" }],
    [{ value: null }, { formula: "=CEILING(2.1,0.5)" }],
    [{ value: null }, { formula: "=CEILING(7,5)" }],
    [{ value: null }, { formula: "=A8/A7" }],
    [{ value: null }, { formula: "=Обучено/Сотрудников" }],
    [{ value: null }, { formula: "=IFNA(LOOKUP(-1,D1:D5,E1:E5),-2)" }],
    [{ value: null }, { formula: "=B17>=0.25" }],
  ],
  styles: [
    { range: "A6", style: { numberFormat: "0%" } },
    { range: "B17:B18", style: { numberFormat: "0.0%" } },
    { range: "B13:B16", style: { numberFormat: "0.00" } },
  ],
  merges: ["D7:E7"],
  columnWidths: [12, 14],
  validations: [],
  names: [
    { name: "Сотрудников", range: "A7" },
    { name: "Обучено", range: "A8" },
  ],
  inputRanges: ["A1:A5"],
  freeze: { rows: 1, columns: 0 },
  print: { orientation: "landscape", fitToWidth: true },
};

describe("findSoffice", () => {
  it("uses SOFFICE_PATH and says how to fix a wrong one", () => {
    expect(() => findSoffice({ SOFFICE_PATH: "/nonexistent/soffice" })).toThrow(/SOFFICE_PATH=\/nonexistent\/soffice is not an executable file.*apt-get install libreoffice-calc-nogui/);
  });

  it("says how to install LibreOffice when none is on PATH", () => {
    expect(() => findSoffice({ PATH: "/nonexistent" })).toThrow(/soffice not found on PATH.*SOFFICE_PATH/);
  });

  it("finds the LibreOffice this suite needs (install it or set SOFFICE_PATH if this fails)", () => {
    expect(findSoffice()).toMatch(/soffice|libreoffice/);
  });
});

describe("recalculate", () => {
  it(
    "recomputes a formula even when the file carries a stale cached result",
    async () => {
      // LibreOffice's default keeps this 999; only a forced recalculation on load gives 42.
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = 21;
      sheet.getCell("B1").value = { formula: "A1*2", result: 999 };
      const stale = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(snapshotCell((await readXlsx(stale)).sheets[0], "B1").value).toBe(999);

      const fresh = await readXlsx(await recalculate(stale));
      expect(snapshotCell(fresh.sheets[0], "B1")).toMatchObject({ value: 42, formula: "=A1*2" });
    },
    SLOW,
  );

  it("ends a conversion that hangs, with everything it started, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fake-soffice-"));
    try {
      const pidFile = join(dir, "child.pid");
      // A launcher that starts a child and waits, as soffice starts soffice.bin.
      const fake = fakeProgram(dir, `echo starting >&2\nsleep 30 &\necho $! > ${pidFile}\nwait\n`);
      await expect(recalculate(Buffer.from("x"), { soffice: fake, timeoutMs: 500 })).rejects.toThrow(/killed after 0.5 s\)\.\nstderr: starting/);
      const child = Number(readFileSync(pidFile, "utf8"));
      expect(isRunning(child)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("passes on the program's stderr when it fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fake-soffice-"));
    try {
      const fake = fakeProgram(dir, "echo 'cannot open display' >&2\nexit 3\n");
      await expect(recalculate(Buffer.from("x"), { soffice: fake })).rejects.toThrow(/exit 3\)\.\nstderr: cannot open display/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    "reports LibreOffice's failure instead of returning nothing",
    async () => {
      await expect(recalculate(Buffer.from("not a workbook"))).rejects.toThrow(/LibreOffice did not convert the workbook/);
    },
    SLOW,
  );
});

describe("generated formulas as LibreOffice computes them", () => {
  let snapshot: WorkbookSnapshot;
  let sheet: SheetSnapshot;
  const value = (address: string) => snapshotCell(sheet, address).value;

  beforeAll(async () => {
    snapshot = await recalculatedSheets([formulas]);
    sheet = snapshotSheet(snapshot, "Проверка формул");
  }, SLOW);

  it("AVERAGE skips blanks and text", () => {
    expect(value("B1")).toBe(5);
    expect(value("B2")).toBe(5);
  });

  it("IFERROR replaces errors, including a division by a blank", () => {
    expect(value("B3")).toBe("нет");
    expect(value("B4")).toBe(-1);
  });

  it("LOOKUP finds the band of an ascending bounds table; below the first bound it is #N/A", () => {
    expect(value("B5")).toBe(3);
    expect(value("B6")).toBe(4);
    expect(value("B7")).toBe(5);
    expect(value("B8")).toBe("#N/A");
    expect(value("B9")).toBe(0);
    expect(value("B19")).toBe(-2);
  });

  it("INDEX/MATCH, exact and approximate, with Cyrillic keys", () => {
    expect(value("B10")).toBe(3);
    expect(value("B11")).toBe(3);
    expect(value("B12")).toBe(20);
  });

  it("ROUND and CEILING", () => {
    expect(value("B13")).toBe(3.3);
    expect(value("B14")).toBe(2.35);
    expect(value("B15")).toBe(2.5);
    expect(value("B16")).toBe(10);
  });

  it("percentages: the value is a fraction, the format stays", () => {
    expect(snapshotCell(sheet, "A6")).toMatchObject({ value: 0.255, numberFormat: "0%" });
    expect(snapshotCell(sheet, "B17")).toMatchObject({ value: 0.25, numberFormat: "0.0%" });
    expect(value("B20")).toBe(true);
  });

  it("sheet-scoped names resolve in formulas and survive the round trip", () => {
    expect(value("B18")).toBe(0.25);
    expect(snapshotCell(sheet, "B18").formula).toBe("=Обучено/Сотрудников");
    expect([...sheet.names].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "Обучено", range: "A8" },
      { name: "Сотрудников", range: "A7" },
    ]);
  });

  it("keeps formulas as written, text '=1+1' as text, and merges", () => {
    expect(snapshotCell(sheet, "B5").formula).toBe("=LOOKUP(35,D1:D5,E1:E5)");
    expect(snapshotCell(sheet, "B19").formula).toBe("=IFNA(LOOKUP(-1,D1:D5,E1:E5),-2)");
    expect(snapshotCell(sheet, "A9")).toMatchObject({ value: "=1+1", formula: null });
    expect(sheet.merges).toEqual(["D7:E7"]);
  });
});
