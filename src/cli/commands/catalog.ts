/**
 * cdto catalog import <table.xlsx> --out edition.json: a region's strategy from its table (protocol appendix 2's
 * layout); cdto catalog export [--catalog …] --out table.xlsx: an edition, the built-in one by default, as that table.
 */
import { existsSync, writeFileSync } from "fs";
import { basename } from "path";
import { builtInEdition, editionLabel, exportEdition, type Edition } from "../../core/edition";
import { countOf } from "../../core/plural";
import { hasFlag, optionText, parseArgs } from "../args";
import { catalogOption, importWorkbook, mistakeLine } from "../edition";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { Io } from "../io";
import { writeWorkbook } from "../output";
import { texts } from "../texts";

const importOptions = { out: { value: true }, force: { value: false }, help: { value: false } } as const;
const exportOptions = { catalog: { value: true }, out: { value: true }, force: { value: false }, help: { value: false } } as const;

export async function catalogCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === "--help" || sub === "-h") {
    io.out(texts.help.catalog);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  if (sub === "import") return importCommand(rest, io);
  if (sub === "export") return exportCommand(rest, io);
  throw new CliError(`Неизвестная команда «catalog ${sub}»: есть cdto catalog import и cdto catalog export.`);
}

async function importCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, importOptions, "catalog import");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.catalogImport);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new CliError(`Укажите один файл с таблицей стратегии. ${texts.help.catalogImport}`);
  const out = optionText(parsed, "out");
  if (!out) throw new CliError("Укажите, куда записать редакцию: --out редакция.json");
  if (!/\.json$/i.test(out)) throw new CliError(`Файл «${out}» должен быть .json.`);
  if (existsSync(out) && !hasFlag(parsed, "force")) throw new CliError(texts.exists(out));
  const file = parsed.positionals[0];
  if (!existsSync(file)) throw new CliError(`Файл «${file}» не найден.`);
  const result = await importWorkbook(file);
  if (!result.ok) {
    io.out([...result.mistakes.map(mistakeLine), "", `В таблице «${basename(file)}» ${countOf(result.mistakes.length, ["ошибка", "ошибки", "ошибок"])}; редакция не записана.`].join("\n"));
    return EXIT.findings;
  }
  for (const warning of result.warnings ?? []) io.err(`Предупреждение. ${mistakeLine(warning)}`);
  try {
    writeFileSync(out, `${JSON.stringify(result.edition, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`Не удалось записать «${out}»: ${error instanceof Error ? error.message : String(error)}.`);
  }
  io.out(`Записано: ${out} — ${describe(result.edition)}.`);
  return EXIT.ok;
}

async function exportCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, exportOptions, "catalog export");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.catalogExport);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) throw new CliError(`Лишнее «${parsed.positionals[0]}»: редакция указывается так: --catalog редакция.json`);
  const out = optionText(parsed, "out");
  if (!out) throw new CliError(texts.outNeeded);
  const edition = (await catalogOption(optionText(parsed, "catalog"))) ?? builtInEdition;
  await writeWorkbook(out, exportEdition(edition), hasFlag(parsed, "force"), io);
  io.out(`Редакция: ${describe(edition)}.`);
  return EXIT.ok;
}

/** «Приозёрная область, 15.03.2025 (priozernaya-2025): 3 отрасли, 5 проектов, 9 показателей, годы 2025–2030». */
function describe(edition: Edition): string {
  const projects = edition.sectors.flatMap((s) => s.projects);
  const indicators = projects.reduce((n, p) => n + p.indicators.length, 0);
  const years = [...new Set(edition.sectors.flatMap((s) => s.projects.flatMap((p) => p.indicators.flatMap((i) => Object.keys(i.targets)))))].sort();
  return (
    `${editionLabel(edition)} (${edition.id}): ${countOf(edition.sectors.length, ["отрасль", "отрасли", "отраслей"])}, ` +
    `${countOf(projects.length, ["проект", "проекта", "проектов"])}, ${countOf(indicators, ["показатель", "показателя", "показателей"])}` +
    (years.length > 0 ? `, годы ${years[0]}–${years[years.length - 1]}` : "")
  );
}
