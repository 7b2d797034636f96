/**
 * Runs a snippet in a child Node process with a time and memory bound. A hang or an out-of-memory in the code under
 * test then fails one test (timedOut / a crash) instead of freezing or killing the jest worker.
 * The snippet is CommonJS JavaScript; `load("src/…")` requires a TypeScript module of the repository (through tsx).
 */
import { spawnSync } from "child_process";
import { REPO_ROOT } from "./seeds";

export interface BoundedResult {
  timedOut: boolean;
  /** The process exit code; null when it was killed (time limit, out of memory). */
  status: number | null;
  /** What the snippet printed with `report(value)`, parsed; undefined when it printed nothing. */
  reported: unknown;
  stderr: string;
}

export interface Bounds {
  timeoutMs?: number;
  /** V8 heap limit of the child: an out-of-memory shows as a crash (status not 0), not as a dead machine. */
  maxOldSpaceMb?: number;
}

const PRELUDE = `
const load = (file) => require(require("path").join(${JSON.stringify(REPO_ROOT)}, file));
const report = (value) => process.stdout.write("\\n@@" + JSON.stringify(value) + "\\n");
`;

export function runBounded(snippet: string, { timeoutMs = 10_000, maxOldSpaceMb = 512 }: Bounds = {}): BoundedResult {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${maxOldSpaceMb}`, "--import", "tsx", "-e", `${PRELUDE}\n(async () => {\n${snippet}\n})().catch((e) => { console.error(e); process.exit(3); });`],
    { cwd: REPO_ROOT, timeout: timeoutMs, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } },
  );
  const line = child.stdout?.split("\n").find((l) => l.startsWith("@@"));
  return {
    timedOut: child.error !== undefined && (child.error as NodeJS.ErrnoException).code === "ETIMEDOUT",
    status: child.status,
    reported: line === undefined ? undefined : JSON.parse(line.slice(2)),
    stderr: child.stderr ?? "",
  };
}
