/**
 * The look a cell gets from conditional formats, as Excel draws it: the rating sheet colours scores by band with
 * "cell value equal to" rules. Cell-value rules are evaluated; custom-formula rules are not drawn in the demo.
 */
import type { FakeWorkbook } from "../fake-excel";
import { parseReference } from "./formulas/parse";
import { evaluateOnSheet } from "./formulas/recalc";
import { compare, FormulaError, type Scalar } from "./formulas/values";
import { cellAddress } from "../core/sheet-model";

export interface ConditionalLook {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

function matches(operator: string, value: Scalar, first: Scalar, second: Scalar): boolean {
  if (value === null || value === "" || value instanceof FormulaError) return false;
  const a = compare(value, first);
  const b = compare(value, second);
  if (a instanceof FormulaError || b instanceof FormulaError) return false;
  switch (operator) {
    case "EqualTo":
      return a === 0;
    case "NotEqualTo":
      return a !== 0;
    case "GreaterThan":
      return a > 0;
    case "LessThan":
      return a < 0;
    case "GreaterThanOrEqual":
      return a >= 0;
    case "LessThanOrEqual":
      return a <= 0;
    case "Between":
      return a >= 0 && b <= 0;
    case "NotBetween":
      return a < 0 || b > 0;
    default:
      return false;
  }
}

/** address -> the look of the highest-priority matching rule, for the cells of `sheet` inside `view` rows/columns. */
export function conditionalLooks(workbook: FakeWorkbook, sheet: string, rows: number, columns: number): Map<string, ConditionalLook> {
  const looks = new Map<string, ConditionalLook>();
  // Priority 0 first: the first rule that matches a cell wins its look.
  for (const format of workbook.conditionalFormats(sheet)) {
    if (format.type !== "CellValue" || !format.rule) continue;
    const target = parseReference(format.range);
    if (!target) continue;
    const first = evaluateOnSheet(workbook, sheet, format.rule.formula1);
    const second = format.rule.formula2 === undefined ? null : evaluateOnSheet(workbook, sheet, format.rule.formula2);
    for (let r = target.rect.top; r <= Math.min(target.rect.bottom, rows - 1); r++) {
      for (let c = target.rect.left; c <= Math.min(target.rect.right, columns - 1); c++) {
        const address = cellAddress(r, c);
        if (looks.has(address)) continue;
        if (!matches(format.rule.operator, workbook.cell(sheet, address).value, first, second)) continue;
        looks.set(address, { fill: format.fill, fontColor: format.fontColor, bold: format.bold, italic: format.italic });
      }
    }
  }
  return looks;
}
