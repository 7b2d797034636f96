import fc from "fast-check";
import { readCell, workbookNumber } from "../../src/core/cell-value";

describe("readCell: cells as people fill them", () => {
  it.each([
    [null, { kind: "blank" }],
    [undefined, { kind: "blank" }],
    ["   ", { kind: "blank" }],
    ["x", { kind: "none" }],
    ["х", { kind: "none" }],
    [" Х ", { kind: "none" }],
    [18, { kind: "number", value: 18, percentSign: false }],
    ["18", { kind: "number", value: 18, percentSign: false }],
    ["18 %", { kind: "number", value: 18, percentSign: true }],
    ["18,5%", { kind: "number", value: 18.5, percentSign: true }],
    ["0,18", { kind: "number", value: 0.18, percentSign: false }],
    ["1 000", { kind: "number", value: 1000, percentSign: false }],
    ["1\u00a0000,5", { kind: "number", value: 1000.5, percentSign: false }],
    ["-3", { kind: "number", value: -3, percentSign: false }],
    ["18 процентов", { kind: "text", text: "18 процентов" }],
    ["1,2,3", { kind: "text", text: "1,2,3" }],
    [true, { kind: "text", text: "ИСТИНА" }],
    [Number.POSITIVE_INFINITY, { kind: "text", text: "Infinity" }],
  ])("%p", (input, expected) => {
    expect(readCell(input)).toEqual(expected);
  });

  it("reads back any number written the Russian way, with or without %", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), (value, percent) => {
        const text = `${String(value).replace(".", ",")}${percent ? " %" : ""}`;
        if (/e/i.test(text)) return; // exponent notation is not how people type numbers
        const reading = readCell(text);
        expect(reading).toEqual({ kind: "number", value: value === 0 ? 0 : value, percentSign: percent });
        if (reading.kind === "number") expect(workbookNumber(reading)).toBeCloseTo(percent ? value / 100 : value, 9);
      }),
    );
  });
});
