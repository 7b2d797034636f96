/**
 * How the demo shows a cell, as Russian Excel would: the fake formats numbers en-US (Range.text), the grid shows
 * «18,0%» and «1 234,5», ИСТИНА/ЛОЖЬ and Russian error names; the editor gets text that reads back the same value.
 */
import type { CellView } from "../fake-excel";
import { ERROR_VALUES } from "../fake-excel/cell-values";

const RUSSIAN_ERRORS: Record<string, string> = {
  "#NULL!": "#ПУСТО!",
  "#DIV/0!": "#ДЕЛ/0!",
  "#VALUE!": "#ЗНАЧ!",
  "#REF!": "#ССЫЛКА!",
  "#NAME?": "#ИМЯ?",
  "#NUM!": "#ЧИСЛО!",
  "#N/A": "#Н/Д",
};

/** "1,234.5" -> "1 234,5" (a no-break space between thousands). */
function russianNumber(text: string): string {
  return text.replace(/,/g, "\u00A0").replace(/\./g, ",");
}

export function isErrorValue(view: CellView): boolean {
  return typeof view.value === "string" && ERROR_VALUES.includes(view.value);
}

/** The text shown in the grid. */
export function displayText(view: CellView): string {
  if (typeof view.value === "boolean") return view.value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof view.value === "number" && view.numberFormat !== "@") return russianNumber(view.text);
  if (isErrorValue(view) && typeof view.value === "string") return RUSSIAN_ERRORS[view.value] ?? view.value;
  return view.text;
}

/** Excel's General alignment: numbers to the right, logical values and errors centred, text to the left. */
export function generalAlignment(view: CellView): "left" | "right" | "center" {
  if (typeof view.value === "number" && view.numberFormat !== "@") return "right";
  if (typeof view.value === "boolean" || isErrorValue(view)) return "center";
  return "left";
}

function plainNumber(value: number): string {
  return String(Number(value.toPrecision(15))).replace(".", ",");
}

/** What the editor and the formula bar show: the formula, or the value in a form that is typed back unchanged. */
export function editText(view: CellView): string {
  if (view.formula !== null) return view.formula;
  const value = view.value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "number") return view.numberFormat.includes("%") ? `${plainNumber(value * 100)}%` : plainNumber(value);
  return value;
}
