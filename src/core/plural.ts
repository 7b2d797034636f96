/** Russian plural agreement of a noun with a whole number: 1 показатель, 2 показателя, 5 показателей, 21 показатель. */

/** The noun's forms after 1, after 2–4 and after 5 (or 0, 11–14): «показатель», «показателя», «показателей». */
export type PluralForms = readonly [one: string, few: string, many: string];

export function pluralForm(count: number, forms: PluralForms): string {
  const n = Math.abs(count);
  // A fraction takes the genitive singular: 1,5 показателя.
  if (!Number.isInteger(n)) return forms[1];
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** «12 показателей». */
export function countOf(count: number, forms: PluralForms): string {
  return `${String(count).replace(".", ",")} ${pluralForm(count, forms)}`;
}

/** Nouns the pane and the check count, in the nominative (after «создан: …», «в карте …»). */
export const nouns = {
  indicator: ["показатель", "показателя", "показателей"],
  finding: ["замечание", "замечания", "замечаний"],
} as const satisfies Record<string, PluralForms>;
