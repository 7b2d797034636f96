/** What the pane may ask of the workbook: small async functions, the only door from the UI to Excel. */
import type { SheetModel } from "../core/sheet-model";
import { readSelection, type SelectedBlock } from "./read-selection";
import { writeBlock, type BlockWrite, type BlockWriteResult } from "./write-block";
import { writeSheet, type WriteResult } from "./write-sheet";

export interface WorkbookGateway {
  /** Creates a new sheet from the model (never overwrites) and selects its first input cell. */
  writeSheet(model: SheetModel): Promise<WriteResult>;
  /** The user's selected block with its values. */
  readSelection(): Promise<SelectedBlock>;
  /** Writes a named block of lines beside a table, never over the user's cells. */
  writeBlock(block: BlockWrite): Promise<BlockWriteResult>;
}

export const excelGateway: WorkbookGateway = {
  writeSheet: (model) => writeSheet(model),
  readSelection: () => readSelection(),
  writeBlock: (block) => writeBlock(block),
};
