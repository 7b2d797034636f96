/**
 * Which cells a check marks and how the marks of the previous check come off. Pure: the adapter reads, this decides,
 * the adapter writes. Fills are remembered by hidden defined names (fill-marks.ts); comments are ours by their prefix,
 * so the next check (or «Снять пометки») finds them without remembering ids, and a user's comment is never touched.
 */
import { CHECK_MARKS, planFills, type FillPlan, type RememberedMark } from "./fill-marks";

/** Where an earlier version kept the original fills (by address, per sheet id): read once, then dropped. */
export const MARKS_SETTING = "cdto.check.marks";
export const ERROR_FILL = "#F4B6B6";
export const WARNING_FILL = "#FFE699";

/** An earlier version's settings value: original fill by address, per worksheet id. */
export type LegacyMarksState = Record<string, { fills: Record<string, string | null> }>;

/** Our comments begin with this, so the next check knows them from the user's own without remembering ids. */
export const COMMENT_PREFIX = "Проверка ЦЗ: ";

export interface MarkFinding {
  severity: "error" | "warning";
  address: string;
  message: string;
}

export interface MarkPlan {
  fills: FillPlan;
  /** Ids of our old comments to delete. */
  deleteComments: string[];
  /** New comments: address -> text. */
  comments: Record<string, string>;
}

const A1 = /^[A-Z]{1,3}\d+$/;

/**
 * @param currentFills fill of each cell in the checked block as it is now (null: no fill)
 * @param comments the sheet's comments: ours (by prefix) are removed, a user's are never covered or removed
 */
export function planMarks(
  findings: readonly MarkFinding[],
  remembered: readonly RememberedMark[],
  currentFills: ReadonlyMap<string, string | null>,
  comments: readonly { id: string; address: string; content: string }[],
): MarkPlan {
  const ours = comments.filter((c) => c.content.startsWith(COMMENT_PREFIX));
  const userComments = new Set(comments.filter((c) => !c.content.startsWith(COMMENT_PREFIX)).map((c) => c.address));
  const wanted = new Map<string, string>();
  const messages = new Map<string, string[]>();
  for (const finding of findings) {
    if (!A1.test(finding.address)) continue;
    if (wanted.get(finding.address) !== ERROR_FILL) wanted.set(finding.address, finding.severity === "error" ? ERROR_FILL : WARNING_FILL);
    messages.set(finding.address, [...(messages.get(finding.address) ?? []), finding.message]);
  }
  const newComments: Record<string, string> = {};
  for (const [address, texts] of messages) {
    if (!userComments.has(address)) newComments[address] = COMMENT_PREFIX + texts.join("\n");
  }
  return { fills: planFills(CHECK_MARKS, wanted, remembered, currentFills), deleteComments: ours.map((c) => c.id), comments: newComments };
}

/** The marks an earlier version remembered in the settings for a sheet, as remembered marks without a name. */
export function legacyMarks(state: unknown, sheetId: string): RememberedMark[] {
  const sheet = state && typeof state === "object" ? (state as LegacyMarksState)[sheetId] : undefined;
  const fills = sheet && typeof sheet.fills === "object" && sheet.fills !== null ? sheet.fills : {};
  return Object.entries(fills)
    .filter(([address]) => A1.test(address))
    .map(([address, original]) => ({ name: "", address, original: typeof original === "string" ? original : null }));
}
