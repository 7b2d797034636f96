/**
 * An edition from a `.json` file the user picked (as `cdto catalog import` writes it): read as text, parsed, every
 * field checked; what is wrong is listed in Russian, nothing is half-used.
 */
import { BUILT_IN_EDITION_ID, EditionFormatError, builtInEdition, parseEdition, type Edition } from "../core/edition";

/** Far above any strategy (the built-in one is about 60 KB): a bigger file is not an edition. */
export const MAX_EDITION_FILE_BYTES = 5 * 1024 * 1024;

export type EditionFileResult = { ok: true; edition: Edition } | { ok: false; problems: string[] };

export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsText(file, "utf-8");
  });
}

/** The file's text as an edition, or what is wrong with it. */
export function editionFromText(text: string): EditionFileResult {
  let json: unknown;
  try {
    // A BOM at the start (Notepad saves one) is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: ["файл не в формате JSON: откройте его в редакторе и проверьте скобки и кавычки"] };
  }
  try {
    const edition = parseEdition(json);
    // The built-in edition is kept in a workbook by its id alone: another edition under that id would be lost.
    if (edition.id === BUILT_IN_EDITION_ID && JSON.stringify(edition) !== JSON.stringify(builtInEdition)) {
      return { ok: false, problems: [`идентификатор «${BUILT_IN_EDITION_ID}» занят встроенной редакцией: укажите в поле «id» другой`] };
    }
    return { ok: true, edition };
  } catch (error) {
    if (error instanceof EditionFormatError) return { ok: false, problems: error.mistakes };
    throw error;
  }
}

export async function editionFromFile(file: File): Promise<EditionFileResult> {
  if (!/\.json$/i.test(file.name)) return { ok: false, problems: [`«${file.name}» — не файл .json`] };
  if (file.size > MAX_EDITION_FILE_BYTES) return { ok: false, problems: [`файл «${file.name}» слишком большой для редакции стратегии`] };
  return editionFromText(await readText(file));
}
