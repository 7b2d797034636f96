/**
 * Puts one of our formulas into the active cell. A custom function written through `range.formulas` gives #NAME? in
 * a non-English Excel (DESIGN §4), so a Russian Excel gets the Russian name with «;» through `formulasLocal`, any
 * other the English one through `formulas`. A cell that is not empty is left alone unless the caller says to replace
 * it. Two syncs: read the active cell, then write.
 */
import { runExcel } from "./run";

/** The same formula as each Excel spells it: «=CDTO.SCORE(90,5)» and «=CDTO.БАЛЛ(90;5)». */
export interface LocalizedFormula {
  english: string;
  russian: string;
}

export type InsertResult =
  /** formula: as written, in the language of this Excel. */
  | { status: "inserted"; address: string; formula: string }
  /** content: what the cell holds, as this Excel shows it; nothing was written. */
  | { status: "occupied"; address: string; content: string; formula: string };

export function isRussianExcel(): boolean {
  return /^ru\b/i.test(Office.context.displayLanguage ?? "");
}

export async function insertFormula(formula: LocalizedFormula, options: { replace?: boolean } = {}): Promise<InsertResult> {
  const russian = isRussianExcel();
  const text = russian ? formula.russian : formula.english;
  return runExcel(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load(russian ? "address, formulasLocal" : "address, formulas");
    await context.sync();
    const current = (russian ? cell.formulasLocal : cell.formulas)[0]?.[0] as unknown;
    // A cell holds text, a number, a boolean or a formula; anything else counts as empty.
    const content = typeof current === "string" || typeof current === "number" || typeof current === "boolean" ? String(current) : "";
    if (content !== "" && !options.replace) return { status: "occupied", address: cell.address, content, formula: text };
    if (russian) cell.formulasLocal = [[text]];
    else cell.formulas = [[text]];
    await context.sync();
    return { status: "inserted", address: cell.address, formula: text };
  });
}
