/**
 * Range.getCellProperties / setCellProperties (ExcelApi 1.9): per-cell formats as plain 2-D data. Only the
 * properties listed in CELL_PROPERTIES are modelled; asking for any other is "not implemented in the fake".
 */

import { columnCount, qualifiedAddress, rectOf, rowCount, type Rect } from "./addresses";
import { normalizeColor } from "./cell-values";
import { HorizontalAlignment, VerticalAlignment } from "./enums";
import { FakeOfficeError, invalidArgument, notImplemented } from "./errors";
import { cellCount, MAX_READ_CELLS } from "./grid";
import { defaultStyle, type CellStyle, type SheetState } from "./model";
import { isBoolean, numberIn, oneOf } from "./range-format";
import type { WorkbookModel } from "./workbook-model";

const DEFAULT_STYLE = defaultStyle();

interface CellProperty {
  /** "format.font.bold" */
  path: string;
  read: (style: CellStyle, sheet: SheetState, row: number, column: number) => unknown;
  /** Absent: read-only (address). `check` runs at sync, as Excel validates on its side. */
  write?: { check: (value: unknown) => unknown; apply: (style: CellStyle, value: never) => void };
}

const style = <K extends keyof CellStyle>(
  key: K,
  check: (value: unknown) => CellStyle[K],
): Pick<CellProperty, "read" | "write"> => ({
  read: (s) => s[key],
  write: { check, apply: (s: CellStyle, v: CellStyle[K]) => (s[key] = v) },
});

const address = (_: CellStyle, sheet: SheetState, row: number, column: number): string => qualifiedAddress(sheet.name, rectOf(row, column));

const CELL_PROPERTIES: CellProperty[] = [
  { path: "address", read: address },
  { path: "addressLocal", read: address },
  {
    path: "format.fill.color",
    // No fill reads "#FFFFFF", as Range.format.fill.color does; "" clears the fill, as for RangeFill.color.
    read: (s) => s.fill ?? "#FFFFFF",
    write: { check: (v) => (v === "" ? null : normalizeColor(v, "Range.setCellProperties")), apply: (s: CellStyle, v: string | null) => (s.fill = v) },
  },
  // A cell filled white is "Solid"; a cell without fill is "None", although both read "#FFFFFF" as their colour.
  { path: "format.fill.pattern", read: (s) => (s.fill === null ? "None" : "Solid") },
  { path: "format.font.bold", ...style("bold", isBoolean("Range.setCellProperties")) },
  { path: "format.font.italic", ...style("italic", isBoolean("Range.setCellProperties")) },
  { path: "format.font.color", ...style("fontColor", (v) => normalizeColor(v, "Range.setCellProperties")) },
  { path: "format.font.size", ...style("fontSize", numberIn("Range.setCellProperties", 1, 409)) },
  {
    path: "format.font.name",
    ...style("fontName", (v) => {
      if (typeof v !== "string" || v.trim() === "") throw invalidArgument("Range.setCellProperties", "A font name cannot be blank.");
      return v;
    }),
  },
  { path: "format.wrapText", ...style("wrap", isBoolean("Range.setCellProperties")) },
  { path: "format.horizontalAlignment", ...style("horizontal", oneOf(Object.values(HorizontalAlignment), "Range.setCellProperties")) },
  { path: "format.verticalAlignment", ...style("vertical", oneOf(Object.values(VerticalAlignment), "Range.setCellProperties")) },
];

const BY_PATH = new Map(CELL_PROPERTIES.map((p) => [p.path, p]));
const BRANCHES = new Set(CELL_PROPERTIES.flatMap((p) => p.path.split(".").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("."))));

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The properties a CellPropertiesLoadOptions asks for (`true` leaves), checked when the call is made. */
export function requestedProperties(options: unknown): CellProperty[] {
  const where = "Range.getCellProperties";
  if (!isPlainObject(options)) throw invalidArgument(where, "cellPropertiesLoadOptions must be an object.");
  const out: CellProperty[] = [];
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix + key;
      if (value === false || value === undefined || value === null) continue;
      if (BRANCHES.has(path)) {
        if (!isPlainObject(value)) throw invalidArgument(where, `${path} takes an object of options.`);
        walk(value, `${path}.`);
      } else if (BY_PATH.has(path)) {
        out.push(BY_PATH.get(path) as CellProperty);
      } else {
        throw notImplemented(`Range.getCellProperties(${path})`);
      }
    }
  };
  walk(options, "");
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/** One object per cell holding only the requested properties (nested like the options). */
export function readCellProperties(sheet: SheetState, rect: Rect, properties: CellProperty[]): Excel.CellProperties[][] {
  if (cellCount(rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", "Range.getCellProperties");
  }
  const rows: Excel.CellProperties[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: Excel.CellProperties[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const cellStyle = sheet.cells.get(`${r},${c}`)?.style ?? DEFAULT_STYLE;
      const entry: Record<string, unknown> = {};
      for (const p of properties) setPath(entry, p.path, p.read(cellStyle, sheet, r, c));
      row.push(entry);
    }
    rows.push(row);
  }
  return rows;
}

/** A cell's writes: [property, raw value] pairs. */
type CellWrites = [CellProperty, unknown][];

/** Parses setCellProperties input when the call is made: the shape, and which properties (the fake's limits). */
export function parseSettableCellProperties(input: unknown): CellWrites[][] {
  const where = "Range.setCellProperties";
  if (!Array.isArray(input) || !input.every((row) => Array.isArray(row))) throw invalidArgument(where, "cellPropertiesData must be a 2-D array.");
  return (input as unknown[][]).map((row) =>
    row.map((entry) => {
      if (entry === undefined) return [];
      if (!isPlainObject(entry)) throw invalidArgument(where, "Each cell's properties must be an object.");
      const writes: CellWrites = [];
      const walk = (node: Record<string, unknown>, prefix: string): void => {
        for (const [key, value] of Object.entries(node)) {
          const path = prefix + key;
          if (value === undefined) continue;
          if (value === null) throw notImplemented(`Range.setCellProperties with null for ${path}`);
          const property = BY_PATH.get(path);
          if (BRANCHES.has(path)) {
            if (!isPlainObject(value)) throw invalidArgument(where, `${path} must be an object.`);
            walk(value, `${path}.`);
          } else if (property?.write) {
            writes.push([property, value]);
          } else if (property) {
            throw invalidArgument(where, `${path} cannot be set.`);
          } else {
            throw notImplemented(`Range.setCellProperties(${path})`);
          }
        }
      };
      walk(entry, "");
      return writes;
    }),
  );
}

const SIZE_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** At sync: the input must match the range exactly; every value is checked before any cell changes. */
export function writeCellProperties(model: WorkbookModel, sheet: SheetState, rect: Rect, input: CellWrites[][]): void {
  const where = "Range.setCellProperties";
  if (input.length !== rowCount(rect) || input.some((row) => row.length !== columnCount(rect))) throw invalidArgument(where, SIZE_MISMATCH);
  const checked: [number, number, CellProperty, unknown][] = [];
  input.forEach((row, i) =>
    row.forEach((writes, j) => {
      for (const [property, value] of writes) checked.push([rect.top + i, rect.left + j, property, property.write?.check(value)]);
    }),
  );
  for (const [r, c, property, value] of checked) property.write?.apply(model.ensureCell(sheet, r, c).style, value as never);
}
