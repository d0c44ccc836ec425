/**
 * THE bar for the decision log (issue 4): 1,000 appends through the durable outbox against the local
 * Graph server with 20% of requests faulted (429 with Retry-After, 503, 504, dropped connections, writes
 * committed whose answer is lost or turned into a 504) plus throttled sub-requests inside 200 batches, a
 * server restart mid-flush and a client (outbox) restart mid-flush. Every record ends up in the list
 * exactly once, with its hash, and nothing is left waiting.
 */
import { join } from "node:path";
import { PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { type FaultConfig, type GraphServerHandle, startGraphServer } from "../../src/dev/graph-server";
import { DecisionLog, decisionListId, type DecisionLogStats, type OutboxCounts, OutboxFlusher, provisionDecisionList, siteFrom } from "../../src/store";
import { SqliteOutbox } from "../../src/store/outbox/sqlite-outbox";
import { grantSafeShare } from "../support/dev-tokens";
import { recordN, SITE_URL, tempDir, testClient } from "./helpers";

const N = 1000;
const FAULTS: FaultConfig = {
  seed: 20261125,
  retryAfterSeconds: 0,
  probabilities: { throttle: 0.05, unavailable: 0.04, gatewayTimeout: 0.03, drop: 0.03, commitThenDrop: 0.03, commitThenTimeout: 0.02 },
  batch: { probabilities: { throttle: 0.08, unavailable: 0.02 }, shuffle: true },
};

jest.setTimeout(90_000);

describe("exactly once under faults", () => {
  const dir = tempDir("safeshare-exactly-once-");
  const faultCounts: Record<string, number> = {};
  const log = (line: string): void => {
    const m = /\[fault (\w+)\]/.exec(line);
    if (m?.[1]) faultCounts[m[1]] = (faultCounts[m[1]] ?? 0) + 1;
    if (/ -> /.test(line)) faultCounts.requests = (faultCounts.requests ?? 0) + 1;
  };
  let server: GraphServerHandle;
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  it("delivers 1,000 records exactly once through faults, a server restart and a client restart", async () => {
    const started = Date.now();
    server = await startGraphServer({ port: 0, dataDir: join(dir.path, "graph"), log });
    grantSafeShare(server, "manage");
    const port = server.port;
    const setup = await testClient(server);
    const siteId = (await siteFrom(setup, SITE_URL)).id;
    await provisionDecisionList(setup, siteId);
    const listId = await decisionListId(setup, siteId);
    server.setFaults(FAULTS);

    const records = Array.from({ length: N }, (_, i) => recordN(5000 + i));
    const outboxPath = join(dir.path, "client", "outbox.sqlite");
    let outbox = new SqliteOutbox(outboxPath);
    for (const r of records) await outbox.put(r, new Date());
    expect(await outbox.counts()).toEqual({ waiting: N, held: 0 });

    const stats: DecisionLogStats[] = [];
    let latest: OutboxCounts = { waiting: N, held: 0 };
    const errors: Record<string, number> = {};
    const makeFlusher = async (box: SqliteOutbox): Promise<OutboxFlusher> => {
      const decisionLog = new DecisionLog({ client: await testClient(server), list: { siteId, listId }, batchSize: 10, timeScale: 0.01, roundDelayMs: { base: 200, max: 2000 } });
      stats.push(decisionLog.stats);
      return new OutboxFlusher({
        outbox: box,
        sink: decisionLog,
        chunk: 100,
        backoff: { baseMs: 20, maxMs: 300 },
        // The "killed" client's claims expire after this; the restarted one then takes its entries over.
        leaseMs: 2000,
        onCounts: (c) => void (latest = c),
        onError: (_id, e) => void (errors[e.kind] = (errors[e.kind] ?? 0) + 1),
      });
    };
    const until = async (done: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> => {
      const t = Date.now();
      while (!(await done())) {
        if (Date.now() - t > ms) throw new Error(`timed out waiting for ${what} (waiting ${latest.waiting}, held ${latest.held})`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    // 1. Flush with faults; restart the server when about a third is through.
    let flusher = await makeFlusher(outbox);
    void flusher.start();
    await until(() => latest.waiting <= N - 300, "a third delivered");
    await server.close();
    server = await startGraphServer({ port, dataDir: join(dir.path, "graph"), log, faults: FAULTS });
    const restartedServerAt = latest.waiting;

    // 2. Kill the client mid-flush at about two thirds: results in flight are never applied to the outbox.
    await until(() => latest.waiting <= N - 650, "two thirds delivered");
    flusher.stop();
    await outbox.close();
    const restartedClientAt = latest.waiting;
    outbox = new SqliteOutbox(outboxPath);
    expect((await outbox.counts()).waiting).toBeGreaterThan(0);
    flusher = await makeFlusher(outbox);
    void flusher.start();

    // 3. Drain.
    await until(async () => {
      const c = await outbox.counts();
      return c.waiting === 0 && c.held === 0 && !flusher.retryScheduled;
    }, "the outbox to drain");
    flusher.stop();
    expect(await outbox.counts()).toEqual({ waiting: 0, held: 0 });
    await outbox.close();
    const elapsed = Date.now() - started;

    // 4. Count the list without faults: every record exactly once, with its hash.
    server.setFaults({});
    const reader = await testClient(server);
    const first = (await reader.api(`/sites/${siteId}/lists/${listId}/items`).expand("fields($select=RecordId,RecordHash)").top(500).get()) as PageCollection;
    const seen = new Map<string, string[]>();
    await new PageIterator(reader, first, (item: { fields: { RecordId: string; RecordHash: string } }) => {
      seen.set(item.fields.RecordId, [...(seen.get(item.fields.RecordId) ?? []), item.fields.RecordHash]);
      return true;
    }).iterate();
    expect(seen.size).toBe(N);
    for (const r of records) expect(seen.get(r.recordId)).toEqual([r.recordHash]);

    const sum = (k: keyof DecisionLogStats): number => stats.reduce((a, s) => a + s[k], 0);
    const figures = {
      records: N,
      elapsedMs: elapsed,
      serverRequests: faultCounts.requests,
      faultsInjected: Object.fromEntries(Object.entries(faultCounts).filter(([k]) => k !== "requests")),
      restartedServerWithWaiting: restartedServerAt,
      restartedClientWithWaiting: restartedClientAt,
      batches: sum("batches"),
      subRequestRetries: sum("subRetries"),
      unknownOutcomesReadBack: sum("unknownOutcomes"),
      readBackQueries: sum("readBacks"),
      foundAlreadyPresent: sum("alreadyPresent"),
      appendRounds: sum("rounds"),
      flushFailuresByKind: errors,
    };
    process.stderr.write(`exactly-once figures: ${JSON.stringify(figures)}\n`);
    const injected = Object.values(figures.faultsInjected).reduce((a, b) => a + b, 0);
    expect(injected).toBeGreaterThan(0.1 * (faultCounts.requests ?? 0));
    expect(sum("alreadyPresent")).toBeGreaterThan(0); // lost answers really happened and were resolved
  });
});
