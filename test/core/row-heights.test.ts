import { fittedRowHeights, textHeight } from "../../src/core/row-heights";
import type { SheetModel } from "../../src/core/sheet-model";

const model = (cells: SheetModel["cells"], extra: Partial<SheetModel> = {}): SheetModel => ({ name: "Лист", cells, styles: [], merges: [], columnWidths: [20, 10, 10], validations: [], names: [], inputRanges: [], ...extra });
const long = "Проект 1 «Перевод массовых социально значимых государственных и муниципальных услуг в электронный вид»";

describe("textHeight", () => {
  it("is one line for a short text, more lines for a longer one, and grows with the font", () => {
    expect(textHeight("план", 20)).toBe(17);
    expect(textHeight(long, 20)).toBeGreaterThan(4 * 15);
    expect(textHeight(long, 60)).toBeLessThan(textHeight(long, 20));
    expect(textHeight("план", 20, { fontSize: 14 })).toBeGreaterThan(textHeight("план", 20));
    expect(textHeight("а\nб\nв", 20)).toBe(47);
  });

  it("breaks a word longer than the line, and never passes Excel's 409 points", () => {
    expect(textHeight("административной", 5)).toBeGreaterThan(30);
    expect(textHeight(long.repeat(40), 10)).toBe(409);
  });
});

describe("fittedRowHeights", () => {
  it("raises only rows whose wrapped text needs it, keeping taller heights the model set", () => {
    const heights = fittedRowHeights(
      model([[{ value: long }], [{ value: long }], [{ value: "коротко" }], [{ value: long }]], {
        styles: [{ range: "A1:A3", style: { wrap: true } }],
        rowHeights: { 2: 200 },
      }),
    );
    expect(heights[0]).toBeGreaterThan(60);
    expect(heights[1]).toBe(heights[0]);
    expect(heights[2]).toBe(200);
    expect(heights[3]).toBeUndefined(); // not wrapped: Excel and LibreOffice let it run over
  });

  it("measures a merged cell over the merged columns, and leaves a merge over several rows alone", () => {
    const styles = [{ range: "A1:C3", style: { wrap: true } }];
    const merged = fittedRowHeights(model([[{ value: long }], [{ value: long }]], { styles, merges: ["A1:C1", "A2:A3"] }));
    const alone = fittedRowHeights(model([[{ value: long }]], { styles }));
    expect(merged[0]).toBeLessThan(alone[0]);
    expect(merged[1]).toBeUndefined();
  });
});
