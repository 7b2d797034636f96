/**
 * Turns any failure into words a user can act on, in Russian; what Excel said in English is kept only as a detail
 * for whoever supports them.
 */
import { CdtoError } from "../core/errors";
import { ExcelActionError, excelDetail } from "../excel/action-error";

export interface ErrorText {
  message: string;
  /** Excel's code and English text, shown small under the message. */
  detail?: string;
}

/** What an Office error code means, to follow «Excel не выполнил действие: ». */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: "идёт ввод в ячейке. Завершите его (Enter или Esc) и повторите.",
  AccessDenied: "книга или лист защищены от изменений. Снимите защиту и повторите.",
  ItemAlreadyExists: "такой лист уже есть. Повторите — надстройка выберет новое имя.",
  ItemNotFound: "лист или ячейка не найдены: лист могли переименовать или удалить. Проверьте лист ещё раз.",
  RequestPayloadSizeLimitExceeded: "слишком большой объём данных для одного запроса Excel.",
  ApiNotFound: "эта версия Excel не поддерживает нужную функцию. Обновите Excel.",
  InvalidArgument: "Excel не принял данные для ячеек.",
  GeneralException: "внутренняя ошибка Excel. Повторите действие.",
};
const UNKNOWN_CODE = "повторите действие; если не получится, сообщите подробности ниже тому, кто поддерживает надстройку.";

function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

export function errorText(error: unknown): ErrorText {
  if (error instanceof ExcelActionError) return { message: error.message, ...(error.detail ? { detail: error.detail } : {}) };
  if (error instanceof CdtoError) return { message: error.message };
  const code = officeCode(error);
  // Duck-typed, not instanceof: an error made in another frame (the demo's in-memory Excel) is not this frame's Error.
  if (code) return { message: `Excel не выполнил действие: ${OFFICE_CODES[code] ?? UNKNOWN_CODE}`, detail: `подробности: ${excelDetail(error) ?? code}` };
  const message = (error as { message?: unknown } | null)?.message;
  return { message: `Не получилось: ${typeof message === "string" ? message : String(error)}` };
}
