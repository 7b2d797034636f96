/**
 * Fills the add-in paints on a user's cells (check marks, bad rows of a rating table) and how they come off again.
 * Each painted cell gets a hidden sheet-scoped defined name whose comment keeps the fill the cell had: names follow
 * the cell when rows are inserted or the sheet is renamed, and one is added before its cell is painted (in the same
 * batch, in that order), so even a batch cut short leaves every painted cell remembered. Pure: decides, never writes.
 */
import { cellAddress, parseRange } from "../core/sheet-model";

export interface MarkKind {
  /** Prefix of the defined names («ЦЗ_Пометка_12»). */
  prefix: string;
  /** Who painted, in the name's comment («Проверка ЦЗ: исходная заливка #FFF4CE»). */
  label: string;
}

export const CHECK_MARKS: MarkKind = { prefix: "ЦЗ_Пометка_", label: "Проверка ЦЗ" };
export const RATING_MARKS: MarkKind = { prefix: "Рейтинг_Пометка_", label: "Рейтинг обучения" };

/** A painted cell as its name remembers it: where the cell is now, and the fill it had (null: none). */
export interface RememberedMark {
  /** The defined name; "" for a mark remembered the old way (by address in the workbook settings). */
  name: string;
  address: string;
  original: string | null;
}

export interface FillPlan {
  /** Put the original fill back, then delete the name. */
  restore: RememberedMark[];
  /** Add the name (when the cell is newly painted), then paint. */
  paint: { address: string; colour: string; name?: { name: string; comment: string } }[];
}

const COLOUR = /#[0-9A-Fa-f]{6}\b/;

export function markComment(kind: MarkKind, original: string | null): string {
  return original === null ? `${kind.label}: без заливки` : `${kind.label}: исходная заливка ${original.toUpperCase()}`;
}

export function isMarkName(name: string): boolean {
  const local = name.slice(name.lastIndexOf("!") + 1);
  return [CHECK_MARKS, RATING_MARKS].some((kind) => local.startsWith(kind.prefix));
}

/** The marks of a kind among a sheet's names (range in A1 on the sheet); a name whose cell was deleted is skipped. */
export function rememberedMarks(kind: MarkKind, names: readonly { name: string; range: string; comment?: string }[]): RememberedMark[] {
  const marks: RememberedMark[] = [];
  for (const { name, range, comment } of names) {
    const local = name.slice(name.lastIndexOf("!") + 1);
    if (!local.startsWith(kind.prefix) || !/^[A-Z]{1,3}\d+$/.test(range)) continue;
    const colour = COLOUR.exec(comment ?? "");
    marks.push({ name: local, address: range, original: colour ? colour[0].toUpperCase() : null });
  }
  return marks;
}

/**
 * What to restore and what to paint: cells painted before and not wanted now go back to their original fill; a cell
 * painted again keeps its first original (and its name); a newly painted cell remembers its current fill.
 * @param current the fill of every cell to paint as it is now (null: none)
 */
export function planFills(kind: MarkKind, wanted: ReadonlyMap<string, string>, remembered: readonly RememberedMark[], current: ReadonlyMap<string, string | null>): FillPlan {
  // A cell painted again keeps the name that remembers its first original; every other remembered mark comes off.
  const keepers = new Map<string, RememberedMark>();
  const restore: RememberedMark[] = [];
  for (const mark of remembered) {
    const keeper = keepers.get(mark.address);
    if (wanted.has(mark.address) && mark.name !== "" && !keeper) keepers.set(mark.address, mark);
    else restore.push(keeper ? { ...mark, original: keeper.original } : mark);
  }
  // Marks remembered the old way (by address in the settings) hand their original to the new name.
  const legacy = new Map(remembered.filter((m) => m.name === "").map((m) => [m.address, m.original]));
  let next = remembered.reduce((n, m) => Math.max(n, Number(m.name.slice(kind.prefix.length)) || 0), 0);
  const paint: FillPlan["paint"] = [];
  for (const [address, colour] of wanted) {
    if (keepers.has(address)) {
      paint.push({ address, colour });
      continue;
    }
    const original = legacy.has(address) ? (legacy.get(address) ?? null) : (current.get(address) ?? null);
    paint.push({ address, colour, name: { name: `${kind.prefix}${++next}`, comment: markComment(kind, original) } });
  }
  return { restore, paint };
}

/** Every cell of a range («B7:D7» -> B7, C7, D7), for marks given as ranges. */
export function cellsOf(range: string): string[] {
  const { top, left, bottom, right } = parseRange(range);
  const cells: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) cells.push(cellAddress(r, c));
  return cells;
}
