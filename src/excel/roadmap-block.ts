/**
 * Which block of a sheet holds its roadmap, from what one sync tells: our names bound a generated roadmap exactly; a
 * hand-made one is its used range, capped, so that a stray cell far below never makes a check read a million rows.
 */
import type { RoadmapGrid } from "../core/roadmap/check";
import { isMarkName } from "./fill-marks";

/** A roadmap has a few dozen rows; a hand-made one with notes may have more. Never read a huge used range whole. */
export const MAX_BLOCK_ROWS = 600;
export const MAX_BLOCK_COLUMNS = 16;

export interface SheetName {
  name: string;
  range: string;
  comment?: string;
}

/** "=ДК!$B$8:$E$8" or "='ДК (2)'!$B$8" -> "B8:E8". */
export function localRange(formula: string): string {
  return formula.trim().replace(/^=/, "").split("!").pop()?.replace(/\$/g, "") ?? "";
}

function rowsOf(range: string): number[] {
  return range.split(":").map((part) => Number(/\d+/.exec(part)?.[0] ?? NaN) - 1);
}

/** The sheet's names without the hidden ones that remember our marks. */
export function roadmapNames(names: readonly SheetName[]): SheetName[] {
  return names.filter((n) => !isMarkName(n.name));
}

export function roadmapBlock(names: readonly SheetName[], used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null): { top: number; rows: number; columns: number } {
  const lastNamedRow = names.reduce((last, n) => rowsOf(n.range).reduce((a, r) => (Number.isFinite(r) && r > a ? r : a), last), -1);
  const top = lastNamedRow >= 0 ? 0 : used ? used.rowIndex : 0;
  const lastUsedRow = used ? used.rowIndex + used.rowCount - 1 : 0;
  const bottom = Math.min(top + MAX_BLOCK_ROWS - 1, lastNamedRow >= 0 ? lastNamedRow : Math.max(lastUsedRow, top));
  const right = Math.min(MAX_BLOCK_COLUMNS - 1, used ? used.columnIndex + used.columnCount - 1 : 0);
  return { top, rows: bottom - top + 1, columns: right + 1 };
}

export interface QueuedBlock {
  top: number;
  names: SheetName[];
  range: Excel.Range;
  merged?: Excel.RangeAreas;
}

/**
 * Queues the load of a sheet's roadmap block: its values and, where Excel can tell them (ExcelApi 1.13), its merged
 * areas; without them a value merged over the year columns reads in its first cell only. No sync here.
 */
export function queueRoadmapBlock(sheet: Excel.Worksheet, names: SheetName[], used: Excel.Range): QueuedBlock {
  const { top, rows, columns } = roadmapBlock(names, used.isNullObject ? null : used);
  const range = sheet.getRangeByIndexes(top, 0, rows, columns);
  range.load("values");
  const merged = Office.context.requirements.isSetSupported("ExcelApi", "1.13") ? range.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  return { top, names, range, ...(merged ? { merged } : {}) };
}

/** After the sync: the block as the roadmap reader takes it. */
export function blockGrid(block: QueuedBlock): RoadmapGrid {
  const merges = block.merged && !block.merged.isNullObject ? block.merged.address.split(",").map(localRange) : [];
  return { values: block.range.values as unknown[][], top: block.top, left: 0, names: block.names, merges };
}
