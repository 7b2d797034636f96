/**
 * The «Рейтинг обучения» actions, between the pane and the workbook: create the sheet, and rate a table the user
 * already has, writing the recommendations beside it. Domain rules stay in the core; Excel stays in the gateway.
 */
import { findTableColumns, isComplete, tableRows, type RatingField } from "../core/rating/columns";
import { BLOCK_ROW_STYLES, buildRatingSheet, rateBodies, recommend, recommendationBlock, recommendationLines, recommendationTexts, RATING_NAMES, type RowProblem } from "../core/rating";
import { cellAddress } from "../core/sheet-model";
import { ExcelActionError } from "../excel/action-error";
import type { WorkbookGateway } from "../excel/gateway";

export const PROBLEM_FILL = "#FDE7E9";

function cellText(cell: unknown): string {
  return typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" ? String(cell) : "";
}

export async function createRatingSheet(gateway: WorkbookGateway, kind: "sample" | "empty"): Promise<string> {
  const result = await gateway.writeSheet(buildRatingSheet({ bodies: kind }));
  return kind === "sample"
    ? `Лист «${result.sheetName}» создан: 30 органов из приложения 1 протокола, баллы и рекомендации.`
    : `Лист «${result.sheetName}» создан: заполните столбцы B–D, баллы посчитаются формулами.`;
}

export type RecalculateOutcome =
  | { status: "needColumns"; headers: { column: number; text: string }[]; known: Partial<Record<RatingField, number>> }
  | { status: "done"; message: string; problems: RowProblem[] };

/** Rates the selected table; asks for the columns when the headers do not tell them apart. */
export async function recalculateRecommendations(
  gateway: WorkbookGateway,
  chosen?: Record<RatingField, number>,
): Promise<RecalculateOutcome> {
  const block = await gateway.readSelection(RATING_NAMES.recommendations);
  if (block.values.length < 2) throw new ExcelActionError("Выделите таблицу вместе со строкой заголовков, а не одну ячейку.");
  const found = findTableColumns(block.values);
  const headerRow = found.headerRow >= 0 ? found.headerRow : 0;
  const columns = chosen ?? found.columns;
  if (!isComplete(columns)) {
    const headers = (block.values[headerRow] ?? []).map((cell, column) => ({
      column,
      text: `${cellAddress(block.top + headerRow, block.left + column)}: ${cellText(cell)}`,
    }));
    return { status: "needColumns", headers, known: found.columns };
  }
  const rating = rateBodies(tableRows(block.values, headerRow, columns, block.top + 1));
  const lines = recommendationLines(recommend(rating.bodies), rating.problems);
  const width = block.values[0].length;
  const right = block.left + width - 1;
  const written = await gateway.writeBlock({
    sheetName: block.sheetName,
    name: RATING_NAMES.recommendations,
    table: { top: block.top, left: block.left, rows: block.values.length, columns: width },
    previous: block.previousBlock,
    usedBottom: Math.max(block.usedBottom, block.top + block.values.length - 1),
    rows: recommendationBlock(lines, recommendationTexts.refreshedNote).map((row) => ({ text: row.text, column: row.column, style: BLOCK_ROW_STYLES[row.kind] })),
    marks: rating.problems.map((p) => `${cellAddress(p.row - 1, block.left)}:${cellAddress(p.row - 1, right)}`),
    markFill: PROBLEM_FILL,
    remembered: block.rememberedFills,
  });
  const problems = rating.problems.length > 0 ? ` Строк с ошибками: ${rating.problems.length} (выделены цветом).` : "";
  return {
    status: "done",
    message: `Оценено органов: ${rating.bodies.length}. Рекомендации записаны в ${block.sheetName}!${written.address}.${problems}`,
    problems: rating.problems,
  };
}
