/**
 * The `safeshare` command's code, bundled: bin/safeshare.cjs runs dist/cli/safeshare.cjs, built here by
 * esbuild from src/cli/main.ts when it is missing or older than any source file, so the command still
 * works straight after `npm ci` with no build step and always runs the current sources.
 *
 * Why a bundle rather than the TypeScript through tsx: under tsx every cross-module call goes through
 * CommonJS interop and every function is wrapped by esbuild's `__name` helper, so a 10,000-word message
 * cost ~45 ms in the command against ~20 ms in the add-in's own bundles (bench/check.bench.ts), and
 * starting the command took 1.4 s. The bundle is built the way the pane's code is (esbuild, no
 * keepNames); node_modules stay outside it (required as usual).
 *
 * Without esbuild (a production install, `npm ci --omit=dev`) or with SAFESHARE_CLI_FROM_SOURCE=1, the
 * command runs the sources through tsx as before. Nothing here is used by the add-in.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
/** Two levels below the root, as src/cli/main.ts is: the demo finds the project root from here the same way. */
const bundle = path.join(root, "dist", "cli", "safeshare.cjs");
const stampFile = `${bundle}.stamp`;

/** The newest modification time of the sources the bundle is made from (src/**, this file, package.json). */
function newestSource() {
  let newest = Math.max(fs.statSync(__filename).mtimeMs, fs.statSync(path.join(root, "package.json")).mtimeMs);
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|tsx|js|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(path.join(root, "src"));
  return newest;
}

function isFresh(stamp) {
  try {
    return fs.readFileSync(stampFile, "utf8") === stamp && fs.existsSync(bundle);
  } catch {
    return false;
  }
}

const manifest = require(path.join(root, "package.json"));
/** Pure JavaScript packages built into the bundle (see build()); the others are required at run time. */
const BUNDLED_PACKAGES = ["zod", "tldts", "email-addresses", "email-providers", "unicode-confusables", "fflate", "postal-mime", "saxes", "@noble/hashes", "punycode"];

/** Build the bundle (written beside, then renamed: two commands starting at once never read half a file). */
function build(stamp) {
  const esbuild = require("esbuild");
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Packages stay outside the bundle, required as usual, except the pure libraries `check` loads at
    // every start: bundled, esbuild keeps only what is used (zod's fifty locales are not) and the whole
    // is compiled as one file — require("zod") alone took ~100 ms, most of it compiling its files.
    external: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((name) => !BUNDLED_PACKAGES.includes(name))
      .flatMap((name) => [name, `${name}/*`]),
    outfile: temporary,
    logLevel: "error",
    legalComments: "none",
  });
  fs.renameSync(temporary, bundle);
  fs.writeFileSync(stampFile, stamp);
}

/**
 * The command's module (its `main`): the bundle, built first when needed; the sources through tsx when
 * it cannot be. Sets SAFESHARE_CLI_BUNDLE to the bundle's path, which `check --jsonl` gives its workers.
 */
function loadCli() {
  if (process.env.SAFESHARE_CLI_FROM_SOURCE !== "1") {
    let esbuildPresent = true;
    try {
      require.resolve("esbuild");
    } catch {
      esbuildPresent = false;
    }
    const stamp = `${newestSource()} ${process.version}`;
    if (isFresh(stamp) || (esbuildPresent && (build(stamp), true))) {
      process.env.SAFESHARE_CLI_BUNDLE = bundle;
      return require(bundle);
    }
  }
  require("tsx/cjs");
  const cli = require(path.join(root, "src", "cli", "main.ts"));
  // src/cli/main.ts loads each command's module with import() when it runs: tsx's ESM hooks load those.
  const hooks = import("tsx/esm");
  return { ...cli, main: async (...args) => (await hooks, cli.main(...args)) };
}

module.exports = { loadCli, bundle };
