#!/usr/bin/env node
/**
 * npm run bench: the size and speed figures we track. Pane weight (gzip) against the 100 KB budget and the
 * throughput of the custom functions through the entry points the built bundle registers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const BUDGET_GZIP = 100 * 1024;

if (!existsSync(join(DIST, "functions.js"))) {
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}

const gzip = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js"));
let total = 0;
console.log("Pane JavaScript (gzip -9):");
for (const file of scripts) {
  const size = gzip(file);
  total += size;
  console.log(`  ${file.padEnd(32)} ${kb(size).padStart(9)}   (raw ${kb(readFileSync(join(DIST, file)).length)})`);
}
console.log(`  ${"total".padEnd(32)} ${kb(total).padStart(9)}   budget ${kb(BUDGET_GZIP)}: ${total <= BUDGET_GZIP ? "within" : "OVER"}`);

const registry = {};
class FunctionError extends Error {}
const sandbox = {
  CustomFunctions: { associate: (id, fn) => (registry[id] = fn), Error: FunctionError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
};
sandbox.self = sandbox; // the bundle's chunk loader refers to self, as in a page
runInNewContext(readFileSync(join(DIST, "functions.js"), "utf8"), sandbox);

function throughput(label, rows, call) {
  call(); // warm-up
  const runs = 20;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) call();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`  ${label.padEnd(40)} ${Math.round((rows * runs) / seconds).toLocaleString("en-US").padStart(12)} rows/s`);
}

const ROWS = 10000;
const employees = Array.from({ length: ROWS }, (_, i) => [10 + (i % 300)]);
const trained = employees.map(([e], i) => [i % (e + 1)]);
const years = Array.from({ length: ROWS }, (_, i) => [2021 + (i % 4)]);
const values = Array.from({ length: ROWS }, (_, i) => [i % 7 === 0 ? "x" : (i % 100) / 100]);
console.log(`Custom functions through the registered entry points (${ROWS} rows a call):`);
throughput("CDTO.SCORE (column)", ROWS, () => registry.SCORE(employees, trained, null));
throughput("CDTO.NEXTBAND (column)", ROWS, () => registry.NEXTBAND(employees, trained, null));
throughput("CDTO.CZTARGET (column)", ROWS, () => registry.CZTARGET(years));
throughput("CDTO.CZAVG (one range)", ROWS, () => registry.CZAVG(values));
// A column of one sector/indicator/year, as a roadmap's target column is filled: resolved once per call.
const column = (value) => Array.from({ length: ROWS }, () => [value]);
throughput("CDTO.TARGET (column, one indicator)", ROWS, () => registry.TARGET(column("7.1"), column(1), column(2022)));
throughput("CDTO.GAP (column, one indicator)", ROWS, () => registry.GAP(values, column("Образование и наука"), column("цифрового профиля"), column(2023)));
