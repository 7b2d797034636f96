/** Every `cdto` command run as a user runs it: the real program as a child process, in a folder of its own. */
import { Workbook } from "exceljs";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { catalog } from "../../src/core/catalog";
import { readXlsx } from "../../src/xlsx";
import { cdto, hasStackTrace, workDir } from "../support/cli";
import { compoundFile } from "../support/hostile-xlsx";

const SLOW = 120_000;
let dir: string;
beforeAll(() => {
  dir = workDir();
});

describe("help and usage", () => {
  it("explains itself in Russian, and every command has --help", () => {
    const main = cdto(["--help"], dir);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^cdto — дорожные карты «цифровой зрелости»/);
    for (const command of ["sectors", "indicators", "roadmap", "validate", "rating", "summary"]) {
      const help = cdto([command, "--help"], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`cdto ${command}`);
    }
  });

  it.each([
    [[], /^cdto — /, "stdout"],
    [["bogus"], /Неизвестная команда «bogus»/, "stderr"],
    [["validate", "--foo"], /Неизвестный параметр --foo/, "stderr"],
    [["roadmap"], /Укажите отрасль/, "stderr"],
    [["roadmap", "--sector"], /После --sector нужно значение/, "stderr"],
    [["roadmap", "--sector", "Культура"], /Отрасль «Культура» не найдена/, "stderr"],
    [["indicators"], /Укажите отрасль/, "stderr"],
    [["rating", "--sample"], /Укажите, куда записать/, "stderr"],
    [["summary", "."], /Укажите, куда записать/, "stderr"],
    [["validate"], /Укажите файл \.xlsx или папку/, "stderr"],
  ])("cdto %j: exit 2 with a Russian line, no stack trace", (args, message, stream) => {
    const run = cdto(args, dir);
    expect(run.code).toBe(2);
    expect(stream === "stdout" ? run.stdout : run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe("the catalog", () => {
  it("lists the strategy's sectors and a sector's indicators with their targets", () => {
    const sectors = cdto(["sectors"], dir);
    expect(sectors.code).toBe(0);
    for (const s of catalog) expect(sectors.stdout).toContain(`${s.code}`);
    const indicators = cdto(["indicators", "7,4"], dir);
    expect(indicators.code).toBe(0);
    expect(indicators.stdout).toMatch(/^7\.4 Транспорт и логистика/);
    expect(indicators.stdout).toMatch(/количество обращений пользователей к порталу www\.bus67\.ru\s+тыс\. посещений\s+290\s+300\s+310/);
  });
});

describe("cdto roadmap", () => {
  it("writes a sector's roadmap, never over an existing file unless --force", async () => {
    const made = cdto(["roadmap", "--sector", "образование и наука", "--out", "ДК.xlsx"], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Записано: ДК\.xlsx \(лист «ДК Образование и наука»\)/);
    const book = await readXlsx(readFileSync(join(dir, "ДК.xlsx")));
    expect(book.sheets[0].values[0][0]).toBe("Дорожная карта по достижению «цифровой зрелости» отрасли «Образование и наука»");
    const again = cdto(["roadmap", "--sector", "7.1", "--out", "ДК.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/уже есть/);
    expect(cdto(["roadmap", "--sector", "7.1", "--out", "ДК.xlsx", "--force"], dir).code).toBe(0);
  }, SLOW);

  it("--all writes every sector on a sheet of its own", async () => {
    expect(cdto(["roadmap", "--all", "--out", "все.xlsx"], dir).code).toBe(0);
    const book = await readXlsx(readFileSync(join(dir, "все.xlsx")));
    expect(book.sheets).toHaveLength(catalog.length);
  }, SLOW);
});

/** A roadmap file with one value below its target: 7.1 indicator 1 in 2022 (C8) at 10 % against 18 %. */
async function filledRoadmap(file: string): Promise<void> {
  expect(cdto(["roadmap", "--sector", "7.1", "--out", file, "--force"], dir).code).toBe(0);
  const book = new Workbook();
  await book.xlsx.readFile(join(dir, file));
  book.worksheets[0].getCell("C8").value = 0.1;
  await book.xlsx.writeFile(join(dir, file));
}

describe("cdto validate", () => {
  it("says what misses the strategy, as a table or as JSON, with exit 1 for errors", async () => {
    await filledRoadmap("один.xlsx");
    const table = cdto(["validate", "один.xlsx"], dir);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/один\.xlsx — лист «ДК Образование и наука», отрасль 7\.1 «Образование и наука»/);
    expect(table.stdout).toMatch(/Ошибки:\n(?:.*\n)*?\s+C8\s+Показатель 1, 2022: 10 % ниже целевого значения стратегии 18 %/);
    const json = cdto(["validate", "один.xlsx", "--json"], dir);
    const reports = JSON.parse(json.stdout) as { file: string; sheets: { sheet: string; sector: { code: string }; findings: { severity: string; code: string; address: string; message: string }[] }[] }[];
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ file: "один.xlsx", sheets: [{ sheet: "ДК Образование и наука", sector: { code: "7.1", name: "Образование и наука" } }] });
    expect(reports[0].sheets[0].findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "error", code: "target-missed", address: "C8" })]));
    expect(cdto(["validate", "один.xlsx", "--sheet", "Нет такого"], dir)).toMatchObject({ code: 2 });
  }, SLOW);

  it("checks every file of a folder, lists the ones it cannot read and why, and shows progress on stderr", async () => {
    const folder = join(dir, "входящие");
    mkdirSync(join(folder, "март"), { recursive: true });
    await filledRoadmap("два.xlsx");
    copyFileSync(join(dir, "два.xlsx"), join(folder, "Образование.xlsx"));
    copyFileSync(join(dir, "два.xlsx"), join(folder, "март", "Образование (исправлено).xlsx"));
    writeFileSync(join(folder, "не книга.xlsx"), "это не книга Excel");
    writeFileSync(join(folder, "пустой.xlsx"), "");
    const whole = readFileSync(join(dir, "два.xlsx"));
    writeFileSync(join(folder, "обрезан.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    // Excel's «Зашифровать паролем» keeps the package in an OLE compound file, beside an EncryptionInfo stream.
    writeFileSync(join(folder, "с паролем.xlsx"), compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    writeFileSync(join(folder, "~$Образование.xlsx"), "lock file of an open workbook");
    const run = cdto(["validate", "входящие", "--json"], dir);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; sheets?: unknown[]; error?: string }[];
    const byName = new Map(reports.map((r) => [r.file.split(/[\\/]/).pop(), r]));
    expect([...byName.keys()].sort()).toEqual(["Образование (исправлено).xlsx", "Образование.xlsx", "не книга.xlsx", "обрезан.xlsx", "пустой.xlsx", "с паролем.xlsx"].sort());
    expect(byName.get("Образование.xlsx")?.sheets).toHaveLength(1);
    expect(byName.get("Образование (исправлено).xlsx")?.sheets).toHaveLength(1);
    for (const bad of ["не книга.xlsx", "обрезан.xlsx", "пустой.xlsx", "с паролем.xlsx"]) expect(byName.get(bad)?.error).toMatch(/[а-яё]/);
    expect(byName.get("с паролем.xlsx")?.error).toMatch(/парол/);
    expect(byName.get("пустой.xlsx")?.error).toMatch(/пуст/);
    expect(run.stderr).toMatch(/Файл 1 из 6: /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  }, SLOW);
});

describe("cdto rating", () => {
  it("writes the sample rating sheet and rates a workbook and a Windows-1251 CSV table", () => {
    expect(cdto(["rating", "--sample", "--out", "рейтинг.xlsx", "--force"], dir).code).toBe(0);
    const sample = cdto(["rating", "рейтинг.xlsx"], dir);
    expect(sample.code).toBe(0);
    expect(sample.stdout).toMatch(/Аппарат Администрации Смоленской области\s+118\s+82\s+69,5 %\s+5\s+высший балл/);
    expect(sample.stdout).not.toMatch(/ИТОГО/);
    const csv = "Орган;Количество сотрудников;Количество обученных\r\nДепартамент А;26;12\r\nДепартамент Б;90;много\r\n\"Комитет «В»; отдел\";118;82\r\n";
    writeFileSync(join(dir, "таблица.csv"), Buffer.from(new TextEncoder().encode(csv)));
    writeFileSync(join(dir, "таблица-1251.csv"), encode1251(csv));
    for (const file of ["таблица.csv", "таблица-1251.csv"]) {
      const run = cdto(["rating", file, "--out", `${file}.xlsx`, "--force"], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/Комитет «В»; отдел\s+118\s+82/);
      expect(run.stdout).toMatch(/Строка 3: Количество обученных: «много» — не число\./);
      expect(existsSync(join(dir, `${file}.xlsx`))).toBe(true);
    }
  }, SLOW);
});

describe("cdto summary", () => {
  it("makes the «Свод» of a folder: the sheets, a chart part, the unreadable files and the sectors nobody sent", async () => {
    const folder = join(dir, "свод");
    mkdirSync(folder, { recursive: true });
    await filledRoadmap("три.xlsx");
    copyFileSync(join(dir, "три.xlsx"), join(folder, "Департамент по образованию.xlsx"));
    writeFileSync(join(folder, "битый.xlsx"), "не книга");
    const run = cdto(["summary", "свод", "--out", "svod.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/В своде: 1 дорожная карта из 1; без дорожной карты: 10 отраслей/);
    const data = readFileSync(join(dir, "svod.xlsx"));
    const book = await readXlsx(data);
    expect(book.sheets.map((s) => s.name)).toEqual(["Свод", "Ниже цели"]);
    const svod = book.sheets[0].values.map((row) => row.map((v) => (v === null ? "" : String(v))).join("|"));
    expect(svod.some((line) => line.includes("Департамент по образованию|7.1 Образование и наука"))).toBe(true);
    expect(svod.filter((line) => line.includes("не представлено"))).toHaveLength(10);
    expect(svod.some((line) => line.includes("битый.xlsx") && line.includes("файл не прочитан"))).toBe(true);
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]));
  }, SLOW);
});

/** Windows-1251, as Russian Excel saves «CSV (разделители — точки с запятой)». */
function encode1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0xab) bytes.push(0xab);
    else if (code === 0xbb) bytes.push(0xbb);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return Buffer.from(bytes);
}
