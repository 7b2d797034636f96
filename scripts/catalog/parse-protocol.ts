/**
 * Parser of appendix 2 of the meeting protocol of 2021-09-02: «Проекты и показатели Стратегии
 * цифровой трансформации…», a tab-separated table broken across pages.
 *
 * Row shapes (8 cells: №, project, responsible body, indicator, unit, then one value per year):
 *   "7.1. Образование и наука"            sector header
 *   "1.\tProject\tBody\tIndicator\t%\t18,00\t25,00\t32,00"   project row with its first indicator
 *   "\t\t\tIndicator\t%\t…"                 further indicator of the same project
 *   "\tname rest\tbody rest\tindicator rest\t\t\t\t"         page-break continuation (no unit, no values)
 *   "Indicator\t\t\t%\t…\t"                 indicator printed from column 0 (7.10), kept as an indicator row
 *   "1\t2\t3\t4\t5\t6\t7\t8"               column numbers repeated on every page: skipped
 * Pure: text in, catalog out.
 */
import type { Catalog, Indicator, Project, Sector } from "../../src/core/catalog/types";

export const APPENDIX_START = "Проекты и показатели Стратегии цифровой трансформации";
export const APPENDIX_END = "Дорожная карта по достижению";
export const FOIV_FLAG = "(рекомендовано ФОИВ)";

/** Misprints corrected in the catalog; the printed form stays in printedName. One entry per known misprint. */
export const SECTOR_NAME_CORRECTIONS: Readonly<Record<string, string>> = {
  Здоровоохранение: "Здравоохранение",
};

/** Words printed with Latin letters inside a Cyrillic word (a typing slip); the strategy prints them in Cyrillic. */
export const INDICATOR_WORD_CORRECTIONS: Readonly<Record<string, string>> = {
  portalу: "порталу",
};

/** Something the parser noticed and handled; the generator and the docs list them. */
export interface ParseNote {
  line: number;
  kind: "misprint" | "unit-spacing" | "indicator-at-column-0" | "continuation";
  text: string;
}

export interface ProtocolParse {
  catalog: Catalog;
  years: string[];
  notes: ParseNote[];
}

export function parseProtocolAppendix2(text: string): Catalog {
  return parseProtocolAppendix2WithNotes(text).catalog;
}

export function parseProtocolAppendix2WithNotes(text: string): ProtocolParse {
  const { lines, firstLine } = appendixLines(text);
  const parser = new AppendixParser(findYears(lines, firstLine));
  lines.forEach((line, i) => parser.row(line, firstLine + i));
  return parser.finish();
}

/** The appendix lines (between the title and the roadmap template) and the 1-based number of the first one. */
export function appendixLines(text: string): { lines: string[]; firstLine: number } {
  const all = text.split(/\r?\n/);
  const start = all.findIndex((l) => l.trim().startsWith(APPENDIX_START));
  if (start < 0) throw new Error(`protocol: appendix 2 title «${APPENDIX_START}…» not found`);
  const end = all.findIndex((l, i) => i > start && l.trim().startsWith(APPENDIX_END));
  if (end < 0) throw new Error(`protocol: end of appendix 2 «${APPENDIX_END}…» not found`);
  return { lines: all.slice(start + 1, end), firstLine: start + 2 };
}

/** Target years come from the header row whose only non-empty cells are years ("\t\t\t\t\t2022\t2023\t2024"). */
function findYears(lines: string[], firstLine: number): string[] {
  for (const line of lines) {
    const filled = cellsOf(line).filter((c) => c !== "");
    if (filled.length > 0 && filled.every((c) => /^(19|20)\d\d$/.test(c))) return filled;
  }
  throw new Error(`protocol: no row of target years in appendix 2 (starting at line ${firstLine})`);
}

export function cellsOf(line: string): string[] {
  return line.split("\t").map(cleanCell);
}

function cleanCell(cell: string): string {
  return cell.replace(/\s+/g, " ").trim();
}

/** "18,00" -> 18, "7,65" -> 7.65, "x" (Latin or Cyrillic) -> null. */
export function parsePrintedNumber(cell: string): number | null {
  const s = cell.trim();
  if (/^[xхXХ]$/.test(s)) return null;
  if (!/^-?\d+(,\d+)?$/.test(s)) throw new Error(`not a printed number: «${cell}»`);
  return Number(s.replace(",", "."));
}

export function isPrintedNumber(cell: string): boolean {
  return /^[xхXХ]$/.test(cell.trim()) || /^-?\d+(,\d+)?$/.test(cell.trim());
}

/** Joins a page-break continuation to the text it continues; a trailing hyphen means a split word. */
export function joinContinuation(head: string, rest: string): string {
  if (head === "") return rest;
  if (rest === "") return head;
  return /[-‐]$/.test(head) ? head + rest : `${head} ${rest}`;
}

const SECTOR_RE = /^7\.(\d+)\.\s+(.+)$/;
const PROJECT_RE = /^(\d+)\.$/;
const COLUMNS = { n: 0, name: 1, responsible: 2, indicator: 3, unit: 4 } as const;

/** Project being assembled: its name keeps the FOIV flag until all continuations are joined. */
interface DraftProject {
  n: number;
  rawName: string;
  responsible: string;
  indicators: DraftIndicator[];
}

interface DraftIndicator {
  line: number;
  rawName: string;
  rawUnit: string;
  targets: Record<string, number | null>;
}

interface DraftSector {
  line: number;
  code: string;
  printedName: string;
  projects: DraftProject[];
}

class AppendixParser {
  private readonly sectors: DraftSector[] = [];
  private readonly notes: ParseNote[] = [];

  constructor(private readonly years: string[]) {}

  row(line: string, lineNo: number): void {
    const cells = cellsOf(line);
    const filled = cells.filter((c) => c !== "");
    if (filled.length === 0) return;
    if (this.isHeaderRow(cells, filled)) return;

    const sector = SECTOR_RE.exec(cells[0]);
    if (sector && filled.length === 1) {
      this.sectors.push({ line: lineNo, code: `7.${sector[1]}`, printedName: sector[2], projects: [] });
      return;
    }
    const project = PROJECT_RE.exec(cells[0]);
    if (project) return this.projectRow(cells, Number(project[1]), lineNo);
    if (cells[0] === "" && this.hasUnitAndValues(cells, COLUMNS.unit)) return this.indicatorRow(cells, lineNo);
    if (cells[0] === "" && this.hasNoValues(cells)) return this.continuationRow(cells, lineNo);
    if (cells[0] !== "") return this.columnZeroIndicatorRow(cells, lineNo);
    throw new Error(`protocol line ${lineNo}: unrecognised row «${line}»`);
  }

  finish(): ProtocolParse {
    if (this.sectors.length === 0) throw new Error("protocol: no sector found in appendix 2");
    return { catalog: this.sectors.map((s) => this.finishSector(s)), years: this.years, notes: this.notes };
  }

  /** Column titles, the row of years and the row of column numbers 1…8 repeated on every page. */
  private isHeaderRow(cells: string[], filled: string[]): boolean {
    if (cells[0].startsWith("№")) return true;
    if (filled.every((c) => this.years.includes(c))) return true;
    return filled.length === cells.length && filled.every((c, i) => c === String(i + 1));
  }

  private hasUnitAndValues(cells: string[], unitColumn: number): boolean {
    const values = cells.slice(unitColumn + 1, unitColumn + 1 + this.years.length);
    return cells[unitColumn] !== "" && values.length === this.years.length && values.every(isPrintedNumber);
  }

  private hasNoValues(cells: string[]): boolean {
    return cells.slice(COLUMNS.unit).every((c) => c === "");
  }

  private projectRow(cells: string[], n: number, lineNo: number): void {
    const sector = this.currentSector(lineNo);
    if (!this.hasUnitAndValues(cells, COLUMNS.unit)) throw new Error(`protocol line ${lineNo}: project ${n} has no unit/values`);
    const expected = sector.projects.length + 1;
    if (n !== expected) throw new Error(`protocol line ${lineNo}: project ${n} in ${sector.code}, expected ${expected}`);
    sector.projects.push({
      n,
      rawName: cells[COLUMNS.name],
      responsible: cells[COLUMNS.responsible],
      indicators: [this.indicatorFrom(cells[COLUMNS.indicator], cells, COLUMNS.unit, lineNo)],
    });
  }

  private indicatorRow(cells: string[], lineNo: number): void {
    const project = this.currentProject(lineNo);
    if (cells[COLUMNS.name] !== "" || cells[COLUMNS.responsible] !== "") {
      throw new Error(`protocol line ${lineNo}: indicator row also continues the project columns`);
    }
    project.indicators.push(this.indicatorFrom(cells[COLUMNS.indicator], cells, COLUMNS.unit, lineNo));
  }

  /** Text of the previous row continued on the next page, possibly in several columns at once. */
  private continuationRow(cells: string[], lineNo: number): void {
    const project = this.currentProject(lineNo);
    const last = project.indicators[project.indicators.length - 1];
    project.rawName = joinContinuation(project.rawName, cells[COLUMNS.name]);
    project.responsible = joinContinuation(project.responsible, cells[COLUMNS.responsible]);
    last.rawName = joinContinuation(last.rawName, cells[COLUMNS.indicator]);
    this.notes.push({ line: lineNo, kind: "continuation", text: cells.filter((c) => c !== "").join(" | ") });
  }

  /** 7.10 prints two indicator rows starting at column 0 ("name\t\t\t%\t0,50…"); the unit then sits in column 3. */
  private columnZeroIndicatorRow(cells: string[], lineNo: number): void {
    const unitColumn = cells.findIndex((c, i) => i > 0 && c !== "");
    const isIndicator = unitColumn > 0 && !isPrintedNumber(cells[unitColumn]) && this.hasUnitAndValues(cells, unitColumn);
    const trailing = cells.slice(unitColumn + 1 + this.years.length);
    if (!isIndicator || trailing.some((c) => c !== "")) throw new Error(`protocol line ${lineNo}: unrecognised row «${cells.join("\\t")}»`);
    this.currentProject(lineNo).indicators.push(this.indicatorFrom(cells[0], cells, unitColumn, lineNo));
    this.notes.push({ line: lineNo, kind: "indicator-at-column-0", text: cells[0] });
  }

  private indicatorFrom(name: string, cells: string[], unitColumn: number, line: number): DraftIndicator {
    const targets: Record<string, number | null> = {};
    this.years.forEach((year, i) => (targets[year] = parsePrintedNumber(cells[unitColumn + 1 + i])));
    return { line, rawName: name, rawUnit: cells[unitColumn], targets };
  }

  private currentSector(lineNo: number): DraftSector {
    const sector = this.sectors[this.sectors.length - 1];
    if (!sector) throw new Error(`protocol line ${lineNo}: row before the first sector header`);
    return sector;
  }

  private currentProject(lineNo: number): DraftProject {
    const sector = this.currentSector(lineNo);
    const project = sector.projects[sector.projects.length - 1];
    if (!project) throw new Error(`protocol line ${lineNo}: indicator row before the first project of ${sector.code}`);
    return project;
  }

  private finishSector(draft: DraftSector): Sector {
    const corrected = SECTOR_NAME_CORRECTIONS[draft.printedName];
    if (corrected) this.notes.push({ line: draft.line, kind: "misprint", text: `${draft.code}: «${draft.printedName}» -> «${corrected}»` });
    return {
      code: draft.code,
      name: corrected ?? draft.printedName,
      ...(corrected ? { printedName: draft.printedName } : {}),
      projects: draft.projects.map((p) => this.finishProject(p)),
    };
  }

  private finishProject(draft: DraftProject): Project {
    const flagged = draft.rawName.endsWith(FOIV_FLAG);
    const name = flagged ? draft.rawName.slice(0, -FOIV_FLAG.length).trim() : draft.rawName;
    assertNoMixedScript(name);
    assertNoMixedScript(draft.responsible);
    return {
      n: draft.n,
      name,
      recommendedByFOIV: flagged,
      responsible: draft.responsible,
      indicators: draft.indicators.map((i) => this.finishIndicator(i)),
    };
  }

  private finishIndicator(draft: DraftIndicator): Indicator {
    const name = correctWords(draft.rawName);
    const unit = normalizeUnit(draft.rawUnit);
    assertNoMixedScript(name);
    if (name !== draft.rawName) this.notes.push({ line: draft.line, kind: "misprint", text: `«${draft.rawName}» -> «${name}»` });
    if (unit !== draft.rawUnit) this.notes.push({ line: draft.line, kind: "unit-spacing", text: `«${draft.rawUnit}» -> «${unit}»` });
    // Key order is the JSON's: the printed form sits next to the value it explains.
    return {
      name,
      ...(name !== draft.rawName ? { printedName: draft.rawName } : {}),
      unit,
      ...(unit !== draft.rawUnit ? { printedUnit: draft.rawUnit } : {}),
      direction: "higher",
      targets: draft.targets,
    };
  }
}

/** Units are compared by meaning: "усл.ед." and "усл. ед." are one unit, written with a space after each period. */
export function normalizeUnit(unit: string): string {
  return unit.replace(/\.(?=[^\s.])/g, ". ").replace(/\s+/g, " ").trim();
}

function correctWords(text: string): string {
  return text.replace(/\S+/g, (word) => INDICATOR_WORD_CORRECTIONS[word] ?? word);
}

/** A word mixing Cyrillic and Latin letters is a typing slip; an unknown one must be looked at, not published. */
function assertNoMixedScript(text: string): void {
  const mixed = text.match(/\S*(?:[а-яё][a-z]|[a-z][а-яё])\S*/giu);
  if (mixed) throw new Error(`protocol: word(s) mixing Cyrillic and Latin letters: ${mixed.join(", ")} in «${text}»`);
}
