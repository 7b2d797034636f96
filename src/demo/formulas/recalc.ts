/**
 * Recalculates every formula of the in-memory workbook, as Excel would after each change, and stores the results
 * with setComputedValue so the pane reads them through Range.values like Excel's cached values.
 */
import { cellAddress } from "../../core/sheet-model";
import type { Rect } from "../../fake-excel/addresses";
import { ERROR_VALUES } from "../../fake-excel/cell-values";
import type { FakeWorkbook } from "../../fake-excel";
import { parseReference } from "./parse";
import type { CellSource } from "./range-value";
import { computeFormula, storedValue } from "./evaluate";
import { FormulaError, type Scalar } from "./values";

const key = (sheet: string, row: number, column: number): string => `${sheet.toLowerCase()}!${row},${column}`;

/** A stored constant; "#N/A" and the like are error values in a cell, as Range.valueTypes says. */
function constant(value: string | number | boolean | null): Scalar {
  return typeof value === "string" && ERROR_VALUES.includes(value) ? new FormulaError(value) : value;
}

/** A CellSource over the workbook for one recalculation: formula cells are computed once each, cycles give 0. */
class WorkbookSource implements CellSource {
  private readonly formulas = new Map<string, { sheet: string; formula: string }>();
  private readonly results = new Map<string, Scalar>();
  private readonly pending = new Set<string>();
  private readonly extents = new Map<string, { rows: number; columns: number }>();

  constructor(private readonly workbook: FakeWorkbook) {
    for (const sheet of workbook.sheetNames()) {
      for (const cell of workbook.formulaCells(sheet)) {
        const ref = parseReference(cell.address);
        if (ref) this.formulas.set(key(sheet, ref.rect.top, ref.rect.left), { sheet, formula: cell.formula });
      }
    }
  }

  value(sheet: string, row: number, column: number): Scalar {
    const k = key(sheet, row, column);
    const known = this.results.get(k);
    if (known !== undefined) return known;
    const formula = this.formulas.get(k);
    let result: Scalar;
    if (formula) {
      // Excel warns about a circular reference and shows 0; the demo just shows 0.
      if (this.pending.has(k)) return 0;
      this.pending.add(k);
      result = computeFormula(formula.formula, formula.sheet, this);
      this.pending.delete(k);
    } else {
      result = constant(this.workbook.cell(sheet, cellAddress(row, column)).value);
    }
    this.results.set(k, result);
    return result;
  }

  sheet(name: string): string | null {
    const wanted = name.toLowerCase();
    return this.workbook.sheetNames().find((s) => s.toLowerCase() === wanted) ?? null;
  }

  extent(sheet: string): { rows: number; columns: number } {
    let extent = this.extents.get(sheet);
    if (!extent) {
      const used = parseReference(this.workbook.usedRange(sheet, true) ?? "A1");
      extent = used ? { rows: used.rect.bottom + 1, columns: used.rect.right + 1 } : { rows: 1, columns: 1 };
      this.extents.set(sheet, extent);
    }
    return extent;
  }

  name(name: string, sheet: string): { sheet: string | null; rect: Rect } | null {
    const own = this.workbook.names(sheet);
    const address = own[name] ?? this.workbook.names()[name];
    if (address === undefined) {
      // Names are case-insensitive in Excel.
      const lower = name.toLowerCase();
      const match = Object.entries({ ...this.workbook.names(), ...own }).find(([n]) => n.toLowerCase() === lower);
      return match ? parseReference(match[1]) : null;
    }
    return parseReference(address);
  }

  formulaCells(): { sheet: string; row: number; column: number }[] {
    return [...this.formulas.entries()].map(([k, f]) => {
      const [row, column] = k.slice(k.lastIndexOf("!") + 1).split(",").map(Number);
      return { sheet: f.sheet, row, column };
    });
  }
}

/** Computes every formula cell of every sheet; returns how many results changed. */
export function recalculate(workbook: FakeWorkbook): number {
  const source = new WorkbookSource(workbook);
  let changed = 0;
  for (const cell of source.formulaCells()) {
    const address = cellAddress(cell.row, cell.column);
    const result = storedValue(source.value(cell.sheet, cell.row, cell.column));
    const shown = workbook.cell(cell.sheet, address).value;
    // cell().value reads an empty-text result as null: write "" again rather than miss a first result.
    if (shown === result && result !== "") continue;
    workbook.setComputedValue(cell.sheet, address, result);
    changed++;
  }
  return changed;
}

/** One formula computed as if it sat on `sheet` (a conditional format's "=5" or "=$J$5"), without storing it. */
export function evaluateOnSheet(workbook: FakeWorkbook, sheet: string, formula: string): Scalar {
  return computeFormula(formula.startsWith("=") ? formula : `=${formula}`, sheet, new WorkbookSource(workbook));
}
