/**
 * The browser hosts' outbox: IndexedDB through `idb`. One object store keyed by RecordId with an index on
 * the arrival sequence; each call is one transaction, which IndexedDB commits durably before `done`.
 */
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { DecisionRecord } from "../../core/decision";
import { type Outbox, type OutboxCounts, type OutboxEntry, storedRecord } from "./outbox";

interface StoredEntry {
  recordId: string;
  record: string;
  seq: number;
  enqueuedAt: string;
  attempts: number;
  state: "waiting" | "held";
  lastError: string | null;
}

interface OutboxDB extends DBSchema {
  records: { key: string; value: StoredEntry; indexes: { bySeq: number; byState: string } };
  meta: { key: string; value: number };
}

export const OUTBOX_DB_NAME = "safeshare-outbox";

const entryFrom = (e: StoredEntry): OutboxEntry => ({ ...e, record: storedRecord(e.record) });

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
    if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1, lastError: error, state: hold ? "held" : entry.state });
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
