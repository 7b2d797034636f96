/**
 * What a user types into a cell of the demo, turned into cell content the way Russian Excel does: numbers with a
 * decimal comma or point, «18 %» as 0.18 with a percent format, automatic percent entry in a %-formatted cell,
 * ИСТИНА/ЛОЖЬ, a leading «=» for a formula (written with «;» and Russian names, stored as Range.formulas holds it),
 * a leading apostrophe or a text-formatted cell for text.
 */

import { customFunctionId, NAMESPACE } from "./custom-functions";

export type CellEntry =
  | { kind: "clear" }
  | { kind: "value"; value: string | number | boolean; numberFormat?: string }
  | { kind: "formula"; formula: string };

const NUMBER = /^([+-]?)(\d{1,3}(?:[ \u00A0]\d{3})+|\d*)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;

/** "1 234,5", "0.18", "-.5", "1e3" -> a number; null when the text is not a number. */
export function parseTypedNumber(text: string): number | null {
  const m = NUMBER.exec(text.trim());
  if (!m || (m[2] === "" && m[3] === undefined)) return null;
  const digits = `${m[1]}${m[2].replace(/[ \u00A0]/g, "") || "0"}.${m[3] ?? "0"}e${m[4] ?? "0"}`;
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

const isPercentFormat = (numberFormat: string): boolean => numberFormat.includes("%");

/** Excel's automatic percent entry (on by default): in a % cell «18» is 18 %, but «.5» (below 1, no leading 0) is 50 %. */
function percentEntry(text: string, value: number): number {
  return /^[+-]?[.,]/.test(text.trim()) ? value : value / 100;
}

export function interpretTyped(text: string, numberFormat: string): CellEntry {
  if (text === "") return { kind: "clear" };
  if (numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: formulaFromLocal(text) };
  const number = parseTypedNumber(text);
  if (number !== null) return { kind: "value", value: isPercentFormat(numberFormat) ? percentEntry(text, number) : number };
  const percent = /^(.*\d)\s*%$/.exec(text.trim());
  const share = percent ? parseTypedNumber(percent[1]) : null;
  if (share !== null) {
    const format = isPercentFormat(numberFormat) ? numberFormat : Number.isInteger(share) ? "0%" : "0.00%";
    return { kind: "value", value: share / 100, numberFormat: format };
  }
  const upper = text.trim().toUpperCase();
  if (upper === "ИСТИНА" || upper === "TRUE") return { kind: "value", value: true };
  if (upper === "ЛОЖЬ" || upper === "FALSE") return { kind: "value", value: false };
  return { kind: "value", value: text };
}

/** Russian names of the functions our sheets use (and a few more), as Russian Excel shows them. */
const RUSSIAN_FUNCTIONS: Record<string, string> = {
  ЕСЛИ: "IF",
  ЕСЛИОШИБКА: "IFERROR",
  ЕСНД: "IFNA",
  И: "AND",
  ИЛИ: "OR",
  НЕ: "NOT",
  ЕЧИСЛО: "ISNUMBER",
  ЕПУСТО: "ISBLANK",
  СРЗНАЧ: "AVERAGE",
  СУММ: "SUM",
  СУММЕСЛИ: "SUMIF",
  СЧЁТ: "COUNT",
  СЧЕТ: "COUNT",
  СЧЁТЗ: "COUNTA",
  СЧЕТЗ: "COUNTA",
  СЧЁТЕСЛИ: "COUNTIF",
  СЧЕТЕСЛИ: "COUNTIF",
  МИН: "MIN",
  МАКС: "MAX",
  ОКРУГЛ: "ROUND",
  ОКРВВЕРХ: "CEILING",
  ПРОСМОТР: "LOOKUP",
  ВПР: "VLOOKUP",
  ПОИСКПОЗ: "MATCH",
  ИНДЕКС: "INDEX",
  ЧСТРОК: "ROWS",
  Ч: "N",
};

/**
 * "=СРЗНАЧ(B8;B11)" -> "=AVERAGE(B8,B11)": outside strings and quoted sheet names, «;» separates arguments (then a
 * decimal comma is a point) and Russian function names become Excel's (CDTO.БАЛЛ -> CDTO.SCORE, as Range.formulas
 * gives them); a formula already in English is unchanged.
 */
export function formulaFromLocal(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
  const localSeparators = parts.some((part, i) => i % 2 === 0 && part.includes(";"));
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part.replace(/([\p{L}_][\p{L}\p{N}_.]*)(\s*\()/gu, (whole, name: string, paren: string) => {
        const custom = customFunctionId(name);
        const english = custom !== null ? `${NAMESPACE}${custom}` : RUSSIAN_FUNCTIONS[name.toUpperCase()];
        return english ? english + paren : whole;
      });
      if (localSeparators) out = out.replace(/(\d),(\d)/g, "$1.$2").replace(/;/g, ",");
      return out;
    })
    .join("");
}
