/** cdto summary <file.xlsx|folder>… --out svod.xlsx: the regional «Свод» of every roadmap sent in. */
import { statSync } from "fs";
import { basename, dirname, extname, relative, resolve } from "path";
import { checkSheets } from "../../core/roadmap/check";
import { buildSummarySheets, summarize, type Submission, type Unreadable } from "../../core/summary";
import { builtInEdition, type Edition } from "../../core/edition";
import { roadmapGrid } from "../../xlsx";
import { hasFlag, optionText, parseArgs } from "../args";
import { catalogOption, editionsFor, roadmapSheets } from "../edition";
import { CliError, EXIT, worst, type ExitCode } from "../errors";
import { expandInputs, readWorkbook } from "../files";
import { progress, type Io } from "../io";
import { writeWorkbook } from "../output";
import { texts } from "../texts";
import { countOf } from "../../core/plural";

const options = { out: { value: true }, force: { value: false }, catalog: { value: true }, help: { value: false } } as const;

export async function summaryCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, options, "summary");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.summary);
    return EXIT.ok;
  }
  const out = optionText(parsed, "out");
  if (!out) throw new CliError(texts.outNeeded);
  const catalog = await catalogOption(optionText(parsed, "catalog"));
  const inputs = expandInputs(parsed.positionals).filter((input) => resolve(input.path) !== resolve(out));
  const submissions: Submission[] = [];
  const unreadable: Unreadable[] = [];
  let code: ExitCode = EXIT.ok;
  for (const [index, input] of inputs.entries()) {
    progress(io, index, inputs.length, basename(input.path));
    if (input.missing) {
      unreadable.push({ file: input.path, error: `${input.path}: ${input.missing}.` });
      code = worst(code, EXIT.usage);
      continue;
    }
    try {
      const book = await readWorkbook(input.path);
      const checks = checkSheets(roadmapSheets(book).map((s) => ({ name: s.name, grid: roadmapGrid(s) })), { editions: editionsFor(catalog, book) });
      const body = basename(input.path, extname(input.path));
      for (const check of checks) {
        submissions.push({
          body: checks.length > 1 ? `${body} — ${check.sheet}` : body,
          file: basename(input.path),
          sheet: check.sheet,
          savedAt: statSync(input.path).mtime,
          link: relative(dirname(resolve(out)), resolve(input.path)).split("\\").join("/"),
          check,
        });
        code = worst(code, check.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok);
      }
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable.push({ file: input.path, error: error.message });
      code = worst(code, EXIT.usage);
    }
  }
  const summary = summarize(submissions, unreadable, { edition: catalog ?? mostUsedEdition(submissions) });
  await writeWorkbook(out, buildSummarySheets(summary, { madeAt: new Date().toLocaleDateString("ru-RU") }), hasFlag(parsed, "force"), io);
  const counted = summary.rows.filter((r) => r.counted).length;
  io.out(
    `В своде: ${countOf(counted, ["дорожная карта", "дорожные карты", "дорожных карт"])} из ${summary.rows.length}; ` +
      `без дорожной карты: ${countOf(summary.missing.length, ["отрасль", "отрасли", "отраслей"])}` +
      (summary.missing.length > 0 ? ` (${summary.missing.map((s) => s.code).join(", ")})` : "") +
      (unreadable.length > 0 ? `; не прочитано: ${countOf(unreadable.length, ["файл", "файла", "файлов"])}` : "") +
      `; значений ниже цели стратегии: ${summary.belowTarget.length}.`,
  );
  return code;
}

/** The edition most roadmaps were read with (the first one met on a tie); the built-in one when none was read. */
function mostUsedEdition(submissions: readonly Submission[]): Edition {
  const counts = new Map<string, { edition: Edition; count: number }>();
  for (const s of submissions) {
    const edition = s.check.roadmap?.edition;
    if (!edition) continue;
    const entry = counts.get(edition.id) ?? { edition, count: 0 };
    entry.count++;
    counts.set(edition.id, entry);
  }
  let best: { edition: Edition; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.edition ?? builtInEdition;
}
