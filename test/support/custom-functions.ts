/**
 * A stand-in for Excel's CustomFunctions runtime: the Error class and codes the functions use, and a registry
 * filled by associate() exactly as Excel's is.
 */
import { CUSTOM_FUNCTION_ERROR_CODES, CustomFunctionError } from "../../src/demo/custom-function-error";

export { CustomFunctionError as FakeCustomFunctionError };
export const ErrorCode = CUSTOM_FUNCTION_ERROR_CODES;

export type Registry = Record<string, (...args: unknown[]) => unknown>;

export function makeCustomFunctionsGlobal(registry: Registry = {}) {
  return {
    Error: CustomFunctionError,
    ErrorCode,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      registry[id] = fn;
    },
  };
}

export function installCustomFunctions(registry: Registry = {}): Registry {
  (globalThis as Record<string, unknown>).CustomFunctions = makeCustomFunctionsGlobal(registry);
  return registry;
}

/** Calls a function and returns what the cell would show: the value, or { error, message }. */
export function cellResult(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof CustomFunctionError) return { error: error.code, message: error.message };
    throw error;
  }
}
