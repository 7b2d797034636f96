/** The real `cdto` program (bin/cdto.js, built into dist-cli by npm test) run as a child process, as a user runs it. */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { REPO_ROOT } from "./seeds";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const CDTO = join(REPO_ROOT, "bin", "cdto.js");

export function cdto(args: readonly string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [CDTO, ...args], { cwd, encoding: "utf8", timeout: 120_000, env: { ...process.env, CDTO_DEBUG: "" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function workDir(): string {
  return mkdtempSync(join(tmpdir(), "cdto-cli-"));
}

/** What a user must never see for their own mistake. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);
}
