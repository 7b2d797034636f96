/** What the pane may ask of the workbook: small async functions, the only door from the UI to Excel. */
import type { Edition } from "../core/edition";
import type { FactRowsPlan } from "../core/roadmap/add-facts";
import type { RoadmapGrid } from "../core/roadmap/check";
import type { SheetModel } from "../core/sheet-model";
import type { AddFactRowsResult } from "./add-fact-rows";
import type { SheetRead } from "./check-sheet";
import type { InsertResult, LocalizedFormula } from "./insert-formula";
import type { MarkFinding } from "./mark-plan";
import type { WorkbookSheet } from "./read-roadmap-sheets";
import type { SelectedBlock } from "./read-selection";
import type { SheetValues } from "./read-sheet-values";
import type { StoredEdition } from "./stored-edition";
import type { BlockWrite, BlockWriteResult } from "./write-block";
import type { WriteResult } from "./write-sheet";

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

type Method = keyof WorkbookGateway;
type Call<K extends Method> = (...args: Parameters<WorkbookGateway[K]>) => ReturnType<WorkbookGateway[K]>;

// The adapters (and the sheet writers behind them) load on the first call: the pane's first paint needs none of them.
let loaded: Promise<WorkbookGateway> | undefined;
const adapters = () => (loaded ??= import(/* webpackChunkName: "excel" */ "./adapters").then((m) => m.excelAdapters));

function deferred<K extends Method>(name: K): Call<K> {
  return (async (...args: Parameters<WorkbookGateway[K]>) => {
    const method = (await adapters())[name] as (...a: Parameters<WorkbookGateway[K]>) => ReturnType<WorkbookGateway[K]>;
    return method(...args);
  }) as Call<K>;
}

// A record, not a list: the compiler then asks for every method of the interface.
const METHODS: Record<Method, true> = {
  writeSheet: true,
  writeSheets: true,
  readRoadmapSheets: true,
  readSelection: true,
  writeBlock: true,
  readActiveSheet: true,
  applyMarks: true,
  selectCell: true,
  insertFormula: true,
  addFactRows: true,
  readEdition: true,
  writeEdition: true,
  readSheetValues: true,
  recalculate: true,
};

export const excelGateway = Object.fromEntries((Object.keys(METHODS) as Method[]).map((name) => [name, deferred(name)])) as unknown as WorkbookGateway;
