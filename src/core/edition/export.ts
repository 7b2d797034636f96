/**
 * An edition as the table strategies are published in (protocol appendix 2), the built-in one included: the sheets
 * «Показатели», «ЦЗ области», «Шкала обучения» and «Сведения», which `importEdition` reads back to the same data.
 * Targets are written as printed (18 for 18 %); the regional line and the bands' bounds are percentages in the
 * workbook's convention (0,28 shown as 28 %).
 */
import { columnLetter, type ModelCell, type RangeStyle, type SheetModel } from "../sheet-model";
import { roundTiny } from "../units";
import { regionLevel, targetYears } from "./index";
import { ABOUT_LABELS, DIRECTION_WORDS, EDITION_TABLE, FOIV_SUFFIX, INDICATOR_HEADERS } from "./table-layout";
import type { Edition } from "./types";

const HEADER = { bold: true, fill: "#D9E1F2", wrap: true, horizontal: "center", vertical: "center", border: true } as const;
const SECTOR = { bold: true, fill: "#E2EFDA", border: true, wrap: true } as const;
const BODY = { wrap: true, vertical: "top", border: true } as const;
const NOTE = { italic: true, wrap: true, fontColor: "#595959" } as const;

export const exportTexts = {
  title: (edition: Edition) => `Проекты и показатели: ${edition.document}`,
  note: "Значения — как в стратегии (18 для 18 %), «x» — цель не установлена. Новый год — новый столбец с годом в заголовке; " +
    "у каждой отрасли строка «код. название», у проекта — номер в отрасли, следующие показатели проекта — строками ниже с пустым «№».",
  regionalHeader: (edition: Edition) => `Среднее значение ЦЗ, декомпозированное на уровень ${regionLevel(edition)}`,
  bandBound: "Нижняя граница доли обученных (включительно)",
  bandScore: "Балл",
  year: "Год",
  aboutField: "Сведение",
  aboutValue: "Значение",
} as const;

const text = (value: string): ModelCell => ({ value });
const num = (value: number): ModelCell => ({ value });

export function exportEdition(edition: Edition): SheetModel[] {
  return [indicatorsSheet(edition), regionalSheet(edition), bandsSheet(edition), aboutSheet(edition)];
}

function indicatorsSheet(edition: Edition): SheetModel {
  const years = targetYears(edition).map(String);
  const headers = [INDICATOR_HEADERS.number, INDICATOR_HEADERS.project, INDICATOR_HEADERS.responsible, INDICATOR_HEADERS.indicator, INDICATOR_HEADERS.unit, ...years, INDICATOR_HEADERS.direction];
  const last = headers.length - 1;
  const lastLetter = columnLetter(last);
  const headerRow = 2;
  const cells: ModelCell[][] = [[text(exportTexts.title(edition))], [text(exportTexts.note)], [...headers.slice(0, 5).map(text), ...years.map((y) => num(Number(y))), text(INDICATOR_HEADERS.direction)]];
  const styles: RangeStyle[] = [
    { range: `A1:${lastLetter}1`, style: { bold: true, fontSize: 12, wrap: true, vertical: "center" } },
    { range: `A2:${lastLetter}2`, style: NOTE },
    { range: `A3:${lastLetter}3`, style: HEADER },
  ];
  const merges = [`A1:${lastLetter}1`, `A2:${lastLetter}2`];
  const sectorRows: number[] = [];
  for (const sector of edition.sectors) {
    const r = cells.length + 1;
    cells.push([text(`${sector.code}. ${sector.name}`)]);
    merges.push(`A${r}:${lastLetter}${r}`);
    sectorRows.push(r);
    for (const project of sector.projects) {
      project.indicators.forEach((indicator, k) => {
        const first = k === 0;
        cells.push([
          first ? num(project.n) : text(""),
          text(first ? (project.recommendedByFOIV ? `${project.name} ${FOIV_SUFFIX}` : project.name) : ""),
          text(first ? project.responsible : ""),
          text(indicator.name),
          text(indicator.unit),
          ...years.map((y) => {
            const target = indicator.targets[y];
            return target === null || target === undefined ? text("x") : num(target);
          }),
          text(DIRECTION_WORDS[indicator.direction]),
        ]);
      });
    }
  }
  const firstData = headerRow + 2;
  const lastData = cells.length;
  if (lastData >= firstData) {
    styles.push({ range: `A${firstData}:${lastLetter}${lastData}`, style: BODY });
    styles.push({ range: `A${firstData}:A${lastData}`, style: { horizontal: "center" } });
    styles.push({ range: `E${firstData}:${lastLetter}${lastData}`, style: { horizontal: "center" } });
  }
  // After the body style, so that a sector row's fill and left alignment win.
  for (const r of sectorRows) styles.push({ range: `A${r}:${lastLetter}${r}`, style: { ...SECTOR, horizontal: "left" } });
  return {
    name: EDITION_TABLE.indicators,
    cells,
    styles,
    merges,
    columnWidths: [6, 42, 32, 62, 11, ...years.map(() => 9), 17],
    rowHeights: { 0: 32 },
    validations:
      lastData >= firstData
        ? [
            {
              range: `${lastLetter}${firstData}:${lastLetter}${lastData}`,
              rule: { type: "list", values: [DIRECTION_WORDS.higher, DIRECTION_WORDS.lower] },
              prompt: { title: "Направление", message: "«больше — лучше»: цель — не ниже значения; «меньше — лучше»: цель — не выше." },
              error: { title: "Направление", message: "Выберите «больше — лучше» или «меньше — лучше».", style: "warning" },
            },
          ]
        : [],
    names: [],
    inputRanges: [],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, title: EDITION_TABLE.indicators, titleRows: `${headerRow + 1}:${headerRow + 1}` },
    select: `A${firstData}`,
  };
}

/** A percent format with as many decimals as the values need, so 33,5 % is not shown as 34 %. */
function percentFormat(percents: readonly number[]): string {
  const decimals = Math.min(4, Math.max(0, ...percents.map((p) => (String(roundTiny(p)).split(".")[1] ?? "").length)));
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}

function twoColumnSheet(name: string, header: [string, string], rows: ModelCell[][], widths: [number, number], formats: [string | undefined, string | undefined]): SheetModel {
  const last = rows.length + 1;
  const styles: RangeStyle[] = [{ range: "A1:B1", style: HEADER }];
  if (rows.length > 0) {
    styles.push({ range: `A2:B${last}`, style: { border: true, horizontal: "center" } });
    formats.forEach((format, c) => {
      if (format) styles.push({ range: `${columnLetter(c)}2:${columnLetter(c)}${last}`, style: { numberFormat: format } });
    });
  }
  return {
    name,
    cells: [[text(header[0]), text(header[1])], ...rows],
    styles,
    merges: [],
    columnWidths: widths,
    validations: [],
    names: [],
    inputRanges: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true, title: name, titleRows: "1:1" },
  };
}

function regionalSheet(edition: Edition): SheetModel {
  const years = Object.keys(edition.regionalTargets).sort((a, b) => Number(a) - Number(b));
  const percents = years.map((y) => edition.regionalTargets[y]);
  const rows = years.map((y) => [num(Number(y)), num(roundTiny(edition.regionalTargets[y] / 100))]);
  return twoColumnSheet(EDITION_TABLE.regional, [exportTexts.year, exportTexts.regionalHeader(edition)], rows, [10, 48], [undefined, percentFormat(percents)]);
}

function bandsSheet(edition: Edition): SheetModel {
  const bands = [...edition.bands].sort((a, b) => b.lowerPercent - a.lowerPercent);
  const rows = bands.map((b) => [num(roundTiny(b.lowerPercent / 100)), num(b.score)]);
  return twoColumnSheet(EDITION_TABLE.bands, [exportTexts.bandBound, exportTexts.bandScore], rows, [30, 10], [percentFormat(bands.map((b) => b.lowerPercent)), undefined]);
}

function aboutSheet(edition: Edition): SheetModel {
  const rows: [string, string | undefined][] = [
    [ABOUT_LABELS.region, edition.region],
    [ABOUT_LABELS.regionGenitive, edition.regionGenitive],
    [ABOUT_LABELS.document, edition.document],
    [ABOUT_LABELS.approved, edition.approved],
  ];
  const cells = rows.map(([label, value]) => [text(label), text(value ?? "")]);
  return {
    name: EDITION_TABLE.about,
    cells: [[text(exportTexts.aboutField), text(exportTexts.aboutValue)], ...cells],
    // Text format: Excel would turn «15.03.2025» typed here into a date.
    styles: [
      { range: "A1:B1", style: HEADER },
      { range: `A2:B${cells.length + 1}`, style: { border: true, wrap: true, vertical: "top", numberFormat: "@" } },
    ],
    merges: [],
    columnWidths: [32, 90],
    validations: [],
    names: [],
    inputRanges: [],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true, title: EDITION_TABLE.about },
  };
}
