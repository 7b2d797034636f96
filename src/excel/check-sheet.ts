/**
 * The check of the active sheet, in three syncs whatever the sheet's size: (1) the sheet, its names, the extent of
 * the used range, the remembered marks and the comments; (2) the values and fills of the roadmap's block only, and
 * where the comments are; (3) undo the previous marks and write the new ones. Never changes a value.
 */
import { runExcel } from "./run";
import type { RoadmapGrid } from "../core/roadmap/check";
import { cellAddress } from "../core/sheet-model";
import { MARKS_SETTING, planMarks, type MarkFinding, type MarksState, type SheetMarks } from "./mark-plan";

/** A roadmap has a few dozen rows; a hand-made one with notes may have more. Never read a huge used range whole. */
export const MAX_BLOCK_ROWS = 600;
export const MAX_BLOCK_COLUMNS = 16;

export interface SheetRead {
  sheetId: string;
  sheetName: string;
  grid: RoadmapGrid;
  fills: Map<string, string>;
  comments: { id: string; address: string; content: string }[];
  previous?: SheetMarks;
  /** Cells the last check marked on this sheet (0: nothing to take off). */
  markedCells: number;
  state: MarksState;
  syncs: number;
}

/** Comments need ExcelApi 1.10; an older Excel gets the fills only. */
function commentsSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.10");
}

/** Merged areas need ExcelApi 1.13; without them a value merged over the year columns reads in its first cell only. */
function mergesSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

function settingValue(value: unknown): MarksState {
  return value && typeof value === "object" ? (value as MarksState) : {};
}

/** "=ДК!$B$8:$E$8" or "='ДК (2)'!$B$8" -> "B8:E8". */
function localRange(formula: string): string {
  return formula.trim().replace(/^=/, "").split("!").pop()?.replace(/\$/g, "") ?? "";
}

function rowsOf(range: string): number[] {
  return range.split(":").map((part) => Number(/\d+/.exec(part)?.[0] ?? NaN) - 1);
}

export async function readActiveSheet(): Promise<SheetRead> {
  return runExcel(async (context) => {
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
    const names = sheet.names.items.map((n) => ({ name: n.name, range: localRange(String(n.formula)), comment: n.comment }));
    const lastNamedRow = names.reduce((last, n) => rowsOf(n.range).reduce((a, r) => (Number.isFinite(r) && r > a ? r : a), last), -1);
    const top = lastNamedRow >= 0 ? 0 : used.isNullObject ? 0 : used.rowIndex;
    const lastUsedRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount - 1;
    // Our names bound the roadmap exactly; a hand-made sheet is read from its used range, capped.
    const bottom = Math.min(top + MAX_BLOCK_ROWS - 1, lastNamedRow >= 0 ? lastNamedRow : Math.max(lastUsedRow, top));
    const right = Math.min(MAX_BLOCK_COLUMNS - 1, used.isNullObject ? 0 : used.columnIndex + used.columnCount - 1);
    const block = sheet.getRangeByIndexes(top, 0, bottom - top + 1, right + 1);
    block.load("values");
    const properties = block.getCellProperties({ address: true, format: { fill: { color: true } } });
    const merged = mergesSupported() ? block.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    const locations = (withComments ? sheet.comments.items : []).map((comment) => {
      const location = comment.getLocation();
      location.load("address");
      return { id: comment.id, content: comment.content, location };
    });
    await context.sync();

    const state = setting.isNullObject ? {} : settingValue(setting.value);
    const previous = state[sheet.id];
    const fills = new Map<string, string>();
    properties.value.forEach((row, r) =>
      row.forEach((cell, c) => fills.set(cellAddress(top + r, c), cell.format?.fill?.color ?? "#FFFFFF")),
    );
    return {
      sheetId: sheet.id,
      sheetName: sheet.name,
      grid: { values: block.values as unknown[][], top, left: 0, names, merges: merged && !merged.isNullObject ? merged.address.split(",").map(localRange) : [] },
      fills,
      comments: locations.map((l) => ({ id: l.id, content: l.content, address: localRange(l.location.address) })),
      previous,
      markedCells: previous ? Object.keys(previous.fills).length : 0,
      state,
      syncs: 2,
    };
  });
}

/** Undoes the previous marks and writes the new ones (none: only undo), and remembers them. One sync. */
export async function applyMarks(read: SheetRead, findings: readonly MarkFinding[]): Promise<{ marked: number; syncs: number }> {
  const plan = planMarks(findings, read.previous, read.fills, read.comments);
  const withComments = commentsSupported();
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(read.sheetId);
    for (const [address, colour] of Object.entries(plan.restore)) {
      const fill = sheet.getRange(address).format.fill;
      if (colour === null) fill.clear();
      else fill.color = colour;
    }
    // The ids were read moments ago in the same check; getItem (not a null object) so a vanished comment is reported.
    if (withComments) for (const id of plan.deleteComments) sheet.comments.getItem(id).delete();
    for (const [address, colour] of Object.entries(plan.fills)) sheet.getRange(address).format.fill.color = colour;
    if (withComments) for (const [address, text] of Object.entries(plan.comments)) sheet.comments.add(`${read.sheetName}!${address}`, text);
    const state: MarksState = { ...read.state, [read.sheetId]: plan.next };
    if (Object.keys(plan.fills).length === 0) delete state[read.sheetId];
    context.workbook.settings.add(MARKS_SETTING, state);
    await context.sync();
    return { marked: Object.keys(plan.fills).length, syncs: 1 };
  });
}

/** Selects a cell of a sheet (a finding's cell). One sync. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
