/**
 * The regional «Свод» as data: one row per submission (body, sector, planned ЦЗ per year against the region,
 * errors and warnings), the strategy's sectors nobody sent a roadmap for, duplicate submissions for a sector
 * (newest first, the older ones said so), and every indicator value below its strategy target.
 */
import { builtInEdition, regionalYears, type Edition } from "../edition";
import { plannedAverages, type Finding, type SheetCheck } from "../roadmap/check";
import { factSummary, type FactSummary } from "../roadmap/fact-summary";
import { toWorkbookValue } from "../units";

export interface Submission {
  /** Who sent it, as the file (or the sheet) is called. */
  body: string;
  /** Where it is: a file (command line) and the sheet in it. */
  file?: string;
  sheet: string;
  /** When the file was saved: of two roadmaps for one sector, the newer counts. */
  savedAt?: Date;
  /** The file as a link from the «Свод» («Здравоохранение.xlsx»); absent: a sheet of the same workbook. */
  link?: string;
  check: SheetCheck;
}

/** A file that could not be read: listed, so that no submission is passed over in silence. */
export interface Unreadable {
  file: string;
  error: string;
}

export interface SummaryRow {
  submission: Submission;
  sector?: { code: string; name: string };
  /** Planned ЦЗ by year (workbook convention), as the check computes it; undefined where the year has none. */
  planned: Record<string, number | undefined>;
  errors: number;
  warnings: number;
  /** Counted in the sector's figures: the newest submission of its sector (or the only one); never one without a sector. */
  counted: boolean;
  /** The newer submission that replaces this one, when there is one. */
  supersededBy?: Submission;
  /** When the roadmap carries facts: the actual ЦЗ by year and the indicators' statuses. */
  facts?: FactSummary;
}

export interface BelowTarget {
  submission: Submission;
  sector: { code: string; name: string };
  indicator: string;
  year: string;
  value: number;
  target: number;
  unit?: string;
  address: string;
}

export interface Summary {
  years: string[];
  /** The regional ЦЗ target per year (workbook convention). */
  regional: Record<string, number>;
  rows: SummaryRow[];
  /** Sectors of the strategy without any submission. */
  missing: { code: string; name: string }[];
  unreadable: Unreadable[];
  belowTarget: BelowTarget[];
  /** Some roadmap in the «Свод» carries facts: the sheet shows the actual ЦЗ and the statuses. */
  hasFacts: boolean;
}

export interface SummarizeOptions {
  /** The edition whose sectors and regional ЦЗ line the «Свод» is drawn against; the built-in one by default. */
  edition?: Edition;
}

export function summarize(submissions: readonly Submission[], unreadable: readonly Unreadable[] = [], options: SummarizeOptions = {}): Summary {
  const edition = options.edition ?? builtInEdition;
  const source = edition.sectors;
  const years = regionalYears(edition);
  const regional = Object.fromEntries(years.map((y) => [y, toWorkbookValue(edition.regionalTargets[y], "%")]));
  const rows = orderRows(submissions.map((submission) => row(submission, years)));
  const sent = new Set(rows.flatMap((r) => (r.sector ? [r.sector.code] : [])));
  return {
    years,
    regional,
    rows,
    missing: source.filter((s) => !sent.has(s.code)).map((s) => ({ code: s.code, name: s.name })),
    unreadable: [...unreadable],
    belowTarget: rows.filter((r) => r.counted && r.sector).flatMap((r) => belowTarget(r.submission, r.sector as { code: string; name: string })),
    hasFacts: rows.some((r) => r.facts !== undefined),
  };
}

function row(submission: Submission, years: string[]): SummaryRow {
  const { roadmap, findings } = submission.check;
  const means = roadmap ? plannedAverages(roadmap) : new Map<string, undefined>();
  const errors = findings.filter((f) => f.severity === "error").length;
  const facts = roadmap ? factSummary(roadmap) : undefined;
  return {
    ...(facts ? { facts } : {}),
    submission,
    ...(roadmap?.sector ? { sector: { code: roadmap.sector.code, name: roadmap.sector.name } } : {}),
    planned: Object.fromEntries(years.map((y) => [y, means.get(y)?.mean])),
    errors,
    warnings: findings.length - errors,
    // Only a roadmap whose sector is known counts in the sector figures.
    counted: roadmap?.sector !== undefined,
  };
}

/** By sector code as the strategy numbers them (7.2 before 7.10), the newest first within a sector. */
function orderRows(rows: SummaryRow[]): SummaryRow[] {
  const code = (r: SummaryRow) => r.sector?.code.split(".").map(Number) ?? [Infinity];
  const time = (r: SummaryRow) => r.submission.savedAt?.getTime() ?? 0;
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [code(a), code(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return time(b) - time(a) || a.submission.body.localeCompare(b.submission.body, "ru");
  });
  const newest = new Map<string, Submission>();
  for (const r of sorted) {
    if (!r.sector) continue;
    const first = newest.get(r.sector.code);
    if (first) Object.assign(r, { counted: false, supersededBy: first });
    else newest.set(r.sector.code, r.submission);
  }
  return sorted;
}

function belowTarget(submission: Submission, sector: { code: string; name: string }): BelowTarget[] {
  return submission.check.findings.filter(isTargetMiss).map((f) => ({
    submission,
    sector,
    indicator: f.indicator?.name ?? "",
    year: f.year ?? "",
    value: f.foundValue,
    target: f.expectedValue,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    address: f.address,
  }));
}

function isTargetMiss(f: Finding): f is Finding & { expectedValue: number; foundValue: number } {
  return f.code === "target-missed" && typeof f.expectedValue === "number" && typeof f.foundValue === "number";
}
