/**
 * The files a command works on: files and folders as given (folders searched through, Excel's «~$» lock files and
 * hidden files left out), and reading one workbook with its problems said in Russian.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { basename, extname, join } from "path";
import { readXlsx, type WorkbookSnapshot } from "../xlsx";
import { CliError } from "./errors";

export interface Input {
  /** As given or found in a folder. */
  path: string;
  /** A problem that keeps the file from being read at all. */
  missing?: string;
}

const WORKBOOK = new Set([".xlsx", ".xlsm"]);

export function expandInputs(paths: readonly string[], extensions: ReadonlySet<string> = WORKBOOK): Input[] {
  if (paths.length === 0) throw new CliError("Укажите файл .xlsx или папку с файлами.");
  const inputs: Input[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      inputs.push({ path, missing: "файл или папка не найдены" });
      continue;
    }
    if (statSync(path).isDirectory()) {
      const found = walk(path).filter((file) => extensions.has(extname(file).toLowerCase()));
      if (found.length === 0) inputs.push({ path, missing: `в папке нет файлов ${[...extensions].join(", ")}` });
      inputs.push(...found.map((file) => ({ path: file })));
    } else inputs.push({ path });
  }
  return inputs;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, "ru"))) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** A file's workbook, or a Russian sentence saying why it cannot be read. */
export async function readWorkbook(path: string): Promise<WorkbookSnapshot> {
  const data = readFileSync(path);
  try {
    return await readXlsx(data);
  } catch (error) {
    throw new CliError(unreadable(basename(path), data, error));
  }
}

/** Why a file is not a workbook we can read: by its first bytes, or by what the reader said. */
function unreadable(name: string, data: Buffer, error: unknown): string {
  const said = error instanceof Error && /[а-яё]/i.test(error.message) ? error.message : undefined;
  if (said) return said;
  if (data.length === 0) return `Файл «${name}» пуст.`;
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return `Файл «${name}» — книга в старом формате .xls или защищена паролем: сохраните её как .xlsx без пароля.`;
  }
  if (!data.subarray(0, 2).equals(Buffer.from("PK"))) return `Файл «${name}» — не книга Excel (.xlsx).`;
  return `Файл «${name}» повреждён или сохранён не полностью: откройте и сохраните его заново как .xlsx.`;
}
