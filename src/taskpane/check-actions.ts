/** «Проверить»: read the active sheet's roadmap, validate it in the core, mark the cells. Three syncs in all. */
import { checkRoadmap, sortFindings, type Finding } from "../core/roadmap/check";
import type { WorkbookGateway } from "../excel/gateway";

export interface CheckOutcome {
  sheetName: string;
  sectorName?: string;
  findings: Finding[];
  errors: number;
  warnings: number;
}

export async function checkActiveSheet(gateway: WorkbookGateway): Promise<CheckOutcome> {
  const read = await gateway.readActiveSheet();
  const { roadmap, findings } = checkRoadmap(read.grid);
  const sorted = sortFindings(findings);
  await gateway.applyMarks(read, sorted);
  return {
    sheetName: read.sheetName,
    sectorName: roadmap?.sector?.name,
    findings: sorted,
    errors: sorted.filter((f) => f.severity === "error").length,
    warnings: sorted.filter((f) => f.severity === "warning").length,
  };
}

/** Takes the marks of the last check off the active sheet and restores the fills that were there. */
export async function clearMarks(gateway: WorkbookGateway): Promise<string> {
  const read = await gateway.readActiveSheet();
  await gateway.applyMarks(read, []);
  return `Пометки проверки сняты с листа «${read.sheetName}».`;
}

/** Findings grouped by indicator, in the order of the sheet; those about the sheet as a whole first. */
export function groupFindings(findings: readonly Finding[]): { key: string; title: string; findings: Finding[] }[] {
  const groups = new Map<string, { key: string; title: string; findings: Finding[] }>();
  for (const finding of findings) {
    const key = finding.indicator ? `i${finding.indicator.shownNumber}` : "sheet";
    const title = finding.indicator ? `Показатель ${finding.indicator.shownNumber}. ${finding.indicator.name}` : "Лист в целом";
    const group = groups.get(key) ?? { key, title, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => Number(b.key === "sheet") - Number(a.key === "sheet"));
}
