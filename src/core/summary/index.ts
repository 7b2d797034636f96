/** The regional «Свод» of many checked roadmaps: summarize() the data, buildSummarySheets() the workbook. */
export { summarize } from "./summarize";
export type { BelowTarget, Submission, Summary, SummaryRow, SummarizeOptions, Unreadable } from "./summarize";
export { buildSummarySheets, linkFormula } from "./sheet";
export type { SummarySheetOptions } from "./sheet";
export { summaryTexts } from "./texts";
