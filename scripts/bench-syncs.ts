/**
 * context.sync() calls and request sizes per user action, measured against the in-memory Excel (the same fake the
 * tests use): creating each sector's roadmap, the rating sheet, and checking a roadmap.
 */
import { catalog } from "../src/core/catalog";
import { buildRatingSheet } from "../src/core/rating";
import { buildRoadmap } from "../src/core/roadmap";
import { excelGateway } from "../src/excel/gateway";
import { writeSheet } from "../src/excel/write-sheet";
import { installFakeOffice } from "../src/fake-excel";
import { checkActiveSheet } from "../src/taskpane/check-actions";

async function main(): Promise<void> {
  const fake = installFakeOffice(globalThis, { payloadLimitBytes: Infinity });
  const book = fake.workbook;
  const rows: string[][] = [];
  const measure = async (label: string, action: () => Promise<unknown>) => {
    book.resetSyncCount();
    const start = process.hrtime.bigint();
    await action();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    rows.push([label, String(book.syncCount), `${(book.lastPayloadBytes / 1024).toFixed(1)} KB`, `${ms.toFixed(1)} ms`]);
  };
  for (const sector of catalog) await measure(`roadmap ${sector.code}`, () => writeSheet(buildRoadmap(sector)));
  await measure("rating sheet (30 bodies)", () => writeSheet(buildRatingSheet({ bodies: "sample" })));
  await measure("check (roadmap 7.2, empty)", async () => {
    const sector = catalog.find((s) => s.code === "7.2");
    if (sector) await writeSheet(buildRoadmap(sector));
    book.resetSyncCount();
    await checkActiveSheet(excelGateway);
  });
  console.log("context.sync() per action against the in-memory Excel (largest request, time in the fake):");
  for (const [label, syncs, bytes, ms] of rows) console.log(`  ${label.padEnd(28)} ${syncs.padStart(2)} syncs  ${bytes.padStart(9)}  ${ms.padStart(9)}`);
}

void main();
