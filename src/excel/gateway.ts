/** What the pane may ask of the workbook: small async functions, the only door from the UI to Excel. */
import type { FactRowsPlan } from "../core/roadmap/add-facts";
import type { RoadmapGrid } from "../core/roadmap/check";
import type { SheetModel } from "../core/sheet-model";
import { addFactRows, type AddFactRowsResult } from "./add-fact-rows";
import { applyMarks, readActiveSheet, selectCell, type SheetRead } from "./check-sheet";
import { insertFormula, type InsertResult, type LocalizedFormula } from "./insert-formula";
import type { MarkFinding } from "./mark-plan";
import { readRoadmapSheets, type WorkbookSheet } from "./read-roadmap-sheets";
import { readSelection, type SelectedBlock } from "./read-selection";
import { readSheetValues, type SheetValues } from "./read-sheet-values";
import { recalculate } from "./recalculate";
import { readStoredEdition, writeStoredEdition, type StoredEdition } from "./stored-edition";
import type { Edition } from "../core/edition";
import { writeBlock, type BlockWrite, type BlockWriteResult } from "./write-block";
import { writeSheet, writeSheets, type WriteResult } from "./write-sheet";

export interface WorkbookGateway {
  /** Creates a new sheet from the model (never overwrites) and selects its first input cell. */
  writeSheet(model: SheetModel): Promise<WriteResult>;
  /** Creates several new sheets at once (never overwrites), all or none; the first is activated. */
  writeSheets(models: readonly SheetModel[]): Promise<{ sheetNames: string[]; syncs: number }>;
  /** Every visible sheet's roadmap block, in a bounded number of syncs. */
  readRoadmapSheets(): Promise<{ sheets: WorkbookSheet[]; syncs: number }>;
  /** The user's selected block with its values (and where our block `blockName` stands on that sheet). */
  readSelection(blockName?: string): Promise<SelectedBlock>;
  /** Writes a named block of lines beside a table, never over the user's cells. */
  writeBlock(block: BlockWrite): Promise<BlockWriteResult>;
  /** The active sheet's roadmap block (values, names, fills) and the marks of the last check. */
  readActiveSheet(): Promise<SheetRead>;
  /** Undoes the last check's marks and marks the findings' cells (fill and a comment). */
  applyMarks(read: SheetRead, findings: readonly MarkFinding[]): Promise<{ marked: number; syncs: number }>;
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Writes a formula into the active cell in the language of this Excel; a non-empty cell only with `replace`. */
  insertFormula(formula: LocalizedFormula, options?: { replace?: boolean }): Promise<InsertResult>;
  /** Inserts the rows `planFor` plans for the active sheet's roadmap (fact, achievement, status…); never overwrites. */
  addFactRows(planFor: (grid: RoadmapGrid) => FactRowsPlan | string): Promise<AddFactRowsResult>;
  /** The strategy edition kept in the workbook (our very hidden sheet), if any. */
  readEdition(): Promise<StoredEdition>;
  /** Keeps the edition in the workbook: creates our very hidden sheet or rewrites it; never a user's sheet. */
  writeEdition(edition: Edition): Promise<{ syncs: number }>;
  /** Every visible sheet's values from A1 (capped): an edition table kept in the workbook. */
  readSheetValues(): Promise<{ sheets: SheetValues[]; syncs: number }>;
  /** Every formula computed again (the add-in's functions follow the edition). */
  recalculate(): Promise<{ syncs: number }>;
}

export const excelGateway: WorkbookGateway = {
  writeSheet: (model) => writeSheet(model),
  writeSheets: (models) => writeSheets(models),
  readRoadmapSheets: () => readRoadmapSheets(),
  readSelection: (blockName) => readSelection(blockName),
  writeBlock: (block) => writeBlock(block),
  readActiveSheet: () => readActiveSheet(),
  applyMarks: (read, findings) => applyMarks(read, findings),
  selectCell: (sheetName, address) => selectCell(sheetName, address),
  insertFormula: (formula, options) => insertFormula(formula, options),
  addFactRows: (planFor) => addFactRows(planFor),
  readEdition: () => readStoredEdition(),
  writeEdition: (edition) => writeStoredEdition(edition),
  recalculate: () => recalculate(),
  readSheetValues: () => readSheetValues(),
};
