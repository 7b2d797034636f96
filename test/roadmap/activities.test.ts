import { termStartYear } from "../../src/core/roadmap/activities";

describe("termStartYear", () => {
  it.each([
    ["2022–2024", 2022],
    ["2022-2024 годы", 2022],
    ["2022 год", 2022],
    ["с 2023 года", 2023],
    ["в течение 2023–2024 годов", 2023],
    ["2023 год, далее до 2024 года", 2023],
    ["до 2024 года, далее постоянно", undefined],
    ["до 1 июля 2023 года, далее постоянно", undefined],
    ["до 2024 года", undefined],
    ["постоянно", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("«%s» → %s", (term, year) => {
    expect(termStartYear(term)).toBe(year);
  });
});
