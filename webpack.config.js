/* Build of the add-in: the pane and the custom functions share one page (taskpane.html) in one runtime. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { sources } = require("webpack");
const { localizeMetadata } = require("./scripts/localize-metadata");
const { FUNCTION_FILES } = require("./scripts/function-files");
const { DEV_ORIGIN, deploymentOrigin, withOrigin } = require("./scripts/origin");

/** Writes functions.<locale>.json beside the generated functions.json. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin already reported why
          const ru = require("./src/functions/metadata.ru-RU.json");
          const text = localizeMetadata(english.source.source().toString(), ru, "ru-RU");
          compilation.emitAsset("functions.ru-RU.json", new sources.RawSource(text));
        },
      );
    });
  }
}

/** office.js and the Excel host files, served from our origin: government networks often block the CDN. */
const OFFICE_JS = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const OFFICE_FILES = /^(office\.js|excel[-\w.]*(?<!\.debug)\.js|o15apptofilemappingtable\.js|custom-functions-runtime\.js|[a-z]{2}-[a-z]{2}\/office_strings\.js)$/;

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const origin = dev ? DEV_ORIGIN : deploymentOrigin();
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2019"],
    entry: {
      functions: "./src/functions/index.ts",
      // The pane runs in the same page after the functions: it reuses their modules (core, catalog) instead of a copy.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks load relative to taskpane.html; no automatic detection, which needs a document (not there in tests).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Preact's React-compatible layer in place of React: the same components, a third of the start-up weight.
      alias: {
        "react-dom/client": "preact/compat/client",
        "react-dom": "preact/compat",
        "react/jsx-runtime": "preact/jsx-runtime",
        react: "preact/compat",
      },
    },
    module: {
      rules: [
        { test: path.resolve(__dirname, "src/taskpane/theme.ts"), use: [{ loader: path.resolve(__dirname, "scripts/build/inline-theme-loader.js") }] },
        // Fluent's own modules: the few run-time reads of `tokens` become the strings they stand for, then their
        // precompiled styles move to the pane's stylesheet (below).
        {
          test: /[\\/]node_modules[\\/]@fluentui[\\/].*\.js$/,
          use: [{ loader: GriffelCSSExtractionPlugin.loader }, { loader: path.resolve(__dirname, "scripts/build/inline-tokens-loader.js") }],
        },
        // Griffel's CSS, extracted from the scripts at build time: one stylesheet the page links, instead of rules
        // inserted one by one from JavaScript while the pane first renders.
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, path.resolve(__dirname, "src/taskpane/theme.ts")],
          // Loaders run last to first: TypeScript first, then the tokens inlined (as in Fluent's modules), then Griffel turns makeStyles into precomputed __styles,
          // so the pane ships no CSS-in-JS compiler (stylis, rtl-css-js): smaller and faster to start.
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: "@griffel/webpack-loader" },
            { loader: path.resolve(__dirname, "scripts/build/inline-tokens-loader.js") },
            { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
          ],
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The pane's own small modules that several lazy tabs use (status line, hints, error texts): one chunk,
          // not a copy in each tab's chunk. The sheet builders and readers split by webpack's own rules, so that the
          // first tab does not fetch them.
          paneShared: { test: /[\\/]src[\\/](taskpane[\\/]|core[\\/]plural)/, chunks: "async", minChunks: 2, minSize: 0, name: "pane-shared", priority: -5 },
        },
      },
    },

    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].css", chunkFilename: "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[name][ext]", context: ".", info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => withOrigin(content.toString(), origin) },
          {
            from: "**/*.js",
            context: OFFICE_JS,
            to: "office/[path][name][ext]",
            filter: (file) => OFFICE_FILES.test(path.relative(OFFICE_JS, file).split(path.sep).join("/")),
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      server: { type: "https", options: env.httpsOptions || {} },
    },
  };
};
