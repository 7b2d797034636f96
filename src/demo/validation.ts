/**
 * Data validation on entry, as Excel applies it when a user types into a cell: the rule's type and operator against
 * the typed value. Decimal, whole number, text length and list rules are checked; custom, date and time rules are
 * let through (the generated sheets use none of them).
 */
import type { FakeWorkbook } from "../fake-excel";
import type { ValidationState } from "../fake-excel/model";
import type { CellEntry } from "./cell-input";
import { parseReference } from "./formulas/parse";
import { evaluateOnSheet } from "./formulas/recalc";
import { compare, FormulaError, type Scalar } from "./formulas/values";
import { cellAddress } from "../core/sheet-model";

export interface ValidationAlert {
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}

type Basic = Excel.BasicDataValidation;

function bound(workbook: FakeWorkbook, sheet: string, formula: unknown): Scalar {
  if (typeof formula === "number") return formula;
  if (typeof formula !== "string") return null;
  if (formula.startsWith("=")) return evaluateOnSheet(workbook, sheet, formula);
  const n = Number(formula);
  return Number.isNaN(n) ? formula : n;
}

function satisfies(value: number, rule: Basic, workbook: FakeWorkbook, sheet: string): boolean {
  const a = bound(workbook, sheet, rule.formula1);
  const b = bound(workbook, sheet, rule.formula2);
  const c1 = compare(value, a);
  const c2 = compare(value, b);
  if (c1 instanceof FormulaError || c2 instanceof FormulaError) return false;
  switch (rule.operator) {
    case "Between":
      return c1 >= 0 && c2 <= 0;
    case "NotBetween":
      return c1 < 0 || c2 > 0;
    case "EqualTo":
      return c1 === 0;
    case "NotEqualTo":
      return c1 !== 0;
    case "GreaterThan":
      return c1 > 0;
    case "LessThan":
      return c1 < 0;
    case "GreaterThanOrEqualTo":
      return c1 >= 0;
    case "LessThanOrEqualTo":
      return c1 <= 0;
    default:
      return true;
  }
}

function listItems(workbook: FakeWorkbook, sheet: string, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  const target = parseReference(source.slice(1));
  if (!target) return [];
  const on = target.sheet ?? sheet;
  const items: string[] = [];
  for (let r = target.rect.top; r <= Math.min(target.rect.bottom, target.rect.top + 999); r++) {
    for (let c = target.rect.left; c <= Math.min(target.rect.right, target.rect.left + 99); c++) {
      const value = workbook.cell(on, cellAddress(r, c)).value;
      if (value !== null) items.push(String(value));
    }
  }
  return items;
}

function valid(value: string | number | boolean, validation: ValidationState, workbook: FakeWorkbook, sheet: string): boolean {
  const rule = validation.rule;
  if (!rule) return true;
  if (rule.decimal) return typeof value === "number" && satisfies(value, rule.decimal, workbook, sheet);
  if (rule.wholeNumber) return typeof value === "number" && Number.isInteger(value) && satisfies(value, rule.wholeNumber, workbook, sheet);
  if (rule.textLength) return satisfies(String(value).length, rule.textLength, workbook, sheet);
  if (rule.list) {
    const source = typeof rule.list.source === "string" ? rule.list.source : "";
    const text = String(value).toLowerCase();
    return listItems(workbook, sheet, source).some((item) => item.toLowerCase() === text);
  }
  return true;
}

/** The alert Excel would show for this entry, or null when the entry is allowed (clearing a cell always is). */
export function validationAlert(workbook: FakeWorkbook, sheet: string, address: string, entry: CellEntry): ValidationAlert | null {
  const validation = workbook.cell(sheet, address).validation;
  if (!validation?.rule || entry.kind !== "value") return null;
  if (valid(entry.value, validation, workbook, sheet)) return null;
  const alert = validation.errorAlert;
  if (alert.showAlert === false) return null;
  return {
    style: alert.style === "Warning" || alert.style === "Information" ? alert.style : "Stop",
    title: alert.title || "Недопустимое значение",
    message: alert.message || "Это значение не соответствует ограничениям проверки данных, установленным для этой ячейки.",
  };
}
