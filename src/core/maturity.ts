/**
 * ЦЗ (цифровая зрелость) averages of protocol appendix 3: the regional target decomposed per year and a
 * sector's planned average = (indicator 1 + … + indicator N) / N, skipping blanks and «x».
 */
import { builtInEdition, regionalYears, type Edition } from "./edition";
import { readCell, workbookNumber } from "./cell-value";
import { errors } from "./errors";
import { toWorkbookValue } from "./units";

/** Years with a regional ЦЗ target in the edition, ascending. */
export function regionalTargetYears(edition: Edition = builtInEdition): string[] {
  return regionalYears(edition);
}

/** Normalises a year given as 2022, «2022» or «2022 г.»; throws for anything else. */
export function yearKey(year: unknown): string {
  const reading = readCell(typeof year === "string" ? year.replace(/(\d)\s*(г\.?|год)\s*$/i, "$1") : year);
  if (reading.kind !== "number" || reading.percentSign || !Number.isInteger(reading.value)) {
    throw reading.kind === "blank" ? errors.blank("год") : errors.notAYear(year);
  }
  return String(reading.value);
}

/** Regional ЦЗ target for a year as printed (28 for 28 %). */
export function regionalTargetPercent(year: unknown, edition: Edition = builtInEdition): number {
  const key = yearKey(year);
  const value = Object.prototype.hasOwnProperty.call(edition.regionalTargets, key) ? edition.regionalTargets[key] : undefined;
  if (value === undefined) throw errors.unknownYear(year, regionalTargetYears(edition));
  return value;
}

/** Regional ЦЗ target for a year in the workbook's convention (0,28): the targets are percents. */
export function regionalTarget(year: unknown, edition: Edition = builtInEdition): number {
  return toWorkbookValue(regionalTargetPercent(year, edition), "%");
}

export interface Average {
  mean: number;
  /** How many values were averaged (blanks and «x» are not counted). */
  count: number;
}

/**
 * Mean of the planned values, in the workbook's convention: numbers as they are, text «18 %» as 0,18.
 * Blanks and «x» are skipped, not zero; any other text is an error, never silently dropped.
 */
export function maturityAverage(values: Iterable<unknown>): Average {
  const numbers: number[] = [];
  for (const value of values) {
    const reading = readCell(value);
    if (reading.kind === "blank" || reading.kind === "none") continue;
    if (reading.kind === "text") throw errors.notANumber("значение показателя", value);
    numbers.push(workbookNumber(reading));
  }
  if (numbers.length === 0) throw errors.noValues();
  return { mean: mean(numbers), count: numbers.length };
}

/** sum / n; where the sum overflows (1E+308 + 1E+308), the sum of the shares v / n, which cannot. */
function mean(numbers: readonly number[]): number {
  const sum = numbers.reduce((total, value) => total + value, 0);
  if (Number.isFinite(sum)) return sum / numbers.length;
  return numbers.reduce((total, value) => total + value / numbers.length, 0);
}
