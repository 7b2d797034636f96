/** The «Свод» workbook's Russian texts. */
import { countOf } from "../plural";

export const summaryTexts = {
  sheetName: "Свод",
  belowSheetName: "Ниже цели",
  title: "Свод дорожных карт по достижению «цифровой зрелости» отраслей",
  caption: (made: string, sent: number, counted: number, missing: number, unreadable: number) =>
    `Составлен ${made}. Дорожных карт: ${sent} (в своде: ${counted}); отраслей без дорожной карты: ${missing}` +
    (unreadable > 0 ? `; файлов не прочитано: ${unreadable}` : "") +
    ". Плановое ЦЗ посчитано по значениям показателей в %; ниже среднего по области — красным.",
  headers: { number: "№", body: "Орган (файл)", sector: "Отрасль", year: (y: string) => `ЦЗ ${y}`, actual: (y: string) => `Факт ЦЗ ${y}`, statuses: "Статусы показателей (факт к плану)", status: "Статус", errors: "Ошибок", warnings: "Предупреждений", counted: "В своде", source: "Источник", note: "Примечание" },
  regional: "Среднее значение ЦЗ по области",
  statuses: (s: { reached: number; risk: number; missed: number }) =>
    s.reached + s.risk + s.missed === 0 ? "нет фактов при плане" : `достигнуто: ${s.reached}; под угрозой: ${s.risk}; не достигнуто: ${s.missed}`,
  average: "Среднее по дорожным картам в своде",
  belowCount: "Ниже среднего по области, дорожных карт",
  status: { none: "нет значений", below: "ниже среднего по области", fine: "не ниже среднего по области", missing: "не представлено", unreadable: "файл не прочитан" },
  yes: "да",
  no: "нет",
  superseded: (newer: string) => `повторная: в свод взята более новая — ${newer}`,
  noSector: "отрасль не определена",
  chartBlock: "Плановое ЦЗ по отраслям (дорожные карты в своде) и среднее по области",
  chartTitle: "Плановое ЦЗ по отраслям и среднее значение по области",
  below: {
    title: "Показатели ниже целевых значений стратегии",
    caption: (count: number) => (count === 0 ? "Ни одно значение в дорожных картах свода не ниже цели стратегии." : `${countOf(count, ["значение", "значения", "значений"])} ниже цели стратегии, по дорожным картам в своде.`),
    headers: ["№", "Орган (файл)", "Отрасль", "Показатель", "Год", "Значение", "Цель", "Отклонение", "Ячейка"],
  },
} as const;
