/**
 * fast-check arbitraries of hostile cell values and ranges: any JS value, numbers at the edge of the double range,
 * NaN-like texts, Latin/Cyrillic look-alikes, formulas typed as text, Excel errors, ragged and empty ranges, holes,
 * mixed with plausible values so that properties also reach the deeper code paths.
 */
import fc from "fast-check";

export const EXCEL_ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!", "#SPILL!", "#CALC!"];

export const anyJsValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

export const edgeNumbers = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  -0,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  2e16,
  5e17,
  1e18,
  -1e18,
  10_000_000,
  10_000_001,
  0.1 + 0.2,
);

export const nanLikeTexts = fc.constantFrom("NaN", "nan", "Infinity", "-Infinity", "∞", "1e999", "-1e999", "1E+308", "1e-400", "5E+17", "0x10", "1_000", "１２", "٣", "");

/** Latin and Cyrillic letters that look alike («x»/«х», «O»/«О», «C»/«С»), in marks, sector codes, names and years. */
export const lookAlikes = fc.constantFrom(
  "x",
  "х",
  "X",
  "Х",
  "×",
  "7.1",
  "7.10",
  "7,1",
  "7.1.",
  " 7.1 ",
  "7.І",
  "7.１",
  "7.1 Образование и наука",
  "Oбразование и наука",
  "Образование и наукa",
  "Здоровоохранение",
  "ЗДРАВООХРАНЕНИЕ",
  "2022",
  "2022 г.",
  "2О22",
  "２０２２",
  "18 %",
  "18%",
  "0,18",
  "1 000",
  "1\u00a0000",
  "‐5",
  "цифрового профиля",
  "доля",
);

export const formulaTexts = fc.constantFrom("=1+1", "+A1", "-A1", "@SUM(A1)", "=CDTO.SCORE(90;5)", '=HYPERLINK("http://x")', "'=1", "\t=1");

/**
 * Excel errors as the runtime passes them: a CustomFunctions.Error of the installed (fake) runtime; where none is
 * installed (core tests), an object of the same shape.
 */
export const excelErrors = fc.constantFrom(...EXCEL_ERROR_CODES).map((code) => {
  const runtime = (globalThis as { CustomFunctions?: { Error?: new (code: string) => unknown } }).CustomFunctions;
  return runtime?.Error ? new runtime.Error(code) : { type: "Error", code };
});

export const plausibleValues = fc.oneof(
  fc.integer({ min: -3, max: 300 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.constantFrom(2021, 2022, 2023, 2024, 1, 2, 3, 9, 90, 5, 118, 82, "5", " 90 ", null, undefined, ""),
);

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyJsValue },
  { weight: 2, arbitrary: edgeNumbers },
  { weight: 1, arbitrary: nanLikeTexts },
  { weight: 2, arbitrary: lookAlikes },
  { weight: 1, arbitrary: formulaTexts },
  { weight: 1, arbitrary: excelErrors },
  { weight: 3, arbitrary: plausibleValues },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** A range argument as a caller might pass it, well formed or not. */
export const hostileRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileScalar.map((v) => [[v]]) },
  { weight: 3, arbitrary: fc.array(hostileScalar, { minLength: 1, maxLength: 6 }).map((column) => column.map((v) => [v])) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, columns]) => fc.array(fc.array(hostileScalar, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
  },
  { weight: 1, arbitrary: fc.array(fc.array(hostileScalar, { maxLength: 3 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.sparseArray(fc.sparseArray(hostileScalar, { maxLength: 3 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([[]], [], [[], []], null, undefined, [[undefined]], [[null, null]]) },
  { weight: 1, arbitrary: hostileScalar },
);
