#!/usr/bin/env node
/**
 * npm test: the one test command, on a fresh machine too. It finds Chromium, LibreOffice and pdftotext (env or PATH),
 * installs Debian's packages itself where it can (root with apt-get), builds the add-in, then runs every suite.
 * It never skips the browser or LibreOffice tests: without the programs it stops with a one-line instruction.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const PROGRAMS = [
  { env: "CHROMIUM_PATH", names: ["chromium", "chromium-browser"], apt: "chromium" },
  { env: "SOFFICE_PATH", names: ["soffice", "libreoffice"], apt: "libreoffice-calc-nogui" },
  // Reads back the text of generated files printed to PDF by LibreOffice, to tell a cut row.
  { env: "PDFTOTEXT_PATH", names: ["pdftotext"], apt: "poppler-utils" },
];

function which(name) {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function locate(program) {
  const fromEnv = process.env[program.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of program.names) {
    const path = which(name);
    if (path) return path;
  }
  return undefined;
}

let aptUpdated = false;
function aptInstall(pkg) {
  const canInstall = process.getuid?.() === 0 && which("apt-get");
  if (!canInstall) return false;
  console.log(`Installing Debian package ${pkg} for the browser and spreadsheet tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  aptUpdated = true;
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
  return true;
}

for (const program of PROGRAMS) {
  let path = locate(program);
  if (!path && aptInstall(program.apt)) path = locate(program);
  if (!path) {
    console.error(`npm test needs ${program.names[0]}: run "sudo apt-get install -y ${program.apt}" or set ${program.env}.`);
    process.exit(1);
  }
  process.env[program.env] = path;
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
// The production pane, and the in-memory Excel that the browser tests put in place of office.js, ...
// ... and the command line, which the CLI tests run as a child process.
for (const args of [["webpack", "--mode", "production"], ["webpack", "--config", "webpack.demo.config.js"], ["tsc", "-p", "tsconfig.cli.json"]]) {
  const build = spawnSync(npx, args, { stdio: "inherit", env: { ...process.env, ADDIN_ORIGIN: "" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

mkdirSync(".tmp", { recursive: true });
const report = ".tmp/jest-report.json";
const jest = spawnSync(npx, ["jest", "--json", `--outputFile=${report}`, ...process.argv.slice(2)], { stdio: "inherit" });
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, "utf8"));
  // A plain closing line that any CI can read.
  console.log(`Tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
}
process.exit(jest.status ?? 1);
