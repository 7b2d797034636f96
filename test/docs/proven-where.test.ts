/**
 * README «Что проверено и где» stays in step with the tests: every feature row names test files, every named file
 * exists, and every test file is named in some row, so a new test is placed and a removed one is taken out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The section's table rows: the first cell is the feature, the others list test files in backticks. */
function tableRows(): { feature: string; cells: string[] }[] {
  const start = readme.indexOf("## Что проверено и где");
  if (start < 0) throw new Error("README has no section «Что проверено и где»");
  const end = readme.indexOf("\n## ", start + 5);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const lines = section.split("\n").filter((l) => l.startsWith("|"));
  return lines.slice(2).map((line) => {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    return { feature: cells[0], cells: cells.slice(1) };
  });
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return testFiles(path);
    return entry.endsWith(".test.ts") ? [relative(root, path).split("\\").join("/")] : [];
  });
}

const named = (cell: string) => [...cell.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((m) => m[1]);

describe("README «Что проверено и где»", () => {
  const rows = tableRows();

  it("has the features the add-in has", () => {
    expect(rows.map((r) => r.feature)).toEqual(
      expect.arrayContaining(["Функции", "Лист «Дорожная карта»", "Проверка и пометки", "Рейтинг и рекомендации", "«Свод»", "Факт и план", "Редакции стратегии", "Командная строка"]),
    );
  });

  it("names at least one existing test file for every feature, and only existing ones", () => {
    for (const row of rows) {
      const files = row.cells.flatMap(named);
      expect({ feature: row.feature, files: files.length > 0 }).toEqual({ feature: row.feature, files: true });
      for (const file of files) expect({ file, exists: existsSync(join(root, file)) }).toEqual({ file, exists: true });
    }
  });

  it("places every test file in some row", () => {
    const placed = new Set(rows.flatMap((r) => r.cells.flatMap(named)));
    const unplaced = testFiles(join(root, "test")).filter((f) => !placed.has(f));
    expect(unplaced).toEqual([]);
  });

  it("says for every feature what only real Excel can prove", () => {
    for (const row of rows) expect({ feature: row.feature, excelOnly: row.cells[row.cells.length - 1].length > 0 }).toEqual({ feature: row.feature, excelOnly: true });
  });
});
