/**
 * The pane in headless Chromium (the system's, through playwright-core; never a downloaded browser): time from
 * navigation to the main UI on screen with the CPU slowed ×4, and which scripts had loaded by then. office.js is
 * the same stub for every pane (an empty Office whose onReady resolves); nothing is fetched from elsewhere.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { summary } from "./stats.mjs";

const OFFICE_STUB = `window.Office = { HostType: {}, PlatformType: {}, onReady(callback) {
  const info = { host: null, platform: null };
  if (callback) callback(info);
  return Promise.resolve(info);
} };`;

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".css": "text/css" };

export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every script (or, with ".css", every stylesheet) of a built pane, office.js and its host files (Microsoft's, stubbed here) left out. */
export function paneFiles(root, extension = ".js") {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "office") walk(path);
      } else if (name.endsWith(extension)) files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : undefined;
}

function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? "/").split("?")[0]);
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/* global document, window, MutationObserver, requestAnimationFrame -- the two functions below run in the page */

/** Runs in the page before its scripts: the moment the main UI's button is there, after the frame that paints it. */
function watchForUi(buttonText) {
  const found = () => [...document.querySelectorAll("button")].some((b) => b.textContent.includes(buttonText) && b.getClientRects().length > 0);
  const observer = new MutationObserver(() => {
    if (!document.body || !found()) return;
    observer.disconnect();
    const scripts = performance.getEntriesByType("resource").map((e) => e.name).filter((name) => /\.js(\?|$)/.test(name));
    requestAnimationFrame(() => (window.__benchUi = { ms: performance.now(), scripts }));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function openOnce(browser, pane) {
  const context = await browser.newContext();
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).pathname.endsWith("/office.js")) return route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB });
    return url.startsWith(pane.url) ? route.continue() : route.abort();
  });
  await context.addInitScript(watchForUi, pane.buttonText);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`${pane.url}/taskpane.html`);
  const handle = await page.waitForFunction(() => window.__benchUi, null, { timeout: 60_000 });
  const ui = await handle.jsonValue();
  await context.close();
  const scripts = ui.scripts.filter((s) => s.startsWith(pane.url) && !s.endsWith("/office.js")).map((s) => new URL(s).pathname.slice(1));
  return { ms: ui.ms, scripts };
}

/**
 * panes: { name, root, buttonText }. Runs `runs` times each, the panes alternating so that both meet the same machine.
 * Gives each pane's start (median, min, max) and the gzip bytes of the scripts loaded before its main UI showed.
 */
export async function benchPanes(panes, runs = 10) {
  const { chromium } = await import("playwright-core");
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const servers = await Promise.all(panes.map((p) => serve(p.root)));
  const served = panes.map((p, i) => ({ ...p, url: servers[i].url }));
  const times = served.map(() => []);
  const firstScripts = served.map(() => new Set());
  try {
    for (const pane of served) await openOnce(browser, pane); // warm-up: the browser's own start is no pane's
    for (let run = 0; run < runs; run++) {
      for (let i = 0; i < served.length; i++) {
        const { ms, scripts } = await openOnce(browser, served[i]);
        times[i].push(ms);
        for (const script of scripts) firstScripts[i].add(script);
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
  return Object.fromEntries(
    served.map((pane, i) => {
      const files = [...firstScripts[i]].sort();
      return [pane.name, { startMs: summary(times[i]), firstPaintFiles: files, firstPaintGzipBytes: files.reduce((sum, f) => sum + gzipBytes(join(pane.root, f)), 0) }];
    }),
  );
}
