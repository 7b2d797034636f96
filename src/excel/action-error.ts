/**
 * A workbook action that failed, said in Russian for the user (what happened, and what of theirs is unchanged), with
 * Excel's own text kept as a detail for whoever supports them. Thrown by src/excel; the pane shows `message` as is.
 */
export class ExcelActionError extends Error {
  constructor(
    message: string,
    /** Excel's error code and English text, if Excel said anything. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

/** Excel's code and text of a failure, for the detail line. */
export function excelDetail(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (error === null || typeof error === "string" || typeof error === "number" || typeof error === "boolean" || typeof error === "bigint") return String(error);
  if (typeof error !== "object") return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const parts = [typeof code === "string" ? code : undefined, typeof message === "string" ? message : undefined].filter((p): p is string => p !== undefined && p !== "");
  return parts.length > 0 ? parts.join(": ") : undefined;
}
