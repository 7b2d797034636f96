/** The mistakes and warnings of one import, each at its sheet and cell, in the order they were found. */
export interface ImportMistake {
  sheet: string;
  /** «B7»; empty when the mistake is about a whole sheet (one that is missing). */
  cell: string;
  message: string;
}

export class ImportNotes {
  readonly mistakes: ImportMistake[] = [];
  readonly warnings: ImportMistake[] = [];

  mistake(at: { sheet: string; cell: string }, message: string): void {
    this.mistakes.push({ ...at, message });
  }

  warn(at: { sheet: string; cell: string }, message: string): void {
    this.warnings.push({ ...at, message });
  }
}
