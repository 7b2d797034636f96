/** Turns any failure into a sentence a user can act on, in Russian. */
import { CdtoError } from "../core/errors";

const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel занят: завершите ввод в ячейке (Enter или Esc) и повторите.",
  AccessDenied: "Excel не разрешает изменить книгу: снимите защиту книги или листа и повторите.",
  ItemAlreadyExists: "Такой лист уже есть. Повторите — надстройка выберет новое имя.",
  RequestPayloadSizeLimitExceeded: "Слишком большой объём данных для одного запроса Excel.",
  ApiNotFound: "Эта версия Excel не поддерживает нужную функцию. Обновите Excel.",
};

export function errorText(error: unknown): string {
  if (error instanceof CdtoError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && OFFICE_CODES[code]) return OFFICE_CODES[code];
  const message = error instanceof Error ? error.message : String(error);
  return `Не получилось: ${message}`;
}
