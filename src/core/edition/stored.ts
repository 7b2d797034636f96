/**
 * An edition kept in the workbook, so the file a body sends carries the strategy it was filled against: a very hidden
 * sheet «ЦЗ_Редакция» whose column A holds a note for whoever unhides it, the format, the id and the edition as JSON
 * in pieces (a cell holds at most 32 767 characters). The built-in edition is kept by its id alone.
 */
import { builtInEdition, BUILT_IN_EDITION_ID } from "./builtin";
import { EditionFormatError, parseEdition } from "./from-json";
import type { SheetModel } from "../sheet-model";
import type { Edition } from "./types";

export const EDITION_SHEET = "ЦЗ_Редакция";
const FORMAT = "cdto-edition/1";
const NOTE = "Служебный лист надстройки «ЦЗ»: редакция стратегии, по которой заполнена книга. Не изменяйте его.";
/** Well under Excel's 32 767 characters per cell. */
export const STORED_CHUNK = 30_000;

/** Column A of the sheet, one value per row. */
export function storedEditionCells(edition: Edition): string[][] {
  const rows = [[NOTE], [FORMAT], [edition.id]];
  if (edition.id === BUILT_IN_EDITION_ID) return rows;
  const json = JSON.stringify(edition);
  for (let at = 0; at < json.length; at += STORED_CHUNK) rows.push([json.slice(at, at + STORED_CHUNK)]);
  return rows;
}

/**
 * The edition column A holds; undefined when the sheet is not ours (no format line). A damaged edition is an
 * EditionFormatError, so a user is told rather than silently checked against another strategy.
 */
export function editionFromStoredCells(values: readonly (readonly unknown[])[]): Edition | undefined {
  // Only text is ours: a number or a blank in column A is not part of the JSON.
  const column = values.map((row) => (typeof row[0] === "string" ? row[0] : ""));
  if (column[1] !== FORMAT) return undefined;
  const id = column[2] ?? "";
  const json = column.slice(3).join("");
  if (json === "") {
    if (id === BUILT_IN_EDITION_ID) return builtInEdition;
    throw new EditionFormatError([`на листе «${EDITION_SHEET}» нет описания редакции «${id}»`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new EditionFormatError([`описание редакции на листе «${EDITION_SHEET}» повреждено`]);
  }
  const edition = parseEdition(parsed);
  if (edition.id !== id) throw new EditionFormatError([`на листе «${EDITION_SHEET}» редакция «${id}» не совпадает с описанием «${edition.id}»`]);
  return edition;
}

/** The very hidden sheet that carries the edition, as a model any host writes. */
export function storedEditionSheet(edition: Edition): SheetModel {
  const rows = storedEditionCells(edition);
  return {
    name: EDITION_SHEET,
    cells: rows.map((row) => row.map((value) => ({ value }))),
    // Text, so that a piece of the JSON is never taken for a number or a formula.
    styles: [{ range: `A1:A${rows.length}`, style: { numberFormat: "@" } }],
    merges: [],
    columnWidths: [100],
    validations: [],
    names: [],
    inputRanges: [],
    visibility: "veryHidden",
  };
}
