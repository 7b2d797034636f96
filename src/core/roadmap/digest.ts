/**
 * digestFindings(findings, roadmap) -> what a person reads first: errors on their own, then the warnings grouped by
 * indicator with the repetitive ones folded into one line per kind («Не указаны мероприятия: 2021–2024»), counts
 * per kind, and a roadmap in which nothing is filled yet said in one line. Pure: the pane renders it, the command
 * line can print it.
 */
import { normalizeName, sectorIndicators, type Sector } from "../catalog";
import { readCell } from "../cell-value";
import { parseAddress } from "../sheet-model";
import { sortFindings, type Finding, type Roadmap } from "./check";
import { OTHER_KIND, digestTexts as T, findingKinds } from "./digest-texts";

export interface DigestLine {
  severity: Finding["severity"];
  code: string;
  /** The kind in a few words («Значение не заполнено»). */
  kind: string;
  /** The finding's message, or for a folded line the kind and its years. */
  text: string;
  /** What a click selects: the cells as one range when they run along a row or a column, otherwise the first cell. */
  select: string;
  /** The cells as people read them: «B11:E11», «B10, D10, E10», «C8». */
  where: string;
  cells: string[];
  indicator?: Finding["indicator"];
  /** The findings behind the line: one, or several folded. */
  findings: Finding[];
}

export interface DigestGroup {
  key: string;
  title: string;
  indicator?: Finding["indicator"];
  lines: DigestLine[];
}

export interface KindCount {
  code: string;
  kind: string;
  severity: Finding["severity"];
  count: number;
}

export interface RoadmapDigest {
  /** not-found: no roadmap on the sheet; empty: a roadmap with no value and no activity filled in. */
  status: "not-found" | "empty" | "clean" | "findings";
  /** Errors one by one, in sheet order. */
  errors: DigestLine[];
  /** Warnings by indicator (the sheet as a whole first), repetitive ones folded. */
  warnings: DigestGroup[];
  /** How many findings of each kind: errors first, then the most frequent. */
  counts: KindCount[];
  totals: { errors: number; warnings: number };
  /** The findings whose cells the check marks: none for an empty roadmap or a sheet without one. */
  marked: Finding[];
  /** For an empty roadmap, the one line that says so. */
  unfilled?: string;
}

export function digestFindings(findings: readonly Finding[], roadmap: Roadmap | undefined): RoadmapDigest {
  const sorted = sortFindings([...findings]);
  if (!roadmap && sorted.some((f) => f.code === "roadmap-not-found")) return { ...nothing("not-found"), counts: [], marked: [] };
  const errors = sorted.filter((f) => f.severity === "error");
  if (roadmap && isUnfilled(roadmap)) {
    // Nothing typed yet: a list of every blank cell helps nobody. Only what is wrong beyond that is listed.
    return { ...nothing("empty"), errors: errors.map(single), counts: countKinds(errors), totals: { errors: errors.length, warnings: 0 }, marked: [], unfilled: T.unfilled(roadmap.indicators.length) };
  }
  const warnings = sorted.filter((f) => f.severity === "warning");
  return {
    status: sorted.length === 0 ? "clean" : "findings",
    errors: errors.map(single),
    warnings: groupWarnings(warnings, roadmap?.sector),
    counts: countKinds(sorted),
    totals: { errors: errors.length, warnings: warnings.length },
    marked: sorted,
  };
}

function nothing(status: RoadmapDigest["status"]): Omit<RoadmapDigest, "counts" | "marked"> {
  return { status, errors: [], warnings: [], totals: { errors: 0, warnings: 0 } };
}

/** No value and no activity anywhere: a roadmap just created, or a blank template. */
export function isUnfilled(roadmap: Roadmap): boolean {
  const blank = (cell: { raw: unknown }) => readCell(cell.raw).kind === "blank";
  return roadmap.indicators.length > 0 && roadmap.indicators.every((i) => i.cells.every(blank) && i.activities.every(blank));
}

export function kindOf(code: string): string {
  return findingKinds[code] ?? OTHER_KIND;
}

function single(finding: Finding): DigestLine {
  return line(finding.severity, finding.code, finding.message, [finding], finding.indicator);
}

function line(severity: Finding["severity"], code: string, text: string, findings: Finding[], indicator: Finding["indicator"]): DigestLine {
  const cells = [...new Set(findings.map((f) => f.address))];
  const run = cellRun(cells);
  return {
    severity,
    code,
    kind: kindOf(code),
    text,
    select: run ?? cells[0],
    where: run ?? listCells(cells),
    cells,
    ...(indicator ? { indicator } : {}),
    findings,
  };
}

/**
 * Which findings fold into one line: per indicator, those of one kind about several years («…: 2021–2024»); for the
 * sheet as a whole, the strategy indicators missing from it («Нет показателей стратегии: 2, 3, 5»).
 */
function foldable(finding: Finding): boolean {
  return finding.indicator ? finding.year !== undefined : finding.code === "indicator-missing";
}

/** The strategy numbers of missing indicators, from their names; undefined if one cannot be told. */
function missingNumbers(folded: Finding[], sector: Sector | undefined): string | undefined {
  const numbers = folded.map((f) => (sector && f.expected ? sectorIndicators(sector).find((i) => normalizeName(i.name) === normalizeName(f.expected as string))?.number : undefined));
  return numbers.every((n): n is number => n !== undefined) ? numbers.sort((a, b) => a - b).join(", ") : undefined;
}

function foldedText(code: string, folded: Finding[], sector: Sector | undefined): string {
  if (folded[0].indicator) return T.folded(kindOf(code), yearList(folded.map((f) => f.year as string)));
  return T.folded(kindOf(code), missingNumbers(folded, sector) ?? String(folded.length));
}

function groupWarnings(warnings: Finding[], sector: Sector | undefined): DigestGroup[] {
  const groups = new Map<string, { group: DigestGroup; byCode: Map<string, Finding[]>; order: (Finding | string)[] }>();
  for (const finding of warnings) {
    const key = finding.indicator ? `i${finding.indicator.shownNumber}` : "sheet";
    let entry = groups.get(key);
    if (!entry) {
      const title = finding.indicator ? T.indicatorGroup(finding.indicator.shownNumber, finding.indicator.name) : T.sheetGroup;
      entry = { group: { key, title, ...(finding.indicator ? { indicator: finding.indicator } : {}), lines: [] }, byCode: new Map(), order: [] };
      groups.set(key, entry);
    }
    // Findings of one kind fold into one line at the first one's place.
    if (foldable(finding)) {
      const same = entry.byCode.get(finding.code);
      if (same) same.push(finding);
      else {
        entry.byCode.set(finding.code, [finding]);
        entry.order.push(finding.code);
      }
    } else entry.order.push(finding);
  }
  const result = [...groups.values()].map(({ group, byCode, order }) => ({
    ...group,
    lines: order.map((item) => {
      if (typeof item !== "string") return single(item);
      const folded = byCode.get(item) as Finding[];
      if (folded.length === 1) return single(folded[0]);
      return line("warning", item, foldedText(item, folded, sector), folded, folded[0].indicator);
    }),
  }));
  return result.sort((a, b) => Number(b.key === "sheet") - Number(a.key === "sheet"));
}

function countKinds(findings: Finding[]): KindCount[] {
  const counts = new Map<string, KindCount>();
  for (const f of findings) {
    const key = `${f.severity}:${f.code}`;
    const count = counts.get(key) ?? { code: f.code, kind: kindOf(f.code), severity: f.severity, count: 0 };
    count.count++;
    counts.set(key, count);
  }
  // Stable: equal counts keep the order they were first seen in (sheet order).
  return [...counts.values()].sort((a, b) => Number(a.severity !== "error") - Number(b.severity !== "error") || b.count - a.count);
}

/** «2021–2024» for three or more years in a row, «2022, 2023» otherwise; years that are not numbers as they are. */
export function yearList(years: readonly string[]): string {
  const unique = [...new Set(years)];
  if (!unique.every((y) => /^\d{4}$/.test(y))) return unique.join(", ");
  const numbers = unique.map(Number).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.join(", ");
}

/** Cells next to each other along one row or one column, as a range («B11:E11»); otherwise undefined. */
function cellRun(cells: readonly string[]): string | undefined {
  if (cells.length < 2 || !cells.every((c) => /^[A-Z]+\d+$/.test(c))) return undefined;
  const points = cells.map(parseAddress);
  const sameRow = points.every((p) => p.row === points[0].row);
  const sameColumn = points.every((p) => p.column === points[0].column);
  if (!sameRow && !sameColumn) return undefined;
  const along = points.map((p) => (sameRow ? p.column : p.row)).sort((a, b) => a - b);
  if (along.some((v, i) => i > 0 && v !== along[i - 1] + 1)) return undefined;
  const byPosition = [...cells].sort((a, b) => {
    const [pa, pb] = [parseAddress(a), parseAddress(b)];
    return pa.row - pb.row || pa.column - pb.column;
  });
  return `${byPosition[0]}:${byPosition[byPosition.length - 1]}`;
}

function listCells(cells: readonly string[]): string {
  return cells.length <= 4 ? cells.join(", ") : `${cells.slice(0, 3).join(", ")} … (${cells.length})`;
}
