import examplesData from "../../src/core/data/function-examples.json";
import ruMetadata from "../../src/functions/metadata.ru-RU.json";
import { formulaEntries } from "../../src/taskpane/formula-catalog";
import { EXAMPLES } from "../../scripts/function-table";

describe("the «Формулы» tab's data", () => {
  it("lists every function of the ru-RU metadata, each with an example", () => {
    expect(formulaEntries.map((e) => e.id)).toEqual(Object.keys(ruMetadata));
    expect(formulaEntries.filter((e) => !e.example).map((e) => e.id)).toEqual([]);
  });

  it("spells names, arguments and examples as each Excel does", () => {
    const score = formulaEntries.find((e) => e.id === "SCORE");
    expect(score).toMatchObject({
      russianSignature: "=CDTO.БАЛЛ(сотрудников; обучено; шкала)",
      englishSignature: "=CDTO.SCORE(employees, trained, bands)",
      example: { formula: { english: "=CDTO.SCORE(90,5)", russian: "=CDTO.БАЛЛ(90;5)" }, result: "1,5" },
    });
    expect(score?.arguments[0]).toEqual({ russian: "сотрудников", english: "employees", description: "Количество сотрудников: ячейка или столбец." });
    expect(formulaEntries.find((e) => e.id === "TARGET")?.example?.formula).toEqual({ english: '=CDTO.TARGET("7.1",1,2022)', russian: '=CDTO.ЦЕЛЬ("7.1";1;2022)' });
  });

  it("shows the README's examples: one data file for both", () => {
    for (const entry of formulaEntries) {
      const [readme, result] = EXAMPLES[entry.id];
      expect(readme).toBe(entry.example?.formula.english.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";"));
      expect(result).toBe(entry.example?.result);
    }
  });

  it("example arguments read the same in every language: no decimal comma and no separator outside quotes", () => {
    for (const example of Object.values(examplesData.examples)) {
      for (const argument of example.arguments) expect(argument.replace(/"[^"]*"/g, "")).not.toMatch(/[,;]|\d\.\d/);
    }
  });
});
