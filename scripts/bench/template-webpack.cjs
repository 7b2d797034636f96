/**
 * Microsoft's React task-pane template built with its own webpack config, into our output folder; with
 * BENCH_TEMPLATE_NO_POLYFILL its IE11 polyfill entry (core-js, regenerator-runtime) is left out of the build and the page.
 */
const path = require("path");

const base = require(path.join(process.env.TEMPLATE_DIR, "webpack.config.js"));

module.exports = async (env, options) => {
  const config = await base(env, options);
  config.output = { ...config.output, path: process.env.BENCH_TEMPLATE_OUT };
  // Type-check only what is bundled: its tests need tools a build does not (the emitted code is the same).
  for (const rule of config.module.rules) {
    if (Array.isArray(rule.use) && rule.use.includes("ts-loader")) rule.use = [{ loader: "ts-loader", options: { onlyCompileBundledFiles: true } }];
  }
  if (process.env.BENCH_TEMPLATE_NO_POLYFILL) {
    delete config.entry.polyfill;
    for (const plugin of config.plugins) {
      for (const options of [plugin.userOptions, plugin.options]) {
        if (plugin.constructor.name === "HtmlWebpackPlugin" && options && Array.isArray(options.chunks)) {
          options.chunks = options.chunks.filter((chunk) => chunk !== "polyfill");
        }
      }
    }
  }
  return config;
};
