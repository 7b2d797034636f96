/**
 * context.sync() calls and the largest request per user action, counted against the in-memory Excel (the same fake
 * the tests use): creating each sector's roadmap, checking it filled in, the rating sheet, the recommendations beside
 * a user's table and the «Свод» of a workbook of roadmaps. Prints one JSON object; npm run bench reports it.
 */
import { catalog, sectorIndicators, workbookTarget, type Sector } from "../src/core/catalog";
import samples from "../src/core/rating/sample-bodies.json";
import { buildRoadmap, roadmapNames } from "../src/core/roadmap";
import { parseRange, type SheetModel } from "../src/core/sheet-model";
import { excelGateway } from "../src/excel/gateway";
import { installFakeOffice, type FakeExcel } from "../src/fake-excel";
import { checkActiveSheet } from "../src/taskpane/check-actions";
import { createRatingSheet, recalculateRecommendations } from "../src/taskpane/rating-actions";
import { makeWorkbookSummary } from "../src/taskpane/summary-actions";

interface Count {
  action: string;
  syncs: number;
  largestRequestKB: number;
  ms: number;
}

function freshExcel(): FakeExcel {
  return installFakeOffice(globalThis, { sheets: ["Лист1"], payloadLimitBytes: Infinity });
}

async function count(fake: FakeExcel, action: string, run: () => Promise<unknown>): Promise<Count> {
  fake.workbook.resetSyncCount();
  const start = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const largest = Math.max(0, ...fake.workbook.payloadSizes);
  return { action, syncs: fake.workbook.syncCount, largestRequestKB: Math.round(largest / 102.4) / 10, ms: Math.round(ms * 10) / 10 };
}

/** A roadmap filled as a body would, a little under the targets: every check rule finds something to mark. */
function filledRoadmap(sector: Sector): SheetModel {
  const model = buildRoadmap(sector);
  const rowOf = (name: string) => parseRange(model.names.find((n) => n.name === name)?.range ?? "A1").top;
  for (const indicator of sectorIndicators(sector)) {
    ["2021", "2022", "2023", "2024"].forEach((year, y) => {
      const target = workbookTarget(indicator, year);
      const value = target === undefined ? 0 : target === null ? "x" : Math.round(target * 0.9 * 10000) / 10000;
      model.cells[rowOf(roadmapNames.value(indicator.number))][1 + y] = { value };
      model.cells[rowOf(roadmapNames.activities(indicator.number))][1 + y] = { value: y === 3 ? "" : "Мероприятия по плану" };
    });
  }
  return model;
}

const worst = (counts: readonly Count[]) => counts.reduce((a, b) => (b.syncs > a.syncs || (b.syncs === a.syncs && b.largestRequestKB > a.largestRequestKB) ? b : a));

async function main(): Promise<void> {
  const create: Count[] = [];
  const check: Count[] = [];
  for (const sector of catalog) {
    let fake = freshExcel();
    create.push(await count(fake, `roadmap ${sector.code}`, () => excelGateway.writeSheet(buildRoadmap(sector))));
    fake = freshExcel();
    await excelGateway.writeSheet(filledRoadmap(sector));
    // The first check paints its marks; the second takes them off and paints again, which is the longer path.
    check.push(await count(fake, `check ${sector.code}`, () => checkActiveSheet(excelGateway)));
    check.push(await count(fake, `check again ${sector.code}`, () => checkActiveSheet(excelGateway)));
  }

  let fake = freshExcel();
  const rating = await count(fake, "rating sheet (30 bodies)", () => createRatingSheet(excelGateway, "sample"));

  fake = installFakeOffice(globalThis, { sheets: ["Данные"], payloadLimitBytes: Infinity });
  const table = [["№", "Орган", "Сотрудников", "Обучено"], ...samples.bodies.map((b) => [b.n, b.name, b.employees, b.trained])];
  table.forEach((row, r) => row.forEach((value, c) => fake.workbook.setCell("Данные", `${"ABCD"[c]}${r + 1}`, value)));
  fake.workbook.setSelection("Данные", `A1:D${table.length}`);
  const recommendations = await count(fake, "recommendations (30 bodies)", async () => {
    const outcome = await recalculateRecommendations(excelGateway);
    if (outcome.status !== "done") throw new Error("the table's columns were not recognised");
  });

  fake = freshExcel();
  for (const sector of catalog) await excelGateway.writeSheet(filledRoadmap(sector));
  const summary = await count(fake, `summary (${catalog.length} roadmaps)`, () => makeWorkbookSummary(excelGateway, { madeAt: new Date(2024, 0, 1) }));

  const result = {
    createRoadmap: worst(create).syncs,
    checkRoadmap: worst(check).syncs,
    createRating: rating.syncs,
    recommendations: recommendations.syncs,
    summary: summary.syncs,
    actions: [...create, ...check, rating, recommendations, summary],
    sectorsMeasured: catalog.length,
    sectorsDiffer: new Set(create.map((c) => c.syncs)).size > 1 || new Set(check.map((c) => c.syncs)).size > 1,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
