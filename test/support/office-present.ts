/**
 * Imported first by a test that needs the functions to behave as inside Excel, where an `Office` global exists when
 * they load: they then wait for the workbook's edition instead of taking the built-in one.
 */
const officeScope = globalThis as { Office?: unknown };
if (officeScope.Office === undefined) officeScope.Office = {};
export {};
