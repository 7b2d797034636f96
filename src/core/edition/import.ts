/**
 * An edition imported from a workbook in the layout strategies are published in (protocol appendix 2): the sheets
 * «Показатели», «ЦЗ области», optionally «Шкала обучения» and «Сведения» (docs/editions.md). Pure: it takes the sheets'
 * values as read. An import with mistakes imports nothing and lists every mistake by sheet and cell.
 */
import { cellAddress } from "../sheet-model";
import { builtInEdition } from "./builtin";
import { editionId } from "./edition-id";
import { cellText, dateText, isBlank, numberOf, percentsOf, yearOf } from "./import-cells";
import { findIndicatorHeader, readIndicatorSheet, titleAbove } from "./import-indicators";
import { importMessages as m } from "./import-messages";
import { ImportNotes, type ImportMistake } from "./import-notes";
import { ABOUT_LABELS, EDITION_TABLE, REGIONAL_SHEET_NAMES, plainWords } from "./table-layout";
import { sameTableData } from "./table-data";
import type { Edition, EditionBand } from "./types";

export type { ImportMistake } from "./import-notes";

export interface ImportSheet {
  name: string;
  /** Values from A1, 0-based, as read (numbers, text, booleans, null). */
  values: unknown[][];
}

export type ImportResult = { ok: true; edition: Edition; warnings?: ImportMistake[] } | { ok: false; mistakes: ImportMistake[] };

const named = (sheets: readonly ImportSheet[], names: readonly string[]) => sheets.find((s) => names.includes(plainWords(s.name)));

export function importEdition(sheets: readonly ImportSheet[]): ImportResult {
  const notes = new ImportNotes();
  const indicatorSheet = named(sheets, [plainWords(EDITION_TABLE.indicators)]) ?? sheets.find((s) => findIndicatorHeader(s.values) !== undefined);
  let sectors: Edition["sectors"] = [];
  let title: string | undefined;
  if (!indicatorSheet) notes.mistake({ sheet: EDITION_TABLE.indicators, cell: "" }, m.noIndicatorSheet());
  else {
    const columns = findIndicatorHeader(indicatorSheet.values);
    if (!columns) notes.mistake({ sheet: indicatorSheet.name, cell: "A1" }, m.noHeader());
    else {
      sectors = readIndicatorSheet(indicatorSheet.name, indicatorSheet.values, columns, notes);
      title = titleAbove(indicatorSheet.values, columns);
    }
  }
  const regionalSheet = named(sheets, REGIONAL_SHEET_NAMES);
  const regionalTargets = regionalSheet ? readRegional(regionalSheet, notes) : {};
  if (!regionalSheet) notes.mistake({ sheet: EDITION_TABLE.regional, cell: "" }, m.noRegionalSheet());
  const bandsSheet = named(sheets, [plainWords(EDITION_TABLE.bands), "шкала", "шкала баллов"]);
  const bands = bandsSheet ? readBands(bandsSheet, notes) : builtInEdition.bands.map((b) => ({ ...b }));
  const about = readAbout(named(sheets, [plainWords(EDITION_TABLE.about)]), notes);
  const document = about.document ?? title;
  if (!document) notes.mistake({ sheet: EDITION_TABLE.about, cell: about.documentCell ?? "" }, m.documentMissing());
  if (notes.mistakes.length > 0 || !about.region || !document) return { ok: false, mistakes: notes.mistakes };

  const data: Omit<Edition, "id"> = {
    region: about.region,
    ...(about.regionGenitive ? { regionGenitive: about.regionGenitive } : {}),
    document,
    ...(about.approved ? { approved: about.approved } : {}),
    regionalTargets,
    bands,
    sectors,
  };
  const firstYear = Object.keys(regionalTargets).sort()[0];
  const candidate: Edition = { id: editionId(data.region, data.approved, firstYear), ...data };
  // The built-in strategy exported and imported again is the built-in edition, its project details included.
  const edition = sameTableData(candidate, builtInEdition) ? builtInEdition : candidate;
  return notes.warnings.length > 0 ? { ok: true, edition, warnings: notes.warnings } : { ok: true, edition };
}

interface PairRow {
  row: number;
  a: unknown;
  b: unknown;
}

/** The «A | B» rows of a two-column sheet below its header (the first filled row, when B is not a number there). */
function pairRows(sheet: ImportSheet, isData: (row: PairRow) => boolean): PairRow[] {
  const rows = sheet.values.map((v, row) => ({ row, a: v[0], b: v[1] })).filter((r) => !isBlank(r.a) || !isBlank(r.b));
  return rows.length > 0 && !isData(rows[0]) ? rows.slice(1) : rows;
}

function readRegional(sheet: ImportSheet, notes: ImportNotes): Record<string, number> {
  const at = (row: number, column: number) => ({ sheet: sheet.name, cell: cellAddress(row, column) });
  const rows = pairRows(sheet, (r) => yearOf(r.a) !== undefined || numberOf(r.b) !== undefined);
  if (rows.length === 0) notes.mistake(at(0, 0), m.noRegionalRows());
  const read: { year: string; row: number; value: { value: number; percentSign: boolean } }[] = [];
  const years = new Set<string>();
  for (const r of rows) {
    const year = yearOf(r.a);
    const value = numberOf(r.b);
    if (year === undefined) notes.mistake(at(r.row, 0), m.notAYear(cellText(r.a) || "пусто"));
    else if (years.has(year)) notes.mistake(at(r.row, 0), m.repeatedYear(year));
    if (value === undefined) notes.mistake(at(r.row, 1), m.regionalNotNumber(cellText(r.b) || "пусто"));
    if (year !== undefined && value !== undefined && !years.has(year)) read.push({ year, row: r.row, value });
    if (year !== undefined) years.add(year);
  }
  const { percents, smallAmongPercents } = percentsOf(read.map((r) => r.value));
  for (const i of smallAmongPercents) warnSmall(notes, at(read[i].row, 1), read[i].value.value);
  return Object.fromEntries(read.map((r, i) => [r.year, percents[i]]));
}

function readBands(sheet: ImportSheet, notes: ImportNotes): EditionBand[] {
  const at = (row: number, column: number) => ({ sheet: sheet.name, cell: cellAddress(row, column) });
  const rows = pairRows(sheet, (r) => numberOf(r.a) !== undefined && numberOf(r.b) !== undefined);
  if (rows.length === 0) notes.mistake(at(0, 0), m.noBandRows());
  const read: { row: number; bound: { value: number; percentSign: boolean }; score: number }[] = [];
  for (const r of rows) {
    const bound = numberOf(r.a);
    const score = numberOf(r.b);
    if (bound === undefined) notes.mistake(at(r.row, 0), m.boundNotNumber(cellText(r.a) || "пусто"));
    if (score === undefined) notes.mistake(at(r.row, 1), m.scoreNotNumber(cellText(r.b) || "пусто"));
    if (bound !== undefined && score !== undefined) read.push({ row: r.row, bound, score: score.value });
  }
  const { percents, smallAmongPercents } = percentsOf(read.map((r) => r.bound));
  for (const i of smallAmongPercents) warnSmall(notes, at(read[i].row, 0), read[i].bound.value);
  const seen = new Set<number>();
  read.forEach((r, i) => {
    const shown = String(percents[i]).replace(".", ",");
    if (percents[i] < 0 || percents[i] > 100) notes.mistake(at(r.row, 0), m.boundRange(shown));
    else if (seen.has(percents[i])) notes.mistake(at(r.row, 0), m.repeatedBound(shown));
    seen.add(percents[i]);
  });
  return read.map((r, i) => ({ lowerPercent: percents[i], score: r.score }));
}

function warnSmall(notes: ImportNotes, at: { sheet: string; cell: string }, value: number): void {
  const comma = (n: number) => String(n).replace(".", ",");
  notes.warn(at, m.smallAmongPercents(comma(value), comma(Math.round(value * 100 * 1e9) / 1e9)));
}

interface About {
  region?: string;
  regionGenitive?: string;
  document?: string;
  documentCell?: string;
  approved?: string;
}

function readAbout(sheet: ImportSheet | undefined, notes: ImportNotes): About {
  const about: About = {};
  let regionCell = "";
  for (const [row, values] of (sheet?.values ?? []).entries()) {
    const label = plainWords(cellText(values[0]));
    const value = cellText(values[1]);
    const cell = cellAddress(row, 1);
    if (label.includes("родительн")) about.regionGenitive = value || undefined;
    else if (label === plainWords(ABOUT_LABELS.region) || label === "субъект" || label === "субъект рф" || label === "наименование региона") {
      about.region = value || undefined;
      regionCell = cell;
    } else if (label === plainWords(ABOUT_LABELS.document) || label === "стратегия" || label === "наименование документа") {
      about.document = value || undefined;
      about.documentCell = cell;
    } else if (label.includes("утвержд")) about.approved = dateText(values[1]) || undefined;
  }
  if (!about.region) notes.mistake({ sheet: sheet?.name ?? EDITION_TABLE.about, cell: regionCell || (sheet ? "A1" : "") }, m.regionMissing());
  return about;
}
