/** Russian texts of the check's digest: a short name for each kind of finding, and the lines that fold several. */
import { countOf, nouns } from "../plural";

/** What each finding code is, in a few words, as a list heading or a folded line starts («Значение не заполнено: 2022, 2023»). */
export const findingKinds: Readonly<Record<string, string>> = {
  "target-missed": "Ниже цели стратегии",
  "planned-below-regional": "Плановое среднее ЦЗ ниже областного",
  "roadmap-not-found": "Дорожная карта не найдена",
  "sector-unknown": "Отрасль не определена",
  "strategy-below-regional": "Цели стратегии в среднем ниже областного ЦЗ",
  "planned-cell-differs": "Плановое среднее указано не по расчёту",
  "regional-cell-differs": "Среднее по области не как в протоколе",
  "missing-value": "Значение не заполнено",
  "no-value-with-target": "«x» там, где у стратегии есть цель",
  "not-a-number": "Не число",
  "percent-as-number": "Введено числом вместо %",
  "out-of-range": "Вне допустимого диапазона",
  "worse-than-previous-year": "Хуже, чем в предыдущем году",
  "activities-missing": "Не указаны мероприятия",
  "activities-row-missing": "Нет строки мероприятий",
  "indicator-missing": "Нет показателей стратегии",
  "sector-inferred": "Отрасль определена по показателям",
  "indicator-unmatched": "Показатель не сопоставлен со стратегией",
  "indicator-guessed": "Показатель сопоставлен по сходству названия",
  "indicator-other-sector": "Показатель другой отрасли",
  "indicator-duplicate": "Показатель повторяется",
  "row-unrecognized": "Непонятная строка",
  "no-indicators": "Нет показателей",
  "fact-below-target": "Факт ниже цели стратегии",
  "fact-below-plan": "Факт ниже плана",
  "fact-missing": "Факт не заполнен за прошедший год",
  "fact-future": "Факт за год, который не наступил",
  "fact-not-a-number": "Факт не число",
};

export const OTHER_KIND = "Другие замечания";

export const digestTexts = {
  /** «Значение не заполнено: 2022, 2023», «Нет показателей стратегии: 2, 3, 5». */
  folded: (kind: string, years: string) => `${kind}: ${years}`,
  /** The one line of a roadmap in which nothing has been filled in yet. */
  unfilled: (indicators: number) =>
    `Не заполнено: нет ни одного значения показателя и ни одного мероприятия (в дорожной карте ${countOf(indicators, nouns.indicator)})`,
  sheetGroup: "Лист в целом",
  indicatorGroup: (shown: number, name: string) => `Показатель ${shown}. ${name}`,
} as const;
