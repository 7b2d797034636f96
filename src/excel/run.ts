/**
 * Excel.run for the pane's actions. While the user is typing in a cell Excel refuses every request
 * (InvalidOperationInCellEditMode); as Script Lab does, wait a moment and try again a few times before giving up.
 */
const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

export interface RetryOptions {
  attempts: number;
  delayMs: number;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 4, delayMs: 500 };

export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, retry: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== CELL_EDIT_MODE || attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
}
