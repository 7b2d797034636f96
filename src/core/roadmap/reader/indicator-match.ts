/**
 * Which strategy indicator a row's text names. Names are normalised (case, ё/е, quotes, dashes, spaces, line breaks,
 * the «(рекомендовано ФОИВ)» suffix), then compared exactly, then as the only prefix or substring, then by a similarity
 * score over words weighted by how rare a word is among the strategy's indicator names. A text that fits two indicators
 * about equally is not guessed; a text that fits another sector's indicator says so.
 *
 * The catalog side is prepared once per catalog (one normalisation per name, the names indexed: name-index.ts), so a
 * check costs one normalisation and a few look-ups per row, whatever the number of indicators.
 */
import { catalog as defaultCatalog, indexedIndicators, normalizeName, type Catalog, type Sector, type SectorIndicator } from "../../catalog";
import { nameIndex, textHits, type NameIndex } from "./name-index";

export type NameMatch =
  /** certain: exact or the only prefix; a name found inside a longer one, or similar words, is said to the user. */
  | { kind: "matched"; indicator: SectorIndicator; how: "exact" | "prefix" | "contained" | "similar"; certain: boolean }
  | { kind: "ambiguous"; candidates: SectorIndicator[] }
  | { kind: "other-sector"; sector: Sector; indicator: SectorIndicator }
  | { kind: "unknown" }
  | { kind: "empty" };

/** Similarity from which a text is taken for an indicator, and from which that is certain enough to say nothing. */
const SIMILAR_ACCEPT = 0.5;
const SIMILAR_CONFIDENT = 0.8;
/** Two candidates closer than this are «about equal»: the text is ambiguous. */
const SIMILAR_MARGIN = 0.1;
/** A label longer than this is cut before matching: no indicator name is that long. */
const MAX_NAME_LENGTH = 2000;

const STOP_WORDS = new Set(["а", "в", "во", "до", "за", "и", "из", "их", "к", "ко", "на", "не", "о", "об", "от", "по", "при", "с", "со", "у", "для", "или", "том", "числе"]);

/** A text prepared for matching: normalised once, its word stems taken once. */
export interface PreparedName {
  normalized: string;
  stems: Set<string>;
}

interface Entry {
  sector: Sector;
  indicator: SectorIndicator;
  names: string[];
  stems: Set<string>;
}

/** Entries prepared for the text tiers, with what else a row's look-up needs of them. */
interface Group {
  entries: Entry[];
  names: NameIndex<Entry>;
  /** Indicator number -> its first entry. */
  byNumber: Map<number, Entry>;
  /** Stem -> entries, for a sector from outside the catalog (the catalog's own postings do not list its entries). */
  postings?: Map<string, Entry[]>;
}

interface MatchIndex {
  source: Catalog;
  entries: Entry[];
  all: Group;
  bySector: Map<Sector, Group>;
  /** Indicator -> the sector of its first entry. */
  sectorOf: Map<SectorIndicator, Sector>;
  /** The catalog's entries outside a sector (not its object, not its code), per sector asked about. */
  outside: WeakMap<Sector, NameIndex<Entry>>;
  /** Stem -> entries whose name has it. */
  postings: Map<string, Entry[]>;
  idf: Map<string, number>;
  /** Weight of a word no indicator name has: the rarest of all. */
  unknownWeight: number;
}

const indexes = new WeakMap<Catalog, MatchIndex>();

export function prepareName(name: string): PreparedName {
  const normalized = normalizeName(name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH) : name)
    .replace(/\(?\s*рекомендовано\s+фоив\s*\)?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { normalized, stems: stemsOf(normalized) };
}

function stemsOf(normalized: string): Set<string> {
  const stems = new Set<string>();
  for (const word of normalized.split(/[^a-zа-я0-9]+/)) {
    if (word !== "" && !STOP_WORDS.has(word)) stems.add(stem(word));
  }
  return stems;
}

/** Case endings, longest first: «школы» and «школ», «услуги» and «услуг», «контента» and «контент» are one word here. */
const ENDINGS = ["ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ам", "ям", "ах", "ях", "ом", "ем", "ов", "ев", "ия", "ие", "ию", "ии", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й"];
const STEM_LENGTH = 6;

/** A light stem: the case ending cut off, then the first six letters. Enough to tell the strategy's names apart. */
function stem(word: string): string {
  if (/^\d+$/.test(word)) return word;
  // By index, without a callback: every word of every row's name comes here.
  for (let i = 0; i < ENDINGS.length; i++) {
    const ending = ENDINGS[i];
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, word.length - ending.length).slice(0, STEM_LENGTH);
  }
  return word.slice(0, STEM_LENGTH);
}

function matchIndex(source: Catalog): MatchIndex {
  const known = indexes.get(source);
  if (known) return known;
  const entries = source.flatMap((sector) => entriesOf(sector));
  const index: MatchIndex = {
    source,
    entries,
    all: group(entries),
    bySector: new Map(),
    sectorOf: new Map(),
    outside: new WeakMap(),
    postings: postingsOf(entries),
    idf: new Map(),
    unknownWeight: Math.log(1 + Math.max(1, entries.length)),
  };
  const bySector = new Map<Sector, Entry[]>();
  for (const entry of entries) {
    const list = bySector.get(entry.sector);
    if (list) list.push(entry);
    else bySector.set(entry.sector, [entry]);
    if (!index.sectorOf.has(entry.indicator)) index.sectorOf.set(entry.indicator, entry.sector);
  }
  for (const [sector, list] of bySector) index.bySector.set(sector, group(list));
  for (const [s, posting] of index.postings) index.idf.set(s, Math.log(1 + entries.length / posting.length));
  indexes.set(source, index);
  return index;
}

function group(entries: Entry[]): Group {
  const byNumber = new Map<number, Entry>();
  for (const entry of entries) if (!byNumber.has(entry.indicator.number)) byNumber.set(entry.indicator.number, entry);
  return { entries, names: nameIndex(entries), byNumber };
}

/** Stem -> the entries with it, in the entries' order. */
function postingsOf(entries: Entry[]): Map<string, Entry[]> {
  const postings = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const s of entry.stems) {
      const posting = postings.get(s);
      if (posting) posting.push(entry);
      else postings.set(s, [entry]);
    }
  }
  return postings;
}

function entriesOf(sector: Sector): Entry[] {
  // The catalog's own numbered indicators of the sector (made once per sector object, shared with the rules).
  return indexedIndicators(sector).map((indicator) => {
    const names = [indicator.name, indicator.printedName].filter((n): n is string => n !== undefined).map((n) => prepareName(n));
    const stems = new Set(names.flatMap((n) => [...n.stems]));
    return { sector, indicator, names: names.map((n) => n.normalized), stems };
  });
}

/** The entries of one sector; a sector object from outside the catalog gets its own, prepared once. */
const foreignSectors = new WeakMap<Sector, Group>();
function sectorGroup(index: MatchIndex, sector: Sector): Group {
  const own = index.bySector.get(sector);
  if (own) return own;
  const known = foreignSectors.get(sector);
  if (known) return known;
  const entries = entriesOf(sector);
  const prepared = { ...group(entries), postings: postingsOf(entries) };
  foreignSectors.set(sector, prepared);
  return prepared;
}

/** The catalog's entries that are not of `sector`, by object or by code: where «other-sector» looks. */
function outsideOf(index: MatchIndex, sector: Sector): NameIndex<Entry> {
  const known = index.outside.get(sector);
  if (known) return known;
  const names = nameIndex(index.entries.filter((e) => e.sector !== sector && e.sector.code !== sector.code));
  index.outside.set(sector, names);
  return names;
}

/** The sector's first indicator with this number, found without walking the sector. */
export function indexedIndicator(sector: Sector, number: number, source: Catalog = defaultCatalog): SectorIndicator | undefined {
  return sectorGroup(matchIndex(source), sector).byNumber.get(number)?.indicator;
}

/** Weighted overlap of words (Dice over word weights), 0..1, for every entry sharing a word with the text. */
function similarities(index: MatchIndex, name: PreparedName, extra: Map<string, Entry[]> | undefined): Map<Entry, number> {
  const weight = (s: string) => index.idf.get(s) ?? index.unknownWeight;
  let own = 0;
  for (const s of name.stems) own += weight(s);
  const shared = new Map<Entry, number>();
  const add = (entries: Entry[] | undefined, w: number) => {
    if (entries) for (const entry of entries) shared.set(entry, (shared.get(entry) ?? 0) + w);
  };
  for (const s of name.stems) {
    // The catalog's entries with the word, then those of a sector from outside it, which the catalog never lists.
    add(index.postings.get(s), weight(s));
    add(extra?.get(s), weight(s));
  }
  const scores = new Map<Entry, number>();
  for (const [entry, common] of shared) {
    let total = 0;
    for (const s of entry.stems) total += weight(s);
    scores.set(entry, (2 * common) / (own + total));
  }
  return scores;
}

function best(scores: Map<Entry, number>, keep: (e: Entry) => boolean): { entry: Entry; score: number }[] {
  return [...scores].filter(([e]) => keep(e)).map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score);
}

/**
 * The indicator of `sector` that `name` names. Without a sector, any indicator of the catalog (then «other-sector»
 * never comes back).
 */
export function matchIndicatorName(name: string | PreparedName, sector: Sector | undefined, source: Catalog = defaultCatalog): NameMatch {
  const prepared = typeof name === "string" ? prepareName(name) : name;
  if (prepared.normalized === "" || prepared.stems.size === 0) return { kind: "empty" };
  const index = matchIndex(source);
  const own = sector ? sectorGroup(index, sector) : index.all;
  const ownHits = textHits(own.names, prepared.normalized);
  if (ownHits?.hits.length === 1) return { kind: "matched", indicator: ownHits.hits[0].indicator, how: ownHits.tier, certain: ownHits.tier !== "contained" };
  if (ownHits) return { kind: "ambiguous", candidates: ownHits.hits.map((e) => e.indicator) };
  const isOwn = (e: Entry) => sector === undefined || e.sector === sector || e.sector.code === sector.code;
  if (sector) {
    const otherHits = textHits(outsideOf(index, sector), prepared.normalized);
    if (otherHits?.hits.length === 1 && otherHits.tier !== "contained") {
      return { kind: "other-sector", sector: otherHits.hits[0].sector, indicator: otherHits.hits[0].indicator };
    }
  }
  const scores = similarities(index, prepared, own.postings);
  const [first, second] = best(scores, isOwn);
  const [outside] = sector ? best(scores, (e) => !isOwn(e)) : [];
  if (outside && outside.score >= SIMILAR_CONFIDENT && (!first || outside.score > first.score + SIMILAR_MARGIN)) {
    return { kind: "other-sector", sector: outside.entry.sector, indicator: outside.entry.indicator };
  }
  if (!first || first.score < SIMILAR_ACCEPT) return { kind: "unknown" };
  if (second && second.score >= SIMILAR_ACCEPT && first.score - second.score < SIMILAR_MARGIN) {
    return { kind: "ambiguous", candidates: [first.entry.indicator, second.entry.indicator] };
  }
  return { kind: "matched", indicator: first.entry.indicator, how: "similar", certain: first.score >= SIMILAR_CONFIDENT };
}

/** The sector whose indicator the text names with certainty (exact, the only partial, or confidently similar). */
export function sectorOfName(name: PreparedName, source: Catalog = defaultCatalog): Sector | undefined {
  const match = matchIndicatorName(name, undefined, source);
  if (match.kind !== "matched" || !match.certain) return undefined;
  return matchIndex(source).sectorOf.get(match.indicator);
}
