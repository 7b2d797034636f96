/**
 * How much of a workbook file the reader takes: a bounded block, whatever the file claims. A roadmap or a rating
 * table fills a few hundred cells; these caps leave ample room and keep a hostile file (cells at A1 and XFD1048576,
 * a zip bomb, a merge or a name over the whole sheet) from costing more than a few hundred megabytes or seconds.
 */

/** Rows of a sheet read, from row 1; further rows are left out and the sheet says so (SheetSnapshot.clipped). */
export const MAX_SHEET_ROWS = 10_000;

/** Columns of a sheet read, from column A (200 = GR); further columns are left out the same way. */
export const MAX_SHEET_COLUMNS = 200;

/** Cells of all sheets' grids together (one full 10 000 × 200 block): many sheets with far corners pass it. */
export const MAX_WORKBOOK_CELLS = 2_000_000;

/** The file itself, compressed. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The parts the reader inflates (workbook, sheets, shared strings, styles), uncompressed, together. Checked while
 * inflating, so a zip bomb stops at this size whatever sizes its headers declare. Other parts (images, drawings)
 * are never inflated.
 */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/** Parts in the zip (an .xlsx has a few dozen). */
export const MAX_PACKAGE_ENTRIES = 2_000;
