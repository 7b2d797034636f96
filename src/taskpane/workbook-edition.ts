/**
 * The pane's side of the workbook's strategy edition: read it when the runtime starts, keep it when the user changes
 * it (stored in the workbook, the functions told, Excel asked to recalculate), and what the other actions may use.
 */
import { builtInEdition, editionLabel, type Edition } from "../core/edition";
import type { WorkbookGateway } from "../excel/gateway";
import { refuseFunctionsEdition, setFunctionsEdition } from "../functions/active-edition";

export interface WorkbookEdition {
  /** What the pane shows; while loading or unreadable the built-in one, for display only. */
  edition: Edition;
  status: "loading" | "ready" | "unreadable";
  /** Why the workbook's edition cannot be used, in Russian (unreadable only). */
  problem?: string;
}

export const LOADING_EDITION: WorkbookEdition = { edition: builtInEdition, status: "loading" };

/** The edition the actions may compute with; undefined while it is not known or cannot be read. */
export function usableEdition(state: WorkbookEdition): Edition | undefined {
  return state.status === "ready" ? state.edition : undefined;
}

/** Why an action that needs the edition cannot run now, said under its button; undefined: it can. */
export function editionBlock(state: WorkbookEdition): string | undefined {
  if (state.status === "loading") return "Читаю редакцию стратегии из книги…";
  if (state.status === "unreadable") return "Редакция стратегии в книге не читается: выберите редакцию (вверху панели)";
  return undefined;
}

/** The editions a roadmap may be read with: the workbook's first (it wins a tie), then the built-in one. */
export function checkEditions(edition: Edition): Edition[] {
  return edition.id === builtInEdition.id ? [edition] : [edition, builtInEdition];
}

/** At the runtime's start: the workbook's edition (none: the built-in one), and the functions told. */
export async function readWorkbookEdition(gateway: WorkbookGateway): Promise<WorkbookEdition> {
  let state: WorkbookEdition;
  try {
    const stored = await gateway.readEdition();
    if (stored.status === "stored") state = { edition: stored.edition, status: "ready" };
    else if (stored.status === "damaged") state = unreadable(stored.problems.slice(0, 3).join("; "));
    else state = { edition: builtInEdition, status: "ready" };
  } catch (error) {
    state = unreadable(error instanceof Error ? error.message : String(error));
  }
  if (state.status === "ready") setFunctionsEdition(state.edition);
  else refuseFunctionsEdition(state.problem ?? "");
  return state;
}

/** Outside Excel: nothing to read, the built-in edition. */
export function withoutWorkbook(): WorkbookEdition {
  setFunctionsEdition(builtInEdition);
  return { edition: builtInEdition, status: "ready" };
}

function unreadable(problem: string): WorkbookEdition {
  return { edition: builtInEdition, status: "unreadable", problem };
}

/**
 * The user's choice: kept in the workbook first (if that fails nothing changes), then the functions follow and Excel
 * recalculates. Returns the new state and what to tell the user.
 */
export async function changeWorkbookEdition(gateway: WorkbookGateway, edition: Edition): Promise<{ state: WorkbookEdition; message: string }> {
  await gateway.writeEdition(edition);
  setFunctionsEdition(edition);
  const state: WorkbookEdition = { edition, status: "ready" };
  const saved = `Редакция «${editionLabel(edition)}» сохранена в книге`;
  try {
    await gateway.recalculate();
  } catch {
    return { state, message: `${saved}, но Excel не пересчитал формулы: нажмите Ctrl+Alt+F9.` };
  }
  return { state, message: `${saved}; формулы пересчитаны.` };
}
