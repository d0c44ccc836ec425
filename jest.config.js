/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The automatic JSX runtime, as webpack builds the pages (no `React` in scope needed).
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022", transform: { react: { runtime: "automatic" } } } }] },
  // @noble/hashes is ESM-only: let swc turn it into CommonJS like our own sources.
  transformIgnorePatterns: ["/node_modules/(?!@noble/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
