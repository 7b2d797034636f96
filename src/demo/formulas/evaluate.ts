/** Computes a parsed formula against the cells of a workbook, with Excel's rules for operators and references. */
import type { Rect } from "../../fake-excel/addresses";
import { callFunction, isLazyFunction } from "./functions";
import { parseFormula, FormulaSyntaxError, type BinaryOperator, type FormulaNode } from "./parse";
import { RangeValue, type CellSource, type Value } from "./range-value";
import { compare, errors, FormulaError, toBoolean, toNumber, toText, type Scalar } from "./values";

export interface EvaluationContext {
  sheet: string;
  source: CellSource;
}

/** A reference in a place that wants one value: a single cell gives its value; a larger range is #VALUE!. */
export function scalarOf(value: Value): Scalar {
  if (!(value instanceof RangeValue)) return value;
  return value.isCell ? value.topLeft() : errors.value;
}

function arithmetic(op: BinaryOperator, a: number, b: number): Scalar {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? errors.div0 : a / b;
    default: {
      const power = Math.pow(a, b);
      return Number.isFinite(power) ? power : errors.num;
    }
  }
}

function binary(op: BinaryOperator, leftValue: Scalar, rightValue: Scalar): Scalar {
  if (op === "&") {
    const a = toText(leftValue);
    if (a instanceof FormulaError) return a;
    const b = toText(rightValue);
    return b instanceof FormulaError ? b : a + b;
  }
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    const order = compare(leftValue, rightValue);
    if (order instanceof FormulaError) return order;
    return { "=": order === 0, "<>": order !== 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op];
  }
  const a = toNumber(leftValue);
  if (a instanceof FormulaError) return a;
  const b = toNumber(rightValue);
  return b instanceof FormulaError ? b : arithmetic(op, a, b);
}

function reference(node: { sheet: string | null; rect: Rect }, context: EvaluationContext): Value {
  const sheet = node.sheet === null ? context.sheet : context.source.sheet(node.sheet);
  return sheet === null ? errors.ref : new RangeValue(sheet, node.rect, context.source);
}

export function evaluateNode(node: FormulaNode, context: EvaluationContext): Value {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "error":
      return new FormulaError(node.code);
    case "missing":
      return null;
    case "ref":
      return reference(node, context);
    case "name": {
      const target = context.source.name(node.name, context.sheet);
      return target ? reference(target, context) : errors.name;
    }
    case "unary": {
      const n = toNumber(scalarOf(evaluateNode(node.operand, context)));
      return n instanceof FormulaError || node.op === "+" ? n : -n;
    }
    case "percent": {
      const n = toNumber(scalarOf(evaluateNode(node.operand, context)));
      return n instanceof FormulaError ? n : n / 100;
    }
    case "binary":
      return binary(node.op, scalarOf(evaluateNode(node.left, context)), scalarOf(evaluateNode(node.right, context)));
    case "call":
      return evaluateCall(node.name, node.args, context);
  }
}

/** IF, IFERROR, IFNA compute only the branch they return, as Excel does; other functions get every argument. */
function evaluateCall(name: string, args: FormulaNode[], context: EvaluationContext): Value {
  const value = (i: number): Scalar => (i < args.length ? scalarOf(evaluateNode(args[i], context)) : null);
  if (isLazyFunction(name)) {
    if (name === "IF") {
      const test = toBoolean(value(0));
      if (test instanceof FormulaError) return test;
      if (test) return args.length > 1 ? orZero(evaluateNode(args[1], context)) : true;
      return args.length > 2 ? orZero(evaluateNode(args[2], context)) : false;
    }
    const first = value(0);
    const caught = name === "IFNA" ? first instanceof FormulaError && first.code === "#N/A" : first instanceof FormulaError;
    return caught ? orZero(evaluateNode(args[1] ?? { kind: "missing" }, context)) : first;
  }
  const evaluated: Value[] = args.map((arg) => evaluateNode(arg, context));
  return callFunction(name, evaluated);
}

/** An omitted branch (IF(A1,,2)) gives 0, as in Excel. */
function orZero(value: Value): Value {
  return value === null ? 0 : value;
}

/** A formula's result, errors as error values (so IFERROR around a reference to it catches them). */
export function computeFormula(formula: string, sheet: string, source: CellSource): Scalar {
  try {
    return scalarOf(evaluateNode(parseFormula(formula), { sheet, source }));
  } catch (error) {
    // Text Excel would not accept as a formula: the cell shows #NAME? rather than failing the whole sheet.
    if (error instanceof FormulaSyntaxError) return errors.name;
    throw error;
  }
}

/** What the cell holds for Range.values: errors as their text (#N/A), a blank result as 0, as Excel gives them. */
export function storedValue(result: Scalar): string | number | boolean {
  if (result instanceof FormulaError) return result.code;
  return result ?? 0;
}
