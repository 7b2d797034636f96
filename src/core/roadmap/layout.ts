/**
 * Where things are on a generated roadmap, and the sheet-scoped names that mark them. Names follow the cells when
 * rows are inserted or the sheet is renamed, so a check finds its rows again (see docs/roadmap.md).
 */
import { SECTOR_CODE } from "../catalog";

export const ROADMAP_COLUMNS = { label: 0, firstYear: 1 } as const;

export const roadmapNames = {
  marker: "ЦЗ_ДК",
  years: "ЦЗ_Годы",
  regional: "ЦЗ_Регион",
  planned: "ЦЗ_План",
  value: (catalogNumber: number) => `ЦЗ_Показатель_${catalogNumber}`,
  target: (catalogNumber: number) => `ЦЗ_Цель_${catalogNumber}`,
  activities: (catalogNumber: number) => `ЦЗ_Мероприятия_${catalogNumber}`,
  fact: (catalogNumber: number) => `ЦЗ_Факт_${catalogNumber}`,
  achievement: (catalogNumber: number) => `ЦЗ_Достижение_${catalogNumber}`,
  status: (catalogNumber: number) => `ЦЗ_Статус_${catalogNumber}`,
  quarters: (catalogNumber: number) => `ЦЗ_Кварталы_${catalogNumber}`,
  actual: "ЦЗ_ФактЦЗ",
  /** The two threshold cells: «достигнуто» from, «под угрозой» from. */
  thresholds: "ЦЗ_Пороги",
} as const;

/** The marker name's comment carries the sector code and the edition: «ЦЗ-ДК 1; отрасль 7.1; редакция smolensk-2021». */
export function markerComment(sectorCode: string, editionId?: string): string {
  return `ЦЗ-ДК 1; отрасль ${sectorCode}${editionId ? `; редакция ${editionId}` : ""}`;
}

/** The code as the catalog writes codes; a longer number after it is not cut to fit. */
const MARKER_CODE = new RegExp(`отрасль (${SECTOR_CODE})(?![\\d.]\\d)`);

export function sectorCodeFromMarker(comment: string): string | undefined {
  return MARKER_CODE.exec(comment)?.[1];
}

/** The edition a generated roadmap was made with; absent in roadmaps made before editions. */
export function editionIdFromMarker(comment: string): string | undefined {
  return /редакция ([^;\s]+)/.exec(comment)?.[1];
}
