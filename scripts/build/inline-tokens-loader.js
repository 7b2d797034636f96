/**
 * Webpack loader for Fluent UI's precompiled modules: `tokens.colorNeutralForeground1` becomes the string it stands
 * for, "var(--colorNeutralForeground1)". Fluent's styles are already compiled to class names, but a few spots still
 * read the `tokens` object at run time, and that one read ships the whole map of ~470 names (about 30 KB minified).
 * Once no member is read, the import is unused and webpack drops the map. Only files that import `tokens` from
 * Fluent are touched, and only names the map has; anything else is left as it was.
 */
const { fluentTokensPath } = require("./fluent-tokens");

const TOKENS_IMPORT = /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(?:react-theme|react-components|tokens)["']/;
const MEMBER = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;

let map;
function tokenMap() {
  if (!map) map = require(fluentTokensPath()).tokens;
  return map;
}

function inlineTokens(source) {
  if (!TOKENS_IMPORT.test(source)) return source;
  const tokens = tokenMap();
  return source.replace(MEMBER, (whole, name) => (Object.prototype.hasOwnProperty.call(tokens, name) ? JSON.stringify(tokens[name]) : whole));
}

module.exports = function inlineTokensLoader(source) {
  return inlineTokens(source);
};
module.exports.inlineTokens = inlineTokens;
