/**
 * An independent parser of section 7 of the strategy (data/sources/strategy.txt), used only to check the
 * catalog generated from the protocol. It shares no code with scripts/catalog: the point is a second reading.
 *
 * The strategy text is a PDF extraction: one table cell line (or a single word of a justified line) per line,
 * the cells of a row listed column by column: "N." / project name / responsible body / indicator / unit / 3 values.
 * Page breaks ("141" then the column numbers 1…8) cut rows: the rest of every unfinished column of the row
 * follows the break, in column order. The unit "%" is lost by the extraction and shows as a line holding one
 * space right before the values.
 */

export interface S7Indicator {
  name: string;
  unit: string;
  targets: Record<string, number | null>;
}

export interface S7Project {
  n: number;
  name: string;
  recommendedByFOIV: boolean;
  responsible: string;
  indicators: S7Indicator[];
}

export interface S7Sector {
  code: string;
  name: string;
  projects: S7Project[];
}

const SECTION_TITLE = /^7\. Раздел/;
const SECTOR = /^7\.(\d+)\.\s+(.+)$/;
const PROJECT = /^(\d+)\.$/;
const VALUE = /^(\d+,\d+|[xх])$/;
const PAGE_NUMBER = /^\d{1,3}$/;
const COLUMN_COUNT = 8;
/** Units as the strategy prints them; the blank line before the values is the lost "%". */
const UNITS = ["усл. ед.", "усл.ед.", "ед.", "чел.", "балл.", "тыс. посещений"];
/** First words an indicator name starts with; used to find where an indicator begins inside running text. */
const INDICATOR_OPENERS = new Set([
  "доля", "количество", "уровень", "сокращение", "снижение", "отношение", "доступность",
  "использование", "обеспечение", "обеспечены", "обеспечена", "школы",
]);
const RESPONSIBLE_OPENERS = ["Департамент", "Главное"];
const FUNCTION_WORDS = new Set(["в", "на", "к", "по", "с", "и", "для", "от", "о", "об", "за", "из", "у", "при", "без", "или", "а", "со", "во", "до"]);
/** Narrow columns (project, responsible body) never hold a line longer than this; the indicator column does. */
const NARROW_COLUMN_CHARS = 25;
const FLAG = "(рекомендовано ФОИВ)";

type Token =
  | { kind: "page" }
  | { kind: "sector"; code: string; name: string }
  | { kind: "project"; n: number }
  | { kind: "value"; value: number | null }
  | { kind: "blank" }
  | { kind: "text"; text: string };

export function strategyYears(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  // The table of contents repeats the title: take the one right above the first sector of the table.
  const first = lines.findIndex((l) => /^7\.1\.\s/.test(l));
  const title = lastIndexWhere(lines.slice(0, Math.max(first, 0)), (l) => SECTION_TITLE.test(l));
  if (title < 0 || first < 0) throw new Error("strategy: section 7 not found");
  return lines.slice(title, first).filter((l) => /^20\d\d$/.test(l));
}

export function parseStrategySection7(text: string): S7Sector[] {
  const years = strategyYears(text);
  const parser = new Section7Parser(years);
  for (const token of tokenize(section7Lines(text))) parser.take(token);
  return parser.finish();
}

function section7Lines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^7\.1\.\s/.test(l.trim()));
  const end = lines.findIndex((l, i) => i > start && /^8\.\s?Раздел/.test(l.trim()));
  if (start < 0 || end < 0) throw new Error("strategy: bounds of section 7 not found");
  return lines.slice(start, end);
}

function isPageBreak(lines: string[], i: number): boolean {
  if (!PAGE_NUMBER.test(lines[i].trim())) return false;
  for (let k = 1; k <= COLUMN_COUNT; k++) if (lines[i + k]?.trim() !== String(k)) return false;
  return true;
}

function tokenize(lines: string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    if (isPageBreak(lines, i)) {
      tokens.push({ kind: "page" });
      i += COLUMN_COUNT;
      continue;
    }
    if (i === lines.length - 1 && PAGE_NUMBER.test(line)) continue; // number of the page where section 8 starts
    const sector = SECTOR.exec(line);
    const project = PROJECT.exec(line);
    if (sector) tokens.push({ kind: "sector", code: `7.${sector[1]}`, name: sector[2].trim() });
    else if (project) tokens.push({ kind: "project", n: Number(project[1]) });
    else if (VALUE.test(line)) tokens.push({ kind: "value", value: line === "x" || line === "х" ? null : Number(line.replace(",", ".")) });
    else if (raw === " ") tokens.push({ kind: "blank" });
    else if (line !== "") tokens.push({ kind: "text", text: line });
  }
  return tokens;
}

/** Joins cell lines: a line ending with a hyphen is a word split across lines. */
export function joinLines(parts: string[]): string {
  let out = "";
  for (const part of parts) out = out === "" || out.endsWith("-") ? out + part : `${out} ${part}`;
  return out.replace(/\s+/g, " ").trim();
}

function balanced(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1;
  return count("(") === count(")") && count("«") === count("»");
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}

/** Text that visibly stops mid-phrase: open bracket or quote, trailing preposition/conjunction or hyphen. */
function unfinished(text: string): boolean {
  return !balanced(text) || FUNCTION_WORDS.has(lastWord(text).toLowerCase()) || /-$/.test(text);
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

function startsIndicator(text: string): boolean {
  return INDICATOR_OPENERS.has(text.split(/\s+/)[0].toLowerCase().replace(/[,;:]$/, ""));
}

/** A row being read: column texts as line lists, so page-break rests can be appended. */
interface Row {
  name: string[];
  responsible: string[];
  indicator: string[];
  firstOfProject: boolean;
}

class Section7Parser {
  private readonly sectors: S7Sector[] = [];
  private buffer: Token[] = [];
  private lastRow: Row | undefined;
  private afterPage = false;
  private valueRun: (number | null)[] = [];

  constructor(private readonly years: string[]) {}

  take(token: Token): void {
    if (token.kind === "value") {
      this.valueRun.push(token.value);
      if (this.valueRun.length === this.years.length) this.endRow();
      return;
    }
    if (this.valueRun.length > 0) throw new Error(`strategy: ${this.valueRun.length} value(s) where ${this.years.length} expected`);
    if (token.kind === "page") {
      if (this.texts().length > 0) throw new Error("strategy: page break inside a row before its values");
      this.afterPage = true;
    } else if (token.kind === "sector") {
      this.flushContinuation();
      this.sectors.push({ code: token.code, name: token.name, projects: [] });
    } else if (token.kind === "project") {
      this.flushContinuation();
      this.sector().projects.push({ n: token.n, name: "", recommendedByFOIV: false, responsible: "", indicators: [] });
      this.lastRow = undefined;
      this.buffer = [];
    } else {
      this.buffer.push(token);
    }
  }

  finish(): S7Sector[] {
    this.flushContinuation();
    for (const sector of this.sectors) for (const project of sector.projects) this.finishProject(project);
    return this.sectors;
  }

  private sector(): S7Sector {
    const sector = this.sectors[this.sectors.length - 1];
    if (!sector) throw new Error("strategy: project before any sector");
    return sector;
  }

  private project(): S7Project {
    const project = this.sector().projects[this.sector().projects.length - 1];
    if (!project) throw new Error("strategy: indicator before any project");
    return project;
  }

  private texts(): string[] {
    return this.buffer.flatMap((t) => (t.kind === "text" ? [t.text] : []));
  }

  /** The buffer holds [page-break rests of the previous row] [this row's text] [unit]; the values just ended it. */
  private endRow(): void {
    const unit = this.takeUnit();
    let texts = this.texts();
    const project = this.project();
    if (this.lastRow === undefined) {
      this.lastRow = this.firstRow(texts);
    } else {
      if (this.afterPage) {
        const start = texts.findIndex(startsIndicator);
        if (start < 0) throw new Error(`strategy: no indicator start after a page break in ${this.sector().code} project ${project.n}`);
        this.applyRests(texts.slice(0, start));
        this.syncLastRow();
        texts = texts.slice(start);
      }
      this.lastRow = { name: [], responsible: [], indicator: texts, firstOfProject: false };
    }
    const targets: Record<string, number | null> = {};
    this.years.forEach((year, i) => (targets[year] = this.valueRun[i]));
    project.indicators.push({ name: "", unit, targets });
    this.syncLastRow();
    this.buffer = [];
    this.valueRun = [];
    this.afterPage = false;
  }

  /** The unit is the last text before the values, or the blank line that stands for the lost "%". */
  private takeUnit(): string {
    const last = this.buffer[this.buffer.length - 1];
    if (last?.kind === "blank") {
      this.buffer.pop();
      return "%";
    }
    const texts = this.texts();
    for (const n of [2, 1]) {
      const candidate = texts.slice(-n).join(" ");
      if (texts.length >= n && UNITS.includes(candidate)) {
        this.buffer.splice(this.buffer.length - n, n);
        return candidate;
      }
    }
    throw new Error(`strategy: no unit before the values in ${this.sector().code} project ${this.project().n}`);
  }

  /** First row of a project: project name, then the body (starts with «Департамент»/«Главное»), then the indicator. */
  private firstRow(texts: string[]): Row {
    const bodyStart = texts.findIndex((t) => RESPONSIBLE_OPENERS.some((o) => t.startsWith(o)));
    const indicatorStart = texts.findIndex((t, i) => i > bodyStart && startsIndicator(t));
    if (bodyStart < 0 || indicatorStart < 0) throw new Error(`strategy: cannot split the first row of ${this.sector().code} project ${this.project().n}`);
    return {
      name: texts.slice(0, bodyStart),
      responsible: texts.slice(bodyStart, indicatorStart),
      indicator: texts.slice(indicatorStart),
      firstOfProject: true,
    };
  }

  /** Text after a page break and before the next project or sector continues the last row. */
  private flushContinuation(): void {
    const texts = this.texts();
    if (texts.length > 0) {
      if (!this.afterPage || !this.lastRow) throw new Error(`strategy: stray text «${texts.join(" ")}»`);
      this.applyRests(texts);
      this.syncLastRow();
    }
    this.buffer = [];
    this.afterPage = false;
  }

  /**
   * Distributes the rests of a row cut by a page break over its columns, in column order:
   * the project name if it is visibly unfinished, the body if it is unfinished, the rest to the indicator.
   * When nothing is visibly unfinished, an unflagged project name takes it (its end cannot be seen).
   */
  private applyRests(rests: string[]): void {
    const row = this.lastRow;
    if (!row || rests.length === 0) return;
    if (!row.firstOfProject) {
      row.indicator.push(...rests);
      return;
    }
    let i = 0;
    const name = () => joinLines(row.name);
    if (!balanced(name())) {
      while (i < rests.length && !balanced(name())) row.name.push(rests[i++]);
      if (rests[i] === "(рекомендовано" && rests[i + 1] === "ФОИВ)") row.name.push(rests[i++], rests[i++]);
      else if (rests[i] === FLAG) row.name.push(rests[i++]);
    }
    const body = () => joinLines(row.responsible);
    const bodyTookRest = i < rests.length && !this.bodyComplete(body());
    if (bodyTookRest && !balanced(body())) {
      while (i < rests.length && !balanced(body())) row.responsible.push(rests[i++]);
    } else if (bodyTookRest && FUNCTION_WORDS.has(lastWord(body()))) {
      while (i < rests.length && rests[i].length <= NARROW_COLUMN_CHARS) row.responsible.push(rests[i++]);
    } else if (bodyTookRest) {
      // The body lacks «Смоленской области»: its rest is the last "Смоленской … области"; before it, the name's rest.
      const k = lastIndexWhere(rests, (t) => t.startsWith("Смоленской"));
      if (k < i) throw new Error(`strategy: cannot complete the body «${body()}»`);
      row.name.push(...rests.slice(i, k));
      i = k;
      while (i < rests.length && !/области»?$/.test(body())) row.responsible.push(rests[i++]);
    }
    const left = rests.slice(i);
    const nameOpen = !name().endsWith(FLAG) && !bodyTookRest;
    if (nameOpen && !unfinished(joinLines(row.indicator))) row.name.push(...left);
    else row.indicator.push(...left);
  }

  private bodyComplete(body: string): boolean {
    return balanced(body) && !FUNCTION_WORDS.has(lastWord(body)) && /Смоленской области»?/.test(body);
  }

  /** Writes the last row's joined texts into the project and its last indicator. */
  private syncLastRow(): void {
    const row = this.lastRow;
    if (!row) return;
    const project = this.project();
    const indicator = project.indicators[project.indicators.length - 1];
    indicator.name = joinLines(row.indicator);
    if (row.firstOfProject) {
      project.name = joinLines(row.name);
      project.responsible = joinLines(row.responsible);
    }
  }

  private finishProject(project: S7Project): void {
    project.recommendedByFOIV = project.name.endsWith(FLAG);
    if (project.recommendedByFOIV) project.name = project.name.slice(0, -FLAG.length).trim();
  }
}
