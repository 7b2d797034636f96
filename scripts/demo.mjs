#!/usr/bin/env node
/** npm run demo: the pane beside an in-memory workbook, in any browser, without Excel. */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { startDemoServer } = require("./demo-server.js");
const port = Number(process.env.DEMO_PORT || 3001);
const server = await startDemoServer({ port });
console.log(`Demo: open ${server.url}/ in a browser (the pane on the left, the workbook on the right). Ctrl+C to stop.`);
