/** The xlsx adapter: SheetModel -> .xlsx (exceljs) and .xlsx -> WorkbookSnapshot for tests and tools. */
export { writeXlsx, formulaText } from "./write";
export { readXlsx } from "./read";
export { XlsxReadError } from "./read-error";
export type { XlsxLimit, XlsxReadErrorKind } from "./read-error";
export { MAX_FILE_BYTES, MAX_PACKAGE_ENTRIES, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES, MAX_WORKBOOK_CELLS } from "./limits";
export { snapshotCell, snapshotSheet } from "./snapshot";
export { roadmapGrid } from "./roadmap-grid";
export type { SheetSnapshot, SnapshotName, SnapshotValue, WorkbookSnapshot } from "./snapshot";
