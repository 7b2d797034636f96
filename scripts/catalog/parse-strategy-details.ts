/**
 * Project details from the strategy (data/sources/strategy.txt), joined later to the catalog by (sector, project №):
 *   section 5 «Взаимосвязь задач и проектов»: № | tasks | project | beneficiaries | benefits
 *   section 6 «Проекты»: № | project | goal | term | description | financing | region's role
 *
 * The text is a PDF extraction: one cell line (or one word of a justified line) per line, cells listed column by
 * column. When a page break cuts a row, the rests of every unfinished column follow the break in column order, and
 * nothing in the text says where one column's rest ends and the next begins. So, to stay honest:
 *   - a rest that is the project name is recognised (it must spell the catalog name) and dropped;
 *   - any other rest makes the row's free-text fields uncertain: they are left out rather than cut or mixed;
 *   - the term («до 2024 года, далее постоянно») has a closed pattern and is kept from every row.
 * Text is kept as printed, lines joined with spaces (a line ending with a hyphen joins the next without one).
 * Glyphs lost by the extraction (–, %, Latin letters) are not restored.
 */
import type { ProjectDetails, Sector } from "../../src/core/catalog/types";

export function detailsKey(sectorCode: string, projectNumber: number): string {
  return `${sectorCode}/${projectNumber}`;
}

/** What the parser needs to know of the catalog: sector codes, names, and each project's name and flag. */
export type DetailsHints = ReadonlyArray<Pick<Sector, "code" | "name"> & { projects: ReadonlyArray<{ n: number; name: string; recommendedByFOIV: boolean }> }>;

interface Row {
  sector: number;
  n: number;
  /** Lines before the first page break that cuts the row. */
  main: string[];
  /** Lines after page breaks inside the row (rests of unfinished columns). */
  rests: string[];
}

interface ProjectHint {
  name: string;
  flagged: boolean;
}

const TERM_START = /^до\s+(\d{1,2}\s+\S+\s+)?\d{4}(\s+года)?,?$/;
const TERM_REST = /^(года,?|далее|постоянно)$/;
const FINANCING_OPENERS = [
  "проект реализуется за счет",
  "внедрение решения бесплатно",
  "проект не требует",
  "рекомендованный федеральный проект",
  "федеральное финансирование",
  "внебюджетные источники финансирования",
];
const ROLE_START = /^регион(\s|$)/;
const BENEFITS_START = /^для\s/;

export function parseStrategyDetails(text: string, catalog: DetailsHints): Map<string, ProjectDetails> {
  const lines = text.split(/\r?\n/);
  const hints = hintsByKey(catalog);
  const details = new Map<string, ProjectDetails>();
  const merge = (sector: number, n: number, found: ProjectDetails) => {
    const key = detailsKey(`7.${sector}`, n);
    if (!hints.has(key)) throw new Error(`strategy details: ${key} is not a catalog project`);
    details.set(key, { ...details.get(key), ...found });
  };
  for (const row of tableRows(lines, "6", 7, catalog)) merge(row.sector, row.n, projectsRow(row, hints.get(detailsKey(`7.${row.sector}`, row.n))!));
  for (const row of tableRows(lines, "5", 5, catalog)) merge(row.sector, row.n, tasksRow(row, hints.get(detailsKey(`7.${row.sector}`, row.n))!));
  return new Map([...details].map(([key, value]) => [key, ordered(value)]));
}

function hintsByKey(catalog: DetailsHints): Map<string, ProjectHint> {
  const hints = new Map<string, ProjectHint>();
  for (const sector of catalog) for (const p of sector.projects) hints.set(detailsKey(sector.code, p.n), { name: p.name, flagged: p.recommendedByFOIV });
  return hints;
}

/** Field order of the JSON, whatever the order the sections were read in. */
function ordered(d: ProjectDetails): ProjectDetails {
  const keys: (keyof ProjectDetails)[] = ["goal", "term", "description", "financing", "regionRole", "tasks", "beneficiaries"];
  const out: ProjectDetails = {};
  for (const key of keys) if (d[key] !== undefined) Object.assign(out, { [key]: d[key] });
  return out;
}

/* ---------- rows of a section table ---------- */

/**
 * Rows of section 5 or 6: sector headers "6.1. Образование и наука" (section 6 prints «3.3.» for 6.3, so the
 * sector is known by its name), project rows "1.", and page breaks (page number, then column numbers 1…columns).
 */
function tableRows(lines: string[], section: string, columns: number, catalog: DetailsHints): Row[] {
  const { start, end } = sectionBounds(lines, section);
  const rows: Row[] = [];
  let sector = 0;
  let row: Row | undefined;
  let afterBreak = false;
  for (let i = start; i < end; i++) {
    const line = lines[i].trim();
    if (isPageBreak(lines, i, columns)) {
      afterBreak = true;
      i += columns;
      continue;
    }
    const header = /^\d+\.(\d+)\.\s+(\S.*)$/.exec(line);
    const sectorIndex = header ? catalog.findIndex((s) => s.name === header[2].trim()) : -1;
    if (header && sectorIndex >= 0) {
      sector = sectorIndex + 1;
      row = undefined;
      continue;
    }
    const project = /^(\d+)\.$/.exec(line);
    if (project && sector > 0) {
      row = { sector, n: Number(project[1]), main: [], rests: [] };
      rows.push(row);
      afterBreak = false;
      continue;
    }
    if (!row || line === "" || (i === end - 1 && /^\d{1,3}$/.test(line))) continue;
    (afterBreak ? row.rests : row.main).push(line);
  }
  return rows;
}

function sectionBounds(lines: string[], section: string): { start: number; end: number } {
  // The table of contents repeats the titles with dot leaders; the real title has none.
  const title = (s: string) => lines.findIndex((l) => new RegExp(`^${s}\\.\\s?Раздел`).test(l.trim()) && !l.includes(".."));
  const start = title(section);
  const end = title(String(Number(section) + 1));
  if (start < 0 || end < 0) throw new Error(`strategy details: section ${section} not found`);
  return { start: start + 1, end };
}

function isPageBreak(lines: string[], i: number, columns: number): boolean {
  if (!/^\d{1,3}$/.test(lines[i].trim())) return false;
  for (let k = 1; k <= columns; k++) if (lines[i + k]?.trim() !== String(k)) return false;
  return true;
}

/* ---------- text helpers ---------- */

/** Joins cell lines with spaces; a line ending with a hyphen continues on the next line without one. */
export function joinLines(parts: string[]): string {
  let out = "";
  for (const part of parts) {
    if (out === "") out = part;
    else if (!/-$/.test(out)) out = `${out} ${part}`;
    else out = isSoftHyphen(out, part) ? out.slice(0, -1) + part : out + part;
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * A hyphen the typesetter added to split a word («автоматизирован- ного», «сельхозпроизводи- телей») is dropped;
 * a compound keeps its own («жилищно- коммунальных», «онлайн- формате», «ИТ- инфраструктура»). The split ones
 * leave a short ending (ного, ные, ния, телей…) after a stem that does not end with a linking vowel.
 */
export function isSoftHyphen(head: string, tail: string): boolean {
  const stem = /([а-яё]+)-$/.exec(head)?.[1] ?? "";
  const ending = /^[а-яё]+/.exec(tail)?.[0] ?? "";
  return stem !== "" && !/[ое]$/.test(stem) && ending.length <= 5 && /^(н[аеиоуыюя]|тел)/.test(ending);
}

/** Cyrillic letters and digits only: compares names across the dropped glyphs, hyphenation and case. */
function letters(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/[^а-я0-9]/g, "");
}

/** Index just past the lines that spell `target` from `from` on, or -1 when they do not spell it entirely. */
function spellEnd(parts: string[], from: number, target: string): number {
  let spelled = "";
  for (let i = from; i < parts.length; i++) {
    spelled += letters(parts[i]);
    if (spelled === target) return i + 1;
    if (!target.startsWith(spelled)) return -1;
  }
  return -1;
}

/** Index past the FOIV flag printed right after a project name, in any of its wordings. */
function skipFlag(parts: string[], from: number): number {
  if (!/^\(рекомендовано/.test(parts[from] ?? "")) return from;
  for (let i = from; i < parts.length; i++) if (/ФОИВ\)$/.test(parts[i])) return i + 1;
  return from;
}

/**
 * The rest of a project name cut by a page break, at the start of the rests: the lines that complete the catalog
 * name (and its flag). Returns the rests left after it.
 */
function dropNameRest(rests: string[], nameHead: string, hint: ProjectHint): string[] {
  const target = letters(hint.name);
  const have = letters(nameHead);
  if (have.length === 0 || have === target || !target.startsWith(have)) return hint.flagged && !/ФОИВ\)$/.test(nameHead) ? afterFlag(rests) : rests;
  const end = spellEnd(rests, 0, target.slice(have.length));
  if (end >= 0) return rests.slice(skipFlag(rests, end));
  // Worded differently on this page: for a flagged project the name column still ends with its flag.
  const flagEnd = hint.flagged ? rests.findIndex((l) => /ФОИВ\)$/.test(l)) : -1;
  return flagEnd >= 0 ? rests.slice(flagEnd + 1) : rests;
}

/** A flag cut from its name: "(рекомендовано" on one page, "ФОИВ)" on the next. */
function afterFlag(rests: string[]): string[] {
  const end = skipFlag(["(рекомендовано", ...rests], 0);
  return end > 0 ? rests.slice(end - 1) : rests;
}

/* ---------- section 6: goal, term, description, financing, role ---------- */

function projectsRow(row: Row, hint: ProjectHint): ProjectDetails {
  const main = row.main;
  const termAt = main.findIndex((l) => TERM_START.test(l) || l === "постоянно");
  if (termAt < 0) return {};
  let termEnd = termAt + 1;
  while (termEnd < main.length && TERM_REST.test(main[termEnd])) termEnd++;
  const term = joinLines(main.slice(termAt, termEnd));
  if (/(,|далее)$/.test(term)) return {}; // cut by a page break: its end is on the next page
  const details: ProjectDetails = { term };

  const nameEnd = projectNameEnd(main, termAt, hint);
  const financingAt = main.findIndex((_, i) => i >= termEnd && FINANCING_OPENERS.some((o) => joinLines(main.slice(i, i + 6)).startsWith(o)));
  const roleAt = main.findIndex((l, i) => i > financingAt && ROLE_START.test(l));
  if (nameEnd < 0 || financingAt < 0 || roleAt < 0) return details;

  const rests = dropNameRest(row.rests, joinLines(main.slice(0, nameEnd)), hint);
  if (rests.length > 0) return details; // some free-text column continues on the next page: its end is unknown

  return {
    goal: joinLines(main.slice(nameEnd, termAt)),
    ...details,
    description: joinLines(main.slice(termEnd, financingAt)),
    financing: joinLines(main.slice(financingAt, roleAt)),
    regionRole: joinLines(main.slice(roleAt)),
  };
}

/** End of the project name in the main part: after its flag, or after the lines that spell the catalog name. */
function projectNameEnd(main: string[], limit: number, hint: ProjectHint): number {
  const flagEnd = main.findIndex((l, i) => i < limit && /ФОИВ\)$/.test(l));
  if (hint.flagged && flagEnd >= 0) return flagEnd + 1;
  const target = letters(hint.name);
  let spelled = "";
  for (let i = 0; i < limit; i++) {
    const next = spelled + letters(main[i]);
    if (!target.startsWith(next)) return i; // the name is cut by a page break (or worded differently): goal starts here
    spelled = next;
    if (spelled === target) return i + 1;
  }
  return -1;
}

/* ---------- section 5: tasks and beneficiaries ---------- */

function tasksRow(row: Row, hint: ProjectHint): ProjectDetails {
  const main = row.main;
  const benefitsAt = main.findIndex((l) => BENEFITS_START.test(l));
  if (benefitsAt < 0) return {};
  const nameAt = projectNameStart(main, benefitsAt, hint);
  if (nameAt <= 0) return {};
  const nameEnd = skipFlag(main, nameEndFrom(main, nameAt, benefitsAt, hint));
  if (nameEnd <= nameAt || nameEnd > benefitsAt) return {};

  const rests = dropNameRest(row.rests, joinLines(main.slice(nameAt, nameEnd)), hint);
  if (rests.length > 0) return {}; // tasks or beneficiaries may continue on the next page
  const beneficiaries = joinLines(main.slice(nameEnd, benefitsAt));
  return {
    tasks: splitSentences(joinLines(main.slice(0, nameAt))),
    ...(beneficiaries ? { beneficiaries } : {}),
  };
}

/**
 * Section 5 prints the project name in lower case, sometimes worded a little differently («центр управления
 * регионом»): it starts at the last line before the benefits from which the first word of the name is spelled.
 */
function projectNameStart(main: string[], limit: number, hint: ProjectHint): number {
  const full = letters(hint.name);
  for (let i = limit - 1; i >= 0; i--) if (spellEnd(main, i, full) > 0) return i;
  const firstWord = letters(hint.name.split(/\s+/)[0]);
  for (let i = limit - 1; i >= 0; i--) if (letters(main[i]).startsWith(firstWord) && /^[а-яё«]/.test(main[i])) return i;
  return -1;
}

function nameEndFrom(main: string[], nameAt: number, limit: number, hint: ProjectHint): number {
  const exact = spellEnd(main.slice(0, limit), nameAt, letters(hint.name));
  if (exact > 0) return exact;
  const flag = main.findIndex((l, i) => i > nameAt && i < limit && /ФОИВ\)$/.test(l));
  return flag >= 0 ? flag + 1 : -1;
}

/** Tasks are printed as sentences in one cell: «Создание …. Формирование …». */
function splitSentences(text: string): string[] {
  return text.split(/(?<=\.)\s+(?=[А-ЯЁ])/).map((s) => s.trim()).filter((s) => s !== "");
}
