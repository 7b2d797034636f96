/**
 * Recommendations «обучить ещё N сотрудников → +M баллов»: the rated bodies grouped by the extra people they need
 * (ascending) and, within that, by the points gained (descending). Bodies in the top band and bodies that cannot
 * gain are listed apart.
 */
import type { RatedBody, RowProblem } from "./rating";
import { ratingMessages, recommendationTexts } from "./messages";

export interface GainGroup {
  gain: number;
  /** «+2 балла к рейтингу» */
  title: string;
  bodies: RatedBody[];
}

export interface RecommendationSection {
  extra: number;
  /** «Обучить ещё 1 сотрудника» */
  title: string;
  groups: GainGroup[];
}

export interface Recommendations {
  sections: RecommendationSection[];
  /** Already in the top band. */
  top: RatedBody[];
  /** No higher band can be reached with the body's staff. */
  unreachable: RatedBody[];
}

export function recommend(bodies: readonly RatedBody[]): Recommendations {
  const sections = new Map<number, Map<number, RatedBody[]>>();
  const top: RatedBody[] = [];
  const unreachable: RatedBody[] = [];
  for (const body of bodies) {
    const next = body.next;
    if (next.status === "top") top.push(body);
    else if (next.status === "unreachable") unreachable.push(body);
    else {
      const byGain = sections.get(next.extra) ?? new Map<number, RatedBody[]>();
      const bodies = byGain.get(next.gain);
      if (bodies) bodies.push(body);
      else byGain.set(next.gain, [body]);
      sections.set(next.extra, byGain);
    }
  }
  return {
    sections: [...sections.entries()].sort(([a], [b]) => a - b).map(([extra, byGain]) => section(extra, byGain)),
    top,
    unreachable,
  };
}

function section(extra: number, byGain: Map<number, RatedBody[]>): RecommendationSection {
  const groups = [...byGain.entries()]
    .sort(([a], [b]) => b - a)
    .map(([gain, bodies]) => ({ gain, title: recommendationTexts.gain(gain), bodies }));
  return { extra, title: recommendationTexts.section(extra), groups };
}

/** One line of the recommendations block as written into a sheet. */
export interface RecommendationLine {
  kind: "section" | "group" | "body" | "problem" | "empty";
  text: string;
}

/** The block as lines: section, its gain groups, each group's bodies; then the top band, unreachable, problems. */
export function recommendationLines(recommendations: Recommendations, problems: readonly RowProblem[] = []): RecommendationLine[] {
  const lines: RecommendationLine[] = [];
  const bodyLines = (bodies: readonly RatedBody[]) => bodies.forEach((b) => lines.push({ kind: "body", text: b.name }));
  for (const s of recommendations.sections) {
    lines.push({ kind: "section", text: s.title });
    for (const g of s.groups) {
      lines.push({ kind: "group", text: g.title });
      bodyLines(g.bodies);
    }
  }
  if (recommendations.top.length > 0) {
    lines.push({ kind: "section", text: recommendationTexts.top });
    bodyLines(recommendations.top);
  }
  if (recommendations.unreachable.length > 0) {
    lines.push({ kind: "section", text: recommendationTexts.unreachable });
    bodyLines(recommendations.unreachable);
  }
  if (lines.length === 0) lines.push({ kind: "empty", text: recommendationTexts.none });
  if (problems.length > 0) {
    lines.push({ kind: "section", text: recommendationTexts.problems });
    for (const p of problems) lines.push({ kind: "problem", text: ratingMessages.rowProblem(p.row, p.message) });
  }
  return lines;
}

/** How a row of the block looks: the title and sections stand out, the note and the problems are quieter. */
export type BlockRowKind = "title" | "note" | RecommendationLine["kind"];

/** One row of the block as a sheet shows it: sections (and the title, the note) in the first column, the rest in the second. */
export interface BlockRow {
  kind: BlockRowKind;
  column: 0 | 1;
  text: string;
}

/** The whole block, as both the rating sheet and a refresh beside a user's table write it: title, note, then the lines. */
export function recommendationBlock(lines: readonly RecommendationLine[], note: string): BlockRow[] {
  return [
    { kind: "title", column: 0, text: recommendationTexts.title },
    { kind: "note", column: 0, text: note },
    ...lines.map((line): BlockRow => ({ kind: line.kind, column: line.kind === "section" || line.kind === "empty" ? 0 : 1, text: line.text })),
  ];
}
