/** Training score functions (protocol appendix 1). Each: coerce, call the core, map errors. */
import type { Edition } from "../core/edition";
import { labels } from "../core/errors";
import { bandsFromTable, editionBands, nextBand, score, type Bands, type NextBand } from "../core/training";
import { withEdition } from "./active-edition";
import { arg, isOmitted, mapCells, tableOf, toCount } from "./arguments";
import { excelResult } from "./excel-errors";

const EMPLOYEES = "количество сотрудников";
const TRAINED = "количество обученных";
const BANDS = "шкала";

/** Each edition's bands made once: a column of 100 000 scores must not sort them again per call. */
const bandsOfEdition = new WeakMap<Edition, Bands>();

function defaultBands(edition: Edition): Bands {
  let bands = bandsOfEdition.get(edition);
  if (!bands) bandsOfEdition.set(edition, (bands = editionBands(edition.bands)));
  return bands;
}

/**
 * `compute` with the bands to use: the table given, at once; without one, the workbook's edition's bands, which may
 * have to be waited for (see active-edition.ts).
 */
function withBands<T>(bands: unknown, compute: (table: Bands) => T): T | Promise<T> {
  if (!isOmitted(bands)) return excelResult(() => compute(bandsFromTable(tableOf(bands, BANDS))));
  return withEdition((edition) => excelResult(() => compute(defaultBands(edition))));
}

/**
 * Training score by the share of trained staff, by the bands of the workbook's strategy edition (the built-in one: 50 % and more gives 5, 20 % gives 3, 10 % gives 2, 5 % gives 1.5, 2 % gives 0.5).
 * @customfunction SCORE
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the edition's bands: lower bound of the share and score.
 * @returns {any[][]} The score for each row.
 */
export function trainingScore(employees: unknown[][], trained: unknown[][], bands?: unknown[][]) {
  return withBands(bands, (table) =>
    mapCells([arg(employees, EMPLOYEES), arg(trained, TRAINED)], (e, t) => score(toCount(e, EMPLOYEES), toCount(t, TRAINED), table)),
  );
}

/**
 * How many more employees to train to reach the next score band («высший балл» in the top band).
 * @customfunction NEXTBAND
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the edition's bands: lower bound of the share and score.
 * @returns {any[][]} The number of extra people to train for each row.
 */
export function nextBandExtra(employees: unknown[][], trained: unknown[][], bands?: unknown[][]) {
  return nextBandColumn(employees, trained, bands, (next) => next.extra);
}

/**
 * Points gained by reaching the next score band («высший балл» in the top band).
 * @customfunction NEXTBANDGAIN
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the edition's bands: lower bound of the share and score.
 * @returns {any[][]} The points gained for each row.
 */
export function nextBandGain(employees: unknown[][], trained: unknown[][], bands?: unknown[][]) {
  return nextBandColumn(employees, trained, bands, (next) => next.gain);
}

/** NEXTBAND and NEXTBANDGAIN: the same next band, one field of it per cell; words where there is no number. */
function nextBandColumn(
  employees: unknown[][],
  trained: unknown[][],
  bands: unknown[][] | undefined,
  field: (next: Extract<NextBand, { status: "reachable" }>) => number,
): unknown[][] | Promise<unknown[][]> {
  return withBands(bands, (table) =>
    mapCells([arg(employees, EMPLOYEES), arg(trained, TRAINED)], (e, t) => {
      const next = nextBand(toCount(e, EMPLOYEES), toCount(t, TRAINED), table);
      if (next.status === "top") return labels.topBand;
      return next.status === "unreachable" ? labels.unreachable : field(next);
    }),
  );
}
