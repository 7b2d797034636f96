/** Where a command writes: the result on stdout, progress and problems on stderr. Plain functions, so tests can capture. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress then rewrites one line). */
  interactive: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
};

/** «Файл 3 из 12: имя.xlsx» on stderr while a folder is worked through. */
export function progress(io: Io, index: number, total: number, name: string): void {
  if (total > 1) io.err(`Файл ${index + 1} из ${total}: ${name}`);
}
