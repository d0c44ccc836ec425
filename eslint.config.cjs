// @ts-check
const tseslint = require("typescript-eslint");
const layering = require("./eslint-rules/layering.js");

/** Globals that core must never touch: it runs in Outlook's JS-only runtime, the browser and Node alike. */
const HOST_GLOBALS = [
  "window", "document", "navigator", "localStorage", "sessionStorage", "indexedDB", "fetch", "XMLHttpRequest",
  "Office", "OfficeRuntime", "microsoftTeams", "process", "require", "Buffer", "console", "setTimeout", "setInterval",
].map((name) => ({ name, message: `core is pure: no '${name}'. Pass what you need in from the host adapter.` }));

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "**/*.cjs", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { safeshare: { rules: { layering } } },
    rules: {
      "safeshare/layering": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...HOST_GLOBALS],
      "no-restricted-properties": ["error",
        { object: "Date", property: "now", message: "core takes a clock from its caller; no Date.now()." },
        { object: "Math", property: "random", message: "core is deterministic; randomness comes from the caller." }],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "core takes a clock from its caller; no new Date()." }],
    },
  },
);
