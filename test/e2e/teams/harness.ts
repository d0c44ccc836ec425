/**
 * End-to-end harness for the Teams demo: builds the pages if missing, starts the local Graph server
 * (fresh data directory) with the Teams demo seed, the demo web server proxying `/graph` to it, and
 * Debian's Chromium through playwright-core (never a downloaded browser).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describeWithChromium, ensureBuilt, launchChromium, ROOT } from "../support/chromium";

export { describeWithChromium, ROOT };
import { startDemoServer, type DemoServer } from "../../../src/dev/demo/demo-server";
import { prepareDemoTenant } from "../../../src/dev/demo/demo-tenant";
import { type GraphServerHandle, startGraphServer } from "../../../src/dev/graph-server";
import { productToken } from "../../support/dev-tokens";

export interface TeamsE2E {
  url: string;
  graph: GraphServerHandle;
  web: DemoServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startTeamsE2E(): Promise<TeamsE2E> {
  ensureBuilt(["teams-chat", "teams-share", "review"]);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "safeshare-teams-e2e-"));
  const graph = await startGraphServer({ port: 0, dataDir, log: () => undefined });
  prepareDemoTenant(graph);
  const web = await startDemoServer({ root: ROOT, port: 0, graph: { url: graph.url, caPem: graph.caPem } });
  const browser = await launchChromium();
  return {
    url: web.url,
    graph,
    web,
    browser,
    close: async () => {
      await browser.close();
      await web.close();
      await graph.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Call the Graph server through the demo proxy as a demo user. */
export async function graphAs<T = unknown>(e2e: TeamsE2E, upn: string, pathAndQuery: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${e2e.url}graph/v1.0${pathAndQuery}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${productToken(upn, ["decision-log", "identity", "teams-chat-members", "teams-channel-members", "teams-chat-post", "teams-channel-post"])}`, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

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
