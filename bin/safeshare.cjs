#!/usr/bin/env node
// The `safeshare` command. Runs the command's sources bundled by esbuild (build/cli-bundle.js builds the
// bundle when a source is newer; no build step after `npm ci`), or through tsx where esbuild is absent:
// either way exactly the code the add-in runs.
"use strict";
let cli;
try {
  cli = require("../build/cli-bundle.js").loadCli();
} catch (error) {
  process.stderr.write(`safeshare: could not start: ${error && error.message ? error.message : String(error)}\n`);
  process.exit(2);
}
cli
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; })
  .catch((error) => {
    process.stderr.write(`safeshare: internal error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
