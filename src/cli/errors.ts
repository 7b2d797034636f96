/** A user's mistake on the command line or with a file: said in Russian, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 0 | 1 | 2 = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes: 0 nothing wrong, 1 errors found in the data, 2 bad usage or a file that cannot be read. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function worst(...codes: ExitCode[]): ExitCode {
  return codes.reduce<ExitCode>((a, b) => (b > a ? b : a), EXIT.ok);
}
