#!/usr/bin/env node
// The `safeshare` command. Runs the TypeScript sources through tsx (a runtime dependency), so the
// command works straight after `npm ci` with no build step, and runs exactly the code the add-in runs.
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; })
  .catch((error) => {
    process.stderr.write(`safeshare: internal error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
