/* The demo without Excel: an in-memory workbook (the fake the tests use) in place of office.js, beside the pane. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = {
  mode: "production",
  target: ["web", "es2019"],
  entry: {
    "fake-office": "./src/demo/fake-office-entry.ts",
    demo: "./src/demo/demo-page.ts",
  },
  output: { path: path.resolve(__dirname, "dist-demo"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } } }],
  },
  performance: { hints: false },
  // demo.js must run before the pane frame loads: the frame takes the workbook the page created.
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/demo/demo.html", chunks: ["demo"], inject: "head", scriptLoading: "blocking" })],
};
