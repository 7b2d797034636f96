#!/usr/bin/env node
/** npm run docs: rewrites the README's function table from the built metadata (build first). */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { functionTable, replaceTable } = require("./function-table.js");
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const table = functionTable(read("dist/functions.json"), read("dist/functions.ru-RU.json"));
writeFileSync("README.md", replaceTable(readFileSync("README.md", "utf8"), table));
console.log("README.md function table updated");
