/**
 * Every sheet of the workbook as the roadmap reader takes it, for the «Свод по книге»: three syncs whatever the number
 * of sheets — the sheets, then each one's names and used range, then each one's block (and merged areas).
 */
import type { RoadmapGrid } from "../core/roadmap/check";
import { saying } from "./action-error";
import { localRange, roadmapBlock, roadmapNames } from "./roadmap-block";
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
      const withMerges = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
      const blocks = parts.map(({ sheet, used }) => {
        const names = roadmapNames(sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)) })));
        const bounds = roadmapBlock(names, used.isNullObject ? null : used);
        const range = sheet.getRangeByIndexes(bounds.top, 0, bounds.rows, bounds.columns);
        range.load("values");
        const merged = withMerges ? range.getMergedAreasOrNullObject() : undefined;
        merged?.load("address");
        return { name: sheet.name, names, top: bounds.top, range, merged };
      });
      await context.sync();
      return {
        sheets: blocks.map((b) => ({
          name: b.name,
          grid: { values: b.range.values as unknown[][], top: b.top, left: 0, names: b.names, merges: b.merged && !b.merged.isNullObject ? b.merged.address.split(",").map(localRange) : [] },
        })),
        syncs: 3,
      };
    }),
  );
}
