/** cdto roadmap --sector <code|name> | --all [--out file.xlsx] [--activities] [--fact [--quarters]] [--force] [--catalog …]: the appendix-3 sheet as a file. */
import { builtInEdition, storedEditionSheet } from "../../core/edition";
import { buildRoadmap } from "../../core/roadmap";
import { matchSectorText } from "../../core/roadmap/check";
import { uniqueSheetName } from "../../core/sheet-name";
import type { SheetModel } from "../../core/sheet-model";
import { hasFlag, optionText, parseArgs } from "../args";
import { catalogOption } from "../edition";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { Io } from "../io";
import { fileNameFor, writeWorkbook } from "../output";
import { texts } from "../texts";

const options = { sector: { value: true }, all: { value: false }, out: { value: true }, activities: { value: false }, force: { value: false }, catalog: { value: true }, fact: { value: false }, quarters: { value: false }, help: { value: false } } as const;

export async function roadmapCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const parsed = parseArgs(argv, options, "roadmap");
  if (hasFlag(parsed, "help")) {
    io.out(texts.help.roadmap);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) throw new CliError(`Лишнее «${parsed.positionals[0]}»: отрасль указывается так: --sector 7.1`);
  const wanted = optionText(parsed, "sector");
  const all = hasFlag(parsed, "all");
  if (all === (wanted !== undefined)) throw new CliError(texts.sectorNeeded);
  const chosen = await catalogOption(optionText(parsed, "catalog"));
  const edition = chosen ?? builtInEdition;
  const sectors = all ? edition.sectors : [matchSectorText((wanted ?? "").replace(",", "."), edition.sectors)];
  if (sectors[0] === undefined) throw new CliError(texts.unknownSector(wanted ?? ""));
  const prefillActivities = hasFlag(parsed, "activities");
  const quarters = hasFlag(parsed, "quarters");
  const facts = hasFlag(parsed, "fact") || quarters;
  const models: SheetModel[] = [];
  for (const sector of sectors) {
    if (!sector) continue;
    const model = buildRoadmap(sector, { prefillActivities, edition, facts, quarters });
    models.push({ ...model, name: uniqueSheetName(model.name, models.map((m) => m.name)) });
  }
  const out = optionText(parsed, "out") ?? (all ? "Дорожные карты.xlsx" : fileNameFor(models[0].name));
  // The workbook carries the edition it was made with, so that its check needs no --catalog.
  await writeWorkbook(out, chosen ? [...models, storedEditionSheet(chosen)] : models, hasFlag(parsed, "force"), io);
  return EXIT.ok;
}
