/** How Excel turns written input into cell content, and cell content into displayed text. */

import { invalidArgument } from "./errors";
import type { CellState, Scalar } from "./model";

export type CellWrite = { kind: "unchanged" } | { kind: "clear" } | { kind: "value"; value: Scalar } | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
export const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#BUSY!"];

/**
 * One element written to `values` or `formulas`. Like Excel: null leaves the cell unchanged, "" clears it;
 * a string starting with "=" (or "+"/"-" and not a number) is a formula, except through `values` into a
 * text-formatted ("@") cell; a leading apostrophe forces text; number-like and TRUE/FALSE strings are parsed.
 */
export function interpretInput(input: unknown, via: "values" | "formulas", numberFormat: string, where: string): CellWrite {
  if (input === null || input === undefined) return { kind: "unchanged" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(where, `${String(input)} is not a value a cell can hold.`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") throw invalidArgument(where, `A cell cannot hold ${Object.prototype.toString.call(input)}.`);
  if (input === "") return { kind: "clear" };
  if (via === "values" && numberFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  if (NUMBER.test(input)) return { kind: "value", value: Number(input) };
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) return { kind: "formula", formula: `=${input}` };
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  return { kind: "value", value: input };
}

export function applyWrite(cell: CellState, write: CellWrite): void {
  if (write.kind === "unchanged") return;
  cell.computed = null;
  if (write.kind === "clear") {
    cell.value = null;
    cell.formula = null;
  } else if (write.kind === "formula") {
    cell.value = null;
    cell.formula = write.formula;
  } else {
    cell.value = write.value;
    cell.formula = null;
  }
}

/** Range.values of one cell: "" when empty; a formula cell gives its test-provided result or null (nothing is calculated). */
export function cellValue(cell: CellState | undefined): Scalar | null {
  if (!cell) return "";
  if (cell.formula !== null) return cell.computed;
  return cell.value ?? "";
}

/** Range.formulas of one cell. */
export function cellFormula(cell: CellState | undefined): Scalar {
  if (!cell) return "";
  return cell.formula ?? cell.value ?? "";
}

export function valueType(cell: CellState | undefined): string {
  const value = cellValue(cell);
  if (value === null || value === "") return cell?.formula ? "Unknown" : "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Double";
  return ERROR_VALUES.includes(value) ? "Error" : "String";
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Rounds half away from zero, as Excel displays, avoiding toFixed's binary surprises (1.005). */
function fixed(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return rounded.toFixed(decimals);
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** Range.text of one value: "0", "0.00", "#,##0.0", "0%", "0.0%" and "@" are formatted; anything else as General. */
export function formatNumber(value: number, numberFormat: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(numberFormat);
  if (!m) return general(value);
  const scaled = m[3] ? value * 100 : value;
  let text = fixed(scaled, m[2]?.length ?? 0);
  if (m[1]) {
    const [int, frac] = text.replace("-", "").split(".");
    text = `${scaled < 0 && Number(text) !== 0 ? "-" : ""}${groupThousands(int)}${frac ? `.${frac}` : ""}`;
  }
  return text + (m[3] ?? "");
}

export function cellText(cell: CellState | undefined): string {
  if (!cell) return "";
  const value = cell.formula !== null ? cell.computed : cell.value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return cell.numberFormat === "@" ? String(value) : formatNumber(value, cell.numberFormat);
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  pink: "#FFC0CB",
};

/** "#ff0000", "#F00" or "red" -> "#FF0000", as Excel reports colours; anything else is an InvalidArgument. */
export function normalizeColor(input: unknown, where: string): string {
  if (typeof input !== "string") throw invalidArgument(where, `Not a colour: ${String(input)}`);
  const text = input.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join("")}`.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw invalidArgument(where, `Not a colour: ${input}`);
}
