/**
 * Finds the rating columns of a user's own table by their headers («Орган…», «Количество сотрудников»,
 * «…обученных…»). When a column cannot be told apart, the pane asks the user instead of guessing.
 */
import { readCell } from "../cell-value";
import type { BodyRow } from "./rating";

export type RatingField = "name" | "employees" | "trained";
export const RATING_FIELDS: readonly RatingField[] = ["name", "employees", "trained"];

export interface TableColumns {
  /** 0-based row of the header within the block, or -1 when there is none. */
  headerRow: number;
  /** 0-based column of each field within the block. */
  columns: Partial<Record<RatingField, number>>;
}

const HEADER_ROWS_SCANNED = 10;

function normalize(value: unknown): string {
  const reading = readCell(value);
  return reading.kind === "text" ? reading.text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ") : "";
}

/** Which field a header names, if exactly one. */
export function fieldOfHeader(header: unknown): RatingField | undefined {
  const text = normalize(header);
  if (text === "") return undefined;
  const percent = /%|доля|процент/.test(text);
  if (/обучен/.test(text) && !percent) return "trained";
  if (/сотрудник|работник|численност|штат/.test(text) && !/обучен/.test(text) && !percent) return "employees";
  if (/орган|наименование|ведомств|учрежден|организац/.test(text) && !percent) return "name";
  return undefined;
}

/** The first row among the first ten that names at least two fields, each once. */
export function findTableColumns(values: readonly (readonly unknown[])[]): TableColumns {
  for (let row = 0; row < Math.min(values.length, HEADER_ROWS_SCANNED); row++) {
    const cells: unknown = values[row];
    // A hole or a stray value where a row should be is no header (the block came from a caller, not from Excel).
    if (!Array.isArray(cells)) continue;
    const columns: Partial<Record<RatingField, number>> = {};
    const seen = new Map<RatingField, number>();
    (cells as readonly unknown[]).forEach((cell, column) => {
      const field = fieldOfHeader(cell);
      if (!field) return;
      seen.set(field, (seen.get(field) ?? 0) + 1);
      columns[field] = column;
    });
    for (const [field, count] of seen) if (count > 1) delete columns[field];
    if (Object.keys(columns).length >= 2) return { headerRow: row, columns };
  }
  return { headerRow: -1, columns: {} };
}

export function isComplete(columns: Partial<Record<RatingField, number>>): columns is Record<RatingField, number> {
  return RATING_FIELDS.every((field) => columns[field] !== undefined);
}

/** The data rows under the header as BodyRows numbered by their sheet row (firstSheetRow is the block's first row, 1-based). */
export function tableRows(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  columns: Record<RatingField, number>,
  firstSheetRow: number,
): BodyRow[] {
  return values.slice(headerRow + 1).map((row, index) => ({
    name: row[columns.name],
    employees: row[columns.employees],
    trained: row[columns.trained],
    sourceRow: firstSheetRow + headerRow + 1 + index,
  }));
}
