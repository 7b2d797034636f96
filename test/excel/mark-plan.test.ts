import { COMMENT_PREFIX, ERROR_FILL, WARNING_FILL, planMarks } from "../../src/excel/mark-plan";

const fills = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("planMarks", () => {
  it("marks errors red and warnings yellow, an error winning on a cell with both, remembering the original fill", () => {
    const plan = planMarks(
      [
        { severity: "warning", address: "C8", message: "падение" },
        { severity: "error", address: "C8", message: "ниже цели" },
        { severity: "warning", address: "D8", message: "пусто" },
      ],
      undefined,
      fills({ C8: "#FFF4CE", D8: "#FFFFFF" }),
      [],
    );
    expect(plan.fills).toEqual({ C8: ERROR_FILL, D8: WARNING_FILL });
    expect(plan.next.fills).toEqual({ C8: "#FFF4CE", D8: null });
    expect(plan.comments.C8).toBe(`${COMMENT_PREFIX}падение\nниже цели`);
    expect(plan.restore).toEqual({});
  });

  it("restores the previous check's cells that are fine now, and keeps the first original of a cell marked again", () => {
    const previous = { fills: { C8: "#FFF4CE", D8: null } };
    const plan = planMarks([{ severity: "error", address: "C8", message: "ниже цели" }], previous, fills({ C8: ERROR_FILL, D8: WARNING_FILL }), []);
    expect(plan.restore).toEqual({ D8: null });
    expect(plan.next.fills).toEqual({ C8: "#FFF4CE" });
  });

  it("removes only its own comments and never covers a user's comment", () => {
    const plan = planMarks(
      [{ severity: "error", address: "C8", message: "ниже цели" }],
      undefined,
      fills({}),
      [
        { id: "1", address: "C8", content: "мой комментарий" },
        { id: "2", address: "E9", content: `${COMMENT_PREFIX}старое` },
      ],
    );
    expect(plan.deleteComments).toEqual(["2"]);
    expect(plan.comments).toEqual({});
    expect(plan.fills).toEqual({ C8: ERROR_FILL });
  });

  it("with no findings only undoes", () => {
    const plan = planMarks([], { fills: { B8: "#00FF00" } }, fills({ B8: ERROR_FILL }), []);
    expect(plan).toMatchObject({ restore: { B8: "#00FF00" }, fills: {}, comments: {}, next: { fills: {} } });
  });
});
