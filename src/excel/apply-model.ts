/**
 * Queues on an Excel worksheet everything a SheetModel describes except the cells: formats, merges, widths,
 * validation, conditional formats, names, freeze panes, print set-up. No sync here: the caller batches.
 */
import type { CellStyle, ChartModel, ConditionalFormat, DataValidation, SheetModel } from "../core/sheet-model";
import { cellAddress, parseRange } from "../core/sheet-model";

/** Characters -> points, close to Excel's own conversion for the default font. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 5.6 + 5);
}

const OUTLINE_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: Excel.Range, style: CellStyle, address: string): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    const { top, left, bottom, right } = parseRange(address);
    const edges: string[] = [...OUTLINE_EDGES];
    if (bottom > top) edges.push("InsideHorizontal");
    if (right > left) edges.push("InsideVertical");
    for (const edge of edges) format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
  }
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function validationRule(validation: DataValidation): Excel.DataValidationRule {
  const { rule } = validation;
  if (rule.type === "list") return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  const basic: Excel.BasicDataValidation =
    rule.max === undefined
      ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
      : { formula1: rule.min, formula2: rule.max, operator: "Between" };
  return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

function applyValidation(sheet: Excel.Worksheet, validation: DataValidation): void {
  const target = sheet.getRange(validation.range).dataValidation;
  target.rule = validationRule(validation);
  target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  target.errorAlert = {
    showAlert: true,
    style: validation.error.style === "stop" ? "Stop" : "Warning",
    title: validation.error.title,
    message: validation.error.message,
  };
}

const OPERATORS = { greaterThanOrEqual: "GreaterThanOrEqual", lessThan: "LessThan", between: "Between", equal: "EqualTo" } as const;

/** A number as it is; a formula (a quoted text, a cell) with the «=» Excel's rule wants. */
function ruleFormula(value: number | string): string {
  return typeof value === "number" ? String(value) : `=${value}`;
}

function applyConditionalFormat(sheet: Excel.Worksheet, conditional: ConditionalFormat): void {
  const range = sheet.getRange(conditional.range);
  for (const rule of conditional.rules) {
    const format = range.conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = rule.fill;
    if (rule.fontColor) format.cellValue.format.font.color = rule.fontColor;
    format.cellValue.rule = {
      formula1: ruleFormula(rule.values[0]),
      ...(rule.values.length > 1 ? { formula2: ruleFormula(rule.values[1]) } : {}),
      operator: OPERATORS[rule.operator],
    };
  }
}

/** A chart over the model's block (categories in its first row, a series per row), placed between two cells. */
function addChart(sheet: Excel.Worksheet, chart: ChartModel): void {
  const added = sheet.charts.add(chart.type === "line" ? "Line" : "ColumnClustered", sheet.getRange(chart.data), "Rows");
  added.title.text = chart.title;
  added.setPosition(chart.anchor.from, chart.anchor.to);
  if (chart.percent && Office.context.requirements.isSetSupported("ExcelApi", "1.8")) added.axes.valueAxis.numberFormat = "0%";
}

export function applyModelLayout(sheet: Excel.Worksheet, model: SheetModel): void {
  for (const { range, style } of model.styles) applyStyle(sheet.getRange(range), style, range);
  for (const merge of model.merges) sheet.getRange(merge).merge(false);
  model.columnWidths.forEach((width, column) => {
    sheet.getRange(cellAddress(0, column)).format.columnWidth = columnWidthPoints(width);
  });
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    sheet.getRange(cellAddress(Number(row), 0)).format.rowHeight = height;
  }
  for (const validation of model.validations) applyValidation(sheet, validation);
  for (const conditional of model.conditionalFormats ?? []) applyConditionalFormat(sheet, conditional);
  for (const name of model.names) sheet.names.add(name.name, sheet.getRange(name.range), name.comment);
  if (model.freeze && model.freeze.rows + model.freeze.columns > 0) {
    if (model.freeze.columns === 0) sheet.freezePanes.freezeRows(model.freeze.rows);
    else sheet.freezePanes.freezeAt(`A1:${cellAddress(Math.max(model.freeze.rows, 1) - 1, model.freeze.columns - 1)}`);
  }
  if (model.autoFilter) sheet.autoFilter.apply(sheet.getRange(model.autoFilter));
  for (const chart of model.charts ?? []) addChart(sheet, chart);
  if (model.print) {
    sheet.pageLayout.orientation = model.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (model.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.paperSize = "A4";
    if (model.print.titleRows) sheet.pageLayout.setPrintTitleRows(`$${model.print.titleRows.replace(":", ":$")}`);
  }
}
