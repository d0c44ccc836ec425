/**
 * Exactly once without a unique column: a per-team "read own items" list cannot enforce unique RecordIds,
 * so two flushers on one device (two tabs or panes on one IndexedDB outbox, two CLI processes on one
 * SQLite file) must never send the same outbox entry at once. Against the local server with the team list
 * secured as `safeshare provision --team` sets it, and writes committed whose answers are lost
 * (commitThenDrop / commitThenTimeout), every record ends up in the list exactly once — with the outbox's
 * claims (leases) and with the Web Locks path. A control without claims shows the hole is real.
 */
import "fake-indexeddb/auto";
import { join } from "node:path";
import { type Client, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { devCaFetchOptions, type GraphServerHandle, startGraphServer } from "../../src/dev/graph-server";
import {
  DecisionLog,
  decisionListFor,
  emulateTeamAccess,
  graphClientFrom,
  IdbOutbox,
  type LockManagerLike,
  type Outbox,
  OutboxFlusher,
  provisionDecisionList,
  siteFrom,
  webLocksFrom,
} from "../../src/store";
import { SqliteOutbox } from "../../src/store/outbox/sqlite-outbox";
import { grantSafeShare, productTokens } from "../support/dev-tokens";
import { recordN, SITE_URL, tempDir } from "./helpers";

jest.setTimeout(60_000);

const ALEX = "alex.practitioner@contoso.onmicrosoft.com";
const MORGAN = "morgan.manager@contoso.onmicrosoft.com";
const IG = "ig.lead@contoso.onmicrosoft.com";
const N = 120;

/** One Web Locks manager shared by two "tabs": requests for the lock run one after another. */
function sharedLocks(): LockManagerLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request(_name, callback) {
      const run = tail.then(() => callback());
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** The hole this closes: an outbox whose "claim" is a plain read, as before claims existed. */
function withoutClaims(box: Outbox): Outbox {
  return Object.assign(Object.create(box) as Outbox, { claim: (limit: number) => box.waiting(limit) });
}

describe("two flushers on one outbox, a per-team read-own list (no unique column), lost answers", () => {
  const dir = tempDir("safeshare-concurrent-");
  const faults: Record<string, number> = {};
  let server: GraphServerHandle;
  let siteId = "";
  let fetchOptions: RequestInit;
  let variant = 0;

  const client = (upn: string): Client => graphClientFrom({ graphUrl: server.url, tokens: productTokens(upn), fetchOptions, retry: { maxRetries: 4, delaySeconds: 1, timeScale: 0.01 }, timeoutMs: 5000 });

  beforeAll(async () => {
    server = await startGraphServer({
      port: 0,
      dataDir: join(dir.path, "graph"),
      log: (line) => {
        const m = /\[fault (\w+)\]/.exec(line);
        if (m?.[1]) faults[m[1]] = (faults[m[1]] ?? 0) + 1;
      },
    });
    grantSafeShare(server, "manage");
    fetchOptions = await devCaFetchOptions(server.caPem);
    siteId = (await siteFrom(client(IG), SITE_URL)).id;
  });
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  /** A team list set up as `safeshare provision --team` does (emulated security), and N records in one outbox. */
  async function teamList(team: string): Promise<string> {
    const ig = client(IG);
    const created = await provisionDecisionList(ig, siteId, { listName: decisionListFor(team), uniqueRecordId: false });
    await emulateTeamAccess(ig, siteId, created.listId, { practitioners: [ALEX], managers: [MORGAN], governance: [IG] }, IG);
    return created.listId;
  }

  async function run(team: string, open: () => Promise<[Outbox, Outbox]>, lock: (() => ReturnType<typeof webLocksFrom>) | null): Promise<{ copies: Map<string, number>; alreadyPresent: number }> {
    const listId = await teamList(team);
    const [boxA, boxB] = await open();
    const base = 20_000 + 1000 * ++variant;
    const records = Array.from({ length: N }, (_, i) => recordN(base + i, { upn: ALEX, team }));
    for (const r of records) await boxA.put(r, new Date());
    server.setFaults({ seed: 4242 + variant, retryAfterSeconds: 0, probabilities: { commitThenDrop: 0.12, commitThenTimeout: 0.08 }, match: { methods: ["POST"] } });
    const logs: DecisionLog[] = [];
    const flusher = (box: Outbox): OutboxFlusher => {
      const log = new DecisionLog({ client: client(ALEX), list: { siteId, listId }, batchSize: 10, timeScale: 0.01, roundDelayMs: { base: 50, max: 200 } });
      logs.push(log);
      return new OutboxFlusher({ outbox: box, sink: log, chunk: 20, backoff: { baseMs: 10, maxMs: 50 }, lock: lock ? (lock() ?? null) : null, leaseMs: 60_000 });
    };
    const a = flusher(boxA);
    const b = flusher(boxB);
    await Promise.all([a.start(), b.start()]);
    const t = Date.now();
    for (;;) {
      const c = await boxA.counts();
      if (c.waiting === 0 && c.held === 0) break;
      if (Date.now() - t > 30_000) throw new Error(`not drained: ${JSON.stringify(c)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    a.stop();
    b.stop();
    await Promise.all([a.whenIdle(), b.whenIdle()]);
    server.setFaults({});
    await boxA.close();
    await boxB.close();
    // Count as the team's manager, who reads every item of the list.
    const reader = client(MORGAN);
    const copies = new Map<string, number>();
    const first = (await reader.api(`/sites/${siteId}/lists/${listId}/items`).expand("fields($select=RecordId)").top(500).get()) as PageCollection;
    await new PageIterator(reader, first, (item: { fields: { RecordId: string } }) => {
      copies.set(item.fields.RecordId, (copies.get(item.fields.RecordId) ?? 0) + 1);
      return true;
    }).iterate();
    for (const r of records) expect(copies.has(r.recordId)).toBe(true);
    return { copies, alreadyPresent: logs.reduce((n, l) => n + l.stats.alreadyPresent, 0) };
  }

  const exactlyOnce = (copies: Map<string, number>): void => {
    expect(copies.size).toBe(N);
    expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
  };

  it("SQLite: two processes' connections to one outbox file, claims in IMMEDIATE transactions", async () => {
    const path = join(dir.path, "cli", "outbox.sqlite");
    const { copies, alreadyPresent } = await run("Concurrent SQLite", async () => [new SqliteOutbox(path), new SqliteOutbox(path)], null);
    exactlyOnce(copies);
    expect(alreadyPresent).toBeGreaterThan(0); // lost answers really happened and the read-back resolved them
  });

  it("IndexedDB without Web Locks: two tabs' connections, claims (leases) in readwrite transactions", async () => {
    const { copies } = await run("Concurrent IDB leases", async () => [await IdbOutbox.open("concurrent-leases"), await IdbOutbox.open("concurrent-leases")], null);
    exactlyOnce(copies);
  });

  it("IndexedDB with Web Locks: the two tabs' passes take turns under the \"safeshare-outbox\" lock", async () => {
    const locks = sharedLocks();
    const requested: string[] = [];
    const spy: LockManagerLike = { request: (name, cb) => (requested.push(name), locks.request(name, cb)) };
    const { copies } = await run("Concurrent IDB locks", async () => [await IdbOutbox.open("concurrent-locks"), await IdbOutbox.open("concurrent-locks")], () => webLocksFrom({ locks: spy }));
    exactlyOnce(copies);
    expect(new Set(requested)).toEqual(new Set(["safeshare-outbox"]));
  });

  it("control: without claims the same two flushers write records twice (the hole is real)", async () => {
    const path = join(dir.path, "control", "outbox.sqlite");
    const { copies } = await run("Concurrent control", async () => [withoutClaims(new SqliteOutbox(path)), withoutClaims(new SqliteOutbox(path))], null);
    expect([...copies.values()].filter((n) => n > 1).length).toBeGreaterThan(0);
    expect(faults.commitThenDrop ?? 0).toBeGreaterThan(0);
  });
});

describe("a POST answered 504 on a list without a unique column", () => {
  const dir = tempDir("safeshare-504-");
  let server: GraphServerHandle;
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  it("is not re-sent blindly by the Graph client's RetryHandler: the log reads back and finds the one item", async () => {
    server = await startGraphServer({ port: 0, dataDir: dir.path, log: () => undefined });
    grantSafeShare(server, "manage");
    const c = graphClientFrom({ graphUrl: server.url, tokens: productTokens(ALEX), fetchOptions: await devCaFetchOptions(server.caPem), retry: { maxRetries: 4, delaySeconds: 1, timeScale: 0.01 } });
    const siteId = (await siteFrom(c, SITE_URL)).id;
    const { listId } = await provisionDecisionList(c, siteId, { listName: decisionListFor("Gateway"), uniqueRecordId: false });
    const log = new DecisionLog({ client: c, list: { siteId, listId }, timeScale: 0.01 });
    const single = recordN(30_001, { upn: ALEX });
    const batched = [recordN(30_002, { upn: ALEX }), recordN(30_003, { upn: ALEX })];
    server.setFaults({ sequence: ["commitThenTimeout"], match: { methods: ["POST"] } });
    expect(await log.append(single)).toMatchObject({ kind: "already-present" });
    server.setFaults({ sequence: ["commitThenTimeout"], match: { methods: ["POST"] } });
    expect((await log.appendMany(batched)).map((o) => o.kind)).toEqual(["already-present", "already-present"]);
    server.setFaults({});
    const items = (await c.api(`/sites/${siteId}/lists/${listId}/items`).expand("fields($select=RecordId)").top(50).get()) as { value: { fields: { RecordId: string } }[] };
    expect(items.value.map((i) => i.fields.RecordId).sort()).toEqual([single, ...batched].map((r) => r.recordId).sort());
  });
});
