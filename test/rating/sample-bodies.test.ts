import { readFileSync } from "fs";
import sample from "../../src/core/rating/sample-bodies.json";
import { SAMPLE_PATH, extractSample, sampleJson } from "../../scripts/rating/extract-sample";
import { appendix1Bodies, protocolText } from "../support/seeds";

describe("sample-bodies.json is generated from the protocol", () => {
  it("equals a fresh extraction byte for byte (rerun: npx tsx scripts/rating/extract-sample.ts)", () => {
    expect(readFileSync(SAMPLE_PATH, "utf8")).toBe(sampleJson(protocolText()));
  });

  it("agrees with the independent seed reader of appendix 1", () => {
    expect(sample.bodies).toEqual(appendix1Bodies().map(({ n, name, employees, trained }) => ({ n, name, employees, trained })));
    expect(sample.bodies).toHaveLength(30);
  });

  it("refuses text without the table", () => {
    expect(() => extractSample("нет таблицы")).toThrow(/appendix 1/);
  });
});
