import "fake-indexeddb/auto";
import { join } from "node:path";
import type { DecisionRecord } from "../../src/core/decision";
import { type AppendOutcome, backoffDelay, type FlusherClock, IdbOutbox, type Outbox, OutboxFlusher, StoreError } from "../../src/store";
import { SqliteOutbox } from "../../src/store/outbox/sqlite-outbox";
import { recordN, tempDir } from "./helpers";

const dir = tempDir("safeshare-outbox-");
afterAll(() => dir.remove());
let dbn = 0;

const implementations: [string, () => Promise<Outbox>][] = [
  ["SQLite", async () => new SqliteOutbox(join(dir.path, `o${++dbn}.sqlite`))],
  ["IndexedDB", async () => IdbOutbox.open(`outbox-test-${++dbn}`)],
];

describe.each(implementations)("%s outbox", (_name, open) => {
  it("keeps records in arrival order, once per RecordId, until removed", async () => {
    const box = await open();
    const now = new Date("2026-11-25T10:00:00Z");
    await box.put(recordN(3), now);
    await box.put(recordN(1), now);
    await box.put(recordN(3), now);
    expect(await box.counts()).toEqual({ waiting: 2, held: 0 });
    const waiting = await box.waiting(10);
    expect(waiting.map((e) => e.recordId)).toEqual([recordN(3).recordId, recordN(1).recordId]);
    expect(waiting[0]?.record).toEqual(recordN(3));
    await box.remove([recordN(3).recordId]);
    expect((await box.waiting(10)).map((e) => e.recordId)).toEqual([recordN(1).recordId]);
    await box.close();
  });

  it("holds a record refused for good, and releases it on request", async () => {
    const box = await open();
    await box.put(recordN(5), new Date());
    await box.noteFailure(recordN(5).recordId, "transient", false);
    expect((await box.waiting(1))[0]).toMatchObject({ attempts: 1, lastError: "transient", state: "waiting" });
    await box.noteFailure(recordN(5).recordId, "conflict", true);
    expect(await box.counts()).toEqual({ waiting: 0, held: 1 });
    expect((await box.held())[0]).toMatchObject({ attempts: 2, state: "held" });
    await box.release([recordN(5).recordId]);
    expect(await box.counts()).toEqual({ waiting: 1, held: 0 });
    await box.close();
  });
});

it("the SQLite outbox survives a reopen (a client restart)", async () => {
  const path = join(dir.path, "reopen.sqlite");
  const a = new SqliteOutbox(path);
  await a.put(recordN(9), new Date());
  await a.close();
  const b = new SqliteOutbox(path);
  expect((await b.waiting(5)).map((e) => e.recordId)).toEqual([recordN(9).recordId]);
  await b.close();
});

/** A manual clock: timers fire only when the test advances time. */
function manualClock(): FlusherClock & { advance(ms: number): Promise<void>; pending(): number[] } {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => new Date(now),
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (h) => void (timers = timers.filter((t) => t.id !== h)),
    pending: () => timers.map((t) => t.at - now),
    async advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** A sink that fails transiently `failFor` times, then accepts. */
function flakySink(failFor: number, conflictIds: string[] = []) {
  let calls = 0;
  const delivered: string[] = [];
  return {
    delivered,
    calls: () => calls,
    async appendMany(records: readonly DecisionRecord[]): Promise<AppendOutcome[]> {
      calls++;
      return records.map((r) => {
        if (conflictIds.includes(r.recordId)) return { kind: "failed", recordId: r.recordId, error: new StoreError("conflict", "different hash") };
        if (calls <= failFor) return { kind: "failed", recordId: r.recordId, error: new StoreError("network", "offline") };
        delivered.push(r.recordId);
        return { kind: "created", recordId: r.recordId, itemId: "1" };
      });
    },
  };
}

describe("outbox flusher", () => {
  it("flushes on start; backs off exponentially with jitter after failures; empties when Graph confirms", async () => {
    const box = new SqliteOutbox(join(dir.path, "flush1.sqlite"));
    for (let i = 0; i < 5; i++) await box.put(recordN(100 + i), new Date());
    const clock = manualClock();
    const sink = flakySink(3);
    const counts: number[] = [];
    const flusher = new OutboxFlusher({ outbox: box, sink, clock, random: () => 0.5, backoff: { baseMs: 1000, maxMs: 8000 }, onCounts: (c) => counts.push(c.waiting) });
    expect(await flusher.start()).toEqual({ sent: 0, failedTransient: 5, held: 0 });
    expect(clock.pending()).toEqual([backoffDelay(1, 1000, 8000, () => 0.5)]); // 750 ms
    await clock.advance(750);
    await flusher.whenIdle();
    expect(clock.pending()).toEqual([1500]);
    await clock.advance(1500);
    await flusher.whenIdle();
    expect(clock.pending()).toEqual([3000]);
    await clock.advance(3000);
    await flusher.whenIdle();
    expect(sink.calls()).toBe(4);
    expect(sink.delivered).toHaveLength(5);
    expect(await flusher.counts()).toEqual({ waiting: 0, held: 0 });
    expect(clock.pending()).toEqual([]);
    expect(counts.at(-1)).toBe(0);
    flusher.stop();
    await box.close();
  });

  it("flushes when the host comes back online, and holds a conflicting record instead of dropping it", async () => {
    const box = new SqliteOutbox(join(dir.path, "flush2.sqlite"));
    await box.put(recordN(200), new Date());
    await box.put(recordN(201), new Date());
    const clock = manualClock();
    let online: (() => void) | undefined;
    const sink = flakySink(1, [recordN(201).recordId]);
    const flusher = new OutboxFlusher({ outbox: box, sink, clock, random: () => 0, backoff: { baseMs: 60_000, maxMs: 60_000 }, online: { subscribe: (f) => ((online = f), () => (online = undefined)) } });
    await flusher.start();
    expect(await flusher.counts()).toEqual({ waiting: 1, held: 1 });
    online?.();
    await flusher.whenIdle();
    expect(sink.delivered).toEqual([recordN(200).recordId]);
    expect(await flusher.counts()).toEqual({ waiting: 0, held: 1 });
    flusher.stop();
    expect(online).toBeUndefined();
    await box.close();
  });

  it("backoff delays grow to the cap and stay within [cap/2, cap]", () => {
    for (let n = 1; n <= 12; n++) {
      const cap = Math.min(60_000, 1000 * 2 ** (n - 1));
      for (const r of [0, 0.3, 0.999]) {
        const d = backoffDelay(n, 1000, 60_000, () => r);
        expect(d).toBeGreaterThanOrEqual(cap / 2);
        expect(d).toBeLessThanOrEqual(cap);
      }
    }
  });
});

describe.each(implementations)("%s outbox claims", (_name, open) => {
  it("gives an entry to one claimant while its lease is live, to another once it expires, and ends the claim on failure", async () => {
    const box = await open();
    const t0 = new Date("2026-11-25T10:00:00Z");
    for (const n of [21, 22, 23]) await box.put(recordN(n), t0);
    const a = await box.claim(2, { owner: "a", now: t0, leaseMs: 60_000 });
    expect(a.map((e) => e.recordId)).toEqual([recordN(21).recordId, recordN(22).recordId]);
    const b = await box.claim(10, { owner: "b", now: new Date(t0.getTime() + 1000), leaseMs: 60_000 });
    expect(b.map((e) => e.recordId)).toEqual([recordN(23).recordId]);
    expect(await box.claim(10, { owner: "c", now: new Date(t0.getTime() + 2000), leaseMs: 60_000 })).toEqual([]);
    // The owner itself may claim its entries again (a restarted pass of the same flusher).
    expect((await box.claim(10, { owner: "a", now: new Date(t0.getTime() + 2000), leaseMs: 60_000 })).length).toBe(2);
    // A failure ends the claim: anyone may take it next.
    await box.noteFailure(recordN(21).recordId, "transient", false);
    expect((await box.claim(10, { owner: "c", now: new Date(t0.getTime() + 3000), leaseMs: 60_000 })).map((e) => e.recordId)).toEqual([recordN(21).recordId]);
    // Expired leases are taken over; skip leaves entries alone; takeOver ignores live leases (the holder of the Web Lock).
    const later = new Date(t0.getTime() + 120_000);
    expect((await box.claim(10, { owner: "d", now: later, leaseMs: 60_000, skip: new Set([recordN(22).recordId]) })).map((e) => e.recordId)).toEqual([recordN(21).recordId, recordN(23).recordId]);
    expect((await box.claim(10, { owner: "e", now: later, leaseMs: 60_000, takeOver: true })).length).toBe(3);
    expect((await box.waiting(10)).length).toBe(3); // claims do not hide entries from the count
    await box.close();
  });
});

it("the SQLite outbox adds the claim columns to an outbox file made before claims existed", async () => {
  const path = join(dir.path, "old.sqlite");
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(path);
  db.exec("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, record_id TEXT NOT NULL UNIQUE, record TEXT NOT NULL, enqueued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'held')), last_error TEXT)");
  db.prepare("INSERT INTO outbox (record_id, record, enqueued_at) VALUES (?, ?, ?)").run(recordN(31).recordId, JSON.stringify(recordN(31)), new Date().toISOString());
  db.close();
  const box = new SqliteOutbox(path);
  expect((await box.claim(5, { owner: "x", now: new Date(), leaseMs: 1000 })).map((e) => e.recordId)).toEqual([recordN(31).recordId]);
  await box.close();
});

describe("the SQLite outbox after a flushing process dies", () => {
  it("takes a dead local process's claims at once, but waits for a live process or one on another machine", async () => {
    const { spawnSync } = await import("node:child_process");
    const { hostname } = await import("node:os");
    const path = join(dir.path, "crashed.sqlite");
    const box = new SqliteOutbox(path);
    const t0 = new Date();
    for (const n of [41, 42, 43, 44]) await box.put(recordN(n), t0);
    // A real process that claims two entries with a ten-minute lease and then ends without finishing.
    const child = spawnSync(
      process.execPath,
      [
        "-e",
        `const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
         const db = new Database(${JSON.stringify(path)});
         const owner = "pid:" + process.pid + "@" + require("node:os").hostname() + ":crashed";
         const until = Date.now() + 600000;
         db.prepare("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE record_id IN (?, ?)").run(owner, until, ${JSON.stringify(recordN(41).recordId)}, ${JSON.stringify(recordN(42).recordId)});
         db.close();`,
      ],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(0);
    // A live process (this one) holds one, and a process on another machine holds the last.
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(path);
    const until = Date.now() + 600_000;
    db.prepare("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE record_id = ?").run(`pid:${process.pid}@${hostname()}:alive`, until, recordN(43).recordId);
    db.prepare("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE record_id = ?").run(`pid:1@another-machine.example:remote`, until, recordN(44).recordId);
    db.close();

    const claimed = await box.claim(10, { owner: SqliteOutbox.processOwner(), now: new Date(), leaseMs: 600_000 });
    expect(claimed.map((e) => e.recordId)).toEqual([recordN(41).recordId, recordN(42).recordId]);
    expect(SqliteOutbox.processOwner()).toMatch(new RegExp(`^pid:${process.pid}@`));
    await box.close();
  });
});

describe("the flusher's exclusive lock", () => {
  it("uses the host's Web Locks (navigator.locks) by default, under the name safeshare-outbox, and none where there are none", async () => {
    const { webLocksFrom } = await import("../../src/store");
    expect(webLocksFrom(undefined)).toBeUndefined();
    expect(webLocksFrom({})).toBeUndefined();
    const names: string[] = [];
    const g = globalThis as { navigator?: unknown };
    const had = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    Object.defineProperty(globalThis, "navigator", { configurable: true, value: { locks: { request: (name: string, cb: () => Promise<unknown>) => (names.push(name), cb()) } } });
    try {
      const box = new SqliteOutbox(join(dir.path, "lock.sqlite"));
      await box.put(recordN(41), new Date());
      const sink = { appendMany: async (rs: readonly DecisionRecord[]): Promise<AppendOutcome[]> => rs.map((r) => ({ kind: "created", recordId: r.recordId, itemId: "1" })) };
      expect(await new OutboxFlusher({ outbox: box, sink }).flush()).toMatchObject({ sent: 1 });
      expect(names).toEqual(["safeshare-outbox"]);
      await box.put(recordN(42), new Date());
      expect(await new OutboxFlusher({ outbox: box, sink, lock: null }).flush()).toMatchObject({ sent: 1 });
      expect(names).toEqual(["safeshare-outbox"]);
      await box.close();
    } finally {
      if (had) Object.defineProperty(globalThis, "navigator", had);
      else delete g.navigator;
    }
  });
});
