/** Training score functions (protocol appendix 1). Each: coerce, call the core, map errors. */
import { labels } from "../core/errors";
import { DEFAULT_BANDS, bandsFromTable, nextBand, score, type Bands, type NextBand } from "../core/training";
import { arg, isOmitted, mapCells, tableOf, toCount } from "./arguments";
import { excelResult } from "./excel-errors";

const EMPLOYEES = "количество сотрудников";
const TRAINED = "количество обученных";
const BANDS = "шкала";

function bandsArg(bands: unknown): Bands {
  return isOmitted(bands) ? DEFAULT_BANDS : bandsFromTable(tableOf(bands, BANDS));
}

/**
 * Training score by the share of trained staff: 50 % and more gives 5, 20 % gives 3, 10 % gives 2, 5 % gives 1.5, 2 % gives 0.5.
 * @customfunction SCORE
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the default bands: lower bound of the share and score.
 * @returns The score for each row.
 */
export function trainingScore(employees: unknown[][], trained: unknown[][], bands?: unknown[][]): unknown[][] {
  return excelResult(() => {
    const table = bandsArg(bands);
    return mapCells([arg(employees, EMPLOYEES), arg(trained, TRAINED)], (e, t) => score(toCount(e, EMPLOYEES), toCount(t, TRAINED), table));
  });
}

/**
 * How many more employees to train to reach the next score band («высший балл» in the top band).
 * @customfunction NEXTBAND
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the default bands: lower bound of the share and score.
 * @returns The number of extra people to train for each row.
 */
export function nextBandExtra(employees: unknown[][], trained: unknown[][], bands?: unknown[][]): unknown[][] {
  return nextBandColumn(employees, trained, bands, (next) => next.extra);
}

/**
 * Points gained by reaching the next score band («высший балл» in the top band).
 * @customfunction NEXTBANDGAIN
 * @param employees Number of employees: a cell or a column.
 * @param trained Number of trained employees: a cell or a column of the same size.
 * @param [bands] Optional two-column table replacing the default bands: lower bound of the share and score.
 * @returns The points gained for each row.
 */
export function nextBandGain(employees: unknown[][], trained: unknown[][], bands?: unknown[][]): unknown[][] {
  return nextBandColumn(employees, trained, bands, (next) => next.gain);
}

/** NEXTBAND and NEXTBANDGAIN: the same next band, one field of it per cell; words where there is no number. */
function nextBandColumn(
  employees: unknown[][],
  trained: unknown[][],
  bands: unknown[][] | undefined,
  field: (next: Extract<NextBand, { status: "reachable" }>) => number,
): unknown[][] {
  return excelResult(() => {
    const table = bandsArg(bands);
    return mapCells([arg(employees, EMPLOYEES), arg(trained, TRAINED)], (e, t) => {
      const next = nextBand(toCount(e, EMPLOYEES), toCount(t, TRAINED), table);
      if (next.status === "top") return labels.topBand;
      return next.status === "unreachable" ? labels.unreachable : field(next);
    });
  });
}
