/** A1 addresses as Excel reads and prints them: "B3", "B3:E7", "$A$1", "A:C", "2:5", "'My sheet'!A1". */

import { cellAddress, columnLetter } from "../core/sheet-model";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const rectOf = (top: number, left: number, bottom = top, right = left): Rect => ({ top, left, bottom, right });

export const rowCount = (r: Rect): number => r.bottom - r.top + 1;
export const columnCount = (r: Rect): number => r.right - r.left + 1;
export const intersects = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const containsRect = (outer: Rect, inner: Rect): boolean =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
export const isEntireColumns = (r: Rect): boolean => r.top === 0 && r.bottom === MAX_ROWS - 1;
export const isEntireRows = (r: Rect): boolean => r.left === 0 && r.right === MAX_COLUMNS - 1;
export const inSheet = (r: Rect): boolean =>
  r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS && r.top <= r.bottom && r.left <= r.right;

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One end of an address: a cell, a whole column or a whole row. */
function parseEnd(text: string): { kind: "cell" | "column" | "row"; row: number; column: number } | null {
  let m = CELL.exec(text);
  if (m) return { kind: "cell", row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  m = COLUMN.exec(text);
  if (m) return { kind: "column", row: 0, column: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { kind: "row", row: Number(m[1]) - 1, column: 0 };
  return null;
}

/** "B3", "B3:E7", "A:C", "2:5" (no sheet part) -> Rect, or null if it is not an address inside the sheet. */
export function parseRect(address: string): Rect | null {
  const parts = address.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseEnd(parts[0]);
  const b = parts.length === 2 ? parseEnd(parts[1]) : a;
  if (!a || !b || a.kind !== b.kind) return null;
  if (a.kind !== "cell" && parts.length === 1) return null; // "A" or "3" alone is not an address
  let rect: Rect;
  if (a.kind === "column") rect = rectOf(0, Math.min(a.column, b.column), MAX_ROWS - 1, Math.max(a.column, b.column));
  else if (a.kind === "row") rect = rectOf(Math.min(a.row, b.row), 0, Math.max(a.row, b.row), MAX_COLUMNS - 1);
  else rect = rectOf(Math.min(a.row, b.row), Math.min(a.column, b.column), Math.max(a.row, b.row), Math.max(a.column, b.column));
  return inSheet(rect) ? rect : null;
}

/** Splits "'My sheet'!A1" into the sheet name (unquoted) and the address; sheet is null without a "!". */
export function splitSheet(reference: string): { sheet: string | null; address: string } {
  const text = reference.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i] === "'" && text[i + 1] === "!") return { sheet: name, address: text.slice(i + 2) };
    return { sheet: null, address: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { sheet: null, address: text } : { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
}

/** Rect -> "B3", "B3:E7", "A:C", "2:5", as Range.address prints it (no $). */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireRows(r)) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  if (isEntireColumns(r)) return `${d}${columnLetter(r.left)}:${d}${columnLetter(r.right)}`;
  const one = (row: number, column: number) => (absolute ? `$${columnLetter(column)}$${row + 1}` : cellAddress(row, column));
  const start = one(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${one(r.bottom, r.right)}`;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/** A sheet name as it appears before "!": quoted when it has spaces, punctuation, or could be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B3:E7", as Range.address prints it. */
export const qualifiedAddress = (sheet: string, r: Rect, absolute = false): string =>
  `${quoteSheetName(sheet)}!${formatRect(r, absolute)}`;
