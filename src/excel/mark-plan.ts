/**
 * Which cells a check marks and how the marks of the previous check are undone. Pure: the Excel adapter reads the
 * state, this decides, the adapter writes. The original fill of every marked cell is kept in the workbook's settings,
 * so the next check (or «Снять пометки») restores exactly what was there, even after the file was saved and reopened.
 */

export const MARKS_SETTING = "cdto.check.marks";
export const ERROR_FILL = "#F4B6B6";
export const WARNING_FILL = "#FFE699";
/** What getCellProperties reports for a cell without fill. */
export const NO_FILL = "#FFFFFF";

export interface SheetMarks {
  /** Original fill by address; null: the cell had no fill. */
  fills: Record<string, string | null>;
}

/** Our comments begin with this, so the next check knows them from the user's own without remembering ids. */
export const COMMENT_PREFIX = "Проверка ЦЗ: ";

/** Settings value: marks per worksheet id (ids survive renaming the sheet). */
export type MarksState = Record<string, SheetMarks>;

export interface MarkFinding {
  severity: "error" | "warning";
  address: string;
  message: string;
}

export interface MarkPlan {
  /** Fills to put back: address -> original colour, or null to clear. */
  restore: Record<string, string | null>;
  /** Ids of our old comments to delete. */
  deleteComments: string[];
  /** New fills: address -> colour. */
  fills: Record<string, string>;
  /** New comments: address -> text. */
  comments: Record<string, string>;
  /** What to remember for the next check. */
  next: SheetMarks;
}

const A1 = /^[A-Z]{1,3}\d+$/;

/**
 * @param currentFills fill of each cell in the checked block as Excel reports it now (marks of the last check included)
 * @param comments the sheet's comments: ours (by prefix) are removed, a user's are never covered or removed
 */
export function planMarks(
  findings: readonly MarkFinding[],
  previous: SheetMarks | undefined,
  currentFills: ReadonlyMap<string, string>,
  comments: readonly { id: string; address: string; content: string }[],
): MarkPlan {
  const ours = comments.filter((c) => c.content.startsWith(COMMENT_PREFIX));
  const userComments = new Set(comments.filter((c) => !c.content.startsWith(COMMENT_PREFIX)).map((c) => c.address));
  const restore = { ...(previous?.fills ?? {}) };
  const fills: Record<string, string> = {};
  const messages = new Map<string, string[]>();
  const originals: Record<string, string | null> = {};
  for (const finding of findings) {
    if (!A1.test(finding.address)) continue;
    const colour = finding.severity === "error" ? ERROR_FILL : WARNING_FILL;
    if (fills[finding.address] !== ERROR_FILL) fills[finding.address] = colour;
    messages.set(finding.address, [...(messages.get(finding.address) ?? []), finding.message]);
    if (!(finding.address in originals)) originals[finding.address] = originalFill(finding.address, previous, currentFills);
  }
  // A cell marked again keeps its first original; the rest of the old marks go back.
  for (const address of Object.keys(fills)) delete restore[address];
  const newComments: Record<string, string> = {};
  for (const [address, texts] of messages) {
    if (!userComments.has(address)) newComments[address] = COMMENT_PREFIX + texts.join("\n");
  }
  return { restore, deleteComments: ours.map((c) => c.id), fills, comments: newComments, next: { fills: originals } };
}

function originalFill(address: string, previous: SheetMarks | undefined, currentFills: ReadonlyMap<string, string>): string | null {
  if (previous && address in previous.fills) return previous.fills[address];
  const now = currentFills.get(address);
  return now === undefined || now.toUpperCase() === NO_FILL ? null : now;
}
