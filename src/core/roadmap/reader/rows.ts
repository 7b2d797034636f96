/**
 * The rows under the header, classified: the regional and planned ЦЗ rows, indicator value rows (by their prefix
 * «Значение показателя i», by our defined name, or by naming one of the sector's indicators), the strategy target rows
 * of a generated sheet, and activity rows («Мероприятия…», with or without the number), each belonging to the value row
 * above it. Nothing with values in its year cells is dropped silently: what cannot be placed is listed.
 */
import { readCell } from "../../cell-value";
import { trimEndOf } from "../../text";
import type { NamedParts } from "./defined-names";
import { plain, text, type GridView } from "./grid";
import type { Header } from "./header";
import { prepareName, type NameMatch, type PreparedName } from "./indicator-match";

/** What one row says, before the sector is known. */
export interface RowReading {
  row: number;
  label: string;
  role: ContentRole;
  /** The number in a «№ п/п» column. */
  number?: number;
  /** The unit in a «Ед. изм.» column. */
  unit?: string;
  hasValues: boolean;
  /** A label merged across the year columns: a heading between blocks, not a row of values. */
  heading: boolean;
  /** The label's name and unit, for rows that may name an indicator; the name also prepared for matching. */
  parts?: { name: string; unit?: string };
  name?: PreparedName;
}

export interface ValueRow {
  row: number;
  label: string;
  name: string;
  unit?: string;
  shown: number;
  /** Catalog number from a ЦЗ_Показатель_<n> name on this row. */
  namedNumber?: number;
  /** How the row's name matched, when that is what made it a value row. */
  match?: NameMatch;
  /** The name prepared for matching, when the row was read with one. */
  prepared?: PreparedName;
  targetRow?: number;
  activitiesRow?: number;
  factRow?: number;
}

export interface Rows {
  values: ValueRow[];
  regionalRow?: number;
  plannedRow?: number;
  /** The sector's actual ЦЗ row («Фактическое среднее значение…»). */
  actualRow?: number;
  /** The first row after the table: the thresholds, the quarterly block or the charts' data; nothing there is read. */
  endRow?: number;
  unrecognized: number[];
}

export type ContentRole =
  | { kind: "regional" | "planned" | "actual" | "breakdown" | "target" | "derived" | "end" | "ignore" | "other" }
  | { kind: "fact"; shown?: number }
  | { kind: "value" | "numbered"; shown?: number }
  | { kind: "activities"; shown?: number };

const VALUE_LABEL = /^(?:значение\s+)?показател[ья]\s*(?:№\s*)?(\d+|n)?(?![а-я])\s*[:.)\-–—]?\s*/;
const NUMBERED_LABEL = /^(\d+)[.)]\s+(?=\S)/;
const ACTIVITIES_NUMBER = /показател[яьи]\s*(?:№\s*)?(\d+)/;
const FACT_NUMBER = /показател[яьи]\s*(?:№\s*)?(\d+)/;

export function contentRole(label: string): ContentRole {
  const l = plain(label);
  if (l === "" || /^[.…\s]+$/.test(l)) return { kind: "ignore" };
  if (/^среднее значение показателя цз/.test(l) || l.includes("декомпозирован")) return { kind: "regional" };
  if (/^плановое среднее/.test(l)) return { kind: "planned" };
  if (/^фактическое среднее/.test(l)) return { kind: "actual" };
  // Blocks after the table: the thresholds, the quarters, the charts' data. Their rows are not the roadmap's.
  if (/^(пороги статуса|факт по кварталам|данные для диаграмм)/.test(l)) return { kind: "end" };
  if (/^(достижение плана|статус)(?![а-я])/.test(l)) return { kind: "derived" };
  if (/^факт(?:ическое значение)?(?![а-я])/.test(l)) return { kind: "fact", ...numberFrom(FACT_NUMBER.exec(l)?.[1]) };
  if (/^в том числе/.test(l)) return { kind: "breakdown" };
  if (/^целевое значение/.test(l)) return { kind: "target" };
  if (/^мероприяти/.test(l)) return { kind: "activities", ...numberFrom(ACTIVITIES_NUMBER.exec(l)?.[1]) };
  const value = VALUE_LABEL.exec(l);
  if (value) return { kind: "value", ...numberFrom(value[1]) };
  const numbered = NUMBERED_LABEL.exec(l);
  if (numbered) return { kind: "numbered", ...numberFrom(numbered[1]) };
  return { kind: "other" };
}

function numberFrom(digits: string | undefined): { shown?: number } {
  return digits !== undefined && /^\d{1,4}$/.test(digits) ? { shown: Number(digits) } : {};
}

const UNIT_AT_END =
  /(?:^|[\s,;(])(?:в\s+)?(%|процент(?:ов|ах)?|усл\.\s*ед\.?|усл\.ед\.?|ед\.|ед|балл(?:ов|\.|а)?|чел\.?|тыс\.\s*посещений)\s*\)?\s*$/i;
const UNIT_ONLY = /^(%|процент\S*|усл\.?\s*ед\.?|ед\.?|балл\S*|чел\.?|тыс\.?\s*посещений)$/i;

/** «Значение показателя 2 «доля …», %» -> name «доля …», unit «%». */
export function nameAndUnit(label: string): { name: string; unit?: string } {
  let rest = label.replace(/\s+/g, " ").trim();
  const prefix = VALUE_LABEL.exec(plain(rest)) ?? NUMBERED_LABEL.exec(plain(rest));
  if (prefix) rest = rest.slice(prefix[0].length);
  const unit = UNIT_AT_END.exec(rest);
  if (unit && unit.index > 0) rest = rest.slice(0, unit.index);
  rest = trimEndOf(rest, " \t\n\r\u00a0,;:").trim();
  // The template wraps the name in «…»; the name itself may end in a quoted word: «… отрасли «Образование»».
  if ((rest.startsWith("«") && rest.endsWith("»")) || (rest.startsWith('"') && rest.endsWith('"') && rest.length > 1)) rest = rest.slice(1, -1).trim();
  return { name: rest, ...(unit && unit.index > 0 ? { unit: canonicalUnit(unit[1]) } : {}) };
}

export function canonicalUnit(unit: string): string {
  const u = plain(unit).replace(/\s/g, "");
  if (u === "%" || u.startsWith("процент")) return "%";
  if (u.startsWith("усл")) return "усл. ед.";
  if (u.startsWith("ед")) return "ед.";
  if (u.startsWith("балл")) return "балл.";
  if (u.startsWith("чел")) return "чел.";
  return "тыс. посещений";
}

function labelOf(view: GridView, header: Header, row: number): string {
  const parts: string[] = header.labelColumns.map((c) => text(view.raw(row, c)));
  // A label merged over the «№» and «X» columns sits in the «№» column.
  if (header.numberColumn !== undefined && !parts.some((p) => p !== "")) {
    const spilt = view.raw(row, header.numberColumn);
    if (readCell(spilt).kind === "text") parts.push(text(spilt));
  }
  return parts.filter((t) => t !== "").join(" ");
}

function numberOf(view: GridView, header: Header, row: number): number | undefined {
  if (header.numberColumn === undefined) return undefined;
  const value = view.raw(row, header.numberColumn);
  const reading = readCell(typeof value === "string" ? value.replace(/^(\d{1,4})[.)]$/, "$1") : value);
  return reading.kind === "number" && !reading.percentSign && Number.isInteger(reading.value) && reading.value > 0 && reading.value < 10000 ? reading.value : undefined;
}

function unitOf(view: GridView, header: Header, row: number): string | undefined {
  if (header.unitColumn === undefined) return undefined;
  const written = text(view.raw(row, header.unitColumn));
  return UNIT_ONLY.test(written) ? canonicalUnit(written) : undefined;
}

function hasYearValues(view: GridView, header: Header, row: number): boolean {
  return header.years.some((y) => readCell(view.raw(row, y.column)).kind !== "blank");
}

function isHeading(view: GridView, header: Header, row: number): boolean {
  const area = view.mergeAt(row, header.labelColumn);
  return area !== undefined && header.years.some((y) => y.column >= area.left && y.column <= area.right);
}

/** Every row under the header as it reads; the ones that may name an indicator get their name prepared once. */
export function readRows(view: GridView, header: Header): RowReading[] {
  const readings: RowReading[] = [];
  for (let row = header.row + 1; row <= view.bottom; row++) {
    const label = labelOf(view, header, row);
    const role = contentRole(label);
    if (role.kind === "end") break;
    const number = numberOf(view, header, row);
    const unit = unitOf(view, header, row);
    const reading: RowReading = {
      row,
      label,
      role,
      ...(number !== undefined ? { number } : {}),
      ...(unit !== undefined ? { unit } : {}),
      hasValues: hasYearValues(view, header, row),
      heading: isHeading(view, header, row),
    };
    if (role.kind === "value" || role.kind === "numbered" || role.kind === "other") {
      reading.parts = nameAndUnit(label);
      if (reading.parts.name !== "") reading.name = prepareName(reading.parts.name);
    }
    readings.push(reading);
  }
  return readings;
}

/** Decides whether a row that has no prefix names one of the roadmap's indicators. */
export type NameMatcher = (name: PreparedName) => NameMatch;

export function classifyRows(readings: RowReading[], names: NamedParts, matcher: NameMatcher): Rows {
  const rows: Rows = { values: [], unrecognized: [] };
  if (names.regionalRow !== undefined) rows.regionalRow = names.regionalRow;
  if (names.plannedRow !== undefined) rows.plannedRow = names.plannedRow;
  if (names.actualRow !== undefined) rows.actualRow = names.actualRow;
  const last = () => rows.values[rows.values.length - 1];
  const byShown = new Map<number, ValueRow>();
  const byNamed = new Map<number, ValueRow>();
  const addValue = (reading: RowReading, shown: number | undefined, extra: Partial<ValueRow> = {}) => {
    const value = valueRow(reading, shown ?? (last()?.shown ?? 0) + 1, extra);
    rows.values.push(value);
    byShown.set(value.shown, value);
    if (value.namedNumber !== undefined) byNamed.set(value.namedNumber, value);
  };

  for (const reading of readings) {
    const { row, role } = reading;
    const named = names.rows.get(row);
    if (named?.kind === "value") {
      const shown = role.kind === "value" && role.shown !== undefined ? role.shown : reading.number;
      addValue(reading, shown, { namedNumber: named.catalogNumber });
      continue;
    }
    if (named) {
      // A target, fact or activities row of a generated sheet: it belongs to its indicator's value row, wherever that moved.
      const owner = byNamed.get(named.catalogNumber) ?? last();
      if (owner && named.kind === "target") owner.targetRow ??= row;
      else if (owner && named.kind === "fact") owner.factRow ??= row;
      else if (owner && named.kind === "activities") owner.activitiesRow ??= row;
      continue;
    }
    if (row === rows.regionalRow || row === rows.plannedRow || row === rows.actualRow) continue;
    switch (role.kind) {
      case "regional":
        rows.regionalRow ??= row;
        break;
      case "planned":
        rows.plannedRow ??= row;
        break;
      case "actual":
        rows.actualRow ??= row;
        break;
      case "fact": {
        const owner = (role.shown !== undefined ? byShown.get(role.shown) : undefined) ?? last();
        if (owner && owner.factRow === undefined) owner.factRow = row;
        else if (reading.hasValues) rows.unrecognized.push(row);
        break;
      }
      case "value":
        addValue(reading, role.shown ?? reading.number);
        break;
      case "target": {
        const owner = last();
        if (owner && owner.targetRow === undefined) owner.targetRow = row;
        break;
      }
      case "activities": {
        const owner = activitiesOwner(rows.values, byShown, role.shown);
        if (owner) owner.activitiesRow = row;
        else if (reading.hasValues) rows.unrecognized.push(row);
        break;
      }
      case "numbered":
      case "other": {
        // The name written on the line under a bare «Значение показателя i».
        const owner = last();
        if (role.kind === "other" && owner && owner.name === "" && owner.row === row - 1 && !reading.hasValues) {
          Object.assign(owner, reading.parts ?? nameAndUnit(reading.label), { label: `${owner.label} ${reading.label}`, ...(reading.name ? { prepared: reading.name } : {}) });
          break;
        }
        const match = reading.name && !reading.heading ? matcher(reading.name) : undefined;
        const namesIndicator = match !== undefined && match.kind !== "unknown" && match.kind !== "empty";
        const shown = role.kind === "numbered" ? (role.shown ?? reading.number) : reading.number;
        // A numbered row with values is an indicator even when its name is unknown: the values must not be lost.
        if (namesIndicator) addValue(reading, shown, { match });
        else if (role.kind === "numbered" && reading.hasValues && !reading.heading) addValue(reading, shown, match ? { match } : {});
        else if (reading.hasValues) rows.unrecognized.push(row);
        break;
      }
      default:
        // «В том числе…», «…» and blank rows carry nothing to check, unless a year cell holds something.
        if (role.kind === "ignore" && reading.label === "" && reading.hasValues) rows.unrecognized.push(row);
    }
  }
  return rows;
}

function valueRow(reading: RowReading, shown: number, extra: Partial<ValueRow>): ValueRow {
  const { name, unit } = reading.parts ?? nameAndUnit(reading.label);
  const rowUnit = unit ?? reading.unit;
  return { row: reading.row, label: reading.label, name, shown, ...(rowUnit !== undefined ? { unit: rowUnit } : {}), ...(reading.name ? { prepared: reading.name } : {}), ...extra };
}

/** «Мероприятия … показателя 2 …» belongs to indicator 2; an unnumbered one to the value row just above it. */
function activitiesOwner(values: ValueRow[], byShown: Map<number, ValueRow>, shown: number | undefined): ValueRow | undefined {
  if (shown !== undefined) {
    const byNumber = byShown.get(shown);
    if (byNumber && byNumber.activitiesRow === undefined) return byNumber;
  }
  const last = values[values.length - 1];
  return last && last.activitiesRow === undefined ? last : undefined;
}
