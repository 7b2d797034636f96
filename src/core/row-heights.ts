/**
 * Row heights that show wrapped text whole. Excel fits a row to its wrapped text when it draws it; LibreOffice and
 * Р7 open an .xlsx with the heights the file says, so a generated file has to say them. The estimate wraps the text
 * word by word over the cell's width (the merged area's, when merged), in characters of the default font, a little
 * wider than the digits Excel measures columns with, so that it errs towards a taller row rather than a cut one.
 */
import { parseRange, rectangularCells, type CellStyle, type SheetModel } from "./sheet-model";

/** A column without a width in the model: Excel's default, 8,43 characters. */
const DEFAULT_WIDTH = 8.43;
/** Points per line of 11-point Calibri, and the padding Excel keeps. */
const LINE_POINTS = 15;
const PADDING_POINTS = 2;
/** A letter of running Russian text is wider than the digit «0» a column width counts. */
const LETTER_WIDTH = 1.15;
const BOLD_WIDTH = 1.07;
/** Excel's largest row height. */
const MAX_POINTS = 409;

/** Rows -> height in points: the model's own heights, raised where wrapped text needs more. */
export function fittedRowHeights(model: SheetModel): Record<number, number> {
  const styles = cellStyles(model);
  const merges = model.merges.map((m) => parseRange(m));
  const heights: Record<number, number> = { ...(model.rowHeights ?? {}) };
  rectangularCells(model).forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!("value" in cell) || typeof cell.value !== "string" || cell.value === "") return;
      const style = styles.get(`${r}:${c}`);
      if (!style?.wrap) return;
      const merge = merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      // A value merged over several rows has their height to spread over: left as it is.
      if (merge && merge.bottom > merge.top) return;
      const width = columnsWidth(model, merge ? merge.left : c, merge ? merge.right : c);
      const needed = textHeight(cell.value, width, style);
      if (needed > (heights[r] ?? LINE_POINTS)) heights[r] = needed;
    }),
  );
  return heights;
}

/** Points a text needs in a cell `width` characters wide. */
export function textHeight(text: string, width: number, style: Pick<CellStyle, "fontSize" | "bold"> = {}): number {
  const size = style.fontSize ?? 11;
  const letter = (LETTER_WIDTH * size) / 11 * (style.bold ? BOLD_WIDTH : 1);
  const perLine = Math.max(1, Math.floor(Math.max(1, width - 1) / letter));
  const lines = text.split(/\r?\n/).reduce((n, paragraph) => n + wrappedLines(paragraph, perLine), 0);
  return Math.min(MAX_POINTS, Math.ceil(lines * ((LINE_POINTS * size) / 11) + PADDING_POINTS));
}

/** Greedy word wrap, as a spreadsheet does it; a word longer than a line is broken. */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    let length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    if (used > 0) lines++;
    while (length > perLine) {
      lines++;
      length -= perLine;
    }
    used = length;
  }
  return lines;
}

function columnsWidth(model: SheetModel, from: number, to: number): number {
  let width = 0;
  for (let c = from; c <= to; c++) width += model.columnWidths[c] ?? DEFAULT_WIDTH;
  return width;
}

/** Each cell's style as the ranges combine (later ones win, property by property), for the cells that have one. */
function cellStyles(model: SheetModel): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const { range, style } of model.styles) {
    const { top, left, bottom, right } = parseRange(range);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) styles.set(`${r}:${c}`, { ...styles.get(`${r}:${c}`), ...style });
    }
  }
  return styles;
}
