/** «Проверить»: read the active sheet's roadmap, validate it in the core, mark the cells. Three syncs in all. */
import { pluralForm } from "../core/plural";
import { checkRoadmap, sortFindings, type Finding } from "../core/roadmap/check";
import { digestFindings, type RoadmapDigest } from "../core/roadmap/digest";
import { builtInEdition, type Edition } from "../core/edition";
import type { WorkbookGateway } from "../excel/gateway";
import { COMMENT_PREFIX } from "../excel/mark-plan";
import { checkEditions } from "./workbook-edition";
import type { TaskNote } from "./useTask";

export interface CheckOutcome {
  sheetName: string;
  sectorName?: string;
  findings: Finding[];
  errors: number;
  warnings: number;
  /** What the pane shows: errors, folded warnings, counts; or that there is no roadmap, or nothing filled in yet. */
  digest: RoadmapDigest;
}

/** `edition`: the workbook's; a roadmap made with the built-in one is still read with that, by its marker or rows. */
/** `asOf`: the reporting date the facts are judged by (years before its year have ended); today by default. */
export async function checkActiveSheet(gateway: WorkbookGateway, edition: Edition = builtInEdition, asOf?: Date): Promise<CheckOutcome> {
  const read = await gateway.readActiveSheet();
  const { roadmap, findings } = checkRoadmap(read.grid, { editions: checkEditions(edition), ...(asOf ? { asOf } : {}) });
  const sorted = sortFindings(findings);
  const digest = digestFindings(sorted, roadmap);
  // No roadmap, or nothing filled in: no cell is painted, only the marks of an earlier check come off.
  await gateway.applyMarks(read, digest.marked);
  return {
    sheetName: read.sheetName,
    ...(roadmap?.sector ? { sectorName: roadmap.sector.name } : {}),
    findings: sorted,
    errors: sorted.filter((f) => f.severity === "error").length,
    warnings: sorted.filter((f) => f.severity === "warning").length,
    digest,
  };
}

/** «с 1 ячейки», «с 2 ячеек», «с 21 ячейки». */
const CELLS_GENITIVE = ["ячейки", "ячеек", "ячеек"] as const;

/** Takes the marks of the last check off the active sheet and restores the fills that were there. */
export async function clearMarks(gateway: WorkbookGateway): Promise<TaskNote> {
  const read = await gateway.readActiveSheet();
  const ourComments = read.comments.filter((c) => c.content.startsWith(COMMENT_PREFIX)).length;
  if (read.markedCells === 0 && ourComments === 0) {
    return { intent: "info", message: `На листе «${read.sheetName}» нет пометок проверки: снимать нечего.` };
  }
  await gateway.applyMarks(read, []);
  const message =
    read.markedCells > 0
      ? `Пометки проверки сняты с ${read.markedCells} ${pluralForm(read.markedCells, CELLS_GENITIVE)} листа «${read.sheetName}»; прежняя заливка восстановлена.`
      : `Комментарии проверки сняты с листа «${read.sheetName}».`;
  return { intent: "success", message };
}
