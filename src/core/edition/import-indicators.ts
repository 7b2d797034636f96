/**
 * The «Показатели» sheet read as people really keep it: a header found by its words (years in any spelling, on the
 * header row or the row under it, extra columns ignored), the column-number row «1 2 3 …» and headers repeated after
 * a page break skipped, sector headings «1.1. Здравоохранение», projects numbered within their sector, further
 * indicators of a project on the rows below with an empty «№», and a row holding only text (a cell cut by a page
 * break) joined to the row above. Every mistake is collected; nothing is guessed.
 */
import { readCell } from "../cell-value";
import type { Indicator, Project, Sector } from "../catalog/types";
import { cellAddress } from "../sheet-model";
import { cellText, isBlank, numberOf, yearOf } from "./import-cells";
import { importMessages as m } from "./import-messages";
import type { ImportNotes } from "./import-notes";
import { directionOf, plainWords } from "./table-layout";

export interface IndicatorColumns {
  number: number;
  project: number;
  responsible?: number;
  indicator: number;
  unit: number;
  direction?: number;
  years: { year: string; column: number }[];
  /** 0-based rows of the header (one, or two when the years stand under it). */
  headerRows: number[];
  /** Columns whose header is empty. */
  headerless: Set<number>;
}

/** How far down a header is looked for: a title and a note or two above it. */
const HEADER_SEARCH_ROWS = 40;

type Role = "number" | "project" | "responsible" | "indicator" | "unit" | "direction";

function roleOf(value: unknown): Role | undefined {
  const words = plainWords(cellText(value));
  if (words === "") return undefined;
  if (words.startsWith("№") || words === "n" || words === "n п/п" || words === "номер" || words === "номер проекта") return "number";
  if (words.includes("ед. изм") || words.includes("ед.изм") || words.includes("единиц")) return "unit";
  if (words.includes("направлени")) return "direction";
  if (words.includes("ответствен") || words.includes("исполнител")) return "responsible";
  if (words.includes("значени")) return undefined;
  if (words.includes("показател")) return "indicator";
  if (words.includes("проект")) return "project";
  return undefined;
}

export function findIndicatorHeader(values: readonly (readonly unknown[])[]): IndicatorColumns | undefined {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const row = values[r] ?? [];
    const roles = new Map<Role, number>();
    row.forEach((cell, c) => {
      const role = roleOf(cell);
      if (role && !roles.has(role)) roles.set(role, c);
    });
    const number = roles.get("number");
    const project = roles.get("project");
    const indicator = roles.get("indicator");
    const unit = roles.get("unit");
    if (number === undefined || project === undefined || indicator === undefined || unit === undefined) continue;
    const below = values[r + 1] ?? [];
    const yearsBelow = below.some((cell) => yearOf(cell) !== undefined) && below.every((cell) => isBlank(cell) || yearOf(cell) !== undefined);
    const headerRows = yearsBelow ? [r, r + 1] : [r];
    const width = Math.max(...headerRows.map((h) => values[h]?.length ?? 0), ...values.map((v) => v.length));
    const years: IndicatorColumns["years"] = [];
    const headerless = new Set<number>();
    for (let c = 0; c < width; c++) {
      const year = headerRows.map((h) => yearOf(values[h]?.[c])).find((y) => y !== undefined);
      if (year !== undefined) years.push({ year, column: c });
      else if (headerRows.every((h) => isBlank(values[h]?.[c]))) headerless.add(c);
    }
    return { number, project, responsible: roles.get("responsible"), indicator, unit, direction: roles.get("direction"), years, headerRows, headerless };
  }
  return undefined;
}

const SECTOR_HEADING = /^(\d+(?:\.\d+)*)\.?\s+(\p{Lu}.*)$/u;
const SECTOR_CODE = /^(\d+(?:\.\d+)+)\.?$/;
const PROJECT_NUMBER = /^(\d+)\.?$/;

/** The title above the header («Проекты и показатели …»), the document's name when «Сведения» has none. */
export function titleAbove(values: readonly (readonly unknown[])[], columns: IndicatorColumns): string | undefined {
  for (let r = 0; r < columns.headerRows[0]; r++) {
    const text = (values[r] ?? []).map(cellText).find((t) => t !== "");
    if (text) return text.replace(/^проекты и показатели[:\s—-]*/i, "").trim() || undefined;
  }
  return undefined;
}

interface OpenProject {
  project: Project;
  rawName: string;
  row: number;
}

interface OpenSector {
  sector: Sector;
  row: number;
  column: number;
  projects: OpenProject[];
}

export function readIndicatorSheet(sheet: string, values: readonly (readonly unknown[])[], columns: IndicatorColumns, notes: ImportNotes): Sector[] {
  const at = (row: number, column: number) => ({ sheet, cell: cellAddress(row, column) });
  const sectors: OpenSector[] = [];
  const codes = new Set<string>();
  const reported = new Set<number>();
  if (columns.years.length === 0) notes.mistake(at(columns.headerRows[0], columns.unit), m.noYearColumns());
  const seenYears = new Set<string>();
  for (const { year, column } of columns.years) {
    if (seenYears.has(year)) notes.mistake(at(columns.headerRows[columns.headerRows.length - 1], column), m.repeatedYearColumn(year));
    seenYears.add(year);
  }
  let current: OpenProject | undefined;

  for (let r = columns.headerRows[columns.headerRows.length - 1] + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const filled = row.map((v, c) => (isBlank(v) ? -1 : c)).filter((c) => c >= 0);
    if (filled.length === 0 || isColumnNumbers(row, filled) || isRepeatedHeader(row, filled, columns)) continue;
    const sector = sectorHeading(row, filled, columns);
    if (sector) {
      const at0 = at(r, filled[0]);
      if (codes.has(sector.code)) notes.mistake(at0, m.repeatedSector(sector.code));
      codes.add(sector.code);
      sectors.push({ sector: { code: sector.code, name: sector.name, projects: [] }, row: r, column: filled[0], projects: [] });
      current = undefined;
      continue;
    }
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
    const open = sectors[sectors.length - 1];
    for (const c of filled) {
      if (columns.headerless.has(c) && !reported.has(c)) {
        reported.add(c);
        notes.mistake(at(r, c), m.headerlessColumn());
      }
    }
    const numberCell = row[columns.number];
    const [name, responsible, indicatorName, unit] = [text(columns.project), text(columns.responsible), text(columns.indicator), text(columns.unit)];
    const valuesBlank = columns.years.every((y) => isBlank(row[y.column])) && isBlank(row[columns.direction ?? -1]);
    if (!open) {
      notes.mistake(at(r, filled[0]), m.outsideSector());
      continue;
    }
    if (isBlank(numberCell) && unit === "" && valuesBlank && current) {
      // A cell's text cut by a page break: the rest belongs to the row above.
      current.rawName = join(current.rawName, name);
      current.project.responsible = join(current.project.responsible, responsible);
      const last = current.project.indicators[current.project.indicators.length - 1];
      if (last) last.name = join(last.name, indicatorName);
      else if (indicatorName !== "") notes.mistake(at(r, columns.unit), m.unitMissing());
      continue;
    }
    if (!isBlank(numberCell)) {
      const n = projectNumber(numberCell);
      if (n === undefined) notes.mistake(at(r, columns.number), m.projectNumber(cellText(numberCell)));
      else if (open.projects.some((p) => p.project.n === n)) notes.mistake(at(r, columns.number), m.repeatedProject(n, open.sector.code));
      if (name === "") notes.mistake(at(r, columns.project), m.projectName());
      current = { project: { n: n ?? 0, name, recommendedByFOIV: false, responsible, indicators: [] }, rawName: name, row: r };
      open.projects.push(current);
    } else if (!current) {
      notes.mistake(at(r, columns.indicator), name !== "" ? m.noProjectNumber(name) : m.withoutProject());
      continue;
    } else if (name !== "" && plainWords(name) !== plainWords(current.rawName)) {
      notes.mistake(at(r, columns.number), m.noProjectNumber(name));
    }
    if (indicatorName === "" && unit === "" && valuesBlank) continue;
    current.project.indicators.push(readIndicator(row, indicatorName, unit, columns, (c, message) => notes.mistake(at(r, c), message), (c, message) => notes.warn(at(r, c), message)));
  }

  if (sectors.length === 0) notes.mistake(at(columns.headerRows[0], 0), m.noSectors());
  for (const open of sectors) {
    if (open.projects.length === 0) notes.mistake(at(open.row, open.column), m.emptySector(open.sector.code));
    for (const p of open.projects) {
      if (p.project.indicators.length === 0) notes.mistake(at(p.row, columns.indicator), m.projectWithoutIndicator());
      const { name, recommended } = withoutFoivMark(p.rawName);
      p.project.name = name;
      p.project.recommendedByFOIV = recommended;
    }
    open.sector.projects = open.projects.map((p) => p.project);
  }
  return sectors.map((s) => s.sector);
}

type Say = (column: number, message: string) => void;

function readIndicator(row: readonly unknown[], name: string, unit: string, columns: IndicatorColumns, mistake: Say, warn: Say): Indicator {
  if (name === "") mistake(columns.indicator, m.indicatorName());
  if (unit === "") mistake(columns.unit, m.unitMissing());
  const targets: Indicator["targets"] = {};
  for (const { year, column } of columns.years) {
    const reading = readCell(row[column]);
    if (reading.kind === "number") targets[year] = reading.value;
    else {
      targets[year] = null;
      if (reading.kind === "blank") warn(column, m.blankTarget(year));
      else if (reading.kind === "text") mistake(column, m.targetNotNumber(reading.text, year));
    }
  }
  const directionText = columns.direction === undefined ? "" : cellText(row[columns.direction]);
  const direction = directionOf(directionText);
  if (direction === undefined && columns.direction !== undefined) mistake(columns.direction, m.direction(directionText));
  return { name, unit: normalUnit(unit), direction: direction ?? "higher", targets };
}

/** «усл.ед.» is «усл. ед.»: a space after each period inside a unit, as the built-in catalog has them. */
function normalUnit(unit: string): string {
  return unit.replace(/\.(?=[^\s.])/g, ". ").replace(/\s+/g, " ").trim();
}

function projectNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = PROJECT_NUMBER.exec(cellText(value));
  return match && Number(match[1]) > 0 ? Number(match[1]) : undefined;
}

const FOIV_MARK = /\s*\(\s*рекомендован[оа]?\s+фоив\s*\)\s*|[\s,;–—-]*рекомендован[оа]?\s+фоив\s*$/giu;

/** «Цифровая школа (рекомендовано ФОИВ)», any case or spacing → the name and the flag. */
export function withoutFoivMark(raw: string): { name: string; recommended: boolean } {
  const name = raw.replace(FOIV_MARK, " ").replace(/\s+/g, " ").trim();
  return { name, recommended: name !== raw.replace(/\s+/g, " ").trim() };
}

function join(a: string, b: string): string {
  return b === "" ? a : a === "" ? b : `${a} ${b}`;
}

/** «1 2 3 4 5 6 7 8» under the header: every filled cell holds its own column's number. */
function isColumnNumbers(row: readonly unknown[], filled: readonly number[]): boolean {
  return filled.length >= 3 && filled.every((c) => numberOf(row[c])?.value === c + 1);
}

/** The header printed again after a page break (or its year row). */
function isRepeatedHeader(row: readonly unknown[], filled: readonly number[], columns: IndicatorColumns): boolean {
  if (roleOf(row[columns.number]) === "number" && roleOf(row[columns.indicator]) === "indicator") return true;
  return filled.every((c) => columns.years.some((y) => y.column === c && yearOf(row[c]) === y.year));
}

/** «1.1. Здравоохранение» alone on its row (or «1.1» and the name in the next cell), left of the indicator columns. */
function sectorHeading(row: readonly unknown[], filled: readonly number[], columns: IndicatorColumns): { code: string; name: string } | undefined {
  const first = filled[0];
  if (first > Math.max(columns.number, columns.project)) return undefined;
  const text = cellText(row[first]);
  if (filled.length === 1) {
    const match = SECTOR_HEADING.exec(text);
    return match ? { code: match[1], name: match[2].trim() } : undefined;
  }
  const code = SECTOR_CODE.exec(text);
  if (filled.length === 2 && code && typeof row[filled[1]] === "string" && filled[1] !== columns.unit) return { code: code[1], name: cellText(row[filled[1]]) };
  return undefined;
}
