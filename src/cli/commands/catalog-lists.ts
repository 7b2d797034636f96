/** cdto sectors and cdto indicators <sector>: the strategy's sectors and a sector's indicators with their targets. */
import { catalogYears, sectorIndicators } from "../../core/catalog";
import { builtInEdition } from "../../core/edition";
import { matchSectorText } from "../../core/roadmap/check";
import { hasFlag, optionText, parseArgs } from "../args";
import { catalogOption } from "../edition";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { Io } from "../io";
import { renderTable } from "../table";
import { texts } from "../texts";

const options = { catalog: { value: true }, help: { value: false } } as const;

export async function sectorsCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, options, "sectors");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.sectors);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) throw new CliError(`Команда «sectors» не принимает «${parsed.positionals[0]}». ${texts.help.sectors}`);
  const edition = (await catalogOption(optionText(parsed, "catalog"))) ?? builtInEdition;
  const rows = edition.sectors.map((s) => [s.code, s.name, String(sectorIndicators(s).length)]);
  io.out(renderTable([["Код", "Отрасль", "Показателей"], ...rows]));
  return EXIT.ok;
}

export async function indicatorsCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, options, "indicators");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.indicators);
    return EXIT.ok;
  }
  const text = parsed.positionals.join(" ").trim();
  if (text === "") throw new CliError(`Укажите отрасль. ${texts.help.indicators}`);
  const edition = (await catalogOption(optionText(parsed, "catalog"))) ?? builtInEdition;
  const sector = matchSectorText(text.replace(",", "."), edition.sectors);
  if (!sector) throw new CliError(texts.unknownSector(text));
  const years = catalogYears(edition.sectors).map(String);
  const rows = sectorIndicators(sector).map((i) => [String(i.number), i.projects.join(", "), i.name, i.unit, ...years.map((y) => (i.targets[y] === null ? "x" : i.targets[y] === undefined ? "" : String(i.targets[y]).replace(".", ",")))]);
  io.out(`${sector.code} ${sector.name}\n\n${renderTable([["№", "Проекты", "Показатель", "Ед. изм.", ...years], ...rows], [3, 9, 90, 15])}`);
  return EXIT.ok;
}
