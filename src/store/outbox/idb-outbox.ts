/**
 * The browser hosts' outbox: IndexedDB through `idb`. One object store keyed by RecordId with an index on
 * the arrival sequence; each call is one transaction, which IndexedDB commits durably before `done`.
 *
 * `claim` reads and leases entries in one readwrite transaction: IndexedDB never runs two readwrite
 * transactions over the same store at once, across tabs and panes of the origin too, so two flushers
 * cannot claim the same entry. (The flusher also takes the Web Lock "safeshare-outbox" where the host has
 * the Web Locks API; the lease is what protects hosts without it.)
 */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { DecisionRecord } from "../../core/decision";
import { type ClaimOptions, type Outbox, type OutboxCounts, type OutboxEntry, storedRecord } from "./outbox";

interface StoredEntry {
  recordId: string;
  record: string;
  seq: number;
  enqueuedAt: string;
  attempts: number;
  state: "waiting" | "held";
  lastError: string | null;
  /** The flusher that claimed the entry, and until when (ms since the epoch); absent when unclaimed. */
  leaseOwner?: string | null;
  leaseUntil?: number | null;
}

interface OutboxDB extends DBSchema {
  records: { key: string; value: StoredEntry; indexes: { bySeq: number; byState: string } };
  meta: { key: string; value: number };
}

export const OUTBOX_DB_NAME = "safeshare-outbox";

const entryFrom = ({ leaseOwner: _owner, leaseUntil: _until, ...e }: StoredEntry): OutboxEntry => ({ ...e, record: storedRecord(e.record) });

export class IdbOutbox implements Outbox {
  private constructor(private readonly db: IDBPDatabase<OutboxDB>) {}

  /** Open (or create) the outbox database (the host's global `indexedDB`; tests use `fake-indexeddb/auto`). */
  static async open(name: string = OUTBOX_DB_NAME): Promise<IdbOutbox> {
    const db = await openDB<OutboxDB>(name, 1, {
      upgrade(database) {
        const store = database.createObjectStore("records", { keyPath: "recordId" });
        store.createIndex("bySeq", "seq");
        store.createIndex("byState", "state");
        database.createObjectStore("meta");
      },
    });
    return new IdbOutbox(db);
  }

  async put(record: DecisionRecord, now: Date): Promise<void> {
    const tx = this.db.transaction(["records", "meta"], "readwrite");
    const records = tx.objectStore("records");
    if ((await records.getKey(record.recordId)) === undefined) {
      const meta = tx.objectStore("meta");
      const seq = ((await meta.get("seq")) ?? 0) + 1;
      await meta.put(seq, "seq");
      await records.put({ recordId: record.recordId, record: JSON.stringify(record), seq, enqueuedAt: now.toISOString(), attempts: 0, state: "waiting", lastError: null });
    }
    await tx.done;
  }

  private async inState(state: "waiting" | "held", limit: number): Promise<OutboxEntry[]> {
    const out: OutboxEntry[] = [];
    let cursor = await this.db.transaction("records").store.index("bySeq").openCursor();
    while (cursor && out.length < limit) {
      if (cursor.value.state === state) out.push(entryFrom(cursor.value));
      cursor = await cursor.continue();
    }
    return out;
  }

  waiting(limit: number): Promise<OutboxEntry[]> {
    return this.inState("waiting", limit);
  }

  async claim(limit: number, options: ClaimOptions): Promise<OutboxEntry[]> {
    const now = options.now.getTime();
    const out: StoredEntry[] = [];
    const tx = this.db.transaction("records", "readwrite");
    let cursor = await tx.store.index("bySeq").openCursor();
    while (cursor && out.length < limit) {
      const e = cursor.value;
      const free = options.takeOver === true || e.leaseUntil === undefined || e.leaseUntil === null || e.leaseUntil <= now || e.leaseOwner === options.owner;
      if (e.state === "waiting" && free && !options.skip?.has(e.recordId)) {
        const leased = { ...e, leaseOwner: options.owner, leaseUntil: now + options.leaseMs };
        await cursor.update(leased);
        out.push(leased);
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return out.map(entryFrom);
  }

  held(): Promise<OutboxEntry[]> {
    return this.inState("held", Number.POSITIVE_INFINITY);
  }

  async remove(recordIds: readonly string[]): Promise<void> {
    const tx = this.db.transaction("records", "readwrite");
    await Promise.all([...recordIds.map((id) => tx.store.delete(id)), tx.done]);
  }

  async noteFailure(recordId: string, error: string, hold: boolean): Promise<void> {
    const tx = this.db.transaction("records", "readwrite");
    const entry = await tx.store.get(recordId);
    if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1, lastError: error, leaseOwner: null, leaseUntil: null, state: hold ? "held" : entry.state });
    await tx.done;
  }

  async release(recordIds: readonly string[]): Promise<void> {
    const tx = this.db.transaction("records", "readwrite");
    for (const id of recordIds) {
      const entry = await tx.store.get(id);
      if (entry) await tx.store.put({ ...entry, state: "waiting" });
    }
    await tx.done;
  }

  async counts(): Promise<OutboxCounts> {
    const index = this.db.transaction("records").store.index("byState");
    const [waiting, held] = await Promise.all([index.count("waiting"), index.count("held")]);
    return { waiting, held };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
