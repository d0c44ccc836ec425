/**
 * What every end-to-end suite shares: Debian's Chromium through playwright-core (never a downloaded
 * browser), a clear skip when it is not installed, and the demo pages built when missing.
 */
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, rmSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../../..");
export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** `describe`, or `describe.skip` with a clear message when Chromium is not installed. */
export function describeWithChromium(name: string, body: () => void): void {
  if (HAVE_CHROMIUM) describe(name, body);
  else describe.skip(`${name} (SKIPPED: ${CHROMIUM} is missing; install it with: apt-get install -y chromium)`, body);
}

/**
 * Build the demo pages when any of `pages` is missing (webpack, development mode: a few seconds). Jest
 * runs suites in parallel and webpack cleans its output folder, so builds are serialised by a lock file.
 */
export function ensureBuilt(pages: readonly string[]): void {
  const built = () => pages.every((p) => existsSync(path.join(ROOT, "dist/demo", `${p}.js`)));
  if (built()) return;
  const lock = path.join(ROOT, "dist/.demo-build.lock");
  execFileSync("mkdir", ["-p", path.dirname(lock)]);
  for (let waited = 0; ; waited += 200) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch {
      if (waited > 120_000) throw new Error(`another demo build holds ${lock}`);
      execFileSync("sleep", ["0.2"]);
    }
  }
  try {
    if (!built()) {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development"], { cwd: ROOT, stdio: "pipe" });
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
