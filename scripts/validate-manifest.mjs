#!/usr/bin/env node
/** npm run validate [-- path] [--origin https://…]: offline manifest checks, then office-addin-manifest's reading. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkManifest } = require("./manifest-check.js");
const { DEV_ORIGIN } = require("./origin.js");

const args = process.argv.slice(2);
const originFlag = args.indexOf("--origin");
const origin = (originFlag >= 0 ? args[originFlag + 1] : DEV_ORIGIN).replace(/\/+$/, "");
const file = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--origin") || "manifest.xml";

const problems = await checkManifest(await readFile(file, "utf8"), origin);
if (problems.length === 0) {
  try {
    const { OfficeAddinManifest } = require("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    console.log(`${file}: valid (offline checks). Id ${info.id}, "${info.displayName}", version ${info.version}, origin ${origin}.`);
  } catch (error) {
    problems.push(`office-addin-manifest cannot read it: ${error.message}`);
  }
}
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
