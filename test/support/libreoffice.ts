/**
 * LibreOffice as the recalculating program for tests: an .xlsx goes in, the same workbook comes back with every
 * formula's result computed and stored, so a test can assert what a generated sheet really computes.
 *
 * LibreOffice's default for .xlsx is "never recalculate" (Calc/Formula/Load/OOXMLRecalcMode = 1): it keeps any
 * cached result it finds. Each conversion therefore runs with a fresh user profile whose registrymodifications.xcu
 * sets the mode to 0, "always recalculate".
 */
import { spawn } from "child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { pathToFileURL } from "url";
import type { SheetModel } from "../../src/core/sheet-model";
import { readXlsx, writeXlsx } from "../../src/xlsx";
import type { WorkbookSnapshot } from "../../src/xlsx";

const CONVERSION_TIMEOUT_MS = 60_000;

const INSTALL_HINT =
  "LibreOffice is needed to recalculate generated workbooks: install it (apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH to the soffice program";

/** Always recalculate on load, for xlsx and for ods. */
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice program: $SOFFICE_PATH, else soffice or libreoffice on PATH. Throws a one-line instruction. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SOFFICE_PATH;
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`SOFFICE_PATH=${configured} is not an executable file. ${INSTALL_HINT}`);
    return configured;
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const program of ["soffice", "libreoffice"]) {
      const candidate = join(dir, program);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new Error(`soffice not found on PATH. ${INSTALL_HINT}`);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface RecalculateOptions {
  /** The program to run; findSoffice() by default. */
  soffice?: string;
  /** Kill LibreOffice after this long; 60 s by default. */
  timeoutMs?: number;
}

/** The workbook after LibreOffice opened it (recalculating every formula) and saved it again as .xlsx. */
export async function recalculate(buffer: Buffer, options: RecalculateOptions = {}): Promise<Buffer> {
  return convert(buffer, "xlsx:Calc MS Excel 2007 XML", "xlsx", options);
}

/** The workbook as LibreOffice prints it (every sheet, with its page set-up), recalculated. */
export async function toPdf(buffer: Buffer, options: RecalculateOptions = {}): Promise<Buffer> {
  return convert(buffer, "pdf:calc_pdf_Export", "pdf", options);
}

async function convert(buffer: Buffer, filter: string, extension: string, options: RecalculateOptions): Promise<Buffer> {
  const soffice = options.soffice ?? findSoffice();
  const timeoutMs = options.timeoutMs ?? CONVERSION_TIMEOUT_MS;
  const work = mkdtempSync(join(tmpdir(), "xlsx-recalc-"));
  try {
    // A profile per call: no clash between parallel test workers, no stale lock after a killed run.
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
    const input = join(work, "workbook.xlsx");
    const outDir = join(work, "out");
    writeFileSync(input, buffer);
    const args = [
      "--headless", "--norestore", "--nologo",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to", filter,
      "--outdir", outDir, input,
    ];
    const run = await runProgram(soffice, args, timeoutMs);
    const output = join(outDir, `workbook.${extension}`);
    // soffice exits 0 even when it could not load or convert the file: the output file is the proof.
    if (run.code !== 0 || !existsSync(output)) {
      throw new Error(`LibreOffice did not convert the workbook (exit ${run.code}${run.timedOut ? `, killed after ${timeoutMs / 1000} s` : ""}).\nstderr: ${run.stderr.trim()}\nstdout: ${run.stdout.trim()}`);
    }
    return readFileSync(output);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** writeXlsx -> LibreOffice -> readXlsx: the values a recalculating program computes for the generated sheets. */
export async function recalculatedSheets(models: SheetModel[]): Promise<WorkbookSnapshot> {
  return readXlsx(await recalculate(await writeXlsx(models)));
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runProgram(program: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Own process group: soffice is a launcher that starts soffice.bin, and a timeout must end both.
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${program}: ${error.message}. ${INSTALL_HINT}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
