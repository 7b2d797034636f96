/** The only place a core error becomes an Excel error. Excel shows the message for #VALUE! and #N/A. */
import { CdtoError } from "../core/errors";

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CdtoError) {
    const code =
      error.severity === "notAvailable" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  // A bug, not a user mistake: still a readable #VALUE!, never a crash of the function.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Внутренняя ошибка надстройки: ${detail}`);
}

/** Runs a function body and turns any error it throws into the Excel error the cell shows. */
export function excelResult<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    // Excel's documented way to show an error with a message is to throw a CustomFunctions.Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw toExcelError(error);
  }
}
