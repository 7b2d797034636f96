/**
 * cdto validate <file.xlsx|folder>… [--sheet name] [--json]: every roadmap sheet of every file checked against the
 * strategy; a file that cannot be read is said and the others are still checked.
 */
import { basename } from "path";
import { checkSheets, type Finding, type SheetCheck } from "../../core/roadmap/check";
import { roadmapGrid } from "../../xlsx";
import { hasFlag, optionText, parseArgs } from "../args";
import { CliError, EXIT, worst, type ExitCode } from "../errors";
import { expandInputs, readWorkbook } from "../files";
import { progress, type Io } from "../io";
import { renderTable } from "../table";
import { texts } from "../texts";

export interface FileReport {
  file: string;
  sheets?: { sheet: string; sector: { code: string; name: string } | null; findings: Finding[] }[];
  error?: string;
}

export const validateOptions = { sheet: { value: true }, json: { value: false }, help: { value: false } } as const;

/** Checks every input; the reports in order, and what they mean for the exit code. */
export async function validateFiles(paths: readonly string[], sheet: string | undefined, io: Io): Promise<{ reports: FileReport[]; code: ExitCode }> {
  const inputs = expandInputs(paths);
  const reports: FileReport[] = [];
  let code: ExitCode = EXIT.ok;
  for (const [index, input] of inputs.entries()) {
    progress(io, index, inputs.length, basename(input.path));
    const report = await validateFile(input.path, input.missing, sheet);
    reports.push(report);
    code = worst(code, report.error !== undefined ? EXIT.usage : report.sheets?.some((s) => s.findings.some((f) => f.severity === "error")) ? EXIT.findings : EXIT.ok);
  }
  return { reports, code };
}

async function validateFile(path: string, missing: string | undefined, sheet: string | undefined): Promise<FileReport> {
  if (missing) return { file: path, error: `${path}: ${missing}.` };
  try {
    const book = await readWorkbook(path);
    const sheets = book.sheets.filter((s) => sheet === undefined || s.name === sheet);
    if (sheet !== undefined && sheets.length === 0) return { file: path, error: texts.noSuchSheet(sheet, book.sheets.map((s) => s.name)) };
    return { file: path, sheets: checkSheets(sheets.map((s) => ({ name: s.name, grid: roadmapGrid(s) }))).map(sheetReport) };
  } catch (error) {
    if (error instanceof CliError) return { file: path, error: error.message };
    throw error;
  }
}

function sheetReport(check: SheetCheck): NonNullable<FileReport["sheets"]>[number] {
  const sector = check.roadmap?.sector;
  return { sheet: check.sheet, sector: sector ? { code: sector.code, name: sector.name } : null, findings: check.findings };
}

export async function validateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, validateOptions, "validate");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.validate);
    return EXIT.ok;
  }
  const { reports, code } = await validateFiles(parsed.positionals, optionText(parsed, "sheet"), io);
  io.out(hasFlag(parsed, "json") ? JSON.stringify(reports, null, 2) : readable(reports));
  return code;
}

/** For a person: per file and sheet a heading, the counts, then the findings, errors first. */
export function readable(reports: readonly FileReport[]): string {
  const parts: string[] = [];
  let errors = 0;
  let warnings = 0;
  let sheets = 0;
  for (const report of reports) {
    if (report.error !== undefined) {
      parts.push(`${report.file}\n  ${texts.unreadable}: ${report.error}`);
      continue;
    }
    for (const s of report.sheets ?? []) {
      sheets++;
      const e = s.findings.filter((f) => f.severity === "error").length;
      errors += e;
      warnings += s.findings.length - e;
      const sector = s.sector ? `отрасль ${s.sector.code} «${s.sector.name}»` : "отрасль не определена";
      const rows = s.findings.map((f) => [f.severity === "error" ? "ошибка" : "предупреждение", f.address, f.message]);
      parts.push(`${report.file} — лист «${s.sheet}», ${sector}\n  ${texts.counts(e, s.findings.length - e)}` + (rows.length > 0 ? `\n${indent(renderTable(rows, [14, 7, 160]))}` : ""));
    }
  }
  const unread = reports.filter((r) => r.error !== undefined).length;
  parts.push(texts.total(reports.length, sheets, errors, warnings, unread));
  return parts.join("\n\n");
}

const indent = (text: string) => text.split("\n").map((line) => `  ${line}`).join("\n");
