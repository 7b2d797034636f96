/**
 * The edition table's layout, shared by the export (which writes it) and the import (which reads it, and more
 * spellings besides): sheet names, column headers, the words for an indicator's direction.
 */
import type { Direction } from "../catalog/types";

export const EDITION_TABLE = {
  indicators: "Показатели",
  regional: "ЦЗ области",
  bands: "Шкала обучения",
  about: "Сведения",
} as const;

/** Other names people give the regional sheet. */
export const REGIONAL_SHEET_NAMES = ["цз области", "цз региона", "цз края", "цз республики", "цз субъекта"];

export const INDICATOR_HEADERS = {
  number: "№",
  project: "Наименование проекта",
  responsible: "Ответственный",
  indicator: "Наименование показателя",
  unit: "Ед. изм.",
  direction: "Направление",
} as const;

export const DIRECTION_WORDS: Record<Direction, string> = { higher: "больше — лучше", lower: "меньше — лучше" };

export const ABOUT_LABELS = {
  region: "Регион",
  regionGenitive: "Регион (в родительном падеже)",
  document: "Документ",
  approved: "Дата утверждения",
} as const;

export const FOIV_SUFFIX = "(рекомендовано ФОИВ)";

/** Lower case, ё as е, one space, no quotes: how header and label words are compared. */
export function plainWords(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”]/g, "")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** «больше — лучше», «больше-лучше», «выше», «рост», «меньше лучше», «снижение»…; blank is higher; else undefined. */
export function directionOf(text: string): Direction | undefined {
  const words = plainWords(text);
  if (words === "") return "higher";
  if (/^(больше|выше|рост|увеличение|по возрастанию|higher|↑)/.test(words)) return "higher";
  if (/^(меньше|ниже|снижение|уменьшение|по убыванию|lower|↓)/.test(words)) return "lower";
  return undefined;
}
