/**
 * Russian texts of the training rating (sheet «Рейтинг обучения» and its recommendations).
 * Error texts that already exist live in src/core/errors.ts; only texts new to the rating are here.
 */
import { formatNumberRu } from "../errors";

/** What a row's cells are called in messages (the same words src/functions uses). */
export const fieldNames = {
  name: "название органа исполнительной власти",
  employees: "количество сотрудников",
  trained: "количество обученных",
} as const;

export const ratingMessages = {
  rowProblem: (row: number, message: string) => `Строка ${row}: ${message}`,
  percentCount: (what: string, value: unknown) =>
    `${capitalize(what)}: ${typeof value === "string" ? `«${value}»` : String(value)} — число людей, а не процент.`,
  duplicateName: (name: string, rows: readonly number[]) =>
    `Орган «${name}» указан ${rows.length > ROWS_LISTED ? times(rows.length) : "несколько раз"} (строки ${listRows(rows)}); ни одна из этих строк не учтена — оставьте одну.`,
} as const;

/** A duplicate's message names this many rows at most: one message per copy, each listing every copy, was quadratic. */
const ROWS_LISTED = 10;

function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, ROWS_LISTED).join(", ");
  return rows.length > ROWS_LISTED ? `${shown} и ещё ${rows.length - ROWS_LISTED}` : shown;
}

/** 21 раз, 22 раза, 25 раз, 112 раз. */
function times(count: number): string {
  const few = count % 10 >= 2 && count % 10 <= 4 && !(count % 100 >= 12 && count % 100 <= 14);
  return `${count} ${few ? "раза" : "раз"}`;
}

/** Genitive after «обучить ещё N»: 1 сотрудника, 2 сотрудников, 5 сотрудников, 21 сотрудника. */
export function peopleGenitive(count: number): string {
  const form = count % 10 === 1 && count % 100 !== 11 ? "сотрудника" : "сотрудников";
  return `${count} ${form}`;
}

/** 1 балл, 2 балла, 5 баллов, 0,5 балла (a fraction takes the genitive singular). */
export function points(value: number): string {
  return `${formatNumberRu(value)} ${pointsWord(value)}`;
}

function pointsWord(value: number): string {
  if (!Number.isInteger(value)) return "балла";
  const n = Math.abs(value);
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return "баллов";
  if (last === 1) return "балл";
  if (last >= 2 && last <= 4) return "балла";
  return "баллов";
}

export const recommendationTexts = {
  title: "Рекомендации: кого обучить, чтобы повысить балл в рейтинге",
  note:
    "Рекомендации рассчитаны надстройкой при создании листа и сами не пересчитываются: после изменения данных или шкалы нажмите «Пересчитать рекомендации» в панели надстройки.",
  refreshedNote:
    "Рекомендации пересчитаны надстройкой по выделенной таблице и сами не пересчитываются: после изменения данных нажмите «Пересчитать рекомендации» в панели надстройки.",
  section: (extra: number) => `Обучить ещё ${peopleGenitive(extra)}`,
  gain: (gain: number) => `+${points(gain)} к рейтингу`,
  top: "Уже высший балл",
  unreachable: "Повысить балл невозможно: следующая граница шкалы больше численности сотрудников",
  none: "Нет данных для рекомендаций: заполните таблицу и нажмите «Пересчитать рекомендации».",
  problems: "Не учтены строки с ошибками:",
} as const;

export const sheetTexts = {
  sheetName: "Рейтинг обучения",
  title: "Рейтинг органов исполнительной власти по доле сотрудников, обученных в сфере цифровой трансформации",
  description:
    "Доля = обученные / сотрудники (точно, без округления). Балл — по шкале справа: нижняя граница включительно, полоса действует до следующей границы. Заполните столбцы B–D; шкалу можно изменить.",
  headers: [
    "№",
    "Орган исполнительной власти",
    "Количество сотрудников",
    "Количество обученных",
    "Доля обученных",
    "Балл",
    "Ещё обучить",
    "Прирост балла",
  ],
  totals: "ИТОГО по области",
  bandsTitle: "Шкала баллов (границы по возрастанию, баллы возрастают)",
  bandsHeaders: ["Нижняя граница доли", "Балл"],
  validation: {
    employees: {
      prompt: { title: "Сотрудники", message: "Целое число сотрудников органа, больше нуля." },
      error: { title: "Неверное число", message: "Количество сотрудников — целое число больше нуля." },
    },
    trained: {
      prompt: { title: "Обученные", message: "Целое число обученных сотрудников, от 0 до количества сотрудников." },
      error: { title: "Неверное число", message: "Количество обученных — целое неотрицательное число." },
    },
    bound: {
      prompt: { title: "Нижняя граница", message: "Доля от 0 до 100 %, включительно; границы по возрастанию." },
      error: { title: "Неверная граница", message: "Нижняя граница доли должна быть от 0 до 100 %." },
    },
    score: {
      prompt: { title: "Балл", message: "Балл за долю от этой границы до следующей; неотрицательное число." },
      error: { title: "Неверный балл", message: "Балл должен быть неотрицательным числом." },
    },
  },
  namesComments: {
    table: "Таблица рейтинга: заголовок и строки органов",
    totals: "Строка «ИТОГО по области»",
    bands: "Шкала баллов: нижняя граница доли и балл",
    recommendations: "Блок рекомендаций, пересчитываемый панелью",
  },
} as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
