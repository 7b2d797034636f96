/**
 * Rewrites the A1 references inside formula text, as Excel does when rows are inserted or a sheet is renamed.
 * A small tokenizer, not a formula parser: string literals are skipped, function names like LOG10( are not references.
 */

import { columnLetter } from "../core/sheet-model";
import { MAX_COLUMNS, MAX_ROWS, quoteSheetName, splitSheet, type Rect } from "./addresses";

export interface FormulaReference {
  /** Unquoted sheet name, or null for a reference to the formula's own sheet. */
  sheet: string | null;
  rect: Rect;
  kind: "cells" | "columns" | "rows";
}

interface End {
  letters: string;
  digits: string;
  colAbs: boolean;
  rowAbs: boolean;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$!'])(${SHEET})?(${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!])`,
  "gu",
);

function parseEnd(text: string): End {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text);
  if (!m) return { letters: "", digits: "", colAbs: false, rowAbs: false };
  // "$3" (a row end) has its "$" in the first group; move it to the row.
  const onlyRow = m[2] === "";
  return { letters: m[2].toUpperCase(), digits: m[4], colAbs: !onlyRow && m[1] === "$", rowAbs: onlyRow ? m[1] === "$" : m[3] === "$" };
}

const colOf = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function formatEnd(end: End, row: number, column: number): string {
  const c = end.letters ? `${end.colAbs ? "$" : ""}${columnLetter(column)}` : "";
  const r = end.digits ? `${end.rowAbs ? "$" : ""}${row + 1}` : "";
  return c + r;
}

/** Calls `map` for every reference outside string literals; a non-null result replaces the reference. */
export function mapFormulaReferences(formula: string, map: (ref: FormulaReference) => FormulaReference | null): string {
  // Even parts are outside "..." literals ("" inside a literal is an escaped quote and stays in the literal).
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole: string, sheetPart: string | undefined, body: string) => {
            const [a, b = a] = body.split(":").map(parseEnd);
            const kind = a.letters && a.digits ? "cells" : a.letters ? "columns" : "rows";
            const rect: Rect =
              kind === "columns"
                ? { top: 0, bottom: MAX_ROWS - 1, left: colOf(a.letters), right: colOf(b.letters) }
                : kind === "rows"
                  ? { top: Number(a.digits) - 1, bottom: Number(b.digits) - 1, left: 0, right: MAX_COLUMNS - 1 }
                  : { top: Number(a.digits) - 1, bottom: Number(b.digits) - 1, left: colOf(a.letters), right: colOf(b.letters) };
            const sheet = sheetPart ? splitSheet(`${sheetPart}A1`).sheet : null;
            const next = map({ sheet, rect, kind });
            if (!next) return whole;
            const prefix = next.sheet === null ? "" : `${quoteSheetName(next.sheet)}!`;
            const start = formatEnd(a, next.rect.top, next.rect.left);
            const single = !body.includes(":");
            return prefix + (single ? start : `${start}:${formatEnd(b, next.rect.bottom, next.rect.right)}`);
          }),
    )
    .join("");
}

/** Where a rectangle goes when `count` rows are inserted before 0-based row `at` (Excel's rule for references). */
export function shiftRectForInsert(rect: Rect, at: number, count: number): Rect {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) return rect; // whole columns do not move
  if (at <= rect.top) return { ...rect, top: rect.top + count, bottom: Math.min(MAX_ROWS - 1, rect.bottom + count) };
  if (at <= rect.bottom) return { ...rect, bottom: Math.min(MAX_ROWS - 1, rect.bottom + count) };
  return rect;
}
