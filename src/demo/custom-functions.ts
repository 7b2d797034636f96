/**
 * The add-in's own functions (=CDTO.SCORE(90;5), =CDTO.БАЛЛ(90;5)) in the demo's cells. The pane's frame loads the
 * functions bundle as in Excel's shared runtime; its CustomFunctions.associate calls fill a registry the demo page
 * owns, and the formula engine calls them with Excel's conventions: every argument a matrix, an omitted optional
 * argument null, errors thrown (or returned per row) as CustomFunctions.Error with a code and a message.
 */
import ruMetadata from "../functions/metadata.ru-RU.json";
import { CUSTOM_FUNCTION_ERROR_CODES as ERROR_CODES, CustomFunctionError } from "./custom-function-error";
import { FormulaError, type Scalar } from "./formulas/values";

export type CustomFunction = (...args: unknown[]) => unknown;
export type CustomFunctionRegistry = Record<string, CustomFunction | undefined>;

export const NAMESPACE = "CDTO.";

/** Russian Excel's names (БАЛЛ) -> the ids the bundle registers (SCORE). */
const idByRussianName = new Map(Object.entries(ruMetadata as Record<string, { name: string }>).map(([id, entry]) => [entry.name.toUpperCase(), id]));

/** "CDTO.БАЛЛ" or "CDTO.SCORE" -> "SCORE"; null when the name is not in our namespace. */
export function customFunctionId(name: string): string | null {
  const upper = name.toUpperCase();
  if (!upper.startsWith(NAMESPACE)) return null;
  const local = upper.slice(NAMESPACE.length);
  return idByRussianName.get(local) ?? local;
}

/** Sets CustomFunctions on the pane's frame; associate() fills `registry`. */
export function installCustomFunctionsRuntime(target: object, registry: CustomFunctionRegistry): void {
  Object.assign(target, {
    CustomFunctions: {
      Error: CustomFunctionError,
      ErrorCode: ERROR_CODES,
      associate: (id: string, fn: CustomFunction) => {
        registry[id.toUpperCase()] = fn;
      },
    },
  });
}

function errorOf(value: unknown): FormulaError | null {
  if (value === null || typeof value !== "object") return null;
  const code = (value as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("#")) return null;
  const message = (value as { message?: unknown }).message;
  return new FormulaError(code, typeof message === "string" && message !== "" ? message : undefined);
}

/** The cell's value of a custom function's result: the top-left of a matrix (the demo does not spill). */
export function customResult(result: unknown): Scalar {
  const value: unknown = Array.isArray(result) ? (result as unknown[][])[0]?.[0] : result;
  const error = errorOf(value);
  if (error) return error;
  if (typeof value === "number") return Number.isFinite(value) ? value : new FormulaError("#NUM!");
  if (typeof value === "string" || typeof value === "boolean") return value;
  return value === null || value === undefined ? 0 : new FormulaError("#VALUE!");
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/**
 * Calls a registered function with matrices; what it throws becomes the cell's error. A promise (a function waiting
 * for the workbook's edition) shows #BUSY!, as Excel does meanwhile, and `settled` asks for the cells again.
 */
export function callCustomFunction(fn: CustomFunction, matrices: unknown[], settled: () => void = () => undefined): Scalar {
  try {
    const result = fn(...matrices);
    // Duck-typed: the promise comes from the pane's frame, whose Promise is not this page's.
    if (isPromise(result)) {
      result.then(settled, settled);
      return new FormulaError("#BUSY!");
    }
    return customResult(result);
  } catch (error) {
    return errorOf(error) ?? new FormulaError("#VALUE!");
  }
}
