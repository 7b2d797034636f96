/**
 * The strategy edition the custom functions compute with: the workbook's, once the runtime has read it (the pane and
 * the functions share one runtime, so the pane sets it at start and when the user changes it). Before that first
 * read a function waits for it: answering from the built-in strategy, then changing the answer, would mislead.
 */
import { builtInEdition, type Edition } from "../core/edition";
import { errors, type CdtoError } from "../core/errors";
import { excelResult } from "./excel-errors";

type State = { status: "waiting" } | { status: "known"; edition: Edition } | { status: "unreadable"; error: CdtoError };

/** Without Office (a test, a page outside Excel) there is no workbook to read: the built-in edition is the answer. */
let state: State = typeof Office === "undefined" ? { status: "known", edition: builtInEdition } : { status: "waiting" };
let announce: () => void = () => undefined;
const firstRead = new Promise<void>((resolve) => {
  announce = resolve;
});

/** The edition from now on (the workbook's, or the one the user chose). */
export function setFunctionsEdition(edition: Edition): void {
  state = { status: "known", edition };
  announce();
}

/** The workbook's edition cannot be read: every function that needs it says so, until one is chosen. */
export function refuseFunctionsEdition(problem: string): void {
  state = { status: "unreadable", error: errors.editionUnreadable(problem) };
  announce();
}

/**
 * `compute` with the edition: at once when it is known, as a promise (which Excel awaits) before the first read.
 * The metadata generator reads the wrappers' JSDoc `@returns {any[][]}`, since a union type would lose the matrix.
 */
export function withEdition<T>(compute: (edition: Edition) => T): T | Promise<T> {
  if (state.status === "waiting") return firstRead.then(() => withEdition(compute));
  if (state.status === "unreadable") {
    const { error } = state;
    return excelResult((): T => {
      throw error;
    });
  }
  return compute(state.edition);
}
