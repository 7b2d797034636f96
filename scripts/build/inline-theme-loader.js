/**
 * Webpack loader for src/taskpane/theme.ts: the module becomes the theme's values as one object literal. Fluent's
 * tokens package builds its themes at run time from every brand and palette ramp (about 50 KB minified); the pane
 * needs only the result (about 19 KB, 3 KB gzip). Computed from the installed package at each build: never stale.
 */
const path = require("path");

function themeSource() {
  const components = path.dirname(require.resolve("@fluentui/react-components/package.json"));
  const tokensPath = require.resolve("@fluentui/tokens", { paths: [components] });
  const { webLightTheme } = require(tokensPath);
  // JSON.parse of a string is read faster than an object literal of the same size.
  return { tokensPath, source: `export const paneTheme = JSON.parse(${JSON.stringify(JSON.stringify(webLightTheme))});\n` };
}

module.exports = function inlineThemeLoader() {
  const { tokensPath, source } = themeSource();
  this.addDependency(tokensPath);
  return source;
};
module.exports.themeSource = themeSource;
