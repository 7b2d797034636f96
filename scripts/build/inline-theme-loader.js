/**
 * Webpack loader for src/taskpane/theme.ts: the module becomes the theme's values, as JSON text parsed once (read
 * faster than an object literal of the same size). Fluent's tokens package builds its themes at run time from every
 * brand and palette ramp (about 50 KB minified); the pane needs only the result (about 19 KB, 3 KB gzip). Computed
 * from the installed package at each build: never stale.
 */
const { fluentTokensPath } = require("./fluent-tokens");

function themeSource() {
  const tokensPath = fluentTokensPath();
  const { webLightTheme } = require(tokensPath);
  return { tokensPath, source: `export const paneTheme = JSON.parse(${JSON.stringify(JSON.stringify(webLightTheme))});\n` };
}

module.exports = function inlineThemeLoader() {
  const { tokensPath, source } = themeSource();
  this.addDependency(tokensPath);
  return source;
};
module.exports.themeSource = themeSource;
