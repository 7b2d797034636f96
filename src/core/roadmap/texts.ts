/** The roadmap sheet's Russian texts, in the words of protocol appendix 3. */
export const roadmapTexts = {
  title: (sectorName: string) => `Дорожная карта по достижению «цифровой зрелости» отрасли «${sectorName}»`,
  caption: (code: string) =>
    `(отрасль ${code} Стратегии цифровой трансформации; целевые значения — из раздела 7 Стратегии, ячейки для заполнения выделены цветом)`,
  corner: "X",
  regionalAverage: "Среднее значение показателя ЦЗ, декомпозированное на уровень Смоленской области",
  plannedAverage: "Плановое среднее значение показателя ЦЗ (по мнению РОИВ) (Показатель 1 + ... + Показатель N)/ N",
  noPercentIndicators: "нет показателей в %",
  breakdown: "В том числе в разрезе каждого показателя, входящего в оценку ЦЗ отрасли:",
  value: (i: number, name: string, unit: string) => `Значение показателя ${i} «${name}», ${unit}`,
  target: (projects: number[]) =>
    `Целевое значение по Стратегии (${projects.length > 1 ? "проекты" : "проект"} № ${projects.join(", ")})`,
  noTargetMark: "x",
  activities: (i: number) => `Мероприятия, планируемые к проведению для достижения показателя ${i} в каждом году`,
  activityFromProject: (n: number, name: string, description?: string) =>
    `Проект ${n} «${name}»${description ? `: ${description}` : ""}`,
  prompt: {
    percent: { title: "Значение в %", message: "Введите значение от 0 % до 100 % (например 18 %). Пусто или «x» — нет значения." },
    milestone: { title: "Выполнено?", message: "1 — выполнено, 0 — не выполнено." },
    count: { title: "Значение показателя", message: "Введите неотрицательное число." },
  },
  error: {
    percent: { title: "Вне диапазона", message: "Доля должна быть от 0 % до 100 %. Если вы ввели 18, имелось в виду 18 %?" },
    milestone: { title: "Только 0 или 1", message: "Для показателя в условных единицах введите 1 (выполнено) или 0." },
    count: { title: "Отрицательное значение", message: "Значение показателя не может быть отрицательным." },
  },
} as const;
