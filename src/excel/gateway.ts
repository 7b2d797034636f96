/** What the pane may ask of the workbook: small async functions, the only door from the UI to Excel. */
import type { SheetModel } from "../core/sheet-model";
import { writeSheet, type WriteResult } from "./write-sheet";

export interface WorkbookGateway {
  /** Creates a new sheet from the model (never overwrites) and selects its first input cell. */
  writeSheet(model: SheetModel): Promise<WriteResult>;
}

export const excelGateway: WorkbookGateway = {
  writeSheet: (model) => writeSheet(model),
};
