/**
 * Helpers for the tests of the built handler: build it (in memory, or to dist/ when missing), and run a
 * bundle in a bare `vm` context, as classic Outlook's JavaScript-only runtime does: no window, document,
 * localStorage or fetch; only the globals a test hands in.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { BuildOptions, Metafile, Plugin } from "esbuild";

export interface BuildResult {
  file: string;
  code: string;
  bytes: number;
  gzipBytes: number;
  webmail: "all" | "handler";
  metafile: Metafile;
}

interface BuildModule {
  buildOnSend(options?: Record<string, unknown>): Promise<BuildResult>;
  compactDataPlugin(options: { fullConfusables: boolean; webmail?: "all" | "handler" }): Plugin;
  coreBundleOptions(extra: BuildOptions): BuildOptions & { write: false };
}

interface DataModule {
  handlerProviders(): string[];
  webmailListDecidesVerdict(verdictPolicy: { reviewExternalCaseContent: boolean; reviewPersonalCaseContent: boolean }): boolean;
  encodeProviders(domains: readonly string[]): string;
  decodeProvidersSource: string;
  reduceConfusables(table: Readonly<Record<string, string>>): Record<string, string>;
  confusablesTable(): Record<string, string>;
  trustedDomainsAreAscii(policy: unknown): boolean;
  asciiClass(text: string): string;
}

export const root = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const build = require("../../build/onsend.config.js") as BuildModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const data = require("../../build/onsend-data.js") as DataModule;

export const DIST_BUNDLE = path.join(root, "dist", "onsend.js");

/** dist/onsend.js, built first when missing (a fresh clone). */
export async function distBundle(): Promise<string> {
  if (!existsSync(DIST_BUNDLE)) await build.buildOnSend();
  return readFileSync(DIST_BUNDLE, "utf8");
}

/** Run a script in a fresh context holding only `globals`; returns the context. */
export function runInBareContext(code: string, globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: "onsend.js" });
  return context;
}

/**
 * Bundle one module with esbuild (optionally with the handler's compact data, and with the whole webmail
 * list or the handler's shorter one) and evaluate its exports.
 */
export async function bundledModule<T>(entry: string, compact: boolean, webmail: "all" | "handler" = "all"): Promise<T> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    ...build.coreBundleOptions({}),
    entryPoints: [path.join(root, entry)],
    format: "cjs",
    plugins: compact ? [build.compactDataPlugin({ fullConfusables: false, webmail })] : [],
  });
  const module = { exports: {} as T };
  const context = vm.createContext({ module, exports: module.exports });
  vm.runInContext(result.outputFiles[0]!.text, context);
  return module.exports;
}
