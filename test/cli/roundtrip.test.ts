/**
 * Files as the department receives them: made by `cdto roadmap`, filled (some values below target), saved again by
 * LibreOffice as a Р7 or LibreOffice user would; hand-filled roadmaps saved as .xlsx. `cdto validate --json` must
 * report exactly what the core finds on the same cells, and `cdto summary` must agree with the core, recalculated.
 */
import { Workbook } from "exceljs";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { findSector, sectorIndicators, workbookTarget } from "../../src/core/catalog";
import { buildRoadmap, roadmapNames } from "../../src/core/roadmap";
import { checkRoadmap, plannedAverages, type RoadmapGrid } from "../../src/core/roadmap/check";
import { cellAddress, parseRange } from "../../src/core/sheet-model";
import { readXlsx } from "../../src/xlsx";
import { cdto, workDir } from "../support/cli";
import { modelGrid, setCell } from "../roadmap/grid";
import { recalculate } from "../support/libreoffice";

const SLOW = 240_000;
const key = (f: { severity: string; code: string; address: string }) => `${f.severity} ${f.code} ${f.address}`;
type Report = { file: string; sheets: { sheet: string; sector: { code: string } | null; findings: { severity: string; code: string; address: string }[] }[] };

let dir: string;
let inbox: string;
beforeAll(() => {
  dir = workDir();
  inbox = join(dir, "входящие");
  mkdirSync(inbox);
});

/** The cells a body fills: every value at its target but two below it, every activity; as a grid and as cell writes. */
function fills(code: string): { writes: Map<string, number | string>; grid: RoadmapGrid } {
  const sector = findSector(code);
  if (!sector) throw new Error(code);
  const model = buildRoadmap(sector);
  const grid = modelGrid(model);
  const writes = new Map<string, number | string>();
  const row = (name: string) => parseRange(model.names.find((n) => n.name === name)?.range ?? "A1").top;
  sectorIndicators(sector).forEach((indicator, i) => {
    ["2021", "2022", "2023", "2024"].forEach((year, y) => {
      const target = workbookTarget(indicator, year);
      let value: number | string = target === undefined ? 0 : target === null ? "x" : target;
      if (i < 2 && year === "2023" && typeof target === "number") value = Math.max(0, target - 0.05);
      writes.set(cellAddress(row(roadmapNames.value(indicator.number)), 1 + y), value);
      writes.set(cellAddress(row(roadmapNames.activities(indicator.number)), 1 + y), "Мероприятия по плану");
    });
  });
  for (const [address, value] of writes) setCell(grid, address, value);
  return { writes, grid };
}

async function fillFile(file: string, writes: Map<string, number | string>): Promise<void> {
  const book = new Workbook();
  await book.xlsx.readFile(file);
  for (const [address, value] of writes) book.worksheets[0].getCell(address).value = value;
  await book.xlsx.writeFile(file);
}

/** A hand-made fixture typed into a workbook: its cells and merges, nothing else, as a person makes one. */
async function handMade(name: string): Promise<{ file: string; expected: string[] }> {
  const fixture = JSON.parse(readFileSync(join(__dirname, "../roadmap/fixtures", `${name}.json`), "utf8")) as { grid: RoadmapGrid; expected: { findings: { severity: string; code: string; address: string }[] } };
  const book = new Workbook();
  const sheet = book.addWorksheet("Дорожная карта");
  fixture.grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null && value !== undefined) sheet.getCell(fixture.grid.top + r + 1, fixture.grid.left + c + 1).value = value as string | number;
  }));
  for (const merge of fixture.grid.merges ?? []) sheet.mergeCells(merge);
  const file = join(inbox, `${name}.xlsx`);
  writeFileSync(file, await recalculate(Buffer.from(await book.xlsx.writeBuffer())));
  return { file, expected: fixture.expected.findings.map(key).sort() };
}

describe("validate after a round trip through LibreOffice", () => {
  it.each(["7.2", "7.5"])("a generated %s roadmap, filled and saved by LibreOffice: exactly the core's findings", async (code) => {
    const file = join(inbox, `Дорожная карта ${code}.xlsx`);
    expect(cdto(["roadmap", "--sector", code, "--out", file], dir).code).toBe(0);
    const { writes, grid } = fills(code);
    await fillFile(file, writes);
    writeFileSync(file, await recalculate(readFileSync(file)));
    const run = cdto(["validate", file, "--json"], dir);
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as Report[];
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0].sector?.code).toBe(code);
    expect(report.sheets[0].findings.map(key).sort()).toEqual(checkRoadmap(grid).findings.map(key).sort());
    expect(report.sheets[0].findings.filter((f) => f.code === "target-missed")).toHaveLength(2);
  }, SLOW);

  it.each(["handmade-numbered", "handmade-names-only", "handmade-education"])("%s typed into a workbook and saved by LibreOffice: the fixture's findings", async (name) => {
    const { file, expected } = await handMade(name);
    const [report] = JSON.parse(cdto(["validate", file, "--json"], dir).stdout) as Report[];
    expect(report.sheets[0].findings.map(key).sort()).toEqual(expected);
  }, SLOW);
});

describe("summary over the folder, recalculated by LibreOffice", () => {
  it("holds the core's planned ЦЗ per submission, live statuses and totals, and a chart of the counted sectors", async () => {
    expect(readdirSync(inbox).length).toBeGreaterThanOrEqual(5);
    const out = join(dir, "svod.xlsx");
    expect(cdto(["summary", inbox, "--out", out], dir).code).toBe(1);
    const data = await recalculate(readFileSync(out));
    const svod = (await readXlsx(data)).sheets[0];
    const header = svod.values.findIndex((row) => row[0] === "№");
    const years = ["2021", "2022", "2023", "2024"];
    const yearColumn = (y: string) => svod.values[header].indexOf(`ЦЗ ${y}`);
    const column = (title: string) => svod.values[header].indexOf(title);
    // Each generated submission: the planned ЦЗ the core computes from the same cells.
    for (const code of ["7.2", "7.5"]) {
      const row = svod.values.find((r) => String(r[1]).startsWith(`Дорожная карта ${code}`));
      if (!row) throw new Error(`no row for ${code}`);
      const roadmap = checkRoadmap(fills(code).grid).roadmap;
      if (!roadmap) throw new Error("not read");
      const means = plannedAverages(roadmap);
      for (const y of years) expect(row[yearColumn(y)]).toBeCloseTo(means.get(y)?.mean ?? NaN, 9);
      const below = years.some((y) => (means.get(y)?.mean ?? 1) < ({ "2021": 0.28, "2022": 0.33, "2023": 0.39, "2024": 0.45 } as Record<string, number>)[y]);
      expect(row[column("Статус")]).toBe(below ? "ниже среднего по области" : "не ниже среднего по области");
    }
    // The totals: AVERAGEIFS over the rows in the «Свод», as LibreOffice computed it.
    const totals = svod.values.find((r) => r[1] === "Среднее по дорожным картам в своде");
    const counted = svod.values.slice(header + 2).filter((r) => r[column("В своде")] === "да");
    for (const y of years) {
      const values = counted.map((r) => r[yearColumn(y)]).filter((v): v is number => typeof v === "number");
      expect(totals?.[yearColumn(y)]).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    }
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toMatch(/<c:lineChart>/);
    expect((chart?.match(/<c:ser>/g) ?? []).length).toBe(1 + counted.length);
  }, SLOW);
});
