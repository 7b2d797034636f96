#!/usr/bin/env node
/* The `cdto` command line (see `cdto --help`). Built into dist-cli/ by `npm install` (the prepare script). */
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("Программа cdto не собрана: выполните «npm run build:cli» (или «npm install») в папке проекта.\n");
  process.exit(2);
}
// Output piped into a program that stops reading (| head): end quietly, as command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
require(main)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
