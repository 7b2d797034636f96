/**
 * An edition of a region's strategy: everything the add-in knows about one strategy document, as data. The built-in
 * Smolensk 2021 edition is one instance; a region loads its own from a table (see docs/editions.md).
 */
import type { Sector } from "../catalog/types";

/** A training band as printed: the lower bound of the share in percent (inclusive) and its score. */
export interface EditionBand {
  lowerPercent: number;
  score: number;
}

export interface Edition {
  /** Stable key, written into the roadmaps made with the edition: «smolensk-2021» for the built-in one. */
  id: string;
  /** «Смоленская область». */
  region: string;
  /** The region in the genitive for «… на уровень Смоленской области»; absent: «… на уровень региона». */
  regionGenitive?: string;
  /** The document's title as printed. */
  document: string;
  /** When it was approved, as written («02.09.2021», «2021»). */
  approved?: string;
  /** Regional ЦЗ targets by year, as printed (28 for 28 %). Any number of years, any range. */
  regionalTargets: Record<string, number>;
  /** Training bands (protocol appendix 1), any order; the rating sorts them. */
  bands: EditionBand[];
  /** Sectors → projects → indicators with their targets by year. */
  sectors: Sector[];
}
