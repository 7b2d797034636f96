/**
 * The check of the active sheet, in three syncs whatever the sheet's size: (1) the sheet, its names (the roadmap's
 * and the hidden names that remember our marks), the extent of the used range and the comments; (2) the values, fills
 * and merged areas of the roadmap's block only, and where the comments are; (3) undo the previous marks and write the
 * new ones. Never changes a value.
 */
import { runExcel } from "./run";
import type { RoadmapGrid } from "../core/roadmap/check";
import { cellAddress } from "../core/sheet-model";
import { saying } from "./action-error";
import { fillOf, queueFills } from "./apply-fills";
import { CHECK_MARKS, rememberedMarks, type RememberedMark } from "./fill-marks";
import { MARKS_SETTING, legacyMarks, planMarks, type MarkFinding } from "./mark-plan";
import { blockGrid, localRange, queueRoadmapBlock, roadmapNames } from "./roadmap-block";

export { MAX_BLOCK_COLUMNS, MAX_BLOCK_ROWS } from "./roadmap-block";

export interface SheetRead {
  sheetId: string;
  sheetName: string;
  grid: RoadmapGrid;
  /** Fill of each cell of the block as it is now; null: no fill. */
  fills: Map<string, string | null>;
  comments: { id: string; address: string; content: string }[];
  /** The cells the last check painted, where they are now, with the fill each had. */
  remembered: RememberedMark[];
  /** Cells the last check marked on this sheet (0: nothing to take off). */
  markedCells: number;
  /** An earlier version kept the marks in the workbook settings: drop them once they are taken over. */
  legacySetting?: Record<string, unknown>;
  syncs: number;
}

/** Comments need ExcelApi 1.10; an older Excel gets the fills only. */
function commentsSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.10");
}


const READ_FAILED = "Не удалось прочитать лист для проверки";
const NOTHING_CHANGED = "На листе ничего не изменено";

export async function readActiveSheet(): Promise<SheetRead> {
  return saying(READ_FAILED, NOTHING_CHANGED, () =>
    runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("id, name");
      sheet.names.load("items/name, items/formula, items/comment");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, columnIndex, rowCount, columnCount");
      const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
      setting.load("value");
      const withComments = commentsSupported();
      if (withComments) sheet.comments.load("items/id, items/content");
      await context.sync();

      // NamedItem.formula is typed any (a name may hold a constant); ours always refer to a range.
      const allNames = sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)), comment: n.comment }));
      const block = queueRoadmapBlock(sheet, roadmapNames(allNames), used);
      const properties = block.range.getCellProperties({ address: true, format: { fill: { color: true, pattern: true } } });
      const locations = (withComments ? sheet.comments.items : []).map((comment) => {
        const location = comment.getLocation();
        location.load("address");
        return { id: comment.id, content: comment.content, location };
      });
      await context.sync();

      const legacySetting = setting.isNullObject || !setting.value || typeof setting.value !== "object" ? undefined : (setting.value as Record<string, unknown>);
      const remembered = [...rememberedMarks(CHECK_MARKS, allNames), ...(legacySetting ? legacyMarks(legacySetting, sheet.id) : [])];
      const fills = new Map<string, string | null>();
      properties.value.forEach((row, r) => row.forEach((cell, c) => fills.set(cellAddress(block.top + r, c), fillOf(cell))));
      return {
        sheetId: sheet.id,
        sheetName: sheet.name,
        grid: blockGrid(block),
        fills,
        comments: locations.map((l) => ({ id: l.id, content: l.content, address: localRange(l.location.address) })),
        remembered,
        markedCells: new Set(remembered.map((m) => m.address)).size,
        ...(legacySetting ? { legacySetting } : {}),
        syncs: 2,
      };
    }),
  );
}

const MARKING_FAILED = "Пометки проверки поставлены не полностью";
const MARKING_SAFE = "Значения ячеек не изменены; нажмите «Проверить» ещё раз или «Снять пометки» — всё, что успело появиться, снимется";

/** Undoes the previous marks and writes the new ones (none: only undo). One sync. */
export async function applyMarks(read: SheetRead, findings: readonly MarkFinding[]): Promise<{ marked: number; syncs: number }> {
  const plan = planMarks(findings, read.remembered, read.fills, read.comments);
  const withComments = commentsSupported();
  return saying(MARKING_FAILED, MARKING_SAFE, () =>
    runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(read.sheetId);
      queueFills(sheet, plan.fills);
      // The ids were read moments ago in the same check; getItem (not a null object) so a vanished comment is reported.
      if (withComments) for (const id of plan.deleteComments) sheet.comments.getItem(id).delete();
      // A Range, not «Лист!D8»: a sheet name with spaces would need quoting in an address.
      if (withComments) for (const [address, text] of Object.entries(plan.comments)) sheet.comments.add(sheet.getRange(address), text);
      if (read.legacySetting && read.sheetId in read.legacySetting) {
        const rest = Object.fromEntries(Object.entries(read.legacySetting).filter(([id]) => id !== read.sheetId));
        if (Object.keys(rest).length > 0) context.workbook.settings.add(MARKS_SETTING, rest);
        else context.workbook.settings.getItem(MARKS_SETTING).delete();
      }
      await context.sync();
      return { marked: plan.fills.paint.length, syncs: 1 };
    }),
  );
}

/** Selects a cell or a range of a sheet (a finding's cells). One sync. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
