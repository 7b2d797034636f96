/** The pure domain core: no Office, no DOM, no exceljs. */
export { CdtoError, errors, formatNumberRu, labels } from "./errors";
export type { ErrorSeverity } from "./errors";
export { readCell, workbookNumber } from "./cell-value";
export type { CellReading } from "./cell-value";
export { toWorkbookValue, fromWorkbookValue, isPercentUnit, roundTiny } from "./units";
export { DEFAULT_BANDS, bandsFromTable, checkCounts, nextBand, score, scoreForShare, share } from "./training";
export type { Band, Bands, NextBand } from "./training";
export { maturityAverage, regionalTarget, regionalTargetPercent, regionalTargetYears, yearKey } from "./maturity";
export type { Average } from "./maturity";
