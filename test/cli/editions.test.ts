/**
 * A region's own strategy through the command line, as a user runs it: `cdto catalog export` / `import`, the mistakes
 * of a table one per line, `--catalog` on the other commands, and the sample table kept in samples/.
 */
import { Workbook } from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import editionJson from "../fixtures/editions/priozernaya-2025.json";
import { EDITION_SHEET, builtInEdition, parseEdition, tableData } from "../../src/core/edition";
import { readXlsx } from "../../src/xlsx";
import { REPO_ROOT } from "../support/seeds";
import { cdto, hasStackTrace, workDir } from "../support/cli";

const SLOW = 120_000;
const FIXTURE = join(__dirname, "../fixtures/editions/priozernaya-2025.json");
const SAMPLE = join(REPO_ROOT, "samples", "edition-priozernaya-2025.xlsx");
const fixture = parseEdition(editionJson);
let dir: string;
beforeAll(() => {
  dir = workDir();
});

const readJson = (file: string) => parseEdition(JSON.parse(readFileSync(join(dir, file), "utf8")));

describe("cdto catalog", () => {
  it("explains itself, and each subcommand has --help", () => {
    for (const args of [["catalog", "--help"], ["catalog", "import", "--help"], ["catalog", "export", "--help"]]) {
      const run = cdto(args, dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("cdto catalog");
    }
    expect(cdto(["--help"], dir).stdout).toMatch(/cdto catalog import <стратегия\.xlsx> --out редакция\.json/);
  });

  it.each([
    [["catalog"], /cdto catalog — /, "stdout"],
    [["catalog", "merge"], /Неизвестная команда «catalog merge»/, "stderr"],
    [["catalog", "import"], /Укажите один файл/, "stderr"],
    [["catalog", "import", "нет.xlsx", "--out", "r.json"], /Файл «нет\.xlsx» не найден/, "stderr"],
    [["catalog", "import", "x.xlsx"], /--out редакция\.json/, "stderr"],
    [["catalog", "export"], /Укажите, куда записать/, "stderr"],
    [["sectors", "--catalog", "нет.json"], /Файл редакции «нет\.json» не найден/, "stderr"],
  ])("cdto %j: exit 2 with a Russian line", (args, message, stream) => {
    const run = cdto(args, dir);
    expect(run.code).toBe(2);
    expect(stream === "stdout" ? run.stdout : run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("exports the built-in strategy and imports it back to the built-in edition; never over a file without --force", () => {
    const made = cdto(["catalog", "export", "--out", "стратегия.xlsx"], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Смоленская область, 2021 \(smolensk-2021\): 11 отраслей, 56 проектов, 107 показателей, годы 2022–2024/);
    expect(cdto(["catalog", "export", "--out", "стратегия.xlsx"], dir).stderr).toMatch(/уже есть/);
    const imported = cdto(["catalog", "import", "стратегия.xlsx", "--out", "редакция.json"], dir);
    expect(imported.code).toBe(0);
    expect(tableData(readJson("редакция.json"))).toEqual(tableData(builtInEdition));
    expect(readJson("редакция.json").id).toBe("smolensk-2021");
    expect(cdto(["catalog", "import", "стратегия.xlsx", "--out", "редакция.json"], dir).code).toBe(2);
    expect(cdto(["catalog", "import", "стратегия.xlsx", "--out", "редакция.json", "--force"], dir).code).toBe(0);
  }, SLOW);

  it("the sample table in samples/ imports to exactly the invented region's edition", () => {
    const run = cdto(["catalog", "import", SAMPLE, "--out", "образец.json"], dir);
    expect(run.code).toBe(0);
    expect(readJson("образец.json")).toEqual(fixture);
  }, SLOW);

  it("lists every mistake of a table, one per line, exit 1, and writes nothing", async () => {
    expect(cdto(["catalog", "export", "--catalog", FIXTURE, "--out", "ошибки.xlsx"], dir).code).toBe(0);
    const book = new Workbook();
    await book.xlsx.readFile(join(dir, "ошибки.xlsx"));
    const table = book.getWorksheet("Показатели");
    if (!table) throw new Error("no sheet");
    table.getCell("E5").value = null; // the unit of the first indicator
    table.getCell("G6").value = "девять"; // a target
    const regional = book.getWorksheet("ЦЗ области");
    if (!regional) throw new Error("no sheet");
    regional.getCell("A3").value = "в 2026-м";
    await book.xlsx.writeFile(join(dir, "ошибки.xlsx"));
    const run = cdto(["catalog", "import", "ошибки.xlsx", "--out", "ошибки.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "Лист «Показатели», ячейка E5: не указана единица измерения показателя («%», «ед.», «усл. ед.»…).",
      "Лист «Показатели», ячейка G6: значение за 2026 год «девять» — не число; «x» — если цель не установлена.",
      "Лист «ЦЗ области», ячейка A3: «в 2026-м» — не год (ожидается, например, 2025).",
    ]);
    expect(run.stdout).toMatch(/В таблице «ошибки\.xlsx» 3 ошибки; редакция не записана\./);
    expect(existsSync(join(dir, "ошибки.json"))).toBe(false);
    const used = cdto(["sectors", "--catalog", "ошибки.xlsx"], dir);
    expect(used.code).toBe(2);
    expect(used.stderr).toMatch(/В таблице «ошибки\.xlsx» ошибки, редакция не загружена/);
  }, SLOW);

  it("a broken edition JSON is refused with what is wrong", () => {
    writeFileSync(join(dir, "плохая.json"), JSON.stringify({ id: "x", region: "Р", document: "Д", regionalTargets: {}, bands: [], sectors: [] }));
    const run = cdto(["indicators", "1.1", "--catalog", "плохая.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/плохая\.json: Файл редакции стратегии не читается: нет целевых значений ЦЗ региона/);
  });
});

describe("--catalog on the other commands", () => {
  it("sectors and indicators list the edition's sectors and years, from the .json or the table itself", () => {
    const sectors = cdto(["sectors", "--catalog", FIXTURE], dir);
    expect(sectors.stdout).toMatch(/1\.1\s+Здравоохранение\s+4\n1\.2\s+Образование\s+3\n1\.3\s+Транспорт\s+2/);
    const indicators = cdto(["indicators", "1,2", "--catalog", SAMPLE], dir);
    expect(indicators.code).toBe(0);
    expect(indicators.stdout).toMatch(/2025\s+2026\s+2027\s+2028\s+2029\s+2030/);
    expect(indicators.stdout).toMatch(/электронный журнал и дневник внедрены во всех школах\s+усл\. ед\.\s+x\s+1\s+1/);
    expect(cdto(["indicators", "7.1", "--catalog", FIXTURE], dir).stderr).toMatch(/Отрасль «7\.1» не найдена/);
  }, SLOW);

  it("roadmap --catalog builds the edition's sheet and stores the edition in a very hidden sheet", async () => {
    const run = cdto(["roadmap", "--catalog", FIXTURE, "--sector", "1.3", "--out", "ДК 1.3.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Записано: ДК 1\.3\.xlsx \(лист «ДК Транспорт»\)/);
    const book = await readXlsx(readFileSync(join(dir, "ДК 1.3.xlsx")));
    expect(book.sheets.map((s) => s.name)).toEqual(["ДК Транспорт", EDITION_SHEET]);
    expect(book.sheets[0].values[3].slice(1)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    const plain = await readXlsx(readFileSync(join(dir, (cdto(["roadmap", "--sector", "7.1", "--out", "ДК 7.1.xlsx"], dir), "ДК 7.1.xlsx"))));
    expect(plain.sheets.map((s) => s.name)).toEqual(["ДК Образование и наука"]);
  }, SLOW);

  it("summary --catalog draws the «Свод» against the edition; without it, against the edition the roadmaps were read with", async () => {
    for (const args of [["--catalog", FIXTURE], []]) {
      const out = `свод${args.length}.xlsx`;
      const run = cdto(["summary", "ДК 1.3.xlsx", "--out", out, ...args], dir);
      expect(run.stdout).toMatch(/без дорожной карты: 2 отрасли \(1\.1, 1\.2\)/);
      const svod = (await readXlsx(readFileSync(join(dir, out)))).sheets[0];
      const header = svod.values.find((row) => row[0] === "№") ?? [];
      expect(header.filter((v) => typeof v === "string" && v.startsWith("ЦЗ "))).toEqual(["ЦЗ 2025", "ЦЗ 2026", "ЦЗ 2027", "ЦЗ 2028", "ЦЗ 2029", "ЦЗ 2030"]);
    }
  }, SLOW);
});
