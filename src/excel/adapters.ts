/** The gateway's Excel side: each method of WorkbookGateway, done by its adapter module. */
import { addFactRows } from "./add-fact-rows";
import { applyMarks, readActiveSheet, selectCell } from "./check-sheet";
import type { WorkbookGateway } from "./gateway";
import { insertFormula } from "./insert-formula";
import { readRoadmapSheets } from "./read-roadmap-sheets";
import { readSelection } from "./read-selection";
import { readSheetValues } from "./read-sheet-values";
import { recalculate } from "./recalculate";
import { readStoredEdition, writeStoredEdition } from "./stored-edition";
import { writeBlock } from "./write-block";
import { writeSheet, writeSheets } from "./write-sheet";

export const excelAdapters: WorkbookGateway = {
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
