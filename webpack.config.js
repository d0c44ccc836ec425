// @ts-check
/**
 * Browser bundles. Each surface has its own entry and its own chunk list (after Microsoft's task-pane
 * template), so a page loads only what it uses. Today: the demo harness's message-check playground,
 * which runs the core engine in the browser exactly as the task pane will.
 */
const path = require("node:path");

/** @type {(env: unknown, argv: { mode?: string }) => import("webpack").Configuration} */
module.exports = (_env, argv) => ({
  mode: argv.mode === "production" ? "production" : "development",
  devtool: argv.mode === "production" ? "source-map" : "eval-cheap-module-source-map",
  target: ["web", "es2020"],
  entry: {
    playground: "./src/dev/demo/playground.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist/demo"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020" } }],
  },
  performance: { hints: false },
});
