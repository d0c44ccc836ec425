/**
 * The core as it ships, for the benchmarks: bundled and minified by esbuild with the on-send build's own
 * settings (ES2016 target, the compact data modules, no `keepNames`), written to a temporary file and
 * loaded from there.
 *
 * Why not import the TypeScript source directly: under tsx every cross-module call goes through
 * CommonJS interop (a getter per imported binding, re-read on every call) and every function is wrapped
 * by esbuild's `__name` helper. Neither exists in dist/onsend.js or the webpack bundles, and together they
 * cost the hot loops of the check a measurable share of their time, so a benchmark of the source measures
 * the loader as much as the code. The bundle is what Outlook, the task pane and Teams actually run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BuildOptions, Plugin } from "esbuild";
import type { checkAttachmentContent } from "../src/core/attachments/check-attachment";
import type { DEFAULT_LIMITS, extractAttachment } from "../src/core/attachments/extract";
import type { checkMessage } from "../src/core/check/check-message";
import type { defaultPolicy } from "../src/core/policy/policy";

export interface CoreBundle {
  checkMessage: typeof checkMessage;
  defaultPolicy: typeof defaultPolicy;
  /** The bundle's size in bytes (minified), for the record. */
  bytes: number;
}

interface BuildModule {
  compactDataPlugin(options: { fullConfusables: boolean }): Plugin;
  coreBundleOptions(extra: BuildOptions): BuildOptions & { write: false };
}

const root = path.resolve(__dirname, "..");

/**
 * Build the core bundle into a fresh directory under the OS temporary directory and load it.
 * `minify: false` keeps the function names readable, for `node --cpu-prof`.
 */
export async function loadCoreBundle(options: { minify?: boolean } = {}): Promise<CoreBundle> {
  const { module, bytes } = await loadBundle<Omit<CoreBundle, "bytes">>(
    'export { checkMessage } from "./src/core/check/check-message"; export { defaultPolicy } from "./src/core/policy/policy";',
    options,
  );
  return { checkMessage: module.checkMessage, defaultPolicy: module.defaultPolicy, bytes };
}

/** The attachment reading and checking the pane and the Teams page run, bundled the same way. */
export interface AttachmentBundle {
  extractAttachment: typeof extractAttachment;
  checkAttachmentContent: typeof checkAttachmentContent;
  DEFAULT_LIMITS: typeof DEFAULT_LIMITS;
}

/**
 * Build and load the core's attachment modules as they ship (see `loadCoreBundle`): the task pane and the
 * Teams page run them from webpack's bundle, built for ES2020 (webpack.config.js), not the on-send ES2016.
 */
export async function loadAttachmentBundle(options: { minify?: boolean } = {}): Promise<AttachmentBundle> {
  return (
    await loadBundle<AttachmentBundle>(
      'export { extractAttachment, DEFAULT_LIMITS } from "./src/core/attachments/extract"; export { checkAttachmentContent } from "./src/core/attachments/check-attachment";',
      { ...options, target: "es2020" },
    )
  ).module;
}

async function loadBundle<T>(contents: string, options: { minify?: boolean; target?: string }): Promise<{ module: T; bytes: number }> {
  const esbuild = await import("esbuild");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const onsend = require("../build/onsend.config.js") as BuildModule;
  const result = await esbuild.build({
    ...onsend.coreBundleOptions(options.target ? { target: options.target } : {}),
    stdin: { contents, resolveDir: root, loader: "ts" },
    format: "cjs",
    minify: options.minify !== false,
    plugins: [onsend.compactDataPlugin({ fullConfusables: false })],
  });
  const code = result.outputFiles[0]!.text;
  const dir = mkdtempSync(path.join(os.tmpdir(), "safeshare-bench-"));
  const file = path.join(dir, "core.cjs");
  writeFileSync(file, code);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return { module: require(file) as T, bytes: Buffer.byteLength(code) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
