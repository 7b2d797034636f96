/**
 * Generated workbooks as LibreOffice prints them: every word of every wrapped cell appears on the pages (a row too
 * short for its text cuts words off the print), the header repeats, the pages are A4 and numbered.
 */
import { findSector } from "../../src/core/catalog";
import { buildRatingSheet } from "../../src/core/rating";
import { buildRoadmap } from "../../src/core/roadmap";
import type { SheetModel } from "../../src/core/sheet-model";
import { writeXlsx } from "../../src/xlsx";
import { toPdf } from "../support/libreoffice";
import { pdfPages } from "../support/pdf-text";

const SLOW = 120_000;

/** Words of the model's texts, as they must come out on paper (spaces do not count: a long word may break). */
function words(model: SheetModel): string[] {
  const all = new Set<string>();
  for (const row of model.cells) for (const cell of row) if ("value" in cell && typeof cell.value === "string") for (const w of cell.value.split(/[\s«»"()]+/)) if (w.length >= 3) all.add(w.replace(/[.,;:]+$/, ""));
  return [...all];
}

// pdftotext joins a word broken at a hyphen across lines without the hyphen.
const squeeze = (text: string) => text.replace(/[\s\-‐]+/g, "");

describe.each<[string, () => SheetModel]>([
  ["a roadmap with the strategy's activities filled in", () => buildRoadmap(findSector("7.5") ?? (() => { throw new Error("7.5"); })(), { prefillActivities: true })],
  ["the sample rating sheet", () => buildRatingSheet({ bodies: "sample" })],
])("%s, printed by LibreOffice", (_what, make) => {
  let pages: string[];
  const model = make();
  beforeAll(async () => {
    pages = pdfPages(await toPdf(await writeXlsx([model])));
  }, SLOW);

  it("shows every word of every cell: no row is too short for its text", () => {
    const printed = squeeze(pages.join(""));
    expect(words(model).filter((w) => !printed.includes(squeeze(w)))).toEqual([]);
  });

  it("numbers its pages and repeats the table's header on each", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThan(30);
    pages.forEach((page, i) => expect(page).toContain(`Страница ${i + 1} из ${pages.length}`));
    const header = model.print?.titleRows;
    expect(header).toBeDefined();
    const firstHeaderCell = model.cells[Number(header?.split(":")[0]) - 1][1];
    const text = "value" in firstHeaderCell ? String(firstHeaderCell.value) : "";
    for (const page of pages) expect(squeeze(page)).toContain(squeeze(text));
  });
});
