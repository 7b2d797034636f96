/**
 * «Добавить строки факта» on the active sheet, in three syncs: (1) the sheet, its names and used range; (2) the
 * roadmap's block; then the core plans the rows and (3) whole rows are inserted from the bottom up, so that every
 * value of the user moves down with its row and our names follow, and the new rows are written. Nothing is overwritten.
 */
import type { FactRowsPlan } from "../core/roadmap/add-facts";
import type { RoadmapGrid } from "../core/roadmap/check";
import { saying } from "./action-error";
import { applyModelLayout } from "./apply-model";
import { blockGrid, localRange, queueRoadmapBlock, roadmapNames } from "./roadmap-block";
import { runExcel } from "./run";

export interface AddFactRowsResult {
  sheetName: string;
  /** Indicators that got fact rows; 0: the sheet had them all (or no roadmap), nothing was changed. */
  indicators: number;
  rows: number;
  /** Why nothing was added, in Russian, when the planner said so. */
  reason?: string;
  syncs: number;
}

const FAILED = "Не удалось добавить строки факта";
const NOTHING_CHANGED = "На листе ничего не изменено";

/** `planFor` reads the block (with the workbook's editions) and plans the rows, or says why it cannot. */
export async function addFactRows(planFor: (grid: RoadmapGrid) => FactRowsPlan | string): Promise<AddFactRowsResult> {
  return saying(FAILED, NOTHING_CHANGED, () =>
    runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      sheet.names.load("items/name, items/formula, items/comment");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();

      const allNames = sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)), comment: n.comment }));
      const block = queueRoadmapBlock(sheet, roadmapNames(allNames), used);
      await context.sync();

      const plan = planFor(blockGrid(block));
      if (typeof plan === "string") return { sheetName: sheet.name, indicators: 0, rows: 0, reason: plan, syncs: 2 };
      if (plan.indicators === 0) return { sheetName: sheet.name, indicators: 0, rows: 0, syncs: 2 };
      // Bottom first: an insertion never moves the place of one still to come. Excel gives inserted rows the format
      // of the row above (here the grey italic target row): cleared, so that they look as in a roadmap built with facts.
      for (const insert of plan.inserts) sheet.getRange(`${insert.at + 1}:${insert.at + insert.count}`).insert("Down").clear("Formats");
      for (const { address, cell } of plan.cells) {
        const range = sheet.getRange(address);
        if ("formula" in cell) range.formulas = [[cell.formula]];
        else range.values = [[cell.value]];
      }
      const taken = new Set(allNames.map((n) => n.name));
      applyModelLayout(sheet, {
        name: sheet.name,
        cells: [],
        styles: plan.styles,
        merges: [],
        columnWidths: [],
        validations: plan.validations,
        conditionalFormats: plan.conditionalFormats,
        // A stale name of ours (left by an earlier roadmap) is not added twice: Excel would refuse the whole batch.
        names: plan.names.filter((n) => !taken.has(n.name)),
        inputRanges: [],
      });
      await context.sync();
      return { sheetName: sheet.name, indicators: plan.indicators, rows: plan.inserts.reduce((n, i) => n + i.count, 0), syncs: 3 };
    }),
  );
}
