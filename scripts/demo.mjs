#!/usr/bin/env node
/**
 * npm run demo: the pane beside an in-memory workbook, in any browser, without Excel. Builds the pane (dist/) and
 * the demo page (dist-demo/) only when a source changed since the last build, so a second start takes seconds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { startDemoServer } = require("./demo-server.js");

/** What the two builds read: a change in any of them means building again. */
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "webpack.demo.config.js", "package.json", "package-lock.json", "tsconfig.json"];
const OUTPUTS = ["dist/taskpane.html", "dist-demo/index.html", "dist-demo/fake-office.js", "dist-demo/demo.js"];
/** Written after both builds succeed; its time is when they started. */
const STAMP = join(ROOT, ".tmp/demo-build.stamp");

function newestTime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestTime(join(path, name))), stat.mtimeMs);
}

function upToDate() {
  if (!existsSync(STAMP) || !OUTPUTS.every((file) => existsSync(join(ROOT, file)))) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => newestTime(join(ROOT, input)) < built);
}

function build() {
  const started = Date.now();
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const steps = [
    ["Собираю панель… (1 из 2)", ["webpack", "--mode", "production", "--stats", "errors-warnings"]],
    ["Собираю страницу демонстрации… (2 из 2)", ["webpack", "--config", "webpack.demo.config.js", "--stats", "errors-warnings"]],
  ];
  for (const [message, args] of steps) {
    console.log(message);
    const result = spawnSync(npx, args, { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) {
      console.error("Сборка не удалась: сообщения выше.");
      process.exit(result.status ?? 1);
    }
  }
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, "");
  utimesSync(STAMP, started / 1000, started / 1000);
  console.log(`Собрано за ${Math.round((Date.now() - started) / 1000)} с.`);
}

if (upToDate()) console.log("Панель уже собрана: исходники не менялись с прошлой сборки.");
else build();

const port = Number(process.env.DEMO_PORT || 3001);
const server = await startDemoServer({ port });
console.log(`Демонстрация: откройте ${server.url}/ в браузере (панель слева, книга справа). Остановить: Ctrl+C.`);
