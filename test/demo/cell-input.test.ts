/** What a user types into a demo cell becomes what Russian Excel would store. */
import { formulaFromLocal, interpretTyped, parseTypedNumber } from "../../src/demo/cell-input";

describe("interpretTyped", () => {
  it.each([
    ["42", "General", { kind: "value", value: 42 }],
    ["1234,5", "General", { kind: "value", value: 1234.5 }],
    ["1 234,5", "General", { kind: "value", value: 1234.5 }],
    ["0.18", "General", { kind: "value", value: 0.18 }],
    ["-3", "General", { kind: "value", value: -3 }],
    ["18 %", "General", { kind: "value", value: 0.18, numberFormat: "0%" }],
    ["18%", "General", { kind: "value", value: 0.18, numberFormat: "0%" }],
    ["18,5%", "General", { kind: "value", value: 0.185, numberFormat: "0.00%" }],
    ["18 %", "0.0%", { kind: "value", value: 0.18, numberFormat: "0.0%" }],
    ["18", "0%", { kind: "value", value: 0.18 }],
    [",5", "0%", { kind: "value", value: 0.5 }],
    ["0,5", "0%", { kind: "value", value: 0.005 }],
    ["план", "General", { kind: "value", value: "план" }],
    ["x", "0%", { kind: "value", value: "x" }],
    ["ИСТИНА", "General", { kind: "value", value: true }],
    ["ложь", "General", { kind: "value", value: false }],
    ["'=A1", "General", { kind: "value", value: "=A1" }],
    ["=A1", "@", { kind: "value", value: "=A1" }],
    ["18", "@", { kind: "value", value: "18" }],
    ["=B2*2", "General", { kind: "formula", formula: "=B2*2" }],
    ["", "General", { kind: "clear" }],
    ["=", "General", { kind: "value", value: "=" }],
  ])("%p in a %p cell", (typed, format, expected) => {
    expect(interpretTyped(typed, format)).toEqual(expected);
  });
});

it("parseTypedNumber refuses what is not a number", () => {
  for (const text of ["", "-", ".", "1,2,3", "12 34", "1e", "abc", "5 %"]) expect(parseTypedNumber(text)).toBeNull();
  expect(parseTypedNumber("1e3")).toBe(1000);
});

it("formulaFromLocal: «;» separators, decimal commas and Russian names; strings and English formulas untouched", () => {
  expect(formulaFromLocal("=ЕСЛИОШИБКА(СРЗНАЧ(B8;B11);\"\")")).toBe('=IFERROR(AVERAGE(B8,B11),"")');
  expect(formulaFromLocal("=ОКРУГЛ(A1*0,5;2)")).toBe("=ROUND(A1*0.5,2)");
  expect(formulaFromLocal('=СУММ(A1;"1,5;x")')).toBe('=SUM(A1,"1,5;x")');
  expect(formulaFromLocal("='Лист 1;2'!A1+1")).toBe("='Лист 1;2'!A1+1");
  expect(formulaFromLocal("=IF(A1>0,1,2)")).toBe("=IF(A1>0,1,2)");
  expect(formulaFromLocal("=CDTO.БАЛЛ(90;5)")).toBe("=CDTO.SCORE(90,5)");
  expect(formulaFromLocal("=cdto.обучить_еще(A1;A2)")).toBe("=CDTO.NEXTBAND(A1,A2)");
});
