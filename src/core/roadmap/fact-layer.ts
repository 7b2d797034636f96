/**
 * The facts of a roadmap (issue «plan and fact»): under each value row a «Фактическое значение» row, the achievement
 * and the status as built-in formulas; the sector's actual ЦЗ beside the planned one; after the table the thresholds a
 * user may change, the optional quarterly block the year's fact is taken from, and the charts with their data.
 */
import type { SectorIndicator } from "../catalog";
import { achievementFormula, DEFAULT_THRESHOLDS, lastQuarterFormula, STATUS, statusFormula } from "../facts";
import { absoluteRange, cellAddress, type CellStyle, type ChartModel, type ConditionalFormat, type DataValidation, type ModelCell, type SheetModel } from "../sheet-model";
import { isPercentUnit } from "../units";
import { ROADMAP_COLUMNS, roadmapNames } from "./layout";
import { roadmapTexts as T } from "./texts";

/** What buildRoadmap has laid out so far, shared with the fact layer. */
export interface RoadmapDraft {
  cells: ModelCell[][];
  styles: SheetModel["styles"];
  validations: DataValidation[];
  names: SheetModel["names"];
  inputRanges: string[];
  merges: string[];
  years: readonly string[];
  lastColumn: number;
}

export interface IndicatorFactRows {
  indicator: SectorIndicator;
  valueRow: number;
  targetRow: number;
  factRow: number;
  achievementRow: number;
  statusRow: number;
  /** The number format of the indicator's value and fact rows (its unit's). */
  format: string;
}

const FACT_FILL = "#E8F3E8";

/** How the fact layer's rows look, for a new roadmap and for rows added to an existing one alike. */
export const factStyles = {
  fact: (numberFormat: string): CellStyle => ({ numberFormat, fill: FACT_FILL, border: true }),
  achievement: { numberFormat: "0%", border: true, horizontal: "right", fontColor: "#605E5C" } as CellStyle,
  status: { border: true, horizontal: "center" } as CellStyle,
  actual: { numberFormat: "0.0%", bold: true, border: true, horizontal: "right", fill: FACT_FILL } as CellStyle,
  thresholdsHeading: { bold: true } as CellStyle,
  thresholds: { numberFormat: "0%", fill: "#FFF4CE", border: true } as CellStyle,
} as const;
const STATUS_COLOURS = [
  { status: STATUS.reached, fill: "#DFF6DD", fontColor: "#107C10" },
  { status: STATUS.risk, fill: "#FFF4CE", fontColor: "#8A5300" },
  { status: STATUS.missed, fill: "#FDE7E9", fontColor: "#A4262C" },
] as const;

const yearColumn = (index: number) => ROADMAP_COLUMNS.firstYear + index;

function rowRange(draft: RoadmapDraft, row: number): string {
  return `${cellAddress(row, ROADMAP_COLUMNS.firstYear)}:${cellAddress(row, draft.lastColumn)}`;
}

function style(draft: RoadmapDraft, range: string, s: CellStyle): void {
  draft.styles.push({ range, style: s });
}

/** The fact, achievement and status rows of one indicator, right under its target row; the status formulas wait for the thresholds. */
export function addFactRows(draft: RoadmapDraft, indicator: SectorIndicator, valueRow: number, targetRow: number, format: string, validation: (range: string) => DataValidation): IndicatorFactRows {
  const { cells, years } = draft;
  const factRow = cells.length;
  cells.push([{ value: T.fact(indicator.number) }, ...years.map(() => ({ value: null }))]);
  const achievementRow = cells.length;
  cells.push([
    { value: T.achievement },
    ...years.map((_, y) => ({ formula: achievementFormula(cellAddress(factRow, yearColumn(y)), cellAddress(valueRow, yearColumn(y)), indicator.direction) })),
  ]);
  const statusRow = cells.length;
  cells.push([{ value: T.status }]);
  style(draft, rowRange(draft, factRow), factStyles.fact(format));
  style(draft, rowRange(draft, achievementRow), factStyles.achievement);
  style(draft, rowRange(draft, statusRow), factStyles.status);
  draft.validations.push(validation(rowRange(draft, factRow)));
  draft.inputRanges.push(rowRange(draft, factRow));
  draft.names.push(
    { name: roadmapNames.fact(indicator.number), range: rowRange(draft, factRow) },
    { name: roadmapNames.achievement(indicator.number), range: rowRange(draft, achievementRow) },
    { name: roadmapNames.status(indicator.number), range: rowRange(draft, statusRow) },
  );
  return { indicator, valueRow, targetRow, factRow, achievementRow, statusRow, format };
}

export interface FactLayerResult {
  conditionalFormats: ConditionalFormat[];
  charts: ChartModel[];
}

/**
 * Everything that needs all the rows: the actual ЦЗ row's formula, the thresholds (and with them the status
 * formulas), the quarterly block and the charts. Appends to the draft; returns the formats and charts.
 */
export function finishFactLayer(
  draft: RoadmapDraft,
  layers: readonly IndicatorFactRows[],
  rows: { header: number; regional: number; planned: number; actual: number },
  options: { quarters: boolean; sectorName: string },
): FactLayerResult {
  const { cells, years } = draft;
  const percent = layers.filter((l) => isPercentUnit(l.indicator.unit));
  cells[rows.actual] = [
    { value: T.actualAverage },
    ...years.map((_, y): ModelCell =>
      percent.length === 0 ? { value: T.noPercentIndicators } : { formula: `=IFERROR(AVERAGE(${percent.map((l) => cellAddress(l.factRow, yearColumn(y))).join(",")}),"")` },
    ),
  ];
  style(draft, rowRange(draft, rows.actual), factStyles.actual);
  draft.names.push({ name: roadmapNames.actual, range: rowRange(draft, rows.actual) });

  const thresholds = addThresholds(draft);
  for (const layer of layers) {
    cells[layer.statusRow] = [
      { value: T.status },
      ...years.map((_, y) => ({ formula: statusFormula(cellAddress(layer.achievementRow, yearColumn(y)), thresholds.reached, thresholds.risk) })),
    ];
  }
  if (options.quarters) addQuarters(draft, layers);
  const charts = addCharts(draft, layers, rows, options.sectorName);
  const statusRanges = layers.map((l) => rowRange(draft, l.statusRow));
  const conditionalFormats = statusRanges.map((range) => ({ range, rules: statusColourRules() }));
  return { conditionalFormats, charts };
}

/** Green, amber and red by the status text: the thresholds live in the formulas, so the colours need none. */
export function statusColourRules(): ConditionalFormat["rules"] {
  return STATUS_COLOURS.map((c) => ({ operator: "equal" as const, values: [`"${c.status}"`], fill: c.fill, fontColor: c.fontColor }));
}

/** Two cells a user may change; the status formulas refer to them absolutely, so they follow an inserted row. */
function addThresholds(draft: RoadmapDraft): { reached: string; risk: string } {
  const { cells } = draft;
  cells.push([]);
  const heading = cells.length;
  cells.push([{ value: T.thresholdsHeading }]);
  const reached = cells.length;
  cells.push([{ value: T.reachedFrom }, { value: DEFAULT_THRESHOLDS.reached }]);
  const risk = cells.length;
  cells.push([{ value: T.riskFrom }, { value: DEFAULT_THRESHOLDS.risk }]);
  const first = ROADMAP_COLUMNS.firstYear;
  style(draft, cellAddress(heading, 0), factStyles.thresholdsHeading);
  style(draft, `${cellAddress(reached, first)}:${cellAddress(risk, first)}`, factStyles.thresholds);
  draft.inputRanges.push(`${cellAddress(reached, first)}:${cellAddress(risk, first)}`);
  draft.validations.push({
    range: `${cellAddress(reached, first)}:${cellAddress(risk, first)}`,
    rule: { type: "decimal", min: 0, max: 10 },
    prompt: { title: "Порог статуса", message: "Доля плана, например 100 % или 90 %." },
    error: { title: "Порог статуса", message: "Введите долю плана от 0 % до 1000 %.", style: "warning" },
  });
  draft.names.push({ name: roadmapNames.thresholds, range: `${cellAddress(reached, first)}:${cellAddress(risk, first)}` });
  return { reached: absoluteRange(cellAddress(reached, first)), risk: absoluteRange(cellAddress(risk, first)) };
}

/** Four rows per indicator, I–IV кв., under the same year columns; the fact row takes the year's last reported quarter. */
function addQuarters(draft: RoadmapDraft, layers: readonly IndicatorFactRows[]): void {
  const { cells, years } = draft;
  cells.push([]);
  const heading = cells.length;
  cells.push([{ value: T.quartersHeading }]);
  style(draft, cellAddress(heading, 0), { bold: true });
  for (const layer of layers) {
    const first = cells.length;
    for (let q = 0; q < 4; q++) cells.push([{ value: T.quarterRow(layer.indicator.number, q) }, ...years.map(() => ({ value: null }))]);
    const range = `${cellAddress(first, ROADMAP_COLUMNS.firstYear)}:${cellAddress(first + 3, draft.lastColumn)}`;
    style(draft, range, factStyles.fact(layer.format));
    style(draft, `${cellAddress(first, 0)}:${cellAddress(first + 3, 0)}`, { wrap: true, border: true });
    draft.inputRanges.push(range);
    draft.names.push({ name: roadmapNames.quarters(layer.indicator.number), range });
    cells[layer.factRow] = [
      cells[layer.factRow][0],
      ...years.map((_, y) => ({ formula: lastQuarterFormula([0, 1, 2, 3].map((q) => cellAddress(first + q, yearColumn(y)))) })),
    ];
  }
  // The fact row is computed now: typing there would overwrite the formula.
  const computed = new Set(layers.map((l) => rowRange(draft, l.factRow)));
  draft.inputRanges.splice(0, draft.inputRanges.length, ...draft.inputRanges.filter((r) => !computed.has(r)));
}

/** A block of formulas per chart (categories, then a series per row) and the charts beside the table. */
function addCharts(draft: RoadmapDraft, layers: readonly IndicatorFactRows[], rows: { header: number; regional: number; planned: number; actual: number }, sectorName: string): ChartModel[] {
  const { cells, years } = draft;
  const charts: Omit<ChartModel, "anchor">[] = [];
  cells.push([]);
  const heading = cells.length;
  cells.push([{ value: T.chartsHeading }]);
  style(draft, cellAddress(heading, 0), { bold: true, fontColor: "#605E5C" });
  const asSeries = (row: number, y: number) => {
    const cell = cellAddress(row, yearColumn(y));
    return { formula: `=IF(ISNUMBER(${cell}),${cell},NA())` };
  };
  const block = (series: { name: string; row: number }[], percent: boolean, numberFormat: string): string => {
    const top = cells.length;
    cells.push([{ value: "" }, ...years.map((y) => ({ value: Number(y) }))]);
    for (const s of series) cells.push([{ value: s.name }, ...years.map((_, y) => asSeries(s.row, y))]);
    const bottom = cells.length - 1;
    style(draft, `${cellAddress(top + 1, ROADMAP_COLUMNS.firstYear)}:${cellAddress(bottom, draft.lastColumn)}`, { numberFormat: percent ? "0%" : numberFormat, fontColor: "#605E5C" });
    style(draft, `${cellAddress(top, 0)}:${cellAddress(bottom, 0)}`, { fontColor: "#605E5C" });
    return `${cellAddress(top, 0)}:${cellAddress(bottom, draft.lastColumn)}`;
  };
  charts.push({
    type: "line",
    title: T.chartSector(sectorName),
    data: block([{ name: T.chartPlanned, row: rows.planned }, { name: T.chartActual, row: rows.actual }, { name: T.chartRegional, row: rows.regional }], true, "0%"),
    percent: true,
  });
  layers.forEach((layer) => {
    const percent = isPercentUnit(layer.indicator.unit);
    charts.push({
      type: "line",
      title: T.chartIndicator(layer.indicator.number),
      data: block([{ name: T.chartPlan, row: layer.valueRow }, { name: T.chartFact, row: layer.factRow }, { name: T.chartTarget, row: layer.targetRow }], percent, "0.##"),
      ...(percent ? { percent: true } : {}),
    });
  });
  // Charts go under their data, one under another, as wide as the table: they print with it.
  const first = cells.length + 1;
  return charts.map((chart, index) => ({
    ...chart,
    anchor: { from: cellAddress(first + index * CHART_ROWS, 0), to: cellAddress(first + index * CHART_ROWS + CHART_ROWS - 2, draft.lastColumn) },
  }));
}

/** Rows a chart takes, with one empty row under it. */
const CHART_ROWS = 17;
