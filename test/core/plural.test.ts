import { countOf, nouns, pluralForm, type PluralForms } from "../../src/core/plural";

describe("Russian plurals", () => {
  it.each([
    [0, "0 показателей"],
    [1, "1 показатель"],
    [2, "2 показателя"],
    [4, "4 показателя"],
    [5, "5 показателей"],
    [11, "11 показателей"],
    [12, "12 показателей"],
    [14, "14 показателей"],
    [21, "21 показатель"],
    [22, "22 показателя"],
    [25, "25 показателей"],
    [101, "101 показатель"],
    [111, "111 показателей"],
    [112, "112 показателей"],
    [1.5, "1,5 показателя"],
  ])("%d → %s", (count, text) => {
    expect(countOf(count, nouns.indicator)).toBe(text);
  });

  it("takes any noun's forms, genitive ones too (с 1 ячейки, с 2 ячеек, с 21 ячейки)", () => {
    const cellsGenitive: PluralForms = ["ячейки", "ячеек", "ячеек"];
    expect([1, 2, 5, 21].map((n) => pluralForm(n, cellsGenitive))).toEqual(["ячейки", "ячеек", "ячеек", "ячейки"]);
    expect(countOf(3, nouns.finding)).toBe("3 замечания");
  });
});
