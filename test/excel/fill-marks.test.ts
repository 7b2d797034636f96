import { CHECK_MARKS, RATING_MARKS, cellsOf, isMarkName, markComment, planFills, rememberedMarks } from "../../src/excel/fill-marks";

describe("fill marks remembered by hidden names", () => {
  it("reads back the marks of one kind with their original fills, skipping a name whose cell is gone", () => {
    const names = [
      { name: "ЦЗ_Пометка_1", range: "C10", comment: markComment(CHECK_MARKS, "#fff4ce") },
      { name: "ЦЗ_Пометка_2", range: "D10", comment: markComment(CHECK_MARKS, null) },
      { name: "ЦЗ_Пометка_3", range: "#REF!", comment: markComment(CHECK_MARKS, null) },
      { name: "Рейтинг_Пометка_1", range: "B7", comment: markComment(RATING_MARKS, "#FFFFFF") },
      { name: "ЦЗ_Показатель_1", range: "B8:E8" },
    ];
    expect(rememberedMarks(CHECK_MARKS, names)).toEqual([
      { name: "ЦЗ_Пометка_1", address: "C10", original: "#FFF4CE" },
      { name: "ЦЗ_Пометка_2", address: "D10", original: null },
    ]);
    expect(rememberedMarks(RATING_MARKS, names)).toEqual([{ name: "Рейтинг_Пометка_1", address: "B7", original: "#FFFFFF" }]);
    expect(names.map((n) => isMarkName(n.name))).toEqual([true, true, true, true, false]);
  });

  it("restores a cell remembered twice once under its first original, and paints the rest", () => {
    const plan = planFills(
      RATING_MARKS,
      new Map([["B7", "#FDE7E9"]]),
      [
        { name: "Рейтинг_Пометка_1", address: "B7", original: "#00FF00" },
        { name: "Рейтинг_Пометка_2", address: "B7", original: "#FDE7E9" },
      ],
      new Map(),
    );
    expect(plan.restore).toEqual([{ name: "Рейтинг_Пометка_2", address: "B7", original: "#00FF00" }]);
    expect(plan.paint).toEqual([{ address: "B7", colour: "#FDE7E9" }]);
  });

  it("lists the cells of a range", () => {
    expect(cellsOf("B7:D8")).toEqual(["B7", "C7", "D7", "B8", "C8", "D8"]);
  });
});
