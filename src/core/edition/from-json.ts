/**
 * An edition stored as JSON (by `cdto catalog import`, or in a workbook by the pane) read back with every field
 * checked: a file edited by hand or cut short is refused with what is wrong, never half-used.
 */
import type { Indicator, Project, Sector } from "../catalog/types";
import type { Edition, EditionBand } from "./types";

export class EditionFormatError extends Error {
  constructor(readonly mistakes: string[]) {
    super(`Файл редакции стратегии не читается: ${mistakes.slice(0, 5).join("; ")}${mistakes.length > 5 ? `; и ещё ${mistakes.length - 5}` : ""}.`);
    this.name = "EditionFormatError";
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export function parseEdition(value: unknown): Edition {
  const mistakes: string[] = [];
  const need = (ok: boolean, mistake: string) => {
    if (!ok) mistakes.push(mistake);
    return ok;
  };
  if (!isObject(value)) throw new EditionFormatError(["это не описание редакции (ожидается объект с полями region, sectors…)"]);
  for (const field of ["id", "region", "document"]) need(isText(value[field]), `нет поля «${field}»`);
  const regional = value.regionalTargets;
  if (need(isObject(regional) && Object.keys(regional).length > 0, "нет целевых значений ЦЗ региона (regionalTargets)") && isObject(regional)) {
    for (const [year, target] of Object.entries(regional)) need(/^\d{4}$/.test(year) && isNumber(target), `ЦЗ региона за ${year}: ожидается год и число`);
  }
  const bands = Array.isArray(value.bands) ? value.bands : [];
  need(bands.length > 0, "нет шкалы обучения (bands)");
  bands.forEach((band, i) => need(isObject(band) && isNumber(band.lowerPercent) && isNumber(band.score), `шкала обучения, строка ${i + 1}: ожидаются lowerPercent и score`));
  const sectors = Array.isArray(value.sectors) ? value.sectors : [];
  need(sectors.length > 0, "нет отраслей (sectors)");
  sectors.forEach((sector, i) => checkSector(sector, `отрасль ${i + 1}`, need));
  if (mistakes.length > 0) throw new EditionFormatError(mistakes);
  return {
    id: String(value.id),
    region: String(value.region),
    ...(isText(value.regionGenitive) ? { regionGenitive: value.regionGenitive } : {}),
    document: String(value.document),
    ...(isText(value.approved) ? { approved: value.approved } : {}),
    regionalTargets: { ...(regional as Record<string, number>) },
    bands: (bands as EditionBand[]).map((b) => ({ lowerPercent: b.lowerPercent, score: b.score })),
    sectors: sectors as Sector[],
  };
}

function checkSector(sector: unknown, at: string, need: (ok: boolean, mistake: string) => boolean): void {
  if (!need(isObject(sector) && isText(sector.code) && isText(sector.name) && Array.isArray(sector.projects), `${at}: ожидаются code, name и projects`)) return;
  const s = sector as Sector;
  s.projects.forEach((project: unknown, j) => {
    const where = `отрасль ${s.code}, проект ${j + 1}`;
    if (!need(isObject(project) && isNumber(project.n) && isText(project.name) && Array.isArray(project.indicators), `${where}: ожидаются n, name и indicators`)) return;
    const p = project as Project;
    if (typeof p.recommendedByFOIV !== "boolean") p.recommendedByFOIV = false;
    if (typeof p.responsible !== "string") p.responsible = "";
    p.indicators.forEach((indicator: unknown, k) => checkIndicator(indicator, `${where}, показатель ${k + 1}`, need));
  });
}

function checkIndicator(indicator: unknown, at: string, need: (ok: boolean, mistake: string) => boolean): void {
  if (!need(isObject(indicator) && isText(indicator.name) && typeof indicator.unit === "string" && isObject(indicator.targets), `${at}: ожидаются name, unit и targets`)) return;
  const i = indicator as Indicator;
  if (i.direction !== "lower") i.direction = "higher";
  for (const [year, target] of Object.entries(i.targets)) need(/^\d{4}$/.test(year) && (target === null || isNumber(target)), `${at}: цель за ${year} — не число`);
}
