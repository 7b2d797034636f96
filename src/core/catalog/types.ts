/** Shapes of the strategy catalog (protocol appendix 2 = strategy section 7), as stored in strategy.json. */

/** Whether a higher or a lower value is better; every printed indicator is "higher". */
export type Direction = "higher" | "lower";

/** Target years printed in the strategy. Adding a year is a data change: targets is keyed by year. */
export type Targets = Record<string, number | null>;

export interface Indicator {
  /** Name as printed, with page-break continuations joined. */
  name: string;
  /** Unit as printed: "%", "усл. ед.", "ед.", "балл.", "чел.", "тыс. посещений". */
  unit: string;
  direction: Direction;
  /** Numbers as printed (18,00 -> 18 with unit "%"); null where the strategy prints «x». */
  targets: Targets;
  /** The name exactly as printed where it differs from name (a corrected misprint, e.g. «portalу»). */
  printedName?: string;
  /** The unit exactly as printed where it differs from unit (e.g. «усл.ед.» for «усл. ед.»). */
  printedUnit?: string;
}

/** Strategy sections 5–6 joined to a project; every field is text as printed, absent where the strategy is silent. */
export interface ProjectDetails {
  goal?: string;
  term?: string;
  description?: string;
  financing?: string;
  regionRole?: string;
  tasks?: string[];
  beneficiaries?: string;
}

export interface Project {
  /** Number within the sector, as printed ("1." -> 1). */
  n: number;
  name: string;
  recommendedByFOIV: boolean;
  responsible: string;
  indicators: Indicator[];
  details?: ProjectDetails;
}

export interface Sector {
  /** "7.1" … "7.11". */
  code: string;
  /** Corrected name (e.g. «Здравоохранение»). */
  name: string;
  /** The name exactly as printed where it differs from name (e.g. «Здоровоохранение»). */
  printedName?: string;
  projects: Project[];
}

/** strategy.json: the sectors 7.1–7.11 in printed order. */
export type Catalog = Sector[];
