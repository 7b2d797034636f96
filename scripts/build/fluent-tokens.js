/** Fluent's tokens package as the installed @fluentui/react-components resolves it: where the build loaders read it. */
const path = require("path");

function fluentTokensPath() {
  const components = path.dirname(require.resolve("@fluentui/react-components/package.json"));
  return require.resolve("@fluentui/tokens", { paths: [components] });
}

module.exports = { fluentTokensPath };
