/** The roadmap sheet's Russian texts, in the words of protocol appendix 3. */
import { BUILT_IN_EDITION_ID, editionLabel, type Edition } from "../edition";

/** «Показатель 1 + Показатель 2 + Показатель 4 + ... + Показатель 8»: three or more numbers in a row shortened as the template does. */
function indicatorSum(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(`Показатель ${numbers[i]} + ... + Показатель ${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(`Показатель ${numbers[k]}`);
    i = j + 1;
  }
  return parts.join(" + ");
}

export const roadmapTexts = {
  title: (sectorName: string) => `Дорожная карта по достижению «цифровой зрелости» отрасли «${sectorName}»`,
  /** The built-in edition keeps its words; another one names its document and region. */
  caption: (code: string, edition: Edition) =>
    edition.id === BUILT_IN_EDITION_ID
      ? `(отрасль ${code} Стратегии цифровой трансформации; целевые значения — из раздела 7 Стратегии, ячейки для заполнения выделены цветом)`
      : `(отрасль ${code}; целевые значения — из документа «${edition.document}» (${editionLabel(edition)}), ячейки для заполнения выделены цветом)`,
  corner: "X",
  regionalAverage: (level: string) => `Среднее значение показателя ЦЗ, декомпозированное на уровень ${level}`,
  /** The template's «(Показатель 1 + ... + Показатель N)/ N» with the strategy numbers of the %-indicators on the sheet. */
  plannedAverage: (numbers: readonly number[]) =>
    `Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (${numbers.length > 0 ? indicatorSum(numbers) : "Показатель 1 + ... + Показатель N"})/ ${numbers.length > 0 ? numbers.length : "N"}`,
  noPercentIndicators: "нет показателей в %",
  breakdown: "В том числе в разрезе каждого показателя, входящего в оценку ЦЗ отрасли:",
  value: (i: number, name: string, unit: string) => `Значение показателя ${i} «${name}», ${unit}`,
  target: (projects: number[]) =>
    `Целевое значение по Стратегии (${projects.length > 1 ? "проекты" : "проект"} № ${projects.join(", ")})`,
  noTargetMark: "x",
  fact: (i: number) => `Фактическое значение показателя ${i}`,
  achievement: "Достижение плана (факт / план)",
  status: "Статус",
  actualAverage: "Фактическое среднее значение показателя ЦЗ (среднее фактов показателей в %)",
  thresholdsHeading: "Пороги статуса (доля плана; значения можно изменить)",
  reachedFrom: "«достигнуто» — от",
  riskFrom: "«под угрозой» — от, ниже — «не достигнуто»",
  quartersHeading: "Факт по кварталам (за год берётся последний заполненный квартал)",
  quarterRow: (i: number, q: number) => `Факт показателя ${i}, ${["I", "II", "III", "IV"][q]} кв.`,
  chartsHeading: "Данные для диаграмм (формулы, обновляются сами)",
  chartPlan: "План",
  chartFact: "Факт",
  chartTarget: "Цель по стратегии",
  chartPlanned: "Плановое ЦЗ",
  chartActual: "Фактическое ЦЗ",
  chartRegional: "ЦЗ региона",
  chartIndicator: (i: number) => `Показатель ${i}: план, факт и цель по годам`,
  chartSector: (sectorName: string) => `ЦЗ отрасли «${sectorName}»: план и факт против региона`,
  activities: (i: number) => `Мероприятия, планируемые к проведению для достижения показателя ${i} в каждом году`,
  /** «Проект 3. «Мое здоровье» – на «Госуслугах»: …»: the name as printed, never wrapped in a second pair of quotes. */
  activityFromProject: (n: number, name: string, description?: string) => `Проект ${n}. ${name}${description ? `: ${description}` : ""}`,
  prompt: {
    percent: { title: "Значение в %", message: "Введите значение от 0 % до 100 % (например 18 %). Пусто или «x» — нет значения." },
    milestone: { title: "Выполнено?", message: "1 — выполнено, 0 — не выполнено." },
    count: { title: "Значение показателя", message: "Введите неотрицательное число." },
  },
  error: {
    percent: { title: "Вне диапазона", message: "Доля должна быть от 0 % до 100 % (в ячейке с форматом % число 18 — это 18 %). Проверьте значение." },
    milestone: { title: "Только 0 или 1", message: "Для показателя в условных единицах введите 1 (выполнено) или 0." },
    count: { title: "Отрицательное значение", message: "Значение показателя не может быть отрицательным." },
  },
} as const;
