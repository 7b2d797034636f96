/**
 * Excel's functions for the demo's formulas: formulajs computes them, this file adapts values to it and back.
 * SUMIF, COUNTIF, COUNTIFS and AVERAGEIFS are our own, because formulajs counts blank and text cells for a criterion
 * such as ">=0" (Excel counts numbers only), which would make the rating sheet's and the «Свод»'s totals wrong.
 */
import * as formulajs from "@formulajs/formulajs";
import { callCustomFunction, customFunctionId, type CustomFunctionRegistry } from "../custom-functions";
import { RangeValue, type Value } from "./range-value";
import { compare, errors, FormulaError, type Scalar } from "./values";

export type FunctionArgument = Value;

const LAZY = new Set(["IF", "IFERROR", "IFNA"]);

/** Functions the evaluator computes itself, branch by branch. */
export function isLazyFunction(name: string): boolean {
  return LAZY.has(name);
}

/** Parameters that take a range as a range, even a single cell (ROWS(A1) is 1, not the value of A1). */
const RANGE_PARAMETERS: Record<string, number[]> = {
  ROWS: [0],
  COLUMNS: [0],
  INDEX: [0],
  MATCH: [1],
  LOOKUP: [1, 2],
  VLOOKUP: [1],
  HLOOKUP: [1],
  SUMPRODUCT: [0, 1, 2, 3],
  TRANSPOSE: [0],
};

type Library = Record<string, ((...args: unknown[]) => unknown) | undefined>;
const library = formulajs as unknown as Library;
const libraryErrors = formulajs.utils.errors as Record<string, Error>;

/** Our error values as formulajs's own error objects (it recognises them by identity) and back. */
const toLibraryError = new Map<string, Error>(Object.values(libraryErrors).map((e) => [e.message, e]));

function toLibrary(value: Scalar): unknown {
  return value instanceof FormulaError ? (toLibraryError.get(value.code) ?? libraryErrors.value) : value;
}

function fromLibrary(result: unknown): Scalar {
  if (Array.isArray(result)) return fromLibrary((result as unknown[]).flat(Infinity)[0] ?? null); // top-left, no spilling here
  if (result instanceof Error) return new FormulaError(result.message.startsWith("#") ? result.message : "#VALUE!");
  if (typeof result === "number") return Number.isFinite(result) ? result : errors.num;
  if (typeof result === "string" || typeof result === "boolean") return result;
  // Dates (TODAY, NOW) as Excel serial numbers: days since 1899-12-30.
  if (result instanceof Date) return result.getTime() / 86_400_000 + 25_569;
  return null;
}

function argumentFor(name: string, index: number, value: FunctionArgument): unknown {
  if (!(value instanceof RangeValue)) return toLibrary(value);
  const asRange = RANGE_PARAMETERS[name]?.includes(index) ?? false;
  if (value.isCell && !asRange) return toLibrary(value.topLeft());
  return value.values().map((row) => row.map(toLibrary));
}

/** "CEILING.MATH" is formulajs's CEILINGMATH; Excel 2010+ names may carry the _xlfn. prefix in files. */
function libraryName(name: string): string {
  return name.replace(/^_XLFN\./, "").replace(/\./g, "");
}

let customFunctions: CustomFunctionRegistry = {};
let whenSettled: () => void = () => undefined;

/**
 * Where CDTO.* functions are found (the pane's frame registers them there once its bundle has loaded), and what to do
 * when one that answered with a promise has its answer: compute the cells again.
 */
export function useCustomFunctions(registry: CustomFunctionRegistry, settled: () => void = () => undefined): void {
  customFunctions = registry;
  whenSettled = settled;
}

/** A custom function gets every argument as a matrix; blanks are null, an omitted argument is null. */
function callCustom(id: string, args: FunctionArgument[]): Scalar {
  const fn = customFunctions[id];
  if (!fn) return errors.name;
  const matrices: unknown[] = [];
  for (const arg of args) {
    const rows = arg instanceof RangeValue ? arg.values() : arg === null ? null : [[arg]];
    const error = rows?.flat().find((v) => v instanceof FormulaError);
    if (error) return error;
    matrices.push(rows);
  }
  return callCustomFunction(fn, matrices, whenSettled);
}

export function callFunction(name: string, args: FunctionArgument[]): Scalar {
  const customId = customFunctionId(name);
  if (customId !== null) return callCustom(customId, args);
  if (name === "SUMIF") return sumIf(args[0], args[1], args[2]);
  if (name === "COUNTIF") return countIf(args[0], args[1]);
  if (name === "COUNTIFS") return countIfs(args);
  if (name === "AVERAGEIFS") return averageIfs(args[0], args.slice(1));
  // A link shows its friendly name (or the address) in the cell; following it is the host's business.
  if (name === "HYPERLINK") return single(args[1] ?? args[0]);
  const fn = library[libraryName(name)];
  if (typeof fn !== "function") return errors.name;
  try {
    return fromLibrary(fn(...args.map((arg, i) => argumentFor(name, i, arg))));
  } catch {
    return errors.value;
  }
}

// ---- criteria (SUMIF, COUNTIF)

function cells(value: FunctionArgument | undefined): Scalar[] {
  if (value instanceof RangeValue) return value.values().flat();
  return value === undefined ? [] : [value];
}

function single(value: FunctionArgument | undefined): Scalar {
  if (value instanceof RangeValue) return value.isCell ? value.topLeft() : errors.value;
  return value ?? null;
}

function wildcard(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

/** Excel's criterion: a value, or text such as ">=0", "<>x", "ab*"; numbers match numbers only. */
export function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (typeof value !== "string") return (cell) => cell !== null && !(cell instanceof FormulaError) && compare(cell, value) === 0;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(value);
  const op = m?.[1] ?? "=";
  const operand = m?.[2] ?? "";
  const n = operand.trim() === "" ? NaN : Number(operand);
  if (!Number.isNaN(n)) {
    return (cell) => {
      if (typeof cell !== "number") return op === "<>";
      return { "=": cell === n, "<>": cell !== n, "<": cell < n, ">": cell > n, "<=": cell <= n, ">=": cell >= n }[op] ?? false;
    };
  }
  if (operand === "") return op === "<>" ? (cell) => cell !== null && cell !== "" : (cell) => cell === null || cell === "";
  const pattern = wildcard(operand);
  if (op === "=") return (cell) => typeof cell === "string" && pattern.test(cell);
  if (op === "<>") return (cell) => !(typeof cell === "string" && pattern.test(cell));
  return (cell) => {
    if (typeof cell !== "string") return false;
    const order = compare(cell, operand) as number;
    return { "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op] ?? false;
  };
}

function sumIf(range: FunctionArgument | undefined, test: FunctionArgument | undefined, sumRange?: FunctionArgument): Scalar {
  const criteria = single(test);
  if (criteria instanceof FormulaError) return criteria;
  const matches = criterion(criteria);
  const tested = cells(range);
  const summed = sumRange === undefined ? tested : cells(sumRange);
  let total = 0;
  for (let i = 0; i < tested.length; i++) {
    if (!matches(tested[i])) continue;
    const value = summed[i];
    if (value instanceof FormulaError) return value;
    if (typeof value === "number") total += value;
  }
  return total;
}

function countIf(range: FunctionArgument | undefined, test: FunctionArgument | undefined): Scalar {
  const criteria = single(test);
  if (criteria instanceof FormulaError) return criteria;
  const matches = criterion(criteria);
  return cells(range).filter(matches).length;
}

/** The positions where every (range, criterion) pair matches; null when the ranges differ in size. */
function matchingPositions(pairs: FunctionArgument[]): boolean[] | FormulaError {
  let matched: boolean[] | undefined;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const criteria = single(pairs[i + 1]);
    if (criteria instanceof FormulaError) return criteria;
    const test = criterion(criteria);
    const tested = cells(pairs[i]).map(test);
    if (matched && matched.length !== tested.length) return errors.value;
    matched = matched ? matched.map((m, k) => m && tested[k]) : tested;
  }
  return matched ?? errors.value;
}

function countIfs(pairs: FunctionArgument[]): Scalar {
  const matched = matchingPositions(pairs);
  return matched instanceof FormulaError ? matched : matched.filter(Boolean).length;
}

function averageIfs(range: FunctionArgument | undefined, pairs: FunctionArgument[]): Scalar {
  const matched = matchingPositions(pairs);
  if (matched instanceof FormulaError) return matched;
  const values = cells(range);
  if (values.length !== matched.length) return errors.value;
  let [sum, count] = [0, 0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!matched[i]) continue;
    if (value instanceof FormulaError) return value;
    if (typeof value === "number") [sum, count] = [sum + value, count + 1];
  }
  return count === 0 ? errors.div0 : sum / count;
}
