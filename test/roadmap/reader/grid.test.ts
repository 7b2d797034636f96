/** The reader's view of a block: holes, missing and odd rows, merges clipped to the block, any size. */
import { checkRoadmap } from "../../../src/core/roadmap/check";
import { gridView } from "../../../src/core/roadmap/reader/grid";

describe("gridView", () => {
  it("reads holes, missing rows and rows that are not arrays as empty cells", () => {
    const sparse: unknown[] = [];
    sparse[3] = "d";
    const view = gridView({ values: [["a", undefined, "c"], null as unknown as unknown[], sparse, "text" as unknown as unknown[]], top: 2, left: 1 });
    expect([view.top, view.left, view.bottom, view.right]).toEqual([2, 1, 5, 4]);
    expect(view.raw(2, 1)).toBe("a");
    expect(view.raw(2, 2)).toBeNull();
    expect(view.raw(3, 1)).toBeNull();
    expect(view.raw(4, 4)).toBe("d");
    expect(view.raw(4, 2)).toBeNull();
    expect(view.raw(5, 1)).toBeNull();
    expect(view.raw(99, 99)).toBeNull();
  });

  it("shows a merged area's value in all its cells, clips a merge to the block and ignores what is not an area", () => {
    const view = gridView({ values: [["title", null], [null, "b"]], top: 0, left: 0, merges: ["A1:XFD1048576", "garbage", 7 as unknown as string, "C5:D9"] });
    expect(view.shown(1, 1)).toBe("title");
    expect(view.mergeAt(1, 1)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(view.raw(1, 1)).toBe("b");
  });

  it("takes a non-integer or negative origin as A1 rather than failing", () => {
    const view = gridView({ values: [["a"]], top: -3, left: Number.NaN });
    expect([view.top, view.left]).toEqual([0, 0]);
  });
});

describe("checkRoadmap on hostile blocks", () => {
  const header = ["X", 2021, 2022, 2023, 2024];

  it("does not fall over on a null row, a sparse row or a row of objects", () => {
    const values = [["Дорожная карта по достижению «цифровой зрелости» отрасли «Туризм»"], header, null, [{ a: 1 }, Symbol.iterator, () => 1], []];
    expect(() => checkRoadmap({ values: values as unknown[][], top: 0, left: 0 })).not.toThrow();
  });

  it("reads a block of 150 000 rows without spreading it onto the stack", () => {
    const values: unknown[][] = [["Дорожная карта по достижению «цифровой зрелости» отрасли «Туризм»"], header];
    for (let i = 0; i < 150_000; i++) values.push(i % 1000 === 0 ? ["строка", 1, 2, 3, 4] : []);
    const started = Date.now();
    const { roadmap, findings } = checkRoadmap({ values, top: 0, left: 0 });
    expect(roadmap?.sector?.code).toBe("7.9");
    expect(findings.filter((f) => f.code === "row-unrecognized")).toHaveLength(150);
    // Not a timing budget (that lives in the benchmark): a guard against a quadratic or exponential reader.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("clips a merge over the whole sheet to the block instead of visiting every cell", () => {
    const values = [["Дорожная карта по достижению «цифровой зрелости» отрасли «Туризм»"], header];
    const started = Date.now();
    expect(checkRoadmap({ values, top: 0, left: 0, merges: ["A1:XFD1048576"] }).roadmap?.sector?.code).toBe("7.9");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
