/**
 * Generates src/core/catalog/strategy.json from the two source texts:
 *   protocol appendix 2 -> sectors, projects, indicators, targets (parse-protocol.ts)
 *   strategy sections 5–6 -> project details joined by (sector, project number) (parse-strategy-details.ts)
 * Run: npm run catalog  (npx tsx scripts/catalog/generate.ts). The JSON is never edited by hand.
 */
import fs from "fs";
import path from "path";
import type { Catalog, Project, ProjectDetails } from "../../src/core/catalog/types";
import { parseProtocolAppendix2WithNotes } from "./parse-protocol";
import { detailsKey, parseStrategyDetails } from "./parse-strategy-details";

export const ROOT = path.join(__dirname, "../..");
export const PROTOCOL_PATH = "data/sources/protocol-2021-09-02.txt";
export const STRATEGY_PATH = "data/sources/strategy.txt";
export const OUTPUT_PATH = "src/core/catalog/strategy.json";

export function readSource(relativePath: string): string {
  return fs.readFileSync(path.join(ROOT, relativePath), "utf8");
}

/** The whole catalog, from the texts only (pure: the tests call it to regenerate in memory). */
export function buildCatalog(protocolText: string, strategyText: string): Catalog {
  const { catalog } = parseProtocolAppendix2WithNotes(protocolText);
  const details = parseStrategyDetails(strategyText, catalog);
  return catalog.map((sector) => ({
    ...sector,
    projects: sector.projects.map((project) => withDetails(project, details.get(detailsKey(sector.code, project.n)))),
  }));
}

function withDetails(project: Project, details: ProjectDetails | undefined): Project {
  return details && Object.keys(details).length > 0 ? { ...project, details } : project;
}

/** 2-space indent and a trailing newline, so a regenerated file diffs cleanly. */
export function serializeCatalog(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

export function summarize(catalog: Catalog): string {
  const projects = catalog.flatMap((s) => s.projects);
  const rows = projects.reduce((sum, p) => sum + p.indicators.length, 0);
  const years = [...new Set(projects.flatMap((p) => p.indicators.flatMap((i) => Object.keys(i.targets))))].sort();
  const withField = (field: keyof ProjectDetails) => projects.filter((p) => p.details?.[field] !== undefined).length;
  const details = `details: term ${withField("term")}, description ${withField("description")}, tasks ${withField("tasks")}`;
  return `catalog: ${catalog.length} sectors, ${projects.length} projects, ${rows} indicator rows, years ${years.join("/")}; ${details} -> ${OUTPUT_PATH}`;
}

function main(): void {
  const catalog = buildCatalog(readSource(PROTOCOL_PATH), readSource(STRATEGY_PATH));
  fs.writeFileSync(path.join(ROOT, OUTPUT_PATH), serializeCatalog(catalog), "utf8");
  console.log(summarize(catalog));
}

if (require.main === module) main();
