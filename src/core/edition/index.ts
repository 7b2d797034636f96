/** The edition a caller works with, and what follows from it: its years, its regional row's words, its label. */
import { catalogYears } from "../catalog";
import { builtInEdition } from "./builtin";
import type { Edition } from "./types";

export { BUILT_IN_EDITION_ID, builtInEdition } from "./builtin";
export type { Edition, EditionBand } from "./types";
export { EditionFormatError, parseEdition } from "./from-json";
export { EDITION_SHEET, editionFromStoredCells, storedEditionCells, storedEditionSheet } from "./stored";
export { importEdition } from "./import";
export type { ImportMistake, ImportResult, ImportSheet } from "./import";
export { exportEdition } from "./export";
export { sameTableData, tableData } from "./table-data";

/** Years with a regional ЦЗ target, ascending, as text. */
export function regionalYears(edition: Edition = builtInEdition): string[] {
  return Object.keys(edition.regionalTargets).sort((a, b) => Number(a) - Number(b));
}

/** Years with an indicator target, ascending. */
export function targetYears(edition: Edition = builtInEdition): number[] {
  return catalogYears(edition.sectors);
}

/** The years a roadmap has columns for: every year with a regional or an indicator target, ascending, as text. */
export function roadmapYears(edition: Edition = builtInEdition): string[] {
  const years = new Set([...regionalYears(edition), ...targetYears(edition).map(String)]);
  return [...years].sort((a, b) => Number(a) - Number(b));
}

/** «Смоленская область, 2021»: how the pane and the sheets name an edition in one line. */
export function editionLabel(edition: Edition): string {
  return edition.approved ? `${edition.region}, ${edition.approved}` : edition.region;
}

/** «Смоленской области» or «региона»: the words that end «… декомпозированное на уровень …». */
export function regionLevel(edition: Edition): string {
  return edition.regionGenitive ?? `региона (${edition.region})`;
}
