/**
 * The strategy edition a command works with: `--catalog` (an edition .json written by `cdto catalog import`, or the
 * table .xlsx itself), the edition a checked workbook carries in its hidden sheet «ЦЗ_Редакция», and the built-in one.
 */
import { readFileSync } from "fs";
import { basename, extname } from "path";
import { BUILT_IN_EDITION_ID, EDITION_SHEET, EditionFormatError, builtInEdition, editionFromStoredCells, importEdition, parseEdition, type Edition, type ImportMistake, type ImportResult } from "../core/edition";
import type { WorkbookSnapshot } from "../xlsx";
import { CliError } from "./errors";
import { readWorkbook } from "./files";

/** «Лист «Показатели», ячейка B7: …», or «Лист «ЦЗ области»: …» for a whole sheet. */
export function mistakeLine(mistake: ImportMistake): string {
  return mistake.cell === "" ? `Лист «${mistake.sheet}»: ${mistake.message}.` : `Лист «${mistake.sheet}», ячейка ${mistake.cell}: ${mistake.message}.`;
}

/** A workbook in the edition table's layout, imported. */
export async function importWorkbook(path: string): Promise<ImportResult> {
  const book = await readWorkbook(path);
  return importEdition(book.sheets.filter((s) => s.name !== EDITION_SHEET).map((s) => ({ name: s.name, values: s.values })));
}

/** The edition a --catalog file holds; any problem is a CliError (exit 2) saying what is wrong. */
export async function editionFile(path: string): Promise<Edition> {
  const name = basename(path);
  if (extname(path).toLowerCase() === ".json") {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new CliError(`Файл редакции «${path}» не найден.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CliError(`Файл «${name}» — не JSON: укажите файл, записанный командой cdto catalog import, или таблицу .xlsx.`);
    }
    try {
      const edition = parseEdition(json);
      return edition.id === BUILT_IN_EDITION_ID ? builtInEdition : edition;
    } catch (error) {
      if (error instanceof EditionFormatError) throw new CliError(`${name}: ${error.message}`);
      throw error;
    }
  }
  const result = await importWorkbook(path);
  if (!result.ok) throw new CliError([`В таблице «${name}» ошибки, редакция не загружена (подробно: cdto catalog import ${name}):`, ...result.mistakes.map(mistakeLine)].join("\n"));
  return result.edition;
}

export async function catalogOption(path: string | undefined): Promise<Edition | undefined> {
  return path === undefined ? undefined : editionFile(path);
}

/** The edition a read workbook carries, if any; a damaged one is said, never replaced by another strategy. */
export function storedEdition(book: WorkbookSnapshot): Edition | undefined {
  const sheet = book.sheets.find((s) => s.name === EDITION_SHEET);
  if (!sheet) return undefined;
  try {
    return editionFromStoredCells(sheet.values);
  } catch (error) {
    if (error instanceof EditionFormatError) throw new CliError(error.message);
    throw error;
  }
}

/** The sheets that may hold a roadmap: all but the stored edition. */
export function roadmapSheets(book: WorkbookSnapshot): WorkbookSnapshot["sheets"] {
  return book.sheets.filter((s) => s.name !== EDITION_SHEET);
}

/** The editions a workbook's roadmaps may belong to, preferred first, each once: --catalog, the stored one, the built-in one. */
export function editionsFor(catalog: Edition | undefined, book: WorkbookSnapshot): Edition[] {
  const editions: Edition[] = [];
  for (const edition of [catalog, storedEdition(book), builtInEdition]) if (edition && !editions.some((e) => e.id === edition.id)) editions.push(edition);
  return editions;
}
