import { COMMENT_PREFIX, ERROR_FILL, WARNING_FILL, legacyMarks, planMarks } from "../../src/excel/mark-plan";
import { CHECK_MARKS, markComment } from "../../src/excel/fill-marks";

const fills = (entries: Record<string, string | null>) => new Map(Object.entries(entries));
const mark = (n: number, address: string, original: string | null) => ({ name: `${CHECK_MARKS.prefix}${n}`, address, original });

describe("planMarks", () => {
  it("marks errors red and warnings yellow, an error winning on a cell with both, remembering the original fill", () => {
    const plan = planMarks(
      [
        { severity: "warning", address: "C8", message: "падение" },
        { severity: "error", address: "C8", message: "ниже цели" },
        { severity: "warning", address: "D8", message: "пусто" },
      ],
      [],
      fills({ C8: "#FFF4CE", D8: null }),
      [],
    );
    expect(plan.fills.paint).toEqual([
      { address: "C8", colour: ERROR_FILL, name: { name: "ЦЗ_Пометка_1", comment: markComment(CHECK_MARKS, "#FFF4CE") } },
      { address: "D8", colour: WARNING_FILL, name: { name: "ЦЗ_Пометка_2", comment: "Проверка ЦЗ: без заливки" } },
    ]);
    expect(plan.comments.C8).toBe(`${COMMENT_PREFIX}падение\nниже цели`);
    expect(plan.fills.restore).toEqual([]);
  });

  it("restores the previous check's cells that are fine now, and keeps the name (and first original) of a cell marked again", () => {
    const plan = planMarks([{ severity: "error", address: "C8", message: "ниже цели" }], [mark(1, "C8", "#FFF4CE"), mark(2, "D8", null)], fills({ C8: ERROR_FILL, D8: WARNING_FILL }), []);
    expect(plan.fills.restore).toEqual([mark(2, "D8", null)]);
    expect(plan.fills.paint).toEqual([{ address: "C8", colour: ERROR_FILL }]);
  });

  it("numbers new names after the remembered ones", () => {
    const plan = planMarks([{ severity: "error", address: "E9", message: "ниже цели" }], [mark(7, "C8", null)], fills({ E9: null }), []);
    expect(plan.fills.paint[0].name?.name).toBe("ЦЗ_Пометка_8");
  });

  it("removes only its own comments and never covers a user's comment", () => {
    const plan = planMarks(
      [{ severity: "error", address: "C8", message: "ниже цели" }],
      [],
      fills({}),
      [
        { id: "1", address: "C8", content: "мой комментарий" },
        { id: "2", address: "E9", content: `${COMMENT_PREFIX}старое` },
      ],
    );
    expect(plan.deleteComments).toEqual(["2"]);
    expect(plan.comments).toEqual({});
    expect(plan.fills.paint.map((p) => p.address)).toEqual(["C8"]);
  });

  it("with no findings only undoes", () => {
    const plan = planMarks([], [mark(1, "B8", "#00FF00")], fills({ B8: ERROR_FILL }), []);
    expect(plan).toEqual({ fills: { restore: [mark(1, "B8", "#00FF00")], paint: [] }, deleteComments: [], comments: {} });
  });

  it("takes over the marks an earlier version kept in the settings, with their originals", () => {
    const legacy = legacyMarks({ "{S1}": { fills: { C8: "#FFF4CE", D8: null, "bad": "#000000" } } }, "{S1}");
    expect(legacy).toEqual([
      { name: "", address: "C8", original: "#FFF4CE" },
      { name: "", address: "D8", original: null },
    ]);
    const plan = planMarks([{ severity: "error", address: "C8", message: "ниже цели" }], legacy, fills({ C8: ERROR_FILL, D8: WARNING_FILL }), []);
    expect(plan.fills.paint).toEqual([{ address: "C8", colour: ERROR_FILL, name: { name: "ЦЗ_Пометка_1", comment: markComment(CHECK_MARKS, "#FFF4CE") } }]);
    expect(plan.fills.restore).toEqual(legacy);
  });
});
