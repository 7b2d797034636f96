/** The inspection API's reads for the demo: used range, formula cells, comments. */
import { createFakeExcel } from "../../src/fake-excel";

it("usedRange counts formats unless valuesOnly; null on an empty sheet", async () => {
  const fake = createFakeExcel({ sheets: ["Лист1"] });
  const book = fake.workbook;
  expect(book.usedRange("Лист1")).toBeNull();
  book.setCell("Лист1", "B2", 5);
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Лист1").getRange("D7").format.fill.color = "#FFE699";
    await context.sync();
  });
  expect(book.usedRange("Лист1")).toBe("B2:D7");
  expect(book.usedRange("Лист1", true)).toBe("B2");
});

it("formulaCells lists every formula row by row; comments lists the threads with their cells", async () => {
  const fake = createFakeExcel({ sheets: ["Лист1"] });
  const book = fake.workbook;
  book.setCell("Лист1", "C3", { formula: "=A1*2" });
  book.setCell("Лист1", "A2", { formula: "=1" });
  book.setCell("Лист1", "A1", 4);
  expect(book.formulaCells("Лист1")).toEqual([
    { address: "A2", formula: "=1" },
    { address: "C3", formula: "=A1*2" },
  ]);
  await fake.Excel.run(async (context) => {
    context.workbook.comments.add("Лист1!B4", "Ниже цели");
    await context.sync();
  });
  expect(book.comments("Лист1")).toEqual([{ address: "B4", content: "Ниже цели", author: "Fake User", resolved: false }]);
});
