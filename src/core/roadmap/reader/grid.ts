/**
 * The block of cells as the reader sees it: sheet coordinates in, values out. Holes, missing rows and rows that are
 * not arrays read as empty; merged areas are clipped to the block and indexed by row, so a merge over the whole sheet
 * costs one entry per row of the block, not one per cell.
 */
import { parseRange } from "../../sheet-model";
import type { RoadmapGrid } from "./types";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridView {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The cell's own value (a merged area's value only at its top-left). */
  raw(row: number, column: number): unknown;
  /** The value shown in the cell: a cell inside a merged area shows the area's top-left value. */
  shown(row: number, column: number): unknown;
  /** The merged area holding the cell, if any (clipped to the block). */
  mergeAt(row: number, column: number): Area | undefined;
}

export function gridView(grid: RoadmapGrid): GridView {
  const rows: unknown[] = Array.isArray(grid.values) ? grid.values : [];
  const top = finiteIndex(grid.top);
  const left = finiteIndex(grid.left);
  let width = 0;
  for (const row of rows) if (Array.isArray(row) && row.length > width) width = row.length;
  const bottom = top + rows.length - 1;
  const right = left + width - 1;
  const raw = (row: number, column: number): unknown => {
    const cells = rows[row - top];
    return Array.isArray(cells) ? (cells[column - left] ?? null) : null;
  };
  const merges = mergeIndex(grid.merges, { top, left, bottom, right });
  const mergeAt = (row: number, column: number): Area | undefined =>
    merges.get(row)?.find((area) => column >= area.left && column <= area.right);
  return {
    top,
    left,
    bottom,
    right,
    raw,
    shown: (row, column) => {
      const area = mergeAt(row, column);
      return area ? raw(area.top, area.left) : raw(row, column);
    },
    mergeAt,
  };
}

function finiteIndex(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Merged areas by row, clipped to the block; anything that is not one A1 area is ignored. */
function mergeIndex(merges: unknown, block: Area): Map<number, Area[]> {
  const byRow = new Map<number, Area[]>();
  if (!Array.isArray(merges)) return byRow;
  for (const merge of merges) {
    const area = typeof merge === "string" ? safeRange(merge) : undefined;
    if (!area || area.bottom < block.top || area.top > block.bottom || area.right < block.left || area.left > block.right) continue;
    // The anchor stays where the merge starts, even when that is outside the block: its value is then unknown (empty).
    const clipped = { ...area, bottom: Math.min(area.bottom, block.bottom), right: Math.min(area.right, block.right) };
    for (let row = Math.max(area.top, block.top); row <= clipped.bottom; row++) {
      const list = byRow.get(row);
      if (list) list.push(clipped);
      else byRow.set(row, [clipped]);
    }
  }
  return byRow;
}

/** «'ДК 7.1'!$B$8:$E$8» -> rows and columns; undefined for anything that is not one A1 area. */
export function safeRange(range: string): Area | undefined {
  const local = range.slice(range.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  if (!/^[A-Za-z]{1,3}\d{1,7}(:[A-Za-z]{1,3}\d{1,7})?$/.test(local)) return undefined;
  return parseRange(local);
}

/** A cell as one line of text: whitespace (line breaks included) collapsed; numbers as written; anything else empty. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Lower case, ё = е, one space: for recognising labels, not for matching names (normalizeName does that). */
export function plain(value: string): string {
  return value.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}
