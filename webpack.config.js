// @ts-check
/**
 * Browser bundles. Each surface has its own entry and its own chunk list (after Microsoft's task-pane
 * template), so a page loads only what it uses: the commands / on-send code never loads React. The pages
 * are listed once in src/dev/demo/pages.json, which the demo server reads too. The on-send handler is
 * built separately (build/onsend.config.js): one self-contained ES2016 file.
 */
const path = require("node:path");
const { pages } = require("./src/dev/demo/pages.json");

/** @type {(env: unknown, argv: { mode?: string }) => import("webpack").Configuration} */
module.exports = (_env, argv) => ({
  mode: argv.mode === "production" ? "production" : "development",
  devtool: argv.mode === "production" ? "source-map" : "cheap-module-source-map",
  target: ["web", "es2020"],
  entry: Object.fromEntries(pages.map((/** @type {{name: string, entry: string}} */ p) => [p.name, p.entry])),
  output: {
    path: path.resolve(__dirname, "dist/demo"),
    filename: "[name].js",
    // Split-off code (the PDF reader and its worker, loaded only when a PDF is attached) under chunks/,
    // which the demo server and a production host serve as static files.
    chunkFilename: "chunks/[name].[contenthash:8].js",
    assetModuleFilename: "chunks/[name].[contenthash:8][ext]",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
  },
  performance: { hints: false },
});
