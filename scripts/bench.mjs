#!/usr/bin/env node
/**
 * npm run bench: the figures we track, in one run, each printed with its budget and whether it holds; written to
 * bench/results.json and bench/results.md. Microsoft's React task-pane template is the yardstick for the pane: with
 * TEMPLATE_DIR pointing at its checkout (dependencies installed) it is rebuilt and bench/template.json rewritten;
 * without, its sizes come from bench/template.json and the start is not compared. No network is needed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchFunctions } from "./bench/functions.mjs";
import { benchPanes, chromiumPath, gzipBytes, paneFiles } from "./bench/pane.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "bench");
const TEMPLATE_FILE = join(OUT, "template.json");
const START_RUNS = 10;
const KB = 1024;
const started = Date.now();

const OUR_UI = "Создать дорожную карту"; // the roadmap tab's button: the pane's main UI
const TEMPLATE_UI = "Insert text";

function step(text) {
  console.log(`\n— ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
  return result.stdout;
}

const tsx = (script) => JSON.parse(run(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), script]).trim().split("\n").pop());

/** The template built as shipped and without its IE11 polyfill entry; its sizes and commit written to bench/template.json. */
function buildTemplate(dir) {
  const commit = execFileSync("git", ["-C", dir, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const builds = {};
  for (const variant of ["shipped", "noPolyfill"]) {
    const out = join(tmpdir(), `cdto-bench-template-${variant}`);
    rmSync(out, { recursive: true, force: true });
    const env = { ...process.env, TEMPLATE_DIR: dir, BENCH_TEMPLATE_OUT: out, ...(variant === "noPolyfill" ? { BENCH_TEMPLATE_NO_POLYFILL: "1" } : {}) };
    run(process.execPath, [join(dir, "node_modules/webpack-cli/bin/cli.js"), "--config", join(ROOT, "scripts/bench/template-webpack.cjs"), "--mode", "production"], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    // What the page loads before anything renders: its own script tags (office.js is Microsoft's CDN, stubbed).
    const files = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    builds[variant] = { root: out, files: Object.fromEntries(files.map((f) => [f, gzipBytes(join(out, f))])) };
  }
  const total = (variant) => Object.values(builds[variant].files).reduce((a, b) => a + b, 0);
  const record = {
    repository: "OfficeDev/Office-Addin-TaskPane-React",
    commit,
    builtAt: new Date().toISOString().slice(0, 10),
    note: "npm run build of the template with its own webpack config; noPolyfill: the same without its polyfill entry (core-js, regenerator-runtime). Bytes: gzip -9 of the scripts taskpane.html loads, office.js left out.",
    firstPaintGzipBytes: total("shipped"),
    noPolyfillGzipBytes: total("noPolyfill"),
    files: { shipped: builds.shipped.files, noPolyfill: builds.noPolyfill.files },
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(TEMPLATE_FILE, `${JSON.stringify(record, null, 2)}\n`);
  return { record, noPolyfillRoot: builds.noPolyfill.root };
}

const check = (value, budget, holds) => ({ value, budget, holds: value === null || value === undefined ? null : holds });

async function main() {
  step("building the add-in (webpack, production)");
  run("npx", ["webpack", "--mode", "production"], { stdio: ["ignore", "ignore", "inherit"] });

  step("custom functions: SCORE over 100 000 rows against a bare loop");
  const functions = benchFunctions(DIST);

  let template;
  if (process.env.TEMPLATE_DIR) {
    step(`the template: building ${process.env.TEMPLATE_DIR} as shipped and without its polyfill`);
    template = buildTemplate(resolve(process.env.TEMPLATE_DIR));
  } else if (existsSync(TEMPLATE_FILE)) {
    template = { record: JSON.parse(readFileSync(TEMPLATE_FILE, "utf8")) };
  } else {
    throw new Error("bench/template.json is missing: run TEMPLATE_DIR=<checkout of the template> npm run bench once.");
  }

  const ourScripts = paneFiles(DIST);
  // Styles are extracted at build time into a stylesheet the page links in its head: loaded before the main UI too,
  // reported beside the JS (the template computes its styles in its JS and has no stylesheet).
  const ourStyles = paneFiles(DIST, ".css");
  const cssGzipBytes = ourStyles.reduce((sum, f) => sum + gzipBytes(join(DIST, f)), 0);
  const allGzipBytes = ourScripts.reduce((sum, f) => sum + gzipBytes(join(DIST, f)), 0);
  let starts;
  if (chromiumPath()) {
    step(`the pane in Chromium, CPU ×4, ${START_RUNS} runs${template.noPolyfillRoot ? " alternating with the template" : ""}`);
    const panes = [{ name: "ours", root: DIST, buttonText: OUR_UI }];
    if (template.noPolyfillRoot) panes.push({ name: "template", root: template.noPolyfillRoot, buttonText: TEMPLATE_UI });
    starts = await benchPanes(panes, START_RUNS);
  } else {
    console.log("Chromium not found (set CHROMIUM_PATH): the start and the first-paint scripts are not measured.");
  }

  step("context.sync() per action against the in-memory Excel");
  const syncs = tsx("scripts/bench-syncs.ts");
  step("growth of the check (1 000× the rows) and of the rating (10× the repeated names)");
  const scale = tsx("scripts/bench-scale.ts");

  const ours = starts?.ours;
  const tpl = starts?.template;
  const t = template.record;
  const results = {
    machine: { cpu: cpus()[0]?.model ?? "?", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` },
    date: new Date().toISOString(),
    functions: { ...functions, scoreOverBareLoop: round(functions.scoreOverBareLoop, 2) },
    pane: {
      firstPaintGzipBytes: ours?.firstPaintGzipBytes ?? null,
      firstPaintFiles: ours?.firstPaintFiles ?? null,
      allGzipBytes,
      allFiles: ourScripts.length,
      cssGzipBytes,
      cssFiles: ourStyles,
      templateFirstPaintGzipBytes: t.firstPaintGzipBytes,
      templateNoPolyfillGzipBytes: t.noPolyfillGzipBytes,
      templateCommit: t.commit,
      startMs: ours ? round(ours.startMs.median, 0) : null,
      startRange: ours?.startMs ?? null,
      templateNoPolyfillStartMs: tpl ? round(tpl.startMs.median, 0) : null,
      templateStartRange: tpl?.startMs ?? null,
      startRatioVsTemplateNoPolyfill: ours && tpl ? round(ours.startMs.median / tpl.startMs.median, 2) : null,
      cpuThrottling: 4,
    },
    syncs,
    scale: {
      checkRoadmapGrowth1000x: round(scale.checkRoadmap.growth, 0),
      rateBodiesDuplicatesGrowth10x: round(scale.rateBodiesDuplicates.growth, 1),
      detail: scale,
    },
  };
  const p = results.pane;
  results.budgets = {
    functionOverhead: check(results.functions.scoreOverBareLoop, "≤ 2× the bare loop", results.functions.scoreOverBareLoop <= 2),
    firstPaintJs: check(p.firstPaintGzipBytes, `≤ the template without polyfill (${kb(p.templateNoPolyfillGzipBytes)})`, p.firstPaintGzipBytes <= p.templateNoPolyfillGzipBytes),
    allPaneJs: check(p.allGzipBytes, "≤ 120 KB", p.allGzipBytes <= 120 * KB),
    start: check(p.startRatioVsTemplateNoPolyfill, "≤ 1× the template without polyfill", p.startRatioVsTemplateNoPolyfill <= 1),
    createSyncs: check(Math.max(syncs.createRoadmap, syncs.createRating), "≤ 2 syncs", Math.max(syncs.createRoadmap, syncs.createRating) <= 2),
    checkSyncs: check(syncs.checkRoadmap, "≤ 3 syncs", syncs.checkRoadmap <= 3),
    checkLinear: check(results.scale.checkRoadmapGrowth1000x, "×1 000 rows ≤ ×1 300 time", results.scale.checkRoadmapGrowth1000x <= 1300),
    ratingLinear: check(results.scale.rateBodiesDuplicatesGrowth10x, "×10 repeated names ≤ ×13 time", results.scale.rateBodiesDuplicatesGrowth10x <= 13),
  };
  results.benchSeconds = Math.round((Date.now() - started) / 1000);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const md = markdown(results);
  writeFileSync(join(OUT, "results.md"), md);
  console.log(`\n${md}`);
  const over = Object.entries(results.budgets).filter(([, b]) => b.holds === false).map(([name]) => name);
  console.log(over.length ? `Budgets not held: ${over.join(", ")}.` : "Every measured budget holds.");
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function kb(bytes) {
  return bytes === null || bytes === undefined ? "—" : `${(bytes / KB).toFixed(1)} KB`;
}

const ms = (s) => (s ? `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}, ${s.runs} runs)` : "—");
const verdict = (b) => (b.holds === null ? "not measured" : b.holds ? "holds" : "OVER");

function markdown(r) {
  const f = r.functions;
  const p = r.pane;
  const b = r.budgets;
  const s = r.syncs;
  const sc = r.scale.detail;
  const row = (what, ours, template, budget) => `| ${what} | ${ours} | ${template} | ${budget.budget} | ${verdict(budget)} |`;
  return `# Bench results

${r.date.slice(0, 16).replace("T", " ")} UTC · ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB · Node ${r.machine.node} · template ${p.templateCommit.slice(0, 12)} · ${r.benchSeconds} s

| Figure | Ours | Template (no polyfill) | Budget | |
|---|---|---|---|---|
${row("SCORE, 100 000 rows / bare loop", `${f.scoreOverBareLoop}× (${f.scoreMs.median.toFixed(1)} ms vs ${f.bareLoopMs.median.toFixed(1)} ms)`, "—", b.functionOverhead)}
${row("JS before the main UI, gzip", kb(p.firstPaintGzipBytes), `${kb(p.templateNoPolyfillGzipBytes)} (as shipped ${kb(p.templateFirstPaintGzipBytes)})`, b.firstPaintJs)}
${row("All pane JS, gzip", `${kb(p.allGzipBytes)} (${p.allFiles} files)`, "—", b.allPaneJs)}
${row("Main UI visible, CPU ×4", ms(p.startRange), ms(p.templateStartRange), b.start)}
${row("Create: roadmap (any sector) / rating, syncs", `${s.createRoadmap} / ${s.createRating}`, "—", b.createSyncs)}
${row("Check a roadmap (any sector), syncs", String(s.checkRoadmap), "—", b.checkSyncs)}
${row(`Check, ${sc.checkRoadmap.rowsLarge} rows against ${sc.checkRoadmap.rows}`, `×${r.scale.checkRoadmapGrowth1000x} time (${sc.checkRoadmap.smallMs.toFixed(1)} ms → ${(sc.checkRoadmap.largeMs / 1000).toFixed(1)} s)`, "—", b.checkLinear)}
${row(`rateBodies, ${sc.rateBodiesDuplicates.repeatsLarge} repeats against ${sc.rateBodiesDuplicates.repeats}`, `×${r.scale.rateBodiesDuplicatesGrowth10x} time`, "—", b.ratingLinear)}

Stylesheet (Fluent's and our styles, extracted at build time, linked in the page's head): ${kb(p.cssGzipBytes)} gzip, not counted in the JS above.
Start ratio against the template: ${p.startRatioVsTemplateNoPolyfill ?? "— (TEMPLATE_DIR not set)"}. Recommendations beside a table: ${s.recommendations} syncs; «Свод» of ${s.actions.at(-1).action.match(/\d+/)[0]} roadmaps: ${s.summary} syncs.
Other functions, rows a second: ${Object.entries(f.rowsPerSecond).map(([k, v]) => `${k} ${v.toLocaleString("en-US")}`).join(", ")}.
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
