/** The title «Дорожная карта … отрасли …» above the header, and the sector written in it (or on the line under it). */
import { SECTOR_CODE, catalog as defaultCatalog, findSector, normalizeName, type Catalog, type Sector } from "../../catalog";
import type { NamedParts } from "./defined-names";
import { trimEndOf } from "../../text";
import { plain, text, type GridView } from "./grid";

export interface Title {
  row: number;
  column: number;
  sectorText?: string;
}

const TITLE = /дорожная карта/;
const SECTOR_AFTER = /отрасл[иья]\s*([\s\S]*)$/i;

export function findTitle(view: GridView, headerRow: number, names: NamedParts): Title | undefined {
  const found = names.marker && isTitle(view, names.marker.row, names.marker.column) ? names.marker : firstTitleCell(view, headerRow);
  if (!found) return undefined;
  const fromTitle = sectorFromTitle(text(view.raw(found.row, found.column)));
  const sectorText = fromTitle || sectorBelowTitle(view, found.row, headerRow);
  return { row: found.row, column: found.column, ...(sectorText ? { sectorText } : {}) };
}

function isTitle(view: GridView, row: number, column: number): boolean {
  return TITLE.test(plain(text(view.raw(row, column))));
}

function firstTitleCell(view: GridView, headerRow: number): { row: number; column: number } | undefined {
  for (let row = view.top; row < headerRow; row++) {
    for (let column = view.left; column <= view.right; column++) if (isTitle(view, row, column)) return { row, column };
  }
  return undefined;
}

/** «… отрасли «Образование»», «… отрасли Здоровоохранение», «… отрасли __Туризм__» -> the name; «_____» -> "". */
function sectorFromTitle(title: string): string {
  const match = SECTOR_AFTER.exec(title);
  return match ? cleanSectorText(match[1]) : "";
}

function cleanSectorText(value: string): string {
  const cleaned = value
    .replace(/\(?\s*наименование отрасли\s*\)?/gi, " ")
    .replace(/_+/g, " ")
    .replace(/[«»"“”„]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return trimEndOf(cleaned, ".:;,").trim();
}

/** The blank «_____» left in the title and the name written on the line under it instead. */
function sectorBelowTitle(view: GridView, titleRow: number, headerRow: number): string {
  for (let row = titleRow + 1; row < headerRow; row++) {
    for (let column = view.left; column <= view.right; column++) {
      const value = text(view.raw(row, column));
      // Our own caption «(отрасль 7.1 Стратегии …)» and the template's «(наименование отрасли)» are not names.
      if (value === "" || value.startsWith("(")) continue;
      const cleaned = cleanSectorText(value);
      if (cleaned) return cleaned;
    }
  }
  return "";
}

const LEADING_CODE = new RegExp(`^\\s*(${SECTOR_CODE})(?![\\d])`);

/** By code or exact name (findSector), else the only sector whose name starts or is contained in the text. */
export function matchSectorText(value: string, source: Catalog = defaultCatalog): Sector | undefined {
  const direct = findSector(value, source);
  if (direct) return direct;
  const code = LEADING_CODE.exec(value);
  const byCode = code ? findSector(code[1], source) : undefined;
  if (byCode) return byCode;
  const wanted = normalizeName(value);
  if (wanted.length < 4) return undefined;
  const hits = source.filter((s) =>
    [s.name, s.printedName]
      .filter((n): n is string => n !== undefined)
      .map(normalizeName)
      .some((n) => n.startsWith(wanted) || wanted.startsWith(n) || wanted.includes(n)),
  );
  return hits.length === 1 ? hits[0] : undefined;
}
