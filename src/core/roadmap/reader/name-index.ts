/**
 * The text tiers of indicator matching (exact, prefix, contained) over a list of names prepared once. A roadmap's
 * every row is looked up here, so the exact and prefix tiers must not walk every name: a sector of thousands of
 * indicators checked against as many rows would otherwise cost their product. The answers are those of walking the
 * names in order: the hits of the first tier that has any, each entry once, in the list's order.
 */

/** Texts shorter than this never match by prefix or substring: «доля» alone names nothing. */
export const MIN_PARTIAL = 12;

export type TextTier = "exact" | "prefix" | "contained";

/** Something with its normalised names (an indicator's name and its printed form). */
export interface Named {
  readonly names: readonly string[];
}

export interface NameIndex<T extends Named> {
  readonly entries: readonly T[];
  /** Normalised name -> positions of the entries that have it, ascending, each once. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Every name with its entry's position, in code-unit order: the names beginning with a text lie side by side. */
  readonly sorted: readonly { readonly name: string; readonly at: number }[];
  /** The lengths the names come in, ascending: the only prefixes of a text that can be a whole name. */
  readonly lengths: readonly number[];
}

export function nameIndex<T extends Named>(entries: readonly T[]): NameIndex<T> {
  const exact = new Map<string, number[]>();
  const sorted: { name: string; at: number }[] = [];
  const lengths = new Set<number>();
  entries.forEach((entry, at) => {
    for (const name of entry.names) {
      const positions = exact.get(name);
      if (!positions) exact.set(name, [at]);
      else if (positions[positions.length - 1] !== at) positions.push(at);
      sorted.push({ name, at });
      lengths.add(name.length);
    }
  });
  sorted.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.at - b.at));
  return { entries, exact, sorted, lengths: [...lengths].sort((a, b) => a - b) };
}

/** Exact, then prefix, then substring: the hits of the first tier that has any, and which tier that was. */
export function textHits<T extends Named>(index: NameIndex<T>, wanted: string): { tier: TextTier; hits: T[] } | undefined {
  const exact = index.exact.get(wanted);
  if (exact) return { tier: "exact", hits: exact.map((at) => index.entries[at]) };
  if (wanted.length < MIN_PARTIAL) return undefined;
  const prefixed = prefixHits(index, wanted);
  if (prefixed.length > 0) return { tier: "prefix", hits: prefixed };
  const contained = containedHits(index, wanted);
  return contained.length > 0 ? { tier: "contained", hits: contained } : undefined;
}

/** Entries with a name that begins with the text, or that the text begins with. */
function prefixHits<T extends Named>(index: NameIndex<T>, wanted: string): T[] {
  const positions = new Set<number>();
  const { sorted } = index;
  for (let i = lowerBound(sorted, wanted); i < sorted.length && sorted[i].name.startsWith(wanted); i++) positions.add(sorted[i].at);
  for (const length of index.lengths) {
    if (length > wanted.length) break;
    const whole = index.exact.get(wanted.slice(0, length));
    if (whole) for (const at of whole) positions.add(at);
  }
  return [...positions].sort((a, b) => a - b).map((at) => index.entries[at]);
}

/** The first position whose name is not below `wanted`. */
function lowerBound(sorted: NameIndex<Named>["sorted"], wanted: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].name < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Entries with a name inside the text or containing it. A walk over the names: this tier is reached only by a long
 * text that is neither a name nor a name's beginning, and an edition's sector has tens of indicators, not thousands.
 */
function containedHits<T extends Named>(index: NameIndex<T>, wanted: string): T[] {
  const hits: T[] = [];
  for (const entry of index.entries) {
    for (const name of entry.names) {
      if (name.includes(wanted) || wanted.includes(name)) {
        hits.push(entry);
        break;
      }
    }
  }
  return hits;
}
