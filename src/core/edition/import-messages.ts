/** Every Russian text of the edition import: the mistakes that stop it and the warnings that do not. */
import { EDITION_TABLE } from "./table-layout";

const quoted = (text: string) => `«${text.length > 60 ? `${text.slice(0, 59)}…` : text}»`;

export const importMessages = {
  noIndicatorSheet: () =>
    `нет листа «${EDITION_TABLE.indicators}» с таблицей показателей (заголовки «№», «Наименование проекта», «Наименование показателя», «Ед. изм.» и столбцы годов)`,
  noHeader: () => "не найдена строка заголовков: нужны «№», «Наименование проекта», «Наименование показателя», «Ед. изм.» и хотя бы один столбец года («2025», «2025 г.»)",
  noYearColumns: () => "в заголовке нет ни одного столбца года («2025», «2025 г.», «на 2025 год»)",
  repeatedYearColumn: (year: string) => `год ${year} указан в заголовке дважды`,
  headerlessColumn: () => "в столбце есть значения, но у него нет заголовка; если это год, впишите год в заголовок, иначе очистите столбец",
  outsideSector: () => "строка вне отрасли: выше неё нет заголовка отрасли вида «1.1. Здравоохранение»",
  withoutProject: () => "показатель без проекта: у первой строки проекта должен быть номер в столбце «№»",
  projectNumber: (found: string) => `номер проекта ${quoted(found)} — не целое число («1», «1.»)`,
  repeatedProject: (n: number, code: string) => `проект № ${n} уже есть в отрасли ${code}`,
  projectName: () => "у проекта нет наименования",
  projectWithoutIndicator: () => "у проекта нет ни одного показателя (столбец «Наименование показателя» пуст)",
  unitMissing: () => "не указана единица измерения показателя («%», «ед.», «усл. ед.»…)",
  targetNotNumber: (found: string, year: string) => `значение за ${year} год ${quoted(found)} — не число; «x» — если цель не установлена`,
  direction: (found: string) => `направление ${quoted(found)} не понято: укажите «больше — лучше» или «меньше — лучше»`,
  repeatedSector: (code: string) => `отрасль ${code} уже есть выше: коды отраслей не должны повторяться`,
  emptySector: (code: string) => `в отрасли ${code} нет ни одного проекта с показателями`,
  noSectors: () => "в таблице нет ни одной отрасли (строки вида «1.1. Здравоохранение»)",
  noRegionalSheet: () => `нет листа «${EDITION_TABLE.regional}» (год и среднее значение ЦЗ региона, %); подойдёт и «ЦЗ региона»`,
  notAYear: (found: string) => `${quoted(found)} — не год (ожидается, например, 2025)`,
  repeatedYear: (year: string) => `год ${year} указан дважды`,
  regionalNotNumber: (found: string) => `значение ЦЗ ${quoted(found)} — не число (ожидается, например, 28 % или 28)`,
  noRegionalRows: () => "нет ни одной строки «год | значение ЦЗ»",
  boundNotNumber: (found: string) => `нижняя граница ${quoted(found)} — не число (ожидается, например, 20 %)`,
  boundRange: (found: string) => `нижняя граница ${found} % вне 0–100 %`,
  repeatedBound: (found: string) => `нижняя граница ${found} % указана дважды`,
  scoreNotNumber: (found: string) => `балл ${quoted(found)} — не число`,
  noBandRows: () => "нет ни одной строки «нижняя граница | балл»",
  regionMissing: () => `не указан регион: на листе «${EDITION_TABLE.about}» нужна строка «Регион | название региона»`,
  documentMissing: () => `не указан документ: на листе «${EDITION_TABLE.about}» нужна строка «Документ | название стратегии»`,
  // Warnings: the import goes on, and says what it assumed.
  blankTarget: (year: string) => `значение за ${year} год не указано: понято как «x» (цель не установлена)`,
  smallAmongPercents: (found: string, asShare: string) => `значение ${found} понято как ${found} %, как и остальные числа листа; если имелось в виду ${asShare} %, впишите «${asShare} %»`,
  noProjectNumber: (name: string) => `у проекта ${quoted(name)} нет номера в столбце «№»`,
  indicatorName: () => "у показателя нет наименования (столбец «Наименование показателя» пуст)",
} as const;
