/**
 * Serves the built pane (dist/) under /pane/ with the in-memory Excel (dist-demo/fake-office.js) in place of
 * office.js, and the demo page at /. Used by `npm run demo` and by the browser tests.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".png": "image/png", ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8" };

function resolveFile(urlPath) {
  if (urlPath === "/pane/office/office.js") return path.join(ROOT, "dist-demo/fake-office.js");
  if (urlPath === "/" || urlPath === "/index.html") return path.join(ROOT, "dist-demo/index.html");
  if (urlPath.startsWith("/pane/")) return path.join(ROOT, "dist", path.normalize(urlPath.slice("/pane/".length)).replace(/^(\.\.[/\\])+/, ""));
  return path.join(ROOT, "dist-demo", path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""));
}

function startDemoServer({ port = 0, host = "127.0.0.1" } = {}) {
  for (const required of ["dist/taskpane.html", "dist-demo/fake-office.js"]) {
    if (!fs.existsSync(path.join(ROOT, required))) throw new Error(`${required} is missing: run "npm run build && npm run build:demo" first.`);
  }
  const server = http.createServer((request, response) => {
    const file = resolveFile(decodeURIComponent((request.url || "/").split("?")[0]));
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404);
        response.end("not found");
        return;
      }
      response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
      response.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { startDemoServer };
