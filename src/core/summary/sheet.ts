/**
 * The «Свод» workbook as SheetModels: the sheet «Свод» (a row per submission, the regional line, the sectors nobody
 * sent, live totals and a chart of the planned ЦЗ by sector against the region) and the sheet «Ниже цели» (every
 * value below its strategy target). Statuses, totals and gaps are built-in formulas, so the file stays live where the
 * add-in is absent.
 */
import { absoluteRange, cellAddress, columnLetter, type ConditionalFormat, type ModelCell, type RangeStyle, type SheetModel } from "../sheet-model";
import { isPercentUnit } from "../units";
import type { Submission, Summary, SummaryRow } from "./summarize";
import { summaryTexts as T } from "./texts";

export interface SummarySheetOptions {
  /** When it was made, as people read it («01.12.2026»). */
  madeAt: string;
}

const RED = "#F4B6B6";
const GREEN = "#C6EFCE";
const HEADER = { bold: true, fill: "#D9E1F2", wrap: true, horizontal: "center", vertical: "center", border: true } as const;

/** "=HYPERLINK(...)" to a sheet's cell, in the same workbook or in a file beside it. */
export function linkFormula(submission: Pick<Submission, "link" | "sheet">, address: string, text: string): string {
  const quote = (t: string) => t.replace(/"/g, '""');
  const target = `${submission.link ?? ""}#'${submission.sheet.replace(/'/g, "''")}'!${address}`;
  return `=HYPERLINK("${quote(target)}","${quote(text)}")`;
}


export function buildSummarySheets(summary: Summary, options: SummarySheetOptions): SheetModel[] {
  return [svodSheet(summary, options), belowSheet(summary)];
}

function svodSheet(summary: Summary, options: SummarySheetOptions): SheetModel {
  const years = summary.years;
  const col = {
    number: 0,
    body: 1,
    sector: 2,
    year: (i: number) => 3 + i,
    status: 3 + years.length,
    errors: 4 + years.length,
    warnings: 5 + years.length,
    counted: 6 + years.length,
    source: 7 + years.length,
    note: 8 + years.length,
    // With facts: the actual ЦЗ per year and the statuses, after the planned part.
    actual: (i: number) => 9 + years.length + i,
    statuses: 9 + 2 * years.length,
  };
  const last = summary.hasFacts ? col.statuses : col.note;
  const cells: ModelCell[][] = [];
  const styles: RangeStyle[] = [];
  const conditional: ConditionalFormat[] = [];
  const put = (r: number, c: number, cell: ModelCell) => {
    while (cells.length <= r) cells.push([]);
    while (cells[r].length < c) cells[r].push({ value: null });
    cells[r][c] = cell;
  };
  const yearRange = (r: number) => `${cellAddress(r, col.year(0))}:${cellAddress(r, col.year(years.length - 1))}`;

  const counted = summary.rows.filter((r) => r.counted).length;
  put(0, 0, { value: T.title });
  put(1, 0, { value: T.caption(options.madeAt, summary.rows.length, counted, summary.missing.length, summary.unreadable.length) });
  const header = 3;
  const H = T.headers;
  const factHeaders = summary.hasFacts ? [...years.map(H.actual), H.statuses] : [];
  [H.number, H.body, H.sector, ...years.map(H.year), H.status, H.errors, H.warnings, H.counted, H.source, H.note, ...factHeaders].forEach((text, c) => put(header, c, { value: text }));
  const regional = header + 1;
  put(regional, col.body, { value: T.regional });
  years.forEach((y, i) => put(regional, col.year(i), { value: summary.regional[y] }));
  if (summary.hasFacts) years.forEach((y, i) => put(regional, col.actual(i), { value: summary.regional[y] }));

  let r = regional + 1;
  const first = r;
  summary.rows.forEach((row, index) => {
    submissionRow(row, index + 1, r);
    r++;
  });
  for (const sector of summary.missing) {
    put(r, col.sector, { value: `${sector.code} ${sector.name}` });
    put(r, col.status, { value: T.status.missing });
    put(r, col.counted, { value: T.no });
    styles.push({ range: `${cellAddress(r, 0)}:${cellAddress(r, last)}`, style: { italic: true, fontColor: "#7F7F7F" } });
    r++;
  }
  for (const file of summary.unreadable) {
    put(r, col.body, { value: file.file });
    put(r, col.status, { value: T.status.unreadable });
    put(r, col.counted, { value: T.no });
    put(r, col.note, { value: file.error });
    styles.push({ range: cellAddress(r, col.status), style: { fontColor: "#C00000" } });
    r++;
  }
  const lastRow = Math.max(first, r - 1);

  // Live totals over the submissions in the «Свод» (the newest of each sector).
  const totals = r + 1;
  const column = (c: number) => `${cellAddress(first, c)}:${cellAddress(lastRow, c)}`;
  const countedColumn = absoluteRange(column(col.counted));
  put(totals, col.body, { value: T.average });
  put(totals + 1, col.body, { value: T.belowCount });
  years.forEach((_, i) => {
    const values = absoluteRange(column(col.year(i)));
    const regionalCell = `${columnLetter(col.year(i))}$${regional + 1}`;
    put(totals, col.year(i), { formula: `=IFERROR(AVERAGEIFS(${values},${countedColumn},"${T.yes}"),"")` });
    put(totals + 1, col.year(i), { formula: `=COUNTIFS(${countedColumn},"${T.yes}",${values},"<"&${regionalCell})` });
  });

  // The chart's data: the region first, then each sector in the «Свод»; figures refer to the rows above.
  const block = totals + 3;
  put(block, 0, { value: T.chartBlock });
  const chartHeader = block + 1;
  years.forEach((y, i) => put(chartHeader, col.year(i), { value: Number(y) }));
  put(chartHeader + 1, col.sector, { value: T.regional });
  years.forEach((_, i) => put(chartHeader + 1, col.year(i), { formula: `=${cellAddress(regional, col.year(i))}` }));
  let chartRow = chartHeader + 2;
  summary.rows.forEach((row, index) => {
    if (!row.counted || !row.sector) return;
    put(chartRow, col.sector, { value: `${row.sector.code} ${row.sector.name}` });
    years.forEach((_, i) => put(chartRow, col.year(i), { formula: `=IF(${cellAddress(first + index, col.year(i))}="",NA(),${cellAddress(first + index, col.year(i))})` }));
    chartRow++;
  });
  const chartLast = chartRow - 1;

  styles.push(
    { range: `A1:${cellAddress(0, last)}`, style: { bold: true, fontSize: 14, wrap: true } },
    { range: `A2:${cellAddress(1, last)}`, style: { italic: true, fontSize: 9, fontColor: "#605E5C", wrap: true } },
    { range: `${cellAddress(header, 0)}:${cellAddress(header, last)}`, style: HEADER },
    { range: `${cellAddress(regional, 0)}:${cellAddress(regional, last)}`, style: { bold: true, fill: "#F3F2F1", border: true } },
    { range: yearRange(regional), style: { numberFormat: "0%" } },
    { range: `${cellAddress(first, 0)}:${cellAddress(lastRow, last)}`, style: { border: true, vertical: "top" } },
    { range: `${cellAddress(first, col.body)}:${cellAddress(lastRow, col.body)}`, style: { wrap: true } },
    { range: `${cellAddress(first, col.note)}:${cellAddress(lastRow, col.note)}`, style: { wrap: true } },
    { range: `${cellAddress(first, col.year(0))}:${cellAddress(lastRow, col.year(years.length - 1))}`, style: { numberFormat: "0.0%" } },
    { range: `${cellAddress(totals, 0)}:${cellAddress(totals + 1, last)}`, style: { bold: true } },
    { range: yearRange(totals), style: { numberFormat: "0.0%" } },
    { range: cellAddress(block, 0), style: { bold: true } },
    { range: `${cellAddress(chartHeader, col.year(0))}:${cellAddress(chartHeader, col.year(years.length - 1))}`, style: { bold: true, numberFormat: "0" } },
    { range: `${cellAddress(chartHeader + 1, col.year(0))}:${cellAddress(Math.max(chartLast, chartHeader + 1), col.year(years.length - 1))}`, style: { numberFormat: "0.0%" } },
  );

  function submissionRow(row: SummaryRow, number: number, at: number): void {
    const { submission } = row;
    put(at, col.number, { value: number });
    put(at, col.body, { value: submission.body });
    put(at, col.sector, { value: row.sector ? `${row.sector.code} ${row.sector.name}` : T.noSector });
    years.forEach((y, i) => figureCell(at, col.year(i), y, row.planned[y]));
    const range = yearRange(at);
    const regionalRange = yearRange(regional).replace(/(\d+)/g, "$$$1");
    put(at, col.status, { formula: `=IF(COUNT(${range})=0,"${T.status.none}",IF(SUMPRODUCT((${range}<>"")*(${range}<${regionalRange}))>0,"${T.status.below}","${T.status.fine}"))` });
    put(at, col.errors, { value: row.errors });
    put(at, col.warnings, { value: row.warnings });
    put(at, col.counted, { value: row.counted ? T.yes : T.no });
    put(at, col.source, { formula: linkFormula(submission, "A1", submission.file ? `${submission.file} — ${submission.sheet}` : submission.sheet) });
    if (row.supersededBy) put(at, col.note, { value: T.superseded(row.supersededBy.body) });
    if (row.facts) factCells(row.facts, at);
    if (!row.counted) styles.push({ range: `${cellAddress(at, 0)}:${cellAddress(at, last)}`, style: { fontColor: "#7F7F7F" } });
    if (row.errors > 0) styles.push({ range: cellAddress(at, col.errors), style: { fontColor: "#C00000", bold: true } });
  }

  /** A ЦЗ figure of a year, red below the region's and green from it; only cells with a value: an empty year is no shortfall. */
  function figureCell(at: number, column: number, year: string, value: number | undefined): void {
    put(at, column, { value: value ?? null });
    if (value === undefined) return;
    const threshold = summary.regional[year];
    conditional.push({
      range: cellAddress(at, column),
      rules: [
        { operator: "lessThan", values: [threshold], fill: RED },
        { operator: "greaterThanOrEqual", values: [threshold], fill: GREEN },
      ],
    });
  }

  /** The actual ЦЗ per year, coloured as the planned one, and the statuses in words. */
  function factCells(facts: NonNullable<SummaryRow["facts"]>, at: number): void {
    years.forEach((y, i) => figureCell(at, col.actual(i), y, facts.actual[y]));
    put(at, col.statuses, { value: T.statuses(facts.statuses) });
  }

  if (summary.hasFacts) {
    styles.push(
      { range: `${cellAddress(regional, col.actual(0))}:${cellAddress(regional, col.actual(years.length - 1))}`, style: { numberFormat: "0%" } },
      { range: `${cellAddress(first, col.actual(0))}:${cellAddress(lastRow, col.actual(years.length - 1))}`, style: { numberFormat: "0.0%" } },
      { range: `${cellAddress(first, col.statuses)}:${cellAddress(lastRow, col.statuses)}`, style: { wrap: true } },
    );
  }

  const hasChart = chartLast >= chartHeader + 1;
  return {
    name: T.sheetName,
    cells,
    styles,
    merges: [`A1:${cellAddress(0, last)}`, `A2:${cellAddress(1, last)}`],
    columnWidths: [5, 40, 30, ...years.map(() => 10), 22, 9, 14, 9, 40, 40, ...(summary.hasFacts ? [...years.map(() => 10), 34] : [])],
    rowHeights: { 0: 24, [header]: 30 },
    validations: [],
    conditionalFormats: conditional,
    names: [],
    inputRanges: [],
    freeze: { rows: regional + 1, columns: 0 },
    autoFilter: `${cellAddress(header, 0)}:${cellAddress(lastRow, last)}`,
    print: { orientation: "landscape", fitToWidth: true, title: T.title, titleRows: `${header + 1}:${header + 1}` },
    select: cellAddress(first, col.body),
    ...(hasChart
      ? {
          charts: [
            {
              type: "line" as const,
              title: T.chartTitle,
              data: `${cellAddress(chartHeader, col.sector)}:${cellAddress(chartLast, col.year(years.length - 1))}`,
              anchor: { from: cellAddress(block, col.status), to: cellAddress(block + 22, col.note) },
              percent: true,
            },
          ],
        }
      : {}),
  };
}

function belowSheet(summary: Summary): SheetModel {
  const cells: ModelCell[][] = [[{ value: T.below.title }], [{ value: T.below.caption(summary.belowTarget.length) }], [], T.below.headers.map((h) => ({ value: h }))];
  const styles: RangeStyle[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true, fontColor: "#605E5C" } },
    { range: "A4:I4", style: HEADER },
  ];
  summary.belowTarget.forEach((miss, i) => {
    const r = cells.length;
    const format = miss.unit !== undefined && isPercentUnit(miss.unit) ? "0.0%" : "0.##";
    cells.push([
      { value: i + 1 },
      { value: miss.submission.body },
      { value: `${miss.sector.code} ${miss.sector.name}` },
      { value: miss.indicator },
      { value: Number(miss.year) },
      { value: miss.value },
      { value: miss.target },
      { formula: `=${cellAddress(r, 5)}-${cellAddress(r, 6)}` },
      { formula: linkFormula(miss.submission, miss.address, miss.address) },
    ]);
    styles.push({ range: `${cellAddress(r, 5)}:${cellAddress(r, 7)}`, style: { numberFormat: format } });
  });
  const lastRow = Math.max(4, cells.length - 1);
  styles.push({ range: `A5:I${lastRow + 1}`, style: { border: true, vertical: "top" } }, { range: `D5:D${lastRow + 1}`, style: { wrap: true } }, { range: `B5:B${lastRow + 1}`, style: { wrap: true } });
  return {
    name: T.belowSheetName,
    cells,
    styles,
    merges: [],
    columnWidths: [5, 32, 24, 70, 7, 10, 10, 11, 9],
    validations: [],
    names: [],
    inputRanges: [],
    freeze: { rows: 4, columns: 0 },
    ...(summary.belowTarget.length > 0 ? { autoFilter: `A4:I${lastRow + 1}` } : {}),
    print: { orientation: "landscape", fitToWidth: true, title: T.below.title, titleRows: "4:4" },
  };
}
