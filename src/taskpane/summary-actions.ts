/**
 * «Свод по книге»: every roadmap sheet of the open workbook checked, and the regional «Свод» written as new sheets
 * (never over the user's), with links to the sheets and the chart. Six syncs whatever the number of sheets.
 */
import { builtInEdition, type Edition } from "../core/edition";
import { checkSheets } from "../core/roadmap/check";
import { buildSummarySheets, summarize, summaryTexts, type Submission } from "../core/summary";
import { countOf } from "../core/plural";
import { ExcelActionError } from "../excel/action-error";
import type { WorkbookGateway } from "../excel/gateway";
import { checkEditions } from "./workbook-edition";

export interface SummaryOutcome {
  message: string;
  sheetNames: string[];
  syncs: number;
}

/** `edition`: the workbook's: its sectors, years and regional line make the «Свод». */
export async function makeWorkbookSummary(gateway: WorkbookGateway, options: { edition?: Edition; madeAt?: Date } = {}): Promise<SummaryOutcome> {
  const edition = options.edition ?? builtInEdition;
  const madeAt = options.madeAt ?? new Date();
  const editions = checkEditions(edition);
  const read = await gateway.readRoadmapSheets();
  // Our own earlier «Свод» and «Ниже цели» sheets are not roadmaps: left out without a word.
  const sheets = read.sheets.filter((s) => !isSummarySheet(s.name));
  const submissions: Submission[] = sheets.flatMap((sheet) =>
    checkSheets([{ name: sheet.name, grid: sheet.grid }], { editions })
      .filter((check) => check.roadmap !== undefined)
      .map((check) => ({ body: sheet.name, sheet: sheet.name, check })),
  );
  if (submissions.length === 0) throw new ExcelActionError("В книге нет листов с дорожной картой: откройте книгу, в которую собраны дорожные карты органов (по листу на каждую).");
  const summary = summarize(submissions, [], { edition });
  const written = await gateway.writeSheets(buildSummarySheets(summary, { madeAt: madeAt.toLocaleDateString("ru-RU") }));
  const counted = summary.rows.filter((r) => r.counted).length;
  return {
    sheetNames: written.sheetNames,
    syncs: read.syncs + written.syncs,
    message:
      `Свод записан на лист «${written.sheetNames[0]}» (ниже цели — на лист «${written.sheetNames[1]}»): ` +
      `${countOf(counted, ["дорожная карта", "дорожные карты", "дорожных карт"])} в своде, ` +
      `без дорожной карты ${countOf(summary.missing.length, ["отрасль", "отрасли", "отраслей"])}, значений ниже цели: ${summary.belowTarget.length}.`,
  };
}

function isSummarySheet(name: string): boolean {
  const base = name.replace(/\s\(\d+\)$/, "");
  return base === summaryTexts.sheetName || base === summaryTexts.belowSheetName;
}
