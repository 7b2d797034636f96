/** Range.format and its font, fill and borders. Mixed values over a range read as null, as in Excel. */

import { columnCount, rowCount, type Rect } from "./addresses";
import { cellText, normalizeColor } from "./cell-values";
import { FakeClientObject, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { BorderIndex, BorderLineStyle, BorderWeight, HorizontalAlignment, VerticalAlignment } from "./enums";
import { invalidArgument } from "./errors";
import { forEachCell, uniform } from "./grid";
import { defaultBorder, defaultStyle, STANDARD_HEIGHT, STANDARD_WIDTH, type BorderSide, type CellStyle } from "./model";
import type { RangeRef, ResolvedRange } from "./refs";

const DEFAULT_STYLE = defaultStyle();

/** Shared by the format objects of one range: read a style field uniformly, write it to every cell. */
abstract class StyleProxy extends FakeClientObject {
  _ref: RangeRef;

  constructor(ctx: FakeRequestContext, ref: RangeRef, typeName: string, path: string) {
    super(ctx, typeName, `${ref.label}.${path}`);
    this._ref = ref;
  }

  _target(): ResolvedRange {
    return this._ref.resolve(this._model);
  }

  _styleReader(read: (style: CellStyle) => unknown): () => unknown {
    return () => {
      const { sheet, rect } = this._target();
      return uniform(sheet, rect, (cell) => read(cell?.style ?? DEFAULT_STYLE));
    };
  }

  /** Queues a style write; `check` validates the value at sync (Excel validates on its side). */
  _styleWrite<T>(name: string, value: unknown, check: (value: unknown) => T, write: (style: CellStyle, value: T) => void): void {
    this._write(name, value, (copy) => {
      const checked = check(copy);
      const { sheet, rect } = this._target();
      forEachCell(this._model, sheet, rect, (cell) => write(cell.style, checked));
    });
  }
}

const where = (type: string, name: string) => `${type}.${name}`;

export function oneOf(values: readonly string[], at: string): (value: unknown) => string {
  return (value) => {
    if (typeof value !== "string" || !values.includes(value)) throw invalidArgument(at, `Expected one of ${values.join(", ")}; got ${String(value)}.`);
    return value;
  };
}

export function isBoolean(at: string): (value: unknown) => boolean {
  return (value) => {
    if (typeof value !== "boolean") throw invalidArgument(at, `Expected true or false; got ${String(value)}.`);
    return value;
  };
}

export function numberIn(at: string, min: number, max: number): (value: unknown) => number {
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      throw invalidArgument(at, `Expected a number from ${min} to ${max}; got ${String(value)}.`);
    }
    return value;
  };
}

const HORIZONTAL = Object.values(HorizontalAlignment);
const VERTICAL = Object.values(VerticalAlignment);

export class RangeFormatProxy extends StyleProxy {
  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, ref, "RangeFormat", "format");
  }

  _readers(): Readers {
    return {
      wrapText: this._styleReader((s) => s.wrap),
      horizontalAlignment: this._styleReader((s) => s.horizontal),
      verticalAlignment: this._styleReader((s) => s.vertical),
      columnWidth: () => {
        const { sheet, rect } = this._target();
        const widths = new Set<number>();
        for (let c = rect.left; c <= rect.right; c++) widths.add(sheet.columnWidths.get(c) ?? STANDARD_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: () => {
        const { sheet, rect } = this._target();
        const heights = new Set<number>();
        for (let r = rect.top; r <= rect.bottom && heights.size < 2; r++) heights.add(sheet.rowHeights.get(r) ?? STANDARD_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  _childNames(): string[] {
    return ["font", "fill", "borders"];
  }

  get font(): RangeFontProxy {
    return this._child("font", () => new RangeFontProxy(this._ctx, this._ref));
  }
  get fill(): RangeFillProxy {
    return this._child("fill", () => new RangeFillProxy(this._ctx, this._ref));
  }
  get borders(): RangeBorderCollectionProxy {
    return this._child("borders", () => new RangeBorderCollectionProxy(this._ctx, this._ref));
  }

  get wrapText(): boolean {
    return this._prop("wrapText");
  }
  set wrapText(value: boolean) {
    this._styleWrite("wrapText", value, isBoolean(where("RangeFormat", "wrapText")), (s, v) => (s.wrap = v));
  }
  get horizontalAlignment(): string {
    return this._prop("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._styleWrite("horizontalAlignment", value, oneOf(HORIZONTAL, "RangeFormat.horizontalAlignment"), (s, v) => (s.horizontal = v));
  }
  get verticalAlignment(): string {
    return this._prop("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._styleWrite("verticalAlignment", value, oneOf(VERTICAL, "RangeFormat.verticalAlignment"), (s, v) => (s.vertical = v));
  }

  /** Points, as in Office.js (not characters). */
  get columnWidth(): number {
    return this._prop("columnWidth");
  }
  set columnWidth(value: number) {
    this._write("columnWidth", value, (copy) => {
      const width = numberIn("RangeFormat.columnWidth", 0, 1790)(copy);
      const { sheet, rect } = this._target();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number {
    return this._prop("rowHeight");
  }
  set rowHeight(value: number) {
    this._write("rowHeight", value, (copy) => {
      const height = numberIn("RangeFormat.rowHeight", 0, 409)(copy);
      const { sheet, rect } = this._target();
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }

  /**
   * A rough autofit (no font metrics here): about 5.6 pt per character of Calibri 11, one line per row unless
   * wrapped. Merged cells are skipped, as Excel's autofit skips them.
   */
  autofitRows(): void {
    this._call("autofitRows", [], () => {
      const { sheet, rect } = this._target();
      const heights = new Map<number, number>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number);
        if (!inRect(rect, r, c) || inMerge(sheet.merges, r, c)) continue;
        const text = cellText(cell);
        const width = sheet.columnWidths.get(c) ?? STANDARD_WIDTH;
        const perLine = Math.max(1, Math.floor(width / charWidth(cell.style)));
        const lines = cell.style.wrap ? text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0) : 1;
        const height = Math.max(STANDARD_HEIGHT, Math.ceil(lines * lineHeight(cell.style)));
        heights.set(r, Math.max(heights.get(r) ?? STANDARD_HEIGHT, height));
      }
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 100_000); r++) sheet.rowHeights.set(r, heights.get(r) ?? STANDARD_HEIGHT);
    });
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], () => {
      const { sheet, rect } = this._target();
      const widths = new Map<number, number>();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number);
        if (!inRect(rect, r, c) || inMerge(sheet.merges, r, c) || cell.style.wrap) continue;
        const longest = Math.max(0, ...cellText(cell).split("\n").map((line) => line.length));
        if (longest > 0) widths.set(c, Math.max(widths.get(c) ?? 0, Math.round(longest * charWidth(cell.style) + 5)));
      }
      for (const [c, width] of widths) sheet.columnWidths.set(c, width);
    });
  }
}

const inRect = (rect: Rect, r: number, c: number): boolean => r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
const inMerge = (merges: Rect[], r: number, c: number): boolean => merges.some((m) => inRect(m, r, c));
const charWidth = (style: CellStyle): number => (5.6 * style.fontSize) / 11;
const lineHeight = (style: CellStyle): number => (STANDARD_HEIGHT * style.fontSize) / 11;

export class RangeFontProxy extends StyleProxy {
  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, ref, "RangeFont", "format.font");
  }

  _readers(): Readers {
    return {
      bold: this._styleReader((s) => s.bold),
      italic: this._styleReader((s) => s.italic),
      size: this._styleReader((s) => s.fontSize),
      color: this._styleReader((s) => s.fontColor),
      name: this._styleReader((s) => s.fontName),
    };
  }

  get bold(): boolean {
    return this._prop("bold");
  }
  set bold(value: boolean) {
    this._styleWrite("bold", value, isBoolean("RangeFont.bold"), (s, v) => (s.bold = v));
  }
  get italic(): boolean {
    return this._prop("italic");
  }
  set italic(value: boolean) {
    this._styleWrite("italic", value, isBoolean("RangeFont.italic"), (s, v) => (s.italic = v));
  }
  get size(): number {
    return this._prop("size");
  }
  set size(value: number) {
    this._styleWrite("size", value, numberIn("RangeFont.size", 1, 409), (s, v) => (s.fontSize = v));
  }
  get color(): string {
    return this._prop("color");
  }
  set color(value: string) {
    this._styleWrite("color", value, (v) => normalizeColor(v, "RangeFont.color"), (s, v) => (s.fontColor = v));
  }
  get name(): string {
    return this._prop("name");
  }
  set name(value: string) {
    const check = (v: unknown): string => {
      if (typeof v !== "string" || v.trim() === "") throw invalidArgument("RangeFont.name", "A font name cannot be blank.");
      return v;
    };
    this._styleWrite("name", value, check, (s, v) => (s.fontName = v));
  }
}

export class RangeFillProxy extends StyleProxy {
  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, ref, "RangeFill", "format.fill");
  }

  _readers(): Readers {
    // No fill reads as white, as Excel reports it.
    return { color: this._styleReader((s) => s.fill ?? "#FFFFFF") };
  }

  get color(): string {
    return this._prop("color");
  }
  set color(value: string) {
    // "" clears the fill (Excel's blank-input rule); null is not a valid colour.
    const check = (v: unknown): string | null => (v === "" ? null : normalizeColor(v, "RangeFill.color"));
    this._styleWrite("color", value, check, (s, v) => (s.fill = v));
  }

  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rect } = this._target();
      forEachCell(this._model, sheet, rect, (cell) => (cell.style.fill = null));
    });
    this._loaded.delete("color");
  }
}

export class RangeBorderCollectionProxy extends StyleProxy {
  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, ref, "RangeBorderCollection", "format.borders");
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this._ctx, this._ref, index);
  }
}

type Target = [row: number, column: number, side: BorderSide];

/** The cell sides a border index covers; for "inside" borders, the first list is what reading looks at. */
function borderTargets(rect: Rect, index: string): Target[] {
  const out: Target[] = [];
  const rows = rowCount(rect);
  const cols = columnCount(rect);
  const each = (f: (r: number, c: number) => void) => {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
  };
  switch (index) {
    case "EdgeTop":
      for (let c = rect.left; c <= rect.right; c++) out.push([rect.top, c, "EdgeTop"]);
      break;
    case "EdgeBottom":
      for (let c = rect.left; c <= rect.right; c++) out.push([rect.bottom, c, "EdgeBottom"]);
      break;
    case "EdgeLeft":
      for (let r = rect.top; r <= rect.bottom; r++) out.push([r, rect.left, "EdgeLeft"]);
      break;
    case "EdgeRight":
      for (let r = rect.top; r <= rect.bottom; r++) out.push([r, rect.right, "EdgeRight"]);
      break;
    case "InsideHorizontal":
      if (rows > 1) each((r, c) => r < rect.bottom && out.push([r, c, "EdgeBottom"], [r + 1, c, "EdgeTop"]));
      break;
    case "InsideVertical":
      if (cols > 1) each((r, c) => c < rect.right && out.push([r, c, "EdgeRight"], [r, c + 1, "EdgeLeft"]));
      break;
    default:
      each((r, c) => out.push([r, c, index as BorderSide]));
  }
  return out;
}

const BORDER_INDEXES = Object.values(BorderIndex) as string[];
const BORDER_STYLES = Object.values(BorderLineStyle) as string[];
const BORDER_WEIGHTS = Object.values(BorderWeight) as string[];

export class RangeBorderProxy extends StyleProxy {
  _index: string;

  constructor(ctx: FakeRequestContext, ref: RangeRef, index: string) {
    super(ctx, ref, "RangeBorder", `format.borders.getItem(${index})`);
    this._index = index;
  }

  _check(): void {
    if (!BORDER_INDEXES.includes(this._index)) throw invalidArgument("RangeBorderCollection.getItem", `Not a border index: ${this._index}`);
  }

  _readers(): Readers {
    const read = (field: "style" | "color" | "weight") => (): unknown => {
      this._check();
      const { sheet, rect } = this._target();
      // Inside borders are listed in pairs (both cells' sides); reading looks at the first of each pair.
      const inside = this._index.startsWith("Inside");
      const targets = borderTargets(rect, this._index).filter((_, i) => !inside || i % 2 === 0);
      if (targets.length === 0) return defaultBorder()[field];
      const values = new Set(targets.map(([r, c, side]) => (sheet.cells.get(`${r},${c}`)?.style.borders[side] ?? defaultBorder())[field]));
      return values.size === 1 ? [...values][0] : null;
    };
    return { sideIndex: () => this._index, style: read("style"), color: read("color"), weight: read("weight") };
  }

  _setBorder(name: "style" | "color" | "weight", value: unknown, check: (v: unknown) => string): void {
    this._write(name, value, (copy) => {
      this._check();
      const checked = check(copy);
      const { sheet, rect } = this._target();
      for (const [r, c, side] of borderTargets(rect, this._index)) {
        const style = this._model.ensureCell(sheet, r, c).style;
        const border = { ...(style.borders[side] ?? defaultBorder()), [name]: checked };
        // Giving a colour or weight to an absent border draws it, as in Excel.
        if (name !== "style" && border.style === "None") border.style = "Continuous";
        style.borders[side] = border;
      }
    });
  }

  get sideIndex(): string {
    return this._prop("sideIndex");
  }
  get style(): string {
    return this._prop("style");
  }
  set style(value: string) {
    this._setBorder("style", value, oneOf(BORDER_STYLES, "RangeBorder.style"));
  }
  get color(): string {
    return this._prop("color");
  }
  set color(value: string) {
    this._setBorder("color", value, (v) => normalizeColor(v, "RangeBorder.color"));
  }
  get weight(): string {
    return this._prop("weight");
  }
  set weight(value: string) {
    this._setBorder("weight", value, oneOf(BORDER_WEIGHTS, "RangeBorder.weight"));
  }
}
