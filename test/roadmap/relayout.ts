/**
 * Re-lays out a generated roadmap the way people retype the template by hand: the «Значение показателя i» prefix
 * dropped (the indicator's name instead, capitalised, with a line break or straight quotes), activity rows without the
 * number, a «№ п/п» column before X, a «Ед. изм.» column, «Ответственный» / «Примечание» columns after the years,
 * another origin on the sheet, blank or merged rows between the blocks, years spelled «2022 г.», «на 2022 год»…
 * Returns the new grid and where every old cell went.
 */
import type { RoadmapGrid } from "../../src/core/roadmap/check";
import { roadmapNames } from "../../src/core/roadmap/layout";
import { cellAddress, parseRange, type SheetModel } from "../../src/core/sheet-model";
import { sectorIndicators, type Sector } from "../../src/core/catalog";

export const YEAR_SPELLINGS: ((year: number) => unknown)[] = [
  (y) => y,
  (y) => String(y),
  (y) => `${y} г.`,
  (y) => `${y} год`,
  (y) => `на ${y} год`,
  (y) => `${y} (план)`,
];

export interface Relayout {
  stripPrefix: boolean;
  /** How a stripped name is written: 0 as printed, 1 capitalised, 2 capitalised with a line break, 3 straight quotes. */
  nameStyle: number;
  numberColumn: boolean;
  unitColumn: boolean;
  extraColumns: boolean;
  offsetRows: number;
  offsetColumns: number;
  /** Per indicator block: nothing, a blank row, or a merged heading row before it. */
  separators: ("none" | "blank" | "heading")[];
  /** Per year column: an index into YEAR_SPELLINGS. */
  yearSpellings: number[];
}

const ACTIVITIES = "Мероприятия, планируемые к проведению для достижения показателя в каждом году";

function rowOfName(model: SheetModel, name: string): number | undefined {
  const found = model.names.find((n) => n.name === name);
  return found ? parseRange(found.range).top : undefined;
}

function styledName(name: string, style: number): string {
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  if (style === 1) return capital;
  if (style === 2) {
    const words = capital.split(" ");
    const middle = Math.max(1, Math.floor(words.length / 2));
    return `${words.slice(0, middle).join(" ")}\n${words.slice(middle).join(" ")}`;
  }
  if (style === 3) return name.replace(/[«»]/g, '"');
  return name;
}

export function relayout(model: SheetModel, sector: Sector, grid: RoadmapGrid, options: Relayout): { grid: RoadmapGrid; moved: (address: string) => string } {
  const indicators = sectorIndicators(sector);
  const valueRows = new Map<number, number>(); // row -> index in indicators
  const activityRows = new Set<number>();
  indicators.forEach((indicator, index) => {
    const value = rowOfName(model, roadmapNames.value(indicator.number));
    const activities = rowOfName(model, roadmapNames.activities(indicator.number));
    if (value !== undefined) valueRows.set(value, index);
    if (activities !== undefined) activityRows.add(activities);
  });
  const header = rowOfName(model, roadmapNames.years) as number;
  const width = grid.values[header].length;

  // Columns: [№] X [Ед. изм.] years… [Ответственный, Примечание]
  const newColumn = (c: number) => options.offsetColumns + c + (options.numberColumn ? 1 : 0) + (options.unitColumn && c >= 1 ? 1 : 0);
  // Rows: separators go before each indicator's value row.
  const rows: unknown[][] = [];
  const newRowOf = new Map<number, number>();
  const merges: string[] = [];
  grid.values.forEach((oldRow, r) => {
    const index = valueRows.get(r);
    const separator = index === undefined ? "none" : (options.separators[index % options.separators.length] ?? "none");
    const totalWidth = newColumn(width - 1) - options.offsetColumns + 1 + (options.extraColumns ? 2 : 0);
    if (separator !== "none") {
      const line: unknown[] = Array.from({ length: totalWidth }, () => null);
      if (separator === "heading") {
        line[newColumn(0) - options.offsetColumns] = `Показатели проекта № ${index === undefined ? "" : index + 1}`;
        const at = options.offsetRows + rows.length;
        merges.push(`${cellAddress(at, newColumn(0))}:${cellAddress(at, options.offsetColumns + totalWidth - 1)}`);
      }
      rows.push(line);
    }
    newRowOf.set(r, options.offsetRows + rows.length);
    const line: unknown[] = Array.from({ length: totalWidth }, () => null);
    oldRow.forEach((value, c) => {
      line[newColumn(c) - options.offsetColumns] = value;
    });
    if (r === header) {
      for (let c = 1; c < width; c++) {
        const year = oldRow[c];
        if (typeof year === "number") line[newColumn(c) - options.offsetColumns] = YEAR_SPELLINGS[options.yearSpellings[(c - 1) % options.yearSpellings.length] ?? 0](year);
      }
      if (options.numberColumn) line[0] = "№ п/п";
      if (options.unitColumn) line[newColumn(0) - options.offsetColumns + 1] = "Ед. изм.";
      if (options.extraColumns) line.splice(totalWidth - 2, 2, "Ответственный", "Примечание");
    }
    if (index !== undefined) {
      const indicator = indicators[index];
      const name = options.stripPrefix ? styledName(indicator.name, options.nameStyle) : `Значение показателя ${index + 1} «${indicator.name}»`;
      line[newColumn(0) - options.offsetColumns] = options.unitColumn ? name : `${name}, ${indicator.unit}`;
      if (options.numberColumn) line[0] = index + 1;
      if (options.unitColumn) line[newColumn(0) - options.offsetColumns + 1] = indicator.unit;
      if (options.extraColumns) line.splice(totalWidth - 2, 2, "Отдел цифрового развития", "по плану");
    }
    if (activityRows.has(r) && options.stripPrefix) line[newColumn(0) - options.offsetColumns] = ACTIVITIES;
    rows.push(line);
  });
  for (const merge of grid.merges ?? []) {
    const { top, left, bottom, right } = parseRange(merge);
    merges.push(`${cellAddress(newRowOf.get(top) as number, newColumn(left))}:${cellAddress(newRowOf.get(bottom) as number, newColumn(right))}`);
  }
  const moved = (address: string) => {
    const { top, left } = parseRange(address);
    return cellAddress(newRowOf.get(top - grid.top) as number, newColumn(left - grid.left));
  };
  return { grid: { values: rows, top: options.offsetRows, left: options.offsetColumns, merges }, moved };
}
