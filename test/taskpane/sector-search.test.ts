import { impliedSector, matchingSectors } from "../../src/taskpane/sector-search";

const codes = (query: string) => matchingSectors(query).map((s) => s.code);

describe("the sector picker's search", () => {
  it("finds by code, with a dot or a decimal comma", () => {
    expect(codes("7.2")).toEqual(["7.2"]);
    expect(codes("7,2")).toEqual(["7.2"]);
    expect(codes("7, 2")).toEqual(["7.2"]);
    expect(codes("7,1")).toEqual(["7.1", "7.10", "7.11"]);
  });

  it("finds by name, case, ё and the printed misprint aside", () => {
    expect(codes("образ")).toEqual(["7.1"]);
    expect(codes("ЗДОРОВООХР")).toEqual(["7.2"]);
    expect(codes("")).toHaveLength(11);
  });

  it("implies the sector of an exact code, or the only one shown", () => {
    expect(impliedSector("7,1", matchingSectors("7,1"))?.code).toBe("7.1");
    expect(impliedSector("образ", matchingSectors("образ"))?.code).toBe("7.1");
    expect(impliedSector("ра", matchingSectors("ра"))?.code).toBeUndefined();
    expect(impliedSector("нет такой", matchingSectors("нет такой"))).toBeUndefined();
  });
});
