/**
 * Russian texts of the roadmap check (reading a filled «Дорожная карта» and validating it against the strategy).
 * Every user-facing text of read.ts and validate.ts is here; numbers arrive already formatted.
 */
import { formatNumberRu } from "../errors";
import { fromWorkbookValue, isPercentUnit } from "../units";

/** 0,18 -> «18 %», 0.0765 -> «7,65 %»: at most two decimals of a percent. */
export function formatPercent(fraction: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const printed = Math.round(fromWorkbookValue(fraction, "%") * factor) / factor;
  return `${formatNumberRu(printed === 0 ? 0 : printed)} %`;
}

/** A value in its row's unit, as a person would write it: «18 %», «3,5», «1». */
export function formatValue(value: number, unit: string | undefined): string {
  if (unit !== undefined && isPercentUnit(unit)) return formatPercent(value);
  return formatNumberRu(Math.round(value * 100) / 100);
}

/** A gap between two values: «5 п.п.» for percentages, a plain number otherwise. */
export function formatGap(gap: number, unit: string | undefined): string {
  if (unit !== undefined && isPercentUnit(unit)) return `${formatNumberRu(Math.round(gap * 10000) / 100)} п.п.`;
  return formatNumberRu(Math.round(gap * 100) / 100);
}

/** Means of percentages are shown with one decimal: «23,1 %»; so is the gap between two of them. */
export const formatMean = (fraction: number): string => formatPercent(fraction, 1);
export const formatMeanGap = (fraction: number): string => `${formatNumberRu(Math.round(fraction * 1000) / 10)} п.п.`;

const at = (shown: number, year: string) => `Показатель ${shown}, ${year}`;

export const checkWords = {
  blank: "пусто",
  noValueMark: "x",
  aNumber: "число",
  percentRange: "от 0 % до 100 %",
  milestoneRange: "0 или 1",
  countRange: "не меньше 0",
  activities: "описание мероприятий",
  absent: "нет строки",
} as const;

export const roadmapMessages = {
  // Reading
  notFound: () =>
    "Дорожная карта не найдена: нет строки заголовка таблицы с годами (X | 2021 | 2022 | 2023 | 2024). " +
    "Откройте лист с дорожной картой по форме приложения 3 к протоколу.",
  sectorUnknown: (text: string | undefined) =>
    text
      ? `Отрасль «${text}» из заголовка не найдена в стратегии, и по названиям показателей её определить не удалось: значения не сверены с целевыми. Укажите отрасль так, как она названа в разделе 7 стратегии (например «Образование и наука»).`
      : "В заголовке не указана отрасль («отрасли _____»), и по названиям показателей её определить не удалось: значения не сверены с целевыми. Впишите название отрасли в заголовок.",
  sectorInferred: (text: string | undefined, sectorName: string) =>
    text
      ? `Отрасль «${text}» из заголовка не найдена в стратегии; по названиям показателей это отрасль «${sectorName}» — проверено по ней.`
      : `В заголовке не указана отрасль; по названиям показателей это отрасль «${sectorName}» — проверено по ней.`,
  indicatorNoName: (shown: number) =>
    `Показатель ${shown}: не указано его название, поэтому он не сопоставлен с показателем стратегии и его значения не сверены с целевыми. Впишите название показателя.`,
  indicatorUnknown: (shown: number, name: string, sectorName: string) =>
    `Показатель ${shown} «${name}» не найден среди показателей отрасли «${sectorName}» в стратегии: его значения не сверены с целевыми. Проверьте название.`,
  indicatorAmbiguous: (shown: number, name: string, sectorName: string, candidates: { number: number; name: string }[]) =>
    `Показателю ${shown} «${name}» в отрасли «${sectorName}» соответствует несколько показателей стратегии (${candidates.map((c) => `${c.number} «${c.name}»`).join("; ")}): уточните название, иначе его значения не сверить с целевыми.`,
  indicatorGuessed: (shown: number, name: string, number: number, catalogName: string) =>
    `Показатель ${shown} «${name}» сопоставлен по сходству названия с показателем ${number} стратегии «${catalogName}» и сверен с его целевыми значениями; если это другой показатель, исправьте название.`,
  indicatorOtherSector: (shown: number, name: string, code: string, otherSector: string, sectorName: string | undefined) =>
    `Показатель ${shown} «${name}» — показатель другой отрасли стратегии (${code} «${otherSector}»)${sectorName ? `, а дорожная карта — отрасли «${sectorName}»` : ""}: его значения не сверены с целевыми. Перенесите строку в дорожную карту своей отрасли или исправьте название.`,
  indicatorNoSector: (shown: number, name: string) =>
    `Показатель ${shown} «${name}» не сопоставлен со стратегией, потому что не определена отрасль: его значения не сверены с целевыми.`,
  indicatorDuplicate: (shown: number, first: number, name: string) =>
    `Показатель ${shown} повторяет показатель ${first} («${name}»): оставьте одну строку, иначе плановое среднее ЦЗ посчитано с повтором.`,
  rowUnrecognized: (row: number) =>
    `Строка ${row}: в ячейках годов есть значения, но по подписи строки непонятно, к чему они относятся; они не проверены. Подпишите строку по форме («Значение показателя i …» или «Мероприятия, …»).`,
  indicatorMissing: (number: number, name: string, sectorName: string) =>
    `В дорожной карте нет показателя ${number} стратегии «${name}» (отрасль «${sectorName}»): добавьте строку «Значение показателя …» с этим показателем и заполните её.`,
  noIndicators: () =>
    "В дорожной карте нет ни одной строки «Значение показателя i …»: проверять нечего.",

  // Facts against the strategy and the plan (for years that have ended by the reporting date)
  factMissing: (shown: number, year: string, asOf: string) =>
    `Факт показателя ${shown} за ${year}: не заполнен, а ${year} год закончился (дата отчёта ${asOf})`,
  factBelowTarget: (shown: number, year: string, found: string, expected: string, lower: boolean) =>
    `Факт показателя ${shown} за ${year}: ${found} ${lower ? "выше" : "ниже"} целевого значения стратегии ${expected}${lower ? "; для этого показателя лучше меньшее значение" : ""}`,
  factBelowPlan: (shown: number, year: string, found: string, plan: string, lower: boolean) =>
    `Факт показателя ${shown} за ${year}: ${found} ${lower ? "выше" : "ниже"} плана ${plan}`,
  factFuture: (shown: number, year: string, asOf: string) =>
    `Факт показателя ${shown} за ${year}: введён для года, который ещё не наступил (дата отчёта ${asOf}); проверьте год`,
  factNotANumber: (shown: number, year: string, text: string) =>
    `Факт показателя ${shown} за ${year}: «${text}» — не число; факт не проверен`,

  // Values against the strategy
  targetMissed: (shown: number, year: string, found: string, expected: string, gap: string) =>
    `${at(shown, year)}: ${found} ниже целевого значения стратегии ${expected} (на ${gap})`,
  targetMissedLower: (shown: number, year: string, found: string, expected: string, gap: string) =>
    `${at(shown, year)}: ${found} выше целевого значения стратегии ${expected} (на ${gap}); для этого показателя лучше меньшее значение`,
  missingValue: (shown: number, year: string, target: string | undefined) =>
    target
      ? `${at(shown, year)}: значение не заполнено, а цель стратегии ${target}`
      : `${at(shown, year)}: значение не заполнено (если значения нет, поставьте «x»)`,
  noValueWithTarget: (shown: number, year: string, target: string) =>
    `${at(shown, year)}: нет значения («x»), а цель стратегии ${target}`,
  notANumber: (shown: number, year: string, text: string) =>
    `${at(shown, year)}: «${text}» — не число; значение не проверено`,
  percentAsNumber: (shown: number, year: string, typed: string, meant: string, fraction: string) =>
    `${at(shown, year)}: введено ${typed} — вероятно, имелось в виду ${meant}; проверено как ${meant}. Введите ${meant} (это ${fraction} в процентном формате ячейки)`,
  percentOutOfRange: (shown: number, year: string, found: string) =>
    `${at(shown, year)}: ${found} — доля должна быть от 0 % до 100 %`,
  milestoneOutOfRange: (shown: number, year: string, found: string) =>
    `${at(shown, year)}: ${found} — для показателя в условных единицах введите 1 (выполнено) или 0 (не выполнено)`,
  negative: (shown: number, year: string, found: string) =>
    `${at(shown, year)}: ${found} — значение не может быть отрицательным`,
  fell: (shown: number, year: string, found: string, previousYear: string, previous: string) =>
    `${at(shown, year)}: ${found} — ниже, чем в ${previousYear} (${previous}); значение не должно снижаться`,
  rose: (shown: number, year: string, found: string, previousYear: string, previous: string) =>
    `${at(shown, year)}: ${found} — выше, чем в ${previousYear} (${previous}); для этого показателя значение не должно расти`,
  activitiesMissing: (shown: number, year: string) =>
    `${at(shown, year)}: не указаны мероприятия, планируемые для достижения показателя`,
  activitiesRowMissing: (shown: number) =>
    `Показатель ${shown}: нет строки «Мероприятия, планируемые к проведению для достижения показателя ${shown} в каждом году»`,

  // ЦЗ averages
  plannedBelowRegional: (year: string, planned: string, regional: string, gap: string, count: number) =>
    `${year}: плановое среднее значение ЦЗ ${planned} ниже среднего значения по области ${regional} (на ${gap}; показателей в %, учтённых в среднем: ${count})`,
  strategyBelowRegional: (year: string, mean: string, regional: string, gap: string, count: number) =>
    `${year}: даже при достижении всех целевых значений стратегии плановое среднее ${mean} ниже ${regional} (на ${gap}; показателей отрасли в % с целью на этот год: ${count}). Это свойство самой стратегии, а не ошибка заполнения: чтобы выйти на среднее по области, нужны значения выше целевых.`,
  plannedTypedBelowRegional: (year: string, planned: string, regional: string, gap: string) =>
    `${year}: плановое среднее значение ЦЗ ${planned}, указанное в строке планового среднего, ниже среднего значения по области ${regional} (на ${gap}). Строки показателей не удалось сопоставить или они не заполнены, поэтому сравнено указанное значение.`,
  plannedCellDiffers: (year: string, found: string, computed: string) =>
    `${year}: в строке планового среднего указано ${found}, а по значениям показателей получается ${computed}; проверено по расчёту`,
  regionalCellDiffers: (year: string, found: string, official: string) =>
    `${year}: в строке среднего значения ЦЗ области указано ${found}, а по протоколу ${official}; проверено по протоколу`,
} as const;
