/**
 * The one catalogue of user-facing errors: every Russian message text lives here.
 * The core throws CdtoError; only src/functions maps it to an Excel error and only the pane turns it into UI text.
 */
import { describeOther } from "./cell-value";

/** How a host should present the error: #VALUE! for a wrong argument, #N/A for "no such thing". */
export type ErrorSeverity = "value" | "notAvailable";

export class CdtoError extends Error {
  constructor(
    readonly severity: ErrorSeverity,
    message: string,
  ) {
    super(message);
    this.name = "CdtoError";
  }
}

/**
 * Formats a number the Russian way (decimal comma) for messages. Very large and very small numbers are written as
 * Excel shows them (5E+17, 5E-324): rounded to six decimals they would read as «Infinity» or «0».
 */
export function formatNumberRu(value: number): string {
  if (Number.isNaN(value)) return "не число";
  if (!Number.isFinite(value)) return value > 0 ? "бесконечность" : "минус бесконечность";
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e15 || size < 1e-6)) return value.toExponential().replace(".", ",").replace("e", "E");
  return String(Math.round(value * 1e6) / 1e6).replace(".", ",");
}

/** 10000000 -> «10 000 000», for limits in messages (years and counts elsewhere stay ungrouped: «2022»). */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, " ");
}

/** Longest piece of a user's text quoted in a message: a whole pasted paragraph would bury the message itself. */
const QUOTE_MAX = 60;

function describe(value: unknown): string {
  if (typeof value === "string") return `«${value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value}»`;
  if (typeof value === "number") return formatNumberRu(value);
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (value === null || value === undefined) return "пусто";
  return describeOther(value);
}

const valueError = (message: string): CdtoError => new CdtoError("value", message);
const notAvailable = (message: string): CdtoError => new CdtoError("notAvailable", message);

export const errors = {
  blank: (what: string) => valueError(`Не указано: ${what}.`),
  noPlan: () => notAvailable("План не указан (пусто или «x»): достижение и статус считаются от плана."),
  badDirection: (value: unknown) =>
    valueError(`Направление ${describe(value)} не понято. Укажите «больше» (больше — лучше, по умолчанию) или «меньше» (меньше — лучше).`),
  thresholdsShape: () =>
    valueError("Пороги статуса: укажите две ячейки — с какой доли плана «достигнуто» (например 100 %) и с какой «под угрозой» (например 90 %)."),
  thresholdsOrder: () => valueError("Пороги статуса: порог «под угрозой» не может быть выше порога «достигнуто»."),
  notANumber: (what: string, value: unknown) => valueError(`${capitalize(what)}: ${describe(value)} — не число.`),
  notWhole: (what: string, value: unknown) =>
    valueError(`${capitalize(what)} должно быть целым числом, а не ${describe(value)}.`),
  negative: (what: string, value: unknown) =>
    valueError(`${capitalize(what)} не может быть отрицательным (${describe(value)}).`),
  employeesNotPositive: (value: number) =>
    valueError(`Количество сотрудников должно быть больше нуля (указано ${describe(value)}).`),
  tooManyEmployees: (value: number, limit: number) =>
    valueError(`Количество сотрудников ${describe(value)} больше допустимого (${groupDigits(limit)}): проверьте число.`),
  trainedExceedsEmployees: (trained: number, employees: number) =>
    valueError(`Обученных (${describe(trained)}) больше, чем сотрудников (${describe(employees)}).`),
  emptyRange: (what: string) => valueError(`Пустой диапазон: ${what}. Укажите ячейку или диапазон с данными.`),
  raggedRange: (what: string) =>
    valueError(`Диапазон «${what}»: строки разной длины. Укажите прямоугольный диапазон ячеек.`),
  rangeTooLarge: (what: string, rows: number, columns: number) =>
    valueError(`Диапазон «${what}» (${rows}×${columns}) больше листа Excel.`),
  singleCellExpected: (what: string, size: string) =>
    valueError(`${capitalize(what)}: укажите одну ячейку, а не диапазон ${size}.`),
  /** An Excel error that arrived in an argument; the caller keeps its code. */
  passedError: (code: string, what: string) =>
    valueError(`Ошибка ${code} в аргументе «${what}»: исправьте ячейку, из которой она пришла.`),
  notFinite: () =>
    valueError("Результат не помещается в число Excel (больше 1,8E+308 по модулю): проверьте исходные значения."),
  internal: (detail: string) => valueError(`Внутренняя ошибка надстройки: ${detail}`),
  sizeMismatch: (sizes: string[]) => valueError(`Диапазоны разного размера: ${sizes.join(", ")}. Укажите диапазоны одинакового размера.`),
  bandsShape: () =>
    valueError("Таблица баллов должна состоять из двух столбцов: нижняя граница доли и балл."),
  bandsEmpty: () => valueError("Таблица баллов пуста."),
  bandsBound: (row: number, value: unknown) =>
    valueError(`Таблица баллов, строка ${row}: нижняя граница ${describe(value)} должна быть от 0 до 100 %.`),
  bandsScore: (row: number, value: unknown) =>
    valueError(`Таблица баллов, строка ${row}: балл ${describe(value)} должен быть неотрицательным числом.`),
  bandsDuplicate: (bound: number) =>
    valueError(`Таблица баллов: нижняя граница ${formatNumberRu(bound * 100)} % указана дважды.`),
  bandsNotMonotone: () =>
    valueError("Таблица баллов: большая доля обученных не может давать меньший балл."),
  /** The workbook's stored edition is damaged: functions refuse rather than answer from another strategy. */
  editionUnreadable: (problem: string) =>
    valueError(`Редакция стратегии, сохранённая в книге, не читается (${problem}): выберите редакцию в панели надстройки.`),
  noValues: () => notAvailable("Нет ни одного значения для расчёта среднего (пустые ячейки и «x» пропускаются)."),
  unknownYear: (year: unknown, known: string[]) =>
    notAvailable(`Для года ${describe(year)} значение не установлено (есть: ${known.join(", ")}).`),
  notAYear: (value: unknown) => valueError(`${describe(value)} — не год. Укажите год числом, например 2022.`),
  unknownSector: (value: unknown) =>
    notAvailable(`Отрасль ${describe(value)} не найдена в стратегии. Укажите код (например 7.1) или название отрасли.`),
  sectorAsNumber: (value: number) =>
    valueError(`Код отрасли ${describe(value)} указан числом: 7.1 и 7.10 тогда не различить. Укажите его текстом, например "7.10", или название отрасли.`),
  unknownIndicator: (value: unknown, sectorName: string, count: number) =>
    notAvailable(
      `Показатель ${describe(value)} не найден в отрасли «${sectorName}». Укажите номер от 1 до ${count} или часть названия.`,
    ),
  ambiguousIndicator: (value: unknown, sectorName: string) =>
    notAvailable(`Показателю ${describe(value)} в отрасли «${sectorName}» соответствует несколько показателей: уточните название или укажите номер.`),
  noTarget: (indicatorName: string, year: string) =>
    notAvailable(`Для показателя «${indicatorName}» на ${year} год целевое значение в стратегии не установлено («x»).`),
} as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A size in megabytes for messages: 20971520 -> «20 МБ». */
function megabytes(bytes: number): string {
  return `${formatNumberRu(Math.round((bytes / (1024 * 1024)) * 10) / 10)} МБ`;
}

/** Why a workbook file cannot be read, and what the reader left out (texts of src/xlsx, shown by the CLI). */
export const fileMessages = {
  empty: () => "Файл пуст: в нём нет книги Excel.",
  notAWorkbook: () => "Файл не является книгой Excel (.xlsx). Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».",
  otherZip: () =>
    "В файле нет книги Excel: это другой документ в формате ZIP (например, Word). Сохраните таблицу как «Книга Excel (*.xlsx)».",
  binaryWorkbook: () => "Двоичная книга Excel (.xlsb) не поддерживается: сохраните её как «Книга Excel (*.xlsx)».",
  openDocument: () => "Таблица OpenDocument (.ods) не поддерживается: сохраните её как «Книга Excel (*.xlsx)».",
  encrypted: () =>
    "Книга защищена паролем (зашифрована), её содержимое не прочитать. Снимите пароль в Excel (Файл → Сведения → Защита книги) и сохраните файл снова.",
  legacyFormat: () =>
    "Файл в старом формате Excel 97–2003 (.xls) или другом старом формате Office. Сохраните его как «Книга Excel (*.xlsx)».",
  corrupted: () => "Файл повреждён или обрезан: архив книги не читается. Возьмите исходный файл ещё раз или сохраните книгу в Excel заново.",
  malformed: () =>
    "Файл повреждён: содержимое книги не удаётся разобрать (ошибка в XML листа или книги). Откройте книгу в Excel и сохраните её заново.",
  missingSheet: (sheet: string) =>
    `Лист «${sheet}» не удалось прочитать: его части нет в файле или она названа необычно. Откройте книгу в Excel и сохраните её заново.`,
  overlappingMerges: (sheet: string) =>
    `Файл повреждён: на листе «${sheet}» объединённые ячейки пересекаются. Откройте книгу в Excel и сохраните её заново.`,
  fileTooLarge: (bytes: number, limit: number) => `Файл слишком большой: ${megabytes(bytes)}, надстройка читает файлы до ${megabytes(limit)}.`,
  tooManyEntries: (count: number, limit: number) =>
    `В архиве книги слишком много частей (${count}, допустимо до ${limit}): это не похоже на обычную книгу Excel.`,
  unpackedTooLarge: (part: string, limit: number) =>
    `Книга в распакованном виде больше ${megabytes(limit)} (превышение в части «${part}»): такую книгу надстройка не читает. Удалите лишние листы и данные или проверьте, не повреждён ли файл.`,
  tooManyCells: (sheet: string, limit: number) =>
    `В книге слишком много ячеек для чтения: больше ${groupDigits(limit)} (превышение на листе «${sheet}»). Удалите лишние листы или данные.`,
  clipped: (sheet: string, block: string, farthest: string) =>
    `Лист «${sheet}»: прочитан только блок ${block}, данные листа доходят до ячейки ${farthest}. Остальное надстройка не читает.`,
} as const;

/** Words a function writes into a cell where there is no number to give. */
export const labels = {
  topBand: "высший балл",
  unreachable: "недостижимо",
} as const;
