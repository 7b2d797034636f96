/**
 * Worksheet.charts (ExcelApi 1.1): charts over a block of the sheet. Modelled: add(type, sourceData, seriesBy), the
 * chart's name, title.text, setPosition(start, end), axes.valueAxis.numberFormat (ExcelApi 1.8) and the series Excel
 * takes from the block (by rows: the first row the categories, the first column the names). Anything else is "not
 * implemented in the fake".
 */

import { rectOf, type Rect } from "./addresses";
import { FakeClientObject, FakeClientResult, FakeCollection, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartState, SheetState } from "./model";
import type { SheetRef } from "./refs";
import { rangeArgument } from "./worksheet";

/** Excel.ChartType values the fake accepts (the ones a report uses; Office.js has many more). */
const CHART_TYPES = new Set(["Line", "LineMarkers", "ColumnClustered", "ColumnStacked", "BarClustered", "Pie", "Area", "XYScatter"]);

type FindChart = () => { sheet: SheetState; chart: ChartState } | null;

export class ChartCollectionProxy extends FakeCollection<ChartProxy> {
  _sheet: SheetRef;

  constructor(ctx: FakeRequestContext, sheet: SheetRef, path: string) {
    super(ctx, "ChartCollection", path);
    this._sheet = sheet;
  }

  _members(): ChartProxy[] {
    const sheet = this._sheet.resolve(this._model);
    return sheet.charts.map((c) => new ChartProxy(this._ctx, this._finder(c.id), `${this._path}.getItem(${c.name})`));
  }

  _finder(id: string): FindChart {
    return () => {
      const sheet = this._sheet.tryResolve(this._model);
      const chart = sheet?.charts.find((c) => c.id === id);
      return sheet && chart ? { sheet, chart } : null;
    };
  }

  add(type: string, sourceData: unknown, seriesBy: string = "Auto"): ChartProxy {
    const id = this._model.newId("chart");
    this._call("add", [type, sourceData, seriesBy], () => {
      const where = "ChartCollection.add";
      if (!CHART_TYPES.has(type)) throw invalidArgument(where, `Not a chart type the fake models: ${type}`);
      if (!["Auto", "Rows", "Columns"].includes(seriesBy)) throw invalidArgument(where, `Not a ChartSeriesBy: ${seriesBy}`);
      const sheet = this._sheet.resolve(this._model);
      const source = rangeArgument(sourceData, sheet, where);
      const rows = source.bottom - source.top + 1;
      const columns = source.right - source.left + 1;
      // Excel's Auto: series along the longer side of the block.
      const by = seriesBy === "Auto" ? (columns > rows ? "Rows" : "Columns") : (seriesBy as "Rows" | "Columns");
      sheet.charts.push({ id, name: `Диаграмма ${sheet.charts.length + 1}`, type, source, seriesBy: by, title: "", position: null, valueAxisFormat: "General" });
    });
    return new ChartProxy(this._ctx, this._finder(id), `${this._path}.add(${type})`);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this._ctx,
      () => {
        const sheet = this._sheet.tryResolve(this._model);
        const chart = sheet?.charts.find((c) => c.name === name);
        return sheet && chart ? { sheet, chart } : null;
      },
      `${this._path}.getItem(${name})`,
    );
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._sheet.resolve(this._model).charts.length));
    return result;
  }
}

export class ChartProxy extends FakeClientObject {
  _find: FindChart;

  constructor(ctx: FakeRequestContext, find: FindChart, path: string) {
    super(ctx, "Chart", path);
    this._find = find;
  }

  _state(): { sheet: SheetState; chart: ChartState } {
    const found = this._find();
    if (!found) throw itemNotFound(this._path, "The chart does not exist.");
    return found;
  }

  _readers(): Readers {
    return { name: () => this._state().chart.name, chartType: () => this._state().chart.type, id: () => this._state().chart.id };
  }

  _childNames(): string[] {
    return ["title", "axes"];
  }

  get name(): string {
    return this._prop("name");
  }
  set name(value: string) {
    this._write("name", value, () => {
      if (typeof value !== "string" || value.trim() === "") throw invalidArgument("Chart.name");
      this._state().chart.name = value;
    });
  }
  get chartType(): string {
    return this._prop("chartType");
  }
  get id(): string {
    return this._prop("id");
  }

  get title(): ChartTitleProxy {
    return this._child("title", () => new ChartTitleProxy(this._ctx, () => this._state().chart, `${this._path}.title`));
  }
  get axes(): ChartAxesProxy {
    return this._child("axes", () => new ChartAxesProxy(this._ctx, () => this._state().chart, `${this._path}.axes`));
  }

  /** The chart covers the cells from start to end (end: start's cell alone when left out). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._call("setPosition", [startCell, endCell], () => {
      const { sheet, chart } = this._state();
      const from = rangeArgument(startCell, sheet, "Chart.setPosition");
      const to = endCell === undefined || endCell === null ? from : rangeArgument(endCell, sheet, "Chart.setPosition");
      chart.position = { from: rectOf(from.top, from.left), to: rectOf(to.bottom, to.right) };
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, chart } = this._state();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class ChartTitleProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _chart: () => ChartState,
    path: string,
  ) {
    super(ctx, "ChartTitle", path);
  }
  _readers(): Readers {
    return { text: () => this._chart().title };
  }
  get text(): string {
    return this._prop("text");
  }
  set text(value: string) {
    this._write("text", value, () => (this._chart().title = String(value)));
  }
}

class ChartAxesProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _chart: () => ChartState,
    path: string,
  ) {
    super(ctx, "ChartAxes", path);
  }
  _childNames(): string[] {
    return ["valueAxis"];
  }
  get valueAxis(): ChartValueAxisProxy {
    return this._child("valueAxis", () => new ChartValueAxisProxy(this._ctx, this._chart, `${this._path}.valueAxis`));
  }
}

class ChartValueAxisProxy extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _chart: () => ChartState,
    path: string,
  ) {
    super(ctx, "ChartAxis", path);
  }
  _readers(): Readers {
    return { numberFormat: () => this._chart().valueAxisFormat };
  }
  get numberFormat(): string {
    return this._prop("numberFormat");
  }
  set numberFormat(value: string) {
    this._ctx._requireApi("1.8", "ChartAxis.numberFormat");
    this._write("numberFormat", value, () => (this._chart().valueAxisFormat = String(value)));
  }
}

/** The series Excel takes from a chart's block: names, values and categories as A1 ranges on its sheet. */
export function chartSeries(chart: ChartState): { name: Rect; values: Rect; categories: Rect }[] {
  const { top, left, bottom, right } = chart.source;
  const series = [];
  if (chart.seriesBy === "Rows") {
    for (let r = top + 1; r <= bottom; r++) series.push({ name: rectOf(r, left), values: rectOf(r, left + 1, r, right), categories: rectOf(top, left + 1, top, right) });
  } else {
    for (let c = left + 1; c <= right; c++) series.push({ name: rectOf(top, c), values: rectOf(top + 1, c, bottom, c), categories: rectOf(top + 1, left, bottom, left) });
  }
  return series;
}
