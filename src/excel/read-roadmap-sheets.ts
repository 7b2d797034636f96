/**
 * Every sheet of the workbook as the roadmap reader takes it, for the «Свод по книге»: three syncs whatever the number
 * of sheets — the sheets, then each one's names and used range, then each one's block (and merged areas).
 */
import type { RoadmapGrid } from "../core/roadmap/check";
import { saying } from "./action-error";
import { blockGrid, localRange, queueRoadmapBlock, roadmapNames } from "./roadmap-block";
import { runExcel } from "./run";

export interface WorkbookSheet {
  name: string;
  grid: RoadmapGrid;
}

export async function readRoadmapSheets(): Promise<{ sheets: WorkbookSheet[]; syncs: number }> {
  return saying("Не удалось прочитать листы книги", "В книге ничего не изменено", () =>
    runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/visibility");
      await context.sync();
      const visible = worksheets.items.filter((s) => s.visibility === "Visible");
      const parts = visible.map((sheet) => {
        sheet.names.load("items/name, items/formula");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex, columnIndex, rowCount, columnCount");
        return { sheet, used };
      });
      await context.sync();
      const blocks = parts.map(({ sheet, used }) => ({
        name: sheet.name,
        block: queueRoadmapBlock(sheet, roadmapNames(sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)) }))), used),
      }));
      await context.sync();
      return {
        sheets: blocks.map(({ name, block }) => ({ name, grid: blockGrid(block) })),
        syncs: 3,
      };
    }),
  );
}
