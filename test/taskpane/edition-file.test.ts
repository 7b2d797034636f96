/** An edition from a `.json` file: the Приозёрная fixture reads; what is wrong with a bad one is listed in Russian. */
import { readFileSync } from "fs";
import { join } from "path";
import { builtInEdition } from "../../src/core/edition";
import { editionFromText } from "../../src/taskpane/edition-file";

const fixture = readFileSync(join(__dirname, "../fixtures/editions/priozernaya-2025.json"), "utf8");

it("reads the fixture, a BOM at the start included", () => {
  const read = editionFromText(`\uFEFF${fixture}`);
  expect(read.ok && [read.edition.id, read.edition.region, read.edition.approved]).toEqual(["priozernaya-2025", "Приозёрная область", "15.03.2025"]);
});

it("lists what is wrong: not JSON, missing fields, the built-in id taken", () => {
  expect(editionFromText("{ region: ")).toEqual({ ok: false, problems: [expect.stringMatching(/^файл не в формате JSON/)] });
  const missing = editionFromText(JSON.stringify({ id: "x", region: "Область" }));
  expect(missing.ok).toBe(false);
  expect(!missing.ok && missing.problems).toEqual(expect.arrayContaining(["нет поля «document»", "нет отраслей (sectors)"]));
  const taken = editionFromText(JSON.stringify({ ...JSON.parse(fixture), id: builtInEdition.id }));
  expect(!taken.ok && taken.problems[0]).toMatch(/занят встроенной редакцией/);
  expect(editionFromText(JSON.stringify(builtInEdition))).toEqual({ ok: true, edition: builtInEdition });
});
