/** The xlsx adapter: SheetModel -> .xlsx (exceljs) and .xlsx -> WorkbookSnapshot for tests and tools. */
export { writeXlsx, formulaText } from "./write";
export { readXlsx } from "./read";
export { snapshotCell, snapshotSheet } from "./snapshot";
export { roadmapGrid } from "./roadmap-grid";
export type { SheetSnapshot, SnapshotName, SnapshotValue, WorkbookSnapshot } from "./snapshot";
