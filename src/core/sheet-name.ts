/**
 * Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
 * not «History». A second «create» never overwrites: it gets «Name (2)», «Name (3)», …
 */
import { trimEndOf, trimStartOf } from "./text";

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = new Set(["history"]);

export function validSheetName(wanted: string): string {
  let name = wanted.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  name = trimEndOf(trimStartOf(name, "'"), "'").trim();
  if (name === "" || RESERVED.has(name.toLowerCase())) name = name === "" ? "Лист" : `${name} 1`;
  return name.slice(0, MAX_LENGTH).trim();
}

/** A valid name not among `existing` (compared case-insensitively, as Excel does). */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
