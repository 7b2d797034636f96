/**
 * cdto validate <file.xlsx|folder>… [--sheet name] [--json]: every roadmap sheet of every file checked against the
 * strategy; a file that cannot be read is said and the others are still checked.
 */
import { basename } from "path";
import { checkSheets, type Finding, type SheetCheck } from "../../core/roadmap/check";
import { digestFindings } from "../../core/roadmap/digest";
import type { Edition } from "../../core/edition";
import { roadmapGrid } from "../../xlsx";
import { hasFlag, optionText, parseArgs } from "../args";
import { catalogOption, editionsFor, roadmapSheets } from "../edition";
import { CliError, EXIT, worst, type ExitCode } from "../errors";
import { expandInputs, readWorkbook } from "../files";
import { progress, type Io } from "../io";
import { reportDate } from "../report-date";
import { renderTable } from "../table";
import { texts } from "../texts";

/** One file as `--json` gives it. */
export interface FileReport {
  file: string;
  sheets?: { sheet: string; sector: { code: string; name: string } | null; findings: Finding[] }[];
  error?: string;
}

/** One file as checked: its roadmap sheets, or why it could not be read. */
export interface FileCheck {
  file: string;
  checks?: SheetCheck[];
  error?: string;
}

export const validateOptions = { sheet: { value: true }, json: { value: false }, catalog: { value: true }, "as-of": { value: true }, help: { value: false } } as const;

/** Checks every input; the reports in order, and what they mean for the exit code. */
export async function validateFiles(paths: readonly string[], sheet: string | undefined, io: Io, catalog?: Edition, asOf?: Date): Promise<{ reports: FileCheck[]; code: ExitCode }> {
  const inputs = expandInputs(paths);
  const reports: FileCheck[] = [];
  let code: ExitCode = EXIT.ok;
  for (const [index, input] of inputs.entries()) {
    progress(io, index, inputs.length, basename(input.path));
    const report = await validateFile(input.path, input.missing, sheet, catalog, asOf);
    reports.push(report);
    code = worst(code, report.error !== undefined ? EXIT.usage : report.checks?.some((c) => c.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok);
  }
  return { reports, code };
}

async function validateFile(path: string, missing: string | undefined, sheet: string | undefined, catalog: Edition | undefined, asOf: Date | undefined): Promise<FileCheck> {
  if (missing) return { file: path, error: `${path}: ${missing}.` };
  try {
    const book = await readWorkbook(path);
    const candidates = roadmapSheets(book);
    const sheets = candidates.filter((s) => sheet === undefined || s.name === sheet);
    if (sheet !== undefined && sheets.length === 0) return { file: path, error: texts.noSuchSheet(sheet, candidates.map((s) => s.name)) };
    const editions = editionsFor(catalog, book);
    return { file: path, checks: checkSheets(sheets.map((s) => ({ name: s.name, grid: roadmapGrid(s) })), { editions, ...(asOf ? { asOf } : {}) }) };
  } catch (error) {
    if (error instanceof CliError) return { file: path, error: error.message };
    throw error;
  }
}

/** The JSON of `--json`: every finding, as the core gives it. */
export function jsonReport(check: FileCheck): FileReport {
  if (check.error !== undefined) return { file: check.file, error: check.error };
  return {
    file: check.file,
    sheets: (check.checks ?? []).map((c) => {
      const sector = c.roadmap?.sector;
      return { sheet: c.sheet, sector: sector ? { code: sector.code, name: sector.name } : null, findings: c.findings };
    }),
  };
}

export async function validateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, validateOptions, "validate");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.validate);
    return EXIT.ok;
  }
  const catalog = await catalogOption(optionText(parsed, "catalog"));
  const asOfText = optionText(parsed, "as-of");
  const asOf = asOfText === undefined ? undefined : reportDate(asOfText);
  const { reports, code } = await validateFiles(parsed.positionals, optionText(parsed, "sheet"), io, catalog, asOf);
  io.out(hasFlag(parsed, "json") ? JSON.stringify(reports.map(jsonReport), null, 2) : readable(reports));
  return code;
}

/** For a person: per file and sheet a heading and the counts, then the errors, then the warnings folded by indicator. */
export function readable(reports: readonly FileCheck[]): string {
  const parts: string[] = [];
  let [errors, warnings, sheets] = [0, 0, 0];
  for (const report of reports) {
    if (report.error !== undefined) {
      parts.push(`${report.file}\n  ${texts.unreadable}: ${report.error}`);
      continue;
    }
    for (const check of report.checks ?? []) {
      sheets++;
      const digest = digestFindings(check.findings, check.roadmap);
      errors += digest.totals.errors;
      warnings += digest.totals.warnings;
      const sector = check.roadmap?.sector ? `отрасль ${check.roadmap.sector.code} «${check.roadmap.sector.name}»` : "отрасль не определена";
      const lines = [`${report.file} — лист «${check.sheet}», ${sector}`, `  ${texts.counts(digest.totals.errors, digest.totals.warnings)}`];
      if (digest.status === "not-found") lines.push(`  ${check.findings[0]?.message ?? ""}`);
      if (digest.unfilled) lines.push(`  ${digest.unfilled}`);
      if (digest.errors.length > 0) lines.push("  Ошибки:", indent(indent(renderTable(digest.errors.map((l) => [l.where, l.text]), [12, 170]))));
      for (const group of digest.warnings) {
        lines.push(`  ${group.title}`, indent(indent(renderTable(group.lines.map((l) => [l.where, l.text]), [12, 170]))));
      }
      parts.push(lines.join("\n"));
    }
  }
  const unread = reports.filter((r) => r.error !== undefined).length;
  parts.push(texts.total(reports.length, sheets, errors, warnings, unread));
  return parts.join("\n\n");
}

const indent = (text: string) => text.split("\n").map((line) => `  ${line}`).join("\n");
