/**
 * A workbook action that failed, said in Russian for the user (what happened, and what of theirs is unchanged), with
 * Excel's own text kept as a detail for whoever supports them. Thrown by src/excel; the pane shows `message` as is.
 */
export class ExcelActionError extends Error {
  constructor(
    message: string,
    /** Excel's error code and English text, if Excel said anything. */
    readonly detail?: string,
    /** Excel's error code, so a caller can still tell a busy Excel (and retry) from a refusal. */
    readonly code?: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

/** Excel's code and text of a failure, for the detail line. */
export function excelDetail(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  if (typeof error === "string") return error;
  if (typeof error === "number" || typeof error === "boolean" || typeof error === "bigint") return String(error);
  if (typeof error !== "object") return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const parts = [typeof code === "string" ? code : undefined, typeof message === "string" ? message : undefined].filter((p): p is string => p !== undefined && p !== "");
  return parts.length > 0 ? parts.join(": ") : undefined;
}

const REASONS: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel занят вводом в ячейку — завершите ввод (Enter или Esc) и повторите",
  AccessDenied: "книга или лист защищены от изменений — снимите защиту и повторите",
  RequestPayloadSizeLimitExceeded: "слишком большой объём данных для одного запроса Excel",
  ApiNotFound: "эта версия Excel не поддерживает нужную функцию — обновите Excel",
  ItemNotFound: "лист или ячейка, с которыми шла работа, удалены или переименованы — повторите",
};

/** Excel's error code, if the failure has one. */
export function excelCode(error: unknown): string | undefined {
  const code = error !== null && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** Why Excel refused, in Russian, from its error code. */
export function excelReason(error: unknown): string {
  const code = excelCode(error);
  return (code !== undefined ? REASONS[code] : undefined) ?? "Excel не принял запрос";
}

/**
 * Runs a workbook action; a failure becomes «<what>: <why>. <what is safe>.» in Russian, Excel's own text kept as the
 * detail. An ExcelActionError from inside passes as it is.
 */
export async function saying<T>(what: string, safe: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ExcelActionError) throw error;
    throw new ExcelActionError(`${what}: ${excelReason(error)}. ${safe}.`, excelDetail(error), excelCode(error));
  }
}
