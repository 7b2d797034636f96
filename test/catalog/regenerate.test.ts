/** The committed strategy.json is exactly what the generator makes from the two sources today. */
import fs from "fs";
import path from "path";
import { buildCatalog, OUTPUT_PATH, PROTOCOL_PATH, readSource, serializeCatalog, STRATEGY_PATH, summarize } from "../../scripts/catalog/generate";

const committed = fs.readFileSync(path.join(__dirname, "../..", OUTPUT_PATH), "utf8");
const regenerated = buildCatalog(readSource(PROTOCOL_PATH), readSource(STRATEGY_PATH));

describe("strategy.json is generated, not edited", () => {
  it("deep-equals a catalog regenerated in memory from the sources", () => {
    expect(regenerated).toEqual(JSON.parse(committed));
  });

  it("is byte-identical to the generator's output (2-space indent, trailing newline)", () => {
    expect(serializeCatalog(regenerated)).toBe(committed);
  });

  it("summarizes in one line", () => {
    expect(summarize(regenerated)).toMatch(/^catalog: 11 sectors, 56 projects, 107 indicator rows, years 2022\/2023\/2024; details: term 56, description \d+, tasks \d+ -> /);
    expect(summarize(regenerated)).not.toContain("\n");
  });
});
