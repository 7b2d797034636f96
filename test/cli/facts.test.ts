/**
 * `cdto roadmap --fact` and `cdto validate --as-of`: a roadmap of the invented region made with fact rows, its plan
 * and facts typed in, recalculated by LibreOffice, then checked by two reporting dates.
 */
import { Workbook } from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { findSector, sectorIndicators, workbookTarget, type Sector } from "../../src/core/catalog";
import { parseEdition, roadmapYears } from "../../src/core/edition";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { cellAddress, parseRange } from "../../src/core/sheet-model";
import { readXlsx } from "../../src/xlsx";
import { cdto, workDir } from "../support/cli";
import { recalculate } from "../support/libreoffice";

const SLOW = 240_000;
const FIXTURE = join(__dirname, "../fixtures/editions/priozernaya-2025.json");
const edition = parseEdition(editionJson);
const years = roadmapYears(edition);
const sector = findSector("1.3", edition.sectors) as Sector;
const model = buildRoadmap(sector, { edition, facts: true });
const row = (name: string) => parseRange(model.names.find((n) => n.name === name)?.range ?? "A1").top;
type Report = { sheets: { findings: { severity: string; code: string; year?: string; address: string; message: string }[] }[] };

let dir: string;
let file: string;
beforeAll(async () => {
  dir = workDir();
  file = join(dir, "ДК транспорт.xlsx");
  expect(cdto(["roadmap", "--catalog", FIXTURE, "--sector", "1.3", "--fact", "--out", file], dir).code).toBe(0);
  const book = new Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  // The plan at the targets; the facts: 2025 below the target for indicator 1 (45 % of 50 %), 2026 at the plan.
  for (const indicator of sectorIndicators(sector)) {
    years.forEach((year, y) => {
      sheet.getCell(cellAddress(row(roadmapNames.value(indicator.number)), 1 + y)).value = workbookTarget(indicator, year) ?? "x";
      sheet.getCell(cellAddress(row(roadmapNames.activities(indicator.number)), 1 + y)).value = "по плану";
    });
    const fact = (y: number) => (indicator.number === 1 && y === 0 ? 0.45 : (workbookTarget(indicator, years[y]) as number));
    [0, 1].forEach((y) => (sheet.getCell(cellAddress(row(roadmapNames.fact(indicator.number)), 1 + y)).value = fact(y)));
  }
  await book.xlsx.writeFile(file);
  writeFileSync(file, await recalculate(readFileSync(file)));
}, SLOW);

it("writes the fact, achievement and status rows, whose formulas LibreOffice computes", async () => {
  const sheet = (await readXlsx(readFileSync(file))).sheets[0];
  const at = (name: string, y: number) => sheet.values[row(name)][1 + y];
  expect(at(roadmapNames.achievement(1), 0)).toBeCloseTo(0.9, 12);
  expect(at(roadmapNames.status(1), 0)).toBe("под угрозой");
  expect(at(roadmapNames.status(2), 1)).toBe("достигнуто");
  expect(at(roadmapNames.actual, 0)).toBeCloseTo(0.45, 12);
}, SLOW);

it("judges the facts by the reporting date given with --as-of", () => {
  const run = (asOf: string) => {
    const result = cdto(["validate", file, "--json", "--as-of", asOf], dir);
    return { code: result.code, findings: (JSON.parse(result.stdout) as Report[])[0].sheets[0].findings.filter((f) => f.code.startsWith("fact-")) };
  };
  const mid2026 = run("30.06.2026");
  expect(mid2026.code).toBe(1);
  expect(mid2026.findings.map((f) => `${f.severity} ${f.code} ${f.year}`)).toEqual(["error fact-below-target 2025", "warning fact-below-plan 2025"]);
  expect(mid2026.findings[0].message).toMatch(/Факт показателя 1 за 2025: 45 % ниже целевого значения стратегии 50 %/);
  // By 2028 the 2026 facts are in, the 2027 ones are missing.
  const later = run("2028-01-15");
  expect(later.findings.filter((f) => f.code === "fact-missing").map((f) => f.year)).toEqual(["2027", "2027"]);
  // Before 2025 ended, every fact typed is for a year still ahead.
  expect(run("01.03.2024").findings.every((f) => f.code === "fact-future")).toBe(true);
});

it("refuses a reporting date that is not a day, in Russian", () => {
  const result = cdto(["validate", file, "--as-of", "31.02.2027"], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/Дата отчёта «31\.02\.2027»: такого дня нет/);
  expect(cdto(["validate", file, "--as-of", "завтра"], dir).stderr).toMatch(/не понята: укажите её как 31\.12\.2026/);
});
