/**
 * readRoadmap(grid) -> Roadmap: finds a filled «Дорожная карта» (protocol appendix 3) in a block of cell values.
 *
 * Two ways in, in this order: the sheet-scoped defined names our generated sheets carry (they follow the cells when
 * rows are inserted or the sheet is renamed), then the content (title, X | 2021 … header, row labels), which is all a
 * roadmap filled by hand from the protocol's template has. Nothing found is dropped silently: an indicator that
 * cannot be matched to the strategy, or a row with values nobody can place, comes back as a problem.
 */
import { catalog as defaultCatalog, findSector, normalizeName, sectorIndicators, type Catalog, type Sector, type SectorIndicator } from "../catalog";
import { readCell } from "../cell-value";
import { cellAddress, parseRange } from "../sheet-model";
import { roadmapNames, sectorCodeFromMarker } from "./layout";
import { roadmapMessages as M } from "./messages";

export interface RoadmapGrid {
  /** Cell values of a block of the sheet; values[0][0] is at (top, left), 0-based. */
  values: unknown[][];
  top: number;
  left: number;
  /** The sheet's defined names, ranges in A1 within the sheet («B8:E8», «$B$8:$E$8», «'ДК'!$B$8:$E$8»). */
  names?: { name: string; range: string; comment?: string }[];
  /** Merged areas («A1:E1»); a merged value sits in the top-left cell only. */
  merges?: string[];
  /** Cell notes by address; never read as values. */
  notes?: Record<string, string>;
}

export interface RoadmapCell {
  year: string;
  address: string;
  raw: unknown;
}

export interface RoadmapIndicator {
  /** The number the sheet shows («Значение показателя 2»), not the catalog number. */
  shownNumber: number;
  /** The row label as read (label columns joined). */
  label: string;
  /** The indicator's name as read from the label, without the «Значение показателя i» prefix and the unit. */
  name: string;
  /** The strategy indicator it was matched to. */
  catalog?: SectorIndicator;
  /** The catalog unit when matched, else the unit written in the label, if any. */
  unit?: string;
  valueRow: number;
  activitiesRow?: number;
  /** The «Целевое значение по Стратегии» row of a generated sheet: shown to people, never read as input. */
  targetRow?: number;
  cells: RoadmapCell[];
  activities: RoadmapCell[];
}

export interface Roadmap {
  sector?: Sector;
  /** The sector as written in the title, when it was written there. */
  sectorText?: string;
  years: { year: string; column: number }[];
  headerRow: number;
  /** The column of the row labels (the «X» column of the template). */
  labelColumn: number;
  regionalRow?: number;
  plannedRow?: number;
  /** The cells of the regional and planned ЦЗ rows, to compare with what the check computes. */
  regional: RoadmapCell[];
  planned: RoadmapCell[];
  indicators: RoadmapIndicator[];
  /** Where the roadmap was recognised from: our defined names, or the content only. */
  foundBy: "names" | "content";
}

export interface ReadProblem {
  severity: "error" | "warning";
  code: string;
  address: string;
  indicator?: { shownNumber: number; name: string };
  message: string;
}

export interface ReadResult {
  roadmap?: Roadmap;
  problems: ReadProblem[];
}

export interface ReadOptions {
  /** The sector when the caller knows it (e.g. chosen in the pane); wins over the title and the marker. */
  sector?: Sector | string;
  catalog?: Catalog;
}

export function readRoadmap(grid: RoadmapGrid, options: ReadOptions = {}): ReadResult {
  const view = gridView(grid);
  const names = namedParts(grid.names ?? []);
  const header = findHeader(view, names);
  if (!header) return { problems: [problem("error", "roadmap-not-found", cellAddress(grid.top, grid.left), M.notFound())] };

  const title = findTitle(view, header.row, names);
  const rows = classifyRows(view, header, names);
  if (!title && rows.values.length === 0 && rows.regionalRow === undefined && rows.plannedRow === undefined && !names.found) {
    return { problems: [problem("error", "roadmap-not-found", cellAddress(grid.top, grid.left), M.notFound())] };
  }

  const problems: ReadProblem[] = [];
  const source = options.catalog ?? defaultCatalog;
  const titleAddress = title?.address ?? cellAddress(header.row, header.labelColumn);
  const sector = resolveSector(options, names, title?.sectorText, rows.values, source, titleAddress, problems);
  const indicators = matchIndicators(rows.values, sector, view, header, problems);
  problems.push(...rows.unrecognized.map((row) => problem("warning", "row-unrecognized", cellAddress(row, header.labelColumn), M.rowUnrecognized(row + 1))));
  if (indicators.length === 0) problems.push(problem("warning", "no-indicators", cellAddress(header.row, header.labelColumn), M.noIndicators()));

  const yearCells = (row: number | undefined) => (row === undefined ? [] : header.years.map((y) => cellAt(view, row, y)));
  return {
    roadmap: {
      ...(sector ? { sector } : {}),
      ...(title?.sectorText ? { sectorText: title.sectorText } : {}),
      years: header.years,
      headerRow: header.row,
      labelColumn: header.labelColumn,
      ...(rows.regionalRow !== undefined ? { regionalRow: rows.regionalRow } : {}),
      ...(rows.plannedRow !== undefined ? { plannedRow: rows.plannedRow } : {}),
      regional: yearCells(rows.regionalRow),
      planned: yearCells(rows.plannedRow),
      indicators,
      foundBy: names.found ? "names" : "content",
    },
    problems,
  };
}

function problem(severity: ReadProblem["severity"], code: string, address: string, message: string, indicator?: ReadProblem["indicator"]): ReadProblem {
  return { severity, code, address, ...(indicator ? { indicator } : {}), message };
}

// ---------------------------------------------------------------------------------------------------------------
// The grid: sheet coordinates in, values out; merged areas resolved only where a merged value means every cell.

interface GridView {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The cell's own value (a merged area's value only at its top-left). */
  raw(row: number, column: number): unknown;
  /** The value shown in the cell: a cell inside a merged area shows the area's top-left value. */
  shown(row: number, column: number): unknown;
}

function gridView(grid: RoadmapGrid): GridView {
  const height = grid.values.length;
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const raw = (row: number, column: number): unknown => grid.values[row - grid.top]?.[column - grid.left] ?? null;
  const anchors = new Map<string, { row: number; column: number }>();
  for (const merge of grid.merges ?? []) {
    const area = safeRange(merge);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) anchors.set(`${r}:${c}`, { row: area.top, column: area.left });
    }
  }
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + height - 1,
    right: grid.left + width - 1,
    raw,
    shown: (row, column) => {
      const anchor = anchors.get(`${row}:${column}`);
      return anchor ? raw(anchor.row, anchor.column) : raw(row, column);
    },
  };
}

/** «'ДК 7.1'!$B$8:$E$8» -> rows and columns; undefined for anything that is not one A1 area. */
function safeRange(range: string): ReturnType<typeof parseRange> | undefined {
  const local = range.slice(range.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  if (!/^[A-Za-z]+\d+(:[A-Za-z]+\d+)?$/.test(local)) return undefined;
  return parseRange(local);
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Lower case, ё = е, one space: for recognising labels, not for matching names (normalizeName does that). */
function plain(value: string): string {
  return value.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

function cellAt(view: GridView, row: number, year: { year: string; column: number }): RoadmapCell {
  return { year: year.year, address: cellAddress(row, year.column), raw: view.shown(row, year.column) };
}

// ---------------------------------------------------------------------------------------------------------------
// Defined names of a generated sheet (layout.ts).

interface NamedParts {
  found: boolean;
  marker?: { row: number; column: number; comment?: string };
  years?: { row: number; left: number; right: number };
  regionalRow?: number;
  plannedRow?: number;
  /** Row -> what a name says the row is, with the catalog number for indicator rows. */
  rows: Map<number, { kind: "value" | "target" | "activities"; catalogNumber: number }>;
}

const NAME_PREFIX = {
  value: roadmapNames.value(0).replace(/0$/, ""),
  target: roadmapNames.target(0).replace(/0$/, ""),
  activities: roadmapNames.activities(0).replace(/0$/, ""),
} as const;

function indicatorNamePart(name: string): { kind: "value" | "target" | "activities"; catalogNumber: number } | undefined {
  for (const kind of ["value", "target", "activities"] as const) {
    const prefix = NAME_PREFIX[kind];
    if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) return { kind, catalogNumber: Number(name.slice(prefix.length)) };
  }
  return undefined;
}

function namedParts(names: NonNullable<RoadmapGrid["names"]>): NamedParts {
  const parts: NamedParts = { found: false, rows: new Map() };
  for (const { name, range, comment } of names) {
    const area = safeRange(range);
    if (!area) continue;
    const local = name.slice(name.lastIndexOf("!") + 1);
    const indicatorPart = indicatorNamePart(local);
    if (local === roadmapNames.marker) parts.marker = { row: area.top, column: area.left, ...(comment !== undefined ? { comment } : {}) };
    else if (local === roadmapNames.years) parts.years = { row: area.top, left: area.left, right: area.right };
    else if (local === roadmapNames.regional) parts.regionalRow = area.top;
    else if (local === roadmapNames.planned) parts.plannedRow = area.top;
    else if (indicatorPart) parts.rows.set(area.top, indicatorPart);
    else continue;
    parts.found = true;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Header row: X | 2021 | 2022 | 2023 | 2024, years as numbers or text («2022», «2022 г.», «2022 год»).

interface Header {
  row: number;
  labelColumn: number;
  /** Columns left of the first year: the label, and on hand-made sheets a name or unit column too. */
  labelColumns: number[];
  years: { year: string; column: number }[];
}

function yearOf(value: unknown): string | undefined {
  const match = typeof value === "number" ? /^(\d{4})$/.exec(String(value)) : /^\s*(\d{4})\s*(г\.?|год[а]?)?\s*$/i.exec(text(value));
  const year = match ? Number(match[1]) : NaN;
  return year >= 2000 && year <= 2100 ? String(year) : undefined;
}

function yearsInRow(view: GridView, row: number, from: number, to: number): { year: string; column: number }[] {
  const years: { year: string; column: number }[] = [];
  for (let column = from; column <= to; column++) {
    const year = yearOf(view.raw(row, column));
    if (year !== undefined) years.push({ year, column });
  }
  return years;
}

function ascending(years: { year: string }[]): boolean {
  return years.every((y, i) => i === 0 || Number(y.year) > Number(years[i - 1].year));
}

function findHeader(view: GridView, names: NamedParts): Header | undefined {
  const named = names.years;
  if (named) {
    const years = yearsInRow(view, named.row, named.left, named.right);
    if (years.length > 0 && ascending(years)) return header(view, named.row, years);
  }
  for (let row = view.top; row <= view.bottom; row++) {
    const years = yearsInRow(view, row, view.left, view.right);
    // A label column must stay left of the years, and two years in a row is a header, not a stray number.
    if (years.length >= 2 && ascending(years) && years[0].column > view.left) return header(view, row, years);
  }
  return undefined;
}

function header(view: GridView, row: number, years: { year: string; column: number }[]): Header {
  const labelColumns: number[] = [];
  for (let column = view.left; column < years[0].column; column++) labelColumns.push(column);
  return { row, labelColumn: labelColumns[0] ?? view.left, labelColumns, years };
}

// ---------------------------------------------------------------------------------------------------------------
// Title and the sector named in it.

interface Title {
  address: string;
  sectorText?: string;
}

const TITLE = /дорожная карта/;
const SECTOR_AFTER = /отрасл[иья]\s*([\s\S]*)$/i;

function findTitle(view: GridView, headerRow: number, names: NamedParts): Title | undefined {
  const candidates: { row: number; column: number }[] = [];
  if (names.marker) candidates.push(names.marker);
  for (let row = view.top; row < headerRow; row++) for (let column = view.left; column <= view.right; column++) candidates.push({ row, column });
  const found = candidates.find(({ row, column }) => TITLE.test(plain(text(view.raw(row, column)))));
  if (!found) return undefined;
  const address = cellAddress(found.row, found.column);
  const fromTitle = sectorFromTitle(text(view.raw(found.row, found.column)));
  const sectorText = fromTitle || sectorBelowTitle(view, found.row, headerRow);
  return { address, ...(sectorText ? { sectorText } : {}) };
}

/** «… отрасли «Образование»», «… отрасли Здоровоохранение», «… отрасли __Туризм__» -> the name; «_____» -> "". */
function sectorFromTitle(title: string): string {
  const match = SECTOR_AFTER.exec(title);
  return match ? cleanSectorText(match[1]) : "";
}

function cleanSectorText(value: string): string {
  return value
    .replace(/\(?\s*наименование отрасли\s*\)?/gi, " ")
    .replace(/_+/g, " ")
    .replace(/[«»"“”„]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.:;,]+$/, "")
    .trim();
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

/** By code or exact name (findSector), else the only sector whose name starts or is contained in the text. */
export function matchSectorText(value: string, source: Catalog = defaultCatalog): Sector | undefined {
  const direct = findSector(value, source);
  if (direct) return direct;
  const code = /^\s*(7\.\d{1,2})(?!\d)/.exec(value);
  if (code) return findSector(code[1], source);
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

function resolveSector(
  options: ReadOptions,
  names: NamedParts,
  sectorText: string | undefined,
  values: ValueRow[],
  source: Catalog,
  titleAddress: string,
  problems: ReadProblem[],
): Sector | undefined {
  if (options.sector !== undefined) {
    const chosen = typeof options.sector === "string" ? matchSectorText(options.sector, source) : options.sector;
    if (chosen) return chosen;
  }
  const markerCode = names.marker?.comment ? sectorCodeFromMarker(names.marker.comment) : undefined;
  const marked = markerCode ? findSector(markerCode, source) : undefined;
  if (marked) return marked;
  const titled = sectorText ? matchSectorText(sectorText, source) : undefined;
  if (titled) return titled;
  // A title without a usable sector: the indicator names usually tell which sector the roadmap is for.
  const inferred = inferSector(values, source);
  if (inferred) {
    problems.push(problem("warning", "sector-inferred", titleAddress, M.sectorInferred(sectorText, inferred.name)));
    return inferred;
  }
  problems.push(problem("error", "sector-unknown", titleAddress, M.sectorUnknown(sectorText)));
  return undefined;
}

function inferSector(values: ValueRow[], source: Catalog): Sector | undefined {
  let best: { sector: Sector; hits: number } | undefined;
  let tie = false;
  for (const sector of source) {
    const indicators = sectorIndicators(sector);
    const hits = values.filter((v) => matchIndicator(indicators, v.name).indicator).length;
    if (hits === 0) continue;
    if (!best || hits > best.hits) [best, tie] = [{ sector, hits }, false];
    else if (hits === best.hits) tie = true;
  }
  return best && !tie ? best.sector : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows under the header.

interface ValueRow {
  row: number;
  label: string;
  name: string;
  unit?: string;
  shown: number;
  /** Catalog number from a ЦЗ_Показатель_<n> name on this row. */
  namedNumber?: number;
  targetRow?: number;
  activitiesRow?: number;
}

interface Rows {
  values: ValueRow[];
  regionalRow?: number;
  plannedRow?: number;
  unrecognized: number[];
}

type ContentRole =
  | { kind: "regional" | "planned" | "breakdown" | "target" | "ignore" | "other" }
  | { kind: "value"; shown?: number }
  | { kind: "activities"; shown?: number };

const VALUE_LABEL = /^(?:значение\s+)?показател[ья]\s*(?:№\s*)?(\d+|n)?(?![а-я])\s*[:.)\-–—]?\s*/;
const NUMBERED_LABEL = /^(\d+)[.)]\s+(?=\S)/;
const ACTIVITIES_NUMBER = /показател[яьи]\s*(?:№\s*)?(\d+)/;

function contentRole(label: string): ContentRole {
  const l = plain(label);
  if (l === "" || /^[.…\s]+$/.test(l)) return { kind: "ignore" };
  if (/^среднее значение показателя цз/.test(l) || l.includes("декомпозирован")) return { kind: "regional" };
  if (/^плановое среднее/.test(l)) return { kind: "planned" };
  if (/^в том числе/.test(l)) return { kind: "breakdown" };
  if (/^целевое значение/.test(l)) return { kind: "target" };
  if (/^мероприяти/.test(l)) return { kind: "activities", ...numberFrom(ACTIVITIES_NUMBER.exec(l)?.[1]) };
  const value = VALUE_LABEL.exec(l) ?? NUMBERED_LABEL.exec(l);
  if (value) return { kind: "value", ...numberFrom(value[1]) };
  return { kind: "other" };
}

function numberFrom(digits: string | undefined): { shown?: number } {
  return digits !== undefined && /^\d+$/.test(digits) ? { shown: Number(digits) } : {};
}

const UNIT_AT_END =
  /(?:^|[\s,;(])(?:в\s+)?(%|процент(?:ов|ах)?|усл\.\s*ед\.?|усл\.ед\.?|ед\.|ед|балл(?:ов|\.|а)?|чел\.?|тыс\.\s*посещений)\s*\)?\s*$/i;

/** «Значение показателя 2 «доля …», %» -> name «доля …», unit «%». */
function nameAndUnit(label: string): { name: string; unit?: string } {
  let rest = label.replace(/\s+/g, " ").trim();
  const prefix = VALUE_LABEL.exec(plain(rest)) ?? NUMBERED_LABEL.exec(plain(rest));
  if (prefix) rest = rest.slice(prefix[0].length);
  const unit = UNIT_AT_END.exec(rest);
  if (unit && unit.index > 0) rest = rest.slice(0, unit.index);
  rest = rest.replace(/[\s,;:]+$/, "").trim();
  // The template wraps the name in «…»; the name itself may end in a quoted word: «… отрасли «Образование»».
  if (rest.startsWith("«") && rest.endsWith("»")) rest = rest.slice(1, -1).trim();
  return { name: rest, ...(unit && unit.index > 0 ? { unit: canonicalUnit(unit[1]) } : {}) };
}

function canonicalUnit(unit: string): string {
  const u = plain(unit).replace(/\s/g, "");
  if (u === "%" || u.startsWith("процент")) return "%";
  if (u.startsWith("усл")) return "усл. ед.";
  if (u.startsWith("ед")) return "ед.";
  if (u.startsWith("балл")) return "балл.";
  if (u.startsWith("чел")) return "чел.";
  return "тыс. посещений";
}

function labelOf(view: GridView, header: Header, row: number): string {
  return header.labelColumns.map((c) => text(view.raw(row, c))).filter((t) => t !== "").join(" ");
}

function hasYearValues(view: GridView, header: Header, row: number): boolean {
  return header.years.some((y) => readCell(view.raw(row, y.column)).kind !== "blank");
}

function classifyRows(view: GridView, header: Header, names: NamedParts): Rows {
  const rows: Rows = { values: [], unrecognized: [] };
  if (names.regionalRow !== undefined) rows.regionalRow = names.regionalRow;
  if (names.plannedRow !== undefined) rows.plannedRow = names.plannedRow;
  const last = () => rows.values[rows.values.length - 1];

  for (let row = header.row + 1; row <= view.bottom; row++) {
    const label = labelOf(view, header, row);
    const named = names.rows.get(row);
    if (named) {
      placeNamedRow(rows, named, row, label);
      continue;
    }
    if (row === rows.regionalRow || row === rows.plannedRow) continue;
    const role = contentRole(label);
    switch (role.kind) {
      case "regional":
        rows.regionalRow ??= row;
        break;
      case "planned":
        rows.plannedRow ??= row;
        break;
      case "value":
        rows.values.push(valueRow(row, label, role.shown ?? (last()?.shown ?? 0) + 1));
        break;
      case "target": {
        const owner = last();
        if (owner && owner.targetRow === undefined) owner.targetRow = row;
        break;
      }
      case "activities": {
        const owner = activitiesOwner(rows.values, role.shown);
        if (owner) owner.activitiesRow = row;
        else if (hasYearValues(view, header, row)) rows.unrecognized.push(row);
        break;
      }
      case "other": {
        // The name written on the line under a bare «Значение показателя i».
        const owner = last();
        if (owner && owner.name === "" && owner.row === row - 1 && !hasYearValues(view, header, row)) {
          Object.assign(owner, nameAndUnit(label), { label: `${owner.label} ${label}` });
          break;
        }
        if (hasYearValues(view, header, row)) rows.unrecognized.push(row);
        break;
      }
      default:
        // The title, «В том числе…», «…» and blank rows carry nothing to check, unless a year cell holds something.
        if (role.kind === "ignore" && label === "" && hasYearValues(view, header, row)) rows.unrecognized.push(row);
    }
  }
  return rows;
}

function valueRow(row: number, label: string, shown: number, namedNumber?: number): ValueRow {
  return { row, label, shown, ...nameAndUnit(label), ...(namedNumber !== undefined ? { namedNumber } : {}) };
}

function placeNamedRow(rows: Rows, named: { kind: "value" | "target" | "activities"; catalogNumber: number }, row: number, label: string): void {
  if (named.kind === "value") {
    const role = contentRole(label);
    const shown = role.kind === "value" && role.shown !== undefined ? role.shown : (rows.values[rows.values.length - 1]?.shown ?? 0) + 1;
    rows.values.push(valueRow(row, label, shown, named.catalogNumber));
    return;
  }
  const owner = rows.values.find((v) => v.namedNumber === named.catalogNumber) ?? rows.values[rows.values.length - 1];
  if (!owner) return;
  if (named.kind === "target") owner.targetRow ??= row;
  else owner.activitiesRow ??= row;
}

/** «Мероприятия … показателя 2 …» belongs to indicator 2; an unnumbered one to the value row just above it. */
function activitiesOwner(values: ValueRow[], shown: number | undefined): ValueRow | undefined {
  if (shown !== undefined) {
    const byNumber = [...values].reverse().find((v) => v.shown === shown && v.activitiesRow === undefined);
    if (byNumber) return byNumber;
  }
  const last = values[values.length - 1];
  return last && last.activitiesRow === undefined ? last : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching the rows to the strategy's indicators.

type Match = { indicator: SectorIndicator; why?: undefined } | { indicator?: undefined; why: "empty" | "ambiguous" | "unknown" };

/** Texts shorter than this never match by prefix or substring: «доля» alone names nothing. */
const MIN_PARTIAL = 12;

/** Exact name (normalizeName: case, ё, quotes, dashes, spaces), then the only prefix, then the only substring. */
export function matchIndicator(indicators: SectorIndicator[], name: string): Match {
  const wanted = normalizeName(name);
  if (wanted === "") return { why: "empty" };
  const namesOf = (i: SectorIndicator) => [i.name, i.printedName].filter((n): n is string => n !== undefined).map(normalizeName);
  const tiers: ((n: string) => boolean)[] = [(n) => n === wanted];
  if (wanted.length >= MIN_PARTIAL) {
    tiers.push(
      (n) => n.startsWith(wanted) || wanted.startsWith(n),
      (n) => n.includes(wanted) || wanted.includes(n),
    );
  }
  for (const tier of tiers) {
    const hits = indicators.filter((i) => namesOf(i).some(tier));
    if (hits.length === 1) return { indicator: hits[0] };
    if (hits.length > 1) return { why: "ambiguous" };
  }
  return { why: "unknown" };
}

function matchIndicators(values: ValueRow[], sector: Sector | undefined, view: GridView, header: Header, problems: ReadProblem[]): RoadmapIndicator[] {
  const indicators = sector ? sectorIndicators(sector) : [];
  const seen = new Map<number, RoadmapIndicator>();
  return values.map((v) => {
    const byName = sector ? matchIndicator(indicators, v.name) : undefined;
    // The label first (it is what people read and edit), then the defined name our sheet put on the row.
    const matched = byName?.indicator ?? indicators.find((i) => i.number === v.namedNumber);
    const shownName = matched?.name ?? (v.name || v.label);
    const cells = header.years.map((y) => cellAt(view, v.row, y));
    const unit = matched?.unit ?? v.unit ?? unitFromCells(cells);
    const indicator: RoadmapIndicator = {
      shownNumber: v.shown,
      label: v.label,
      name: v.name,
      ...(matched ? { catalog: matched } : {}),
      ...(unit !== undefined ? { unit } : {}),
      valueRow: v.row,
      ...(v.activitiesRow !== undefined ? { activitiesRow: v.activitiesRow } : {}),
      ...(v.targetRow !== undefined ? { targetRow: v.targetRow } : {}),
      cells,
      activities: v.activitiesRow === undefined ? [] : header.years.map((y) => cellAt(view, v.activitiesRow as number, y)),
    };
    const address = cellAddress(v.row, header.labelColumn);
    const tag = { shownNumber: v.shown, name: shownName };
    if (!matched) problems.push(problem("warning", "indicator-unmatched", address, unmatchedMessage(v, sector, byName?.why), tag));
    else if (seen.has(matched.number)) {
      problems.push(problem("warning", "indicator-duplicate", address, M.indicatorDuplicate(v.shown, (seen.get(matched.number) as RoadmapIndicator).shownNumber, matched.name), tag));
    } else seen.set(matched.number, indicator);
    return indicator;
  });
}

/** An unmatched row without a unit in its label: «18 %» typed in its cells says it is a percentage. */
function unitFromCells(cells: RoadmapCell[]): string | undefined {
  return cells.some((c) => {
    const reading = readCell(c.raw);
    return reading.kind === "number" && reading.percentSign;
  })
    ? "%"
    : undefined;
}

function unmatchedMessage(v: ValueRow, sector: Sector | undefined, why: Match["why"]): string {
  if (!sector) return M.indicatorNoSector(v.shown, v.name || v.label);
  if (why === "empty" || v.name === "") return M.indicatorNoName(v.shown);
  if (why === "ambiguous") return M.indicatorAmbiguous(v.shown, v.name, sector.name);
  return M.indicatorUnknown(v.shown, v.name, sector.name);
}
