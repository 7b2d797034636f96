/**
 * SheetModel -> .xlsx with exceljs (Node). Writes what the model says and nothing else: no domain rule lives here.
 * exceljs stores formulas without cached results; Excel recomputes them on open (fullCalcOnLoad), LibreOffice only
 * when told to (see test/support/libreoffice.ts).
 */
import { Workbook } from "exceljs";
import type { Alignment, Borders, Cell, CellValue as ExcelValue, ConditionalFormattingRule, DataValidation as ExcelValidation, Fill, Font, Style, Worksheet } from "exceljs";
import { absoluteRange, cellAddress, parseRange, rectangularCells } from "../core/sheet-model";
import type { CellStyle, ConditionalFormat, DataValidation, DefinedName, ModelCell, SheetModel } from "../core/sheet-model";
import { fittedRowHeights } from "../core/row-heights";
import { addCharts } from "./charts";

/** exceljs's internal shape of a defined name, as its workbook writer renders it (localSheetId included). */
interface DefinedNameEntry {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** Excel's limits on a validation's texts; a longer text makes Excel repair or reject the file. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ERROR_TITLE_MAX = 32;
const ERROR_MESSAGE_MAX = 225;
/** An inline list source ("a,b,c") is limited to 255 characters. */
const LIST_SOURCE_MAX = 255;
const SHEET_NAME_MAX = 31;

/**
 * Functions added after Excel 2007 are stored in a file as "_xlfn.NAME"; written bare, Excel shows #NAME? until the
 * cell is edited. Only plain (non dynamic-array) functions are listed.
 */
const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE", "CEILING.MATH", "CEILING.PRECISE", "CONCAT", "DAYS", "FLOOR.MATH", "FLOOR.PRECISE", "IFNA", "IFS",
  "ISOWEEKNUM", "MAXIFS", "MINIFS", "MODE.SNGL", "NUMBERVALUE", "PERCENTILE.EXC", "PERCENTILE.INC", "QUARTILE.EXC",
  "QUARTILE.INC", "RANK.AVG", "RANK.EQ", "STDEV.P", "STDEV.S", "SWITCH", "TEXTJOIN", "VAR.P", "VAR.S", "XLOOKUP", "XMATCH",
]);

export async function writeXlsx(models: SheetModel[]): Promise<Buffer> {
  const workbook = new Workbook();
  // Excel recomputes every formula when it opens the file: exceljs writes no cached results.
  workbook.calcProperties = { fullCalcOnLoad: true };
  assertUniqueSheetNames(models);
  const names: DefinedNameEntry[] = [];
  models.forEach((model, index) => {
    const sheet = workbook.addWorksheet(model.name, model.visibility ? { state: model.visibility } : {});
    writeSheet(sheet, model);
    names.push(...sheetNames(model, index));
  });
  addSheetScopedNames(workbook, names);
  const data = await workbook.xlsx.writeBuffer();
  return addCharts(Buffer.from(data), models);
}

function assertUniqueSheetNames(models: SheetModel[]): void {
  const seen = new Map<string, string>();
  for (const { name } of models) {
    if (name.length === 0 || name.length > SHEET_NAME_MAX) throw new Error(`Sheet name "${name}" must have 1 to ${SHEET_NAME_MAX} characters`);
    // Excel compares sheet names without regard to case.
    const key = name.toLowerCase();
    const previous = seen.get(key);
    if (previous !== undefined) throw new Error(`Duplicate sheet name "${name}" (already used as "${previous}"); sheet names must be unique, ignoring case`);
    seen.set(key, name);
  }
}

function writeSheet(sheet: Worksheet, model: SheetModel): void {
  writeCells(sheet, model);
  // After the values: merging keeps the top-left value only, as Excel does. Without style, so that the range
  // styles below decide every cell's look.
  for (const range of model.merges) sheet.mergeCellsWithoutStyle(normalRange(range));
  writeStyles(sheet, model);
  unlockInputs(sheet, model.inputRanges);
  writeLayout(sheet, model);
  for (const validation of model.validations) addValidation(sheet, validation);
  addConditionalFormats(sheet, model.conditionalFormats ?? []);
  writeView(sheet, model);
  writePrint(sheet, model.print);
  if (model.autoFilter) sheet.autoFilter = model.autoFilter;
}

function writeCells(sheet: Worksheet, model: SheetModel): void {
  rectangularCells(model).forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = excelValue(cell, `${sheet.name}!${cellAddress(r, c)}`);
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
}

/** A model cell as exceljs wants it; a text is always written as text, even when it starts with "=". */
function excelValue(cell: ModelCell, where: string): ExcelValue {
  if ("formula" in cell) return { formula: formulaText(cell.formula, where), date1904: false };
  const { value } = cell;
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`Cell ${where}: ${value} cannot be stored in a workbook`);
  return value;
}

/** "=AVERAGE(C7,C9)" -> "AVERAGE(C7,C9)", with post-2007 functions prefixed as the file format requires. */
export function formulaText(formula: string, where = "formula"): string {
  const body = formula.trim().replace(/^=/, "");
  if (body.length === 0) throw new Error(`Cell ${where}: empty formula`);
  return prefixFutureFunctions(body);
}

/** Adds "_xlfn." to listed function calls outside string literals and quoted sheet names. */
function prefixFutureFunctions(body: string): string {
  return body
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      // Odd parts are the quoted literals captured by split.
      i % 2 === 1 ? part : part.replace(/(?<![\w.])([A-Za-z][A-Za-z0-9.]*)(\s*\()/g, (call, name: string, open: string) =>
        FUTURE_FUNCTIONS.has(name.toUpperCase()) ? `_xlfn.${name.toUpperCase()}${open}` : call,
      ),
    )
    .join("");
}

function writeStyles(sheet: Worksheet, model: SheetModel): void {
  // Later entries win property by property where ranges overlap, as successive format calls do in Excel.
  const merged = new Map<string, { row: number; column: number; style: CellStyle }>();
  for (const { range, style } of model.styles) {
    forEachCell(range, (row, column) => {
      const key = `${row}:${column}`;
      const entry = merged.get(key) ?? { row, column, style: {} };
      entry.style = { ...entry.style, ...style };
      merged.set(key, entry);
    });
  }
  for (const { row, column, style } of merged.values()) applyStyle(sheet.getCell(row + 1, column + 1), style);
}

function applyStyle(cell: Cell, style: CellStyle): void {
  const font = fontOf(style);
  if (font) cell.font = font;
  if (style.fill !== undefined) cell.fill = solidFill(style.fill);
  const alignment = alignmentOf(style);
  if (alignment) cell.alignment = alignment;
  if (style.border) cell.border = thinBorder();
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

/** exceljs's default font. A cell font replaces it whole, so each one starts from it (exceljs would write a font with no name or size). */
const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

function fontOf(style: CellStyle): Partial<Font> | undefined {
  const { bold, italic, fontSize, fontColor } = style;
  if (bold === undefined && italic === undefined && fontSize === undefined && fontColor === undefined) return undefined;
  const font: Partial<Font> = { ...BASE_FONT };
  if (bold !== undefined) font.bold = bold;
  if (italic !== undefined) font.italic = italic;
  if (fontSize !== undefined) font.size = fontSize;
  if (fontColor !== undefined) font.color = { argb: argb(fontColor) };
  return font;
}

function alignmentOf(style: CellStyle): Partial<Alignment> | undefined {
  const alignment: Partial<Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

function thinBorder(): Partial<Borders> {
  const thin = { style: "thin" as const };
  return { top: thin, left: thin, bottom: thin, right: thin };
}

/** "#RRGGBB" -> "FFRRGGBB" (opaque ARGB). */
function argb(color: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) throw new Error(`Colour "${color}" is not #RRGGBB`);
  return `FF${match[1].toUpperCase()}`;
}

/** Inputs are unlocked so that protecting the sheet later leaves them editable. */
function unlockInputs(sheet: Worksheet, ranges: string[]): void {
  for (const range of ranges) {
    forEachCell(range, (row, column) => {
      sheet.getCell(row + 1, column + 1).protection = { locked: false };
    });
  }
}

function writeLayout(sheet: Worksheet, model: SheetModel): void {
  model.columnWidths.forEach((width, index) => {
    if (!(width >= 0)) throw new Error(`Sheet "${model.name}": column width ${width} is not a number of characters`);
    sheet.getColumn(index + 1).width = width;
  });
  // Wrapped text gets the height it needs: LibreOffice and Р7 show a row as tall as the file says, cutting the rest.
  for (const [row, height] of Object.entries(fittedRowHeights(model))) {
    if (!(height >= 0)) throw new Error(`Sheet "${model.name}": row height ${height} is not a number of points`);
    sheet.getRow(Number(row) + 1).height = height;
  }
}

function addValidation(sheet: Worksheet, validation: DataValidation): void {
  const where = `Sheet "${sheet.name}", validation of ${validation.range}`;
  const { prompt, error } = validation;
  checkLength(where, "prompt title", prompt.title, PROMPT_TITLE_MAX);
  checkLength(where, "prompt message", prompt.message, PROMPT_MESSAGE_MAX);
  checkLength(where, "error title", error.title, ERROR_TITLE_MAX);
  checkLength(where, "error message", error.message, ERROR_MESSAGE_MAX);
  const rule: ExcelValidation = {
    ...validationRule(validation, where),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: prompt.title,
    prompt: prompt.message,
    showErrorMessage: true,
    errorStyle: error.style,
    errorTitle: error.title,
    error: error.message,
  };
  // Per cell (exceljs's typed API); its writer joins equal neighbours back into rectangular ranges.
  forEachCell(validation.range, (row, column) => {
    sheet.getCell(row + 1, column + 1).dataValidation = rule;
  });
}

function validationRule(validation: DataValidation, where: string): Pick<ExcelValidation, "type" | "operator" | "formulae"> {
  const { rule } = validation;
  if (rule.type === "list") return { type: "list", formulae: [listSource(rule.values, where)] };
  const bounds = rule.max === undefined ? [rule.min] : [rule.min, rule.max];
  for (const bound of bounds) if (!Number.isFinite(bound)) throw new Error(`${where}: bound ${bound} is not a number`);
  return { type: rule.type, operator: rule.max === undefined ? "greaterThanOrEqual" : "between", formulae: bounds };
}

/** ["да","нет"] -> "\"да,нет\"": Excel's inline list, where a comma always separates items. */
function listSource(values: string[], where: string): string {
  const bad = values.find((v) => v.includes(",") || v.includes('"'));
  if (bad !== undefined) throw new Error(`${where}: list item "${bad}" contains a comma or a double quote, which an inline list cannot hold`);
  const source = values.join(",");
  if (values.length === 0 || source.length > LIST_SOURCE_MAX) throw new Error(`${where}: an inline list needs 1 to ${LIST_SOURCE_MAX} characters, got ${source.length}`);
  return `"${source}"`;
}

function checkLength(where: string, what: string, text: string, max: number): void {
  if (text.length > max) throw new Error(`${where}: ${what} has ${text.length} characters, Excel allows ${max}: "${text}"`);
}

function addConditionalFormats(sheet: Worksheet, formats: ConditionalFormat[]): void {
  // Priorities are unique per sheet; the lower number wins, so model order gives "first matching rule wins".
  let priority = 1;
  for (const format of formats) {
    const rules = format.rules.map((rule): ConditionalFormattingRule => {
      const count = rule.operator === "between" ? 2 : 1;
      const usable = (v: number | string) => (typeof v === "number" ? Number.isFinite(v) : v.trim() !== "" && !v.startsWith("="));
      if (rule.values.length !== count || !rule.values.every(usable)) {
        throw new Error(`Sheet "${sheet.name}", conditional format of ${format.range}: "${rule.operator}" needs ${count} value(s), got [${rule.values.join(", ")}]`);
      }
      const style: Partial<Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } };
      if (rule.fontColor !== undefined) style.font = { color: { argb: argb(rule.fontColor) } };
      // exceljs's type omits greaterThanOrEqual, which the file format has and exceljs writes verbatim.
      const operator = rule.operator as "between";
      return { type: "cellIs", operator, formulae: rule.values.map(String), style, priority: priority++ };
    });
    sheet.addConditionalFormatting({ ref: normalRange(format.range), rules });
  }
}

function writeView(sheet: Worksheet, model: SheetModel): void {
  const activeCell = selectedCell(model);
  const rows = model.freeze?.rows ?? 0;
  const columns = model.freeze?.columns ?? 0;
  if (rows > 0 || columns > 0) {
    sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, ...(activeCell ? { activeCell } : {}) }];
  } else if (activeCell) {
    sheet.views = [{ state: "normal", activeCell }];
  }
}

/** The model's selection, else the first input cell; a range selects its top-left cell. */
function selectedCell(model: SheetModel): string | undefined {
  const target = model.select ?? model.inputRanges[0];
  if (target === undefined) return undefined;
  return normalRange(target).split(":")[0];
}

/** Paper size 9 is A4 in the file format. */
const A4 = 9;

function writePrint(sheet: Worksheet, print: SheetModel["print"]): void {
  if (!print) return;
  sheet.pageSetup.orientation = print.orientation;
  sheet.pageSetup.paperSize = A4;
  sheet.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  if (print.titleRows) sheet.pageSetup.printTitlesRow = print.titleRows;
  // Page numbers, so a printed roadmap of several pages can be put back in order.
  sheet.headerFooter.oddFooter = "&CСтраница &P из &N";
  if (print.fitToWidth) {
    // One page wide, as many pages tall as needed.
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 0;
  }
  // "&" starts a header code; "&&" prints one ampersand.
  if (print.title) sheet.headerFooter.oddHeader = `&C${print.title.replace(/&/g, "&&")}`;
}

function sheetNames(model: SheetModel, sheetIndex: number): DefinedNameEntry[] {
  const seen = new Set<string>();
  return model.names.map((definedName: DefinedName) => {
    checkDefinedName(model.name, definedName.name);
    const key = definedName.name.toLowerCase();
    if (seen.has(key)) throw new Error(`Sheet "${model.name}": defined name "${definedName.name}" is used twice`);
    seen.add(key);
    return { name: definedName.name, ranges: [absoluteReference(model.name, definedName.range)], localSheetId: sheetIndex };
  });
}

/** Excel refuses a file with a name that is not a valid identifier or that reads as a cell reference. */
function checkDefinedName(sheetName: string, name: string): void {
  const valid = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255;
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!valid || looksLikeCell) throw new Error(`Sheet "${sheetName}": "${name}" is not a valid defined name`);
}

/** ("Лист 1", "C7:C9") -> "'Лист 1'!$C$7:$C$9". */
function absoluteReference(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${absoluteRange(normalRange(range))}`;
}

/**
 * exceljs keeps defined names workbook-wide. Its workbook writer does render localSheetId, so the sheet-scoped names
 * are added to the model it renders, on this workbook's writer only.
 */
function addSheetScopedNames(workbook: Workbook, names: DefinedNameEntry[]): void {
  if (names.length === 0) return;
  const writer = workbook.xlsx as unknown as { prepareModel?: (model: { definedNames: DefinedNameEntry[] }, options: unknown) => void };
  const prepare = writer.prepareModel;
  if (typeof prepare !== "function") throw new Error("exceljs changed: xlsx.prepareModel is missing, sheet-scoped names cannot be written");
  writer.prepareModel = (model, options) => {
    model.definedNames = [...model.definedNames, ...names];
    prepare.call(writer, model, options);
  };
}

/** "b3:e3" -> "B3:E3", "c7" -> "C7" (no "$"), checking the address. */
function normalRange(range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

function forEachCell(range: string, visit: (row: number, column: number) => void): void {
  const { top, left, bottom, right } = parseRange(range);
  for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) visit(row, column);
}
