/**
 * End-to-end harness for the Outlook demo: builds what is missing (webpack pages, dist/onsend.js),
 * starts the demo stack (local Graph server + demo web server) on free ports with a fresh data directory,
 * and launches Debian's Chromium through playwright-core (never a downloaded browser).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describeWithChromium, ensureBuilt, launchChromium, ROOT } from "../support/chromium";

export { describeWithChromium, ROOT };
import { type DemoStack, startDemoStack } from "../../../src/dev/demo/compose/demo-stack";
import { adminToken } from "../../support/dev-tokens";

export interface E2E {
  stack: DemoStack;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  ensureBuilt(["compose", "compose-pane", "taskpane"]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "safeshare-e2e-"));
  const stack = await startDemoStack({ root: ROOT, port: 0, graphPort: 0, dataDir, retry: { baseMs: 300, maxMs: 1000 } });
  const browser = await launchChromium();
  return {
    stack,
    browser,
    dataDir,
    close: async () => {
      await browser.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Items in the decision list (read by the information governance lead's admin tool). Items whose RecordId is `recordId` (read straight from the server's store). */
export async function listItems(stack: DemoStack): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${stack.url}graph/v1.0/sites/${encodeURIComponent(stack.siteId)}/lists/${stack.listId}/items?$expand=fields&$top=100`, {
    headers: { authorization: `Bearer ${adminToken()}` },
  });
  const body = (await res.json()) as { value: { fields: Record<string, unknown> }[] };
  return body.value.map((v) => v.fields);
}

/** Poll `read` until `ok` holds (or fail with the last value after `timeoutMs`). playwright-core has no test runner's matchers. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
