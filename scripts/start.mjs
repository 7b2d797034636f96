#!/usr/bin/env node
/**
 * npm start: serves the add-in over https on localhost:3000 with the Office development certificates, sideloads
 * the manifest into desktop Excel where the platform allows (Windows, macOS) and otherwise prints how to sideload.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");
const makeConfig = require("../webpack.config.js");
const { DEV_ORIGIN } = require("./origin.js");

/** The trusted development certificate; where the CA cannot be installed (no sudo, Linux), the generated files. */
async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    const [cert, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((f) => join(dir, f));
    if (![cert, key, ca].every(existsSync)) throw error;
    console.warn(`The development CA could not be trusted automatically (${error.message.trim()}).`);
    console.warn(`Trust ${ca} in your system or browser, or Excel will refuse ${DEV_ORIGIN}.`);
    return { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) };
  }
}

function printSideloadHelp() {
  console.log(`
Add-in served at ${DEV_ORIGIN}/taskpane.html. To load it into Excel:
  • Excel on the web: Home → Add-ins → More add-ins → My add-ins → Upload My Add-in → choose manifest.xml.
  • Excel for Windows or Mac: run "npm start" on that computer; it sideloads manifest.xml itself.
Then open «Панель ЦЗ» on the Home tab, or type =CDTO.SCORE(90;5) in a cell (Russian Excel: =CDTO.БАЛЛ(90;5)).
Press Ctrl+C to stop.`);
}

/** office-addin-dev-settings registers the manifest with desktop Excel and opens it (Windows and macOS only). */
function sideloadDesktop() {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(npx, ["--yes", "office-addin-dev-settings@4", "sideload", "manifest.xml", "desktop"], { stdio: "inherit" });
  child.on("exit", (code) => {
    if (code !== 0) {
      console.warn("Automatic sideloading did not succeed; load manifest.xml by hand:");
      printSideloadHelp();
    }
  });
}

const config = makeConfig({}, { mode: "development" });
config.devServer.server = { type: "https", options: await httpsOptions() };
const server = new WebpackDevServer(config.devServer, webpack(config));
await server.start();
if (process.platform === "win32" || process.platform === "darwin") sideloadDesktop();
else printSideloadHelp();
