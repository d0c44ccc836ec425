/** Store test helpers: the local Graph server in-process, a SafeShare Graph client trusting its CA, records. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@microsoft/microsoft-graph-client";
import { type DecisionRecord, recordFromAnswers } from "../../src/core/decision";
import { devCaFetchOptions, type GraphServerHandle, type GraphServerOptions, startGraphServer } from "../../src/dev/graph-server";
import { graphClientFrom, type RetryPolicy } from "../../src/store";
import { grantSafeShare, productTokens } from "../support/dev-tokens";
import { baseAnswers, context, recordIdN } from "../core/decision/fixtures";

export const SITE_URL = "https://contoso.sharepoint.com/sites/safeguarding";

export function tempDir(prefix = "safeshare-store-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

const TEAMS = ["Family Safeguarding North", "MASH", "Children's Services O'Neill Team", "Early Help"];

/** A valid, sealed record number n (distinct id, time n seconds after the base, team by n). */
export function recordN(n: number, overrides: { team?: string; decidedAt?: string; upn?: string; objectId?: string; reasons?: string } = {}): DecisionRecord {
  const built = recordFromAnswers({
    answers: baseAnswers(overrides.reasons ? { decision: { kind: "share", reasons: overrides.reasons, whatShared: "The visit notes." } } : {}),
    context: context({
      recordId: recordIdN(n),
      decidedAt: overrides.decidedAt ?? new Date(Date.parse("2026-11-25T09:00:00Z") + n * 1000).toISOString(),
      team: overrides.team ?? TEAMS[n % TEAMS.length],
      ...(overrides.upn ? { practitioner: { upn: overrides.upn, objectId: overrides.objectId ?? "0b6f3c1e-2a4d-4e8f-9c1b-7d5e3a2f1c0b" } } : {}),
    }),
  });
  if (built.kind !== "record") throw new Error(JSON.stringify(built));
  return built.record;
}

/** Fast test retry policy: same logic, waits scaled down 100x. */
export const FAST_RETRY: Partial<RetryPolicy> = { maxRetries: 4, delaySeconds: 1, timeScale: 0.01 };

export async function testClient(server: { url: string; caPem: string }, retry: Partial<RetryPolicy> = FAST_RETRY, timeoutMs = 5000): Promise<Client> {
  return graphClientFrom({ graphUrl: server.url, tokens: productTokens("alex.practitioner@contoso.onmicrosoft.com"), fetchOptions: await devCaFetchOptions(server.caPem), retry, timeoutMs });
}

export interface Ctx {
  server: GraphServerHandle;
  dir: { path: string; remove(): void };
  client: Client;
  stop(): Promise<void>;
}

export async function startServer(extra: Partial<GraphServerOptions> = {}): Promise<Ctx> {
  const dir = tempDir();
  const server = await startGraphServer({ port: 0, dataDir: dir.path, log: () => undefined, ...extra });
  // The store's tests provision their lists too: the app holds `manage` (production-setup step 4.2).
  grantSafeShare(server, "manage");
  const client = await testClient(server);
  return {
    server,
    dir,
    client,
    stop: async () => {
      await server.close();
      dir.remove();
    },
  };
}
