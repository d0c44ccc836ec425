/**
 * NODE ONLY (better-sqlite3): the CLI's outbox, a SQLite file (default `~/.safeshare/outbox.sqlite`).
 * Browser entries must never import this file; they use `idb-outbox.ts`.
 *
 * WAL mode with `synchronous=FULL`: `put` returns only after the record is durable on disk, so a record
 * the user was told is saved survives a crash or power loss.
 *
 * `claim` runs in a `BEGIN IMMEDIATE` transaction (the write lock is taken before the read), so two
 * processes flushing one outbox file never claim the same entry: the second waits (busy_timeout) and
 * then sees the first one's lease.
 *
 * A lease normally runs its course (10 minutes) when its owner dies mid-flush. A flusher that uses
 * {@link SqliteOutbox.processOwner} as its owner id names its process and machine, so a later claim on the
 * same machine can see that the process is gone and take its entries at once. A process on another
 * machine (an outbox file on a shared drive), or a live one, is waited for: that never sends twice.
 */
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import type { DecisionRecord } from "../../core/decision";
import { type ClaimOptions, type Outbox, type OutboxCounts, type OutboxEntry, storedRecord } from "./outbox";

interface Row {
  seq: number;
  record_id: string;
  record: string;
  enqueued_at: string;
  attempts: number;
  state: "waiting" | "held";
  last_error: string | null;
  lease_owner: string | null;
  lease_until: number | null;
}

const entryFrom = (row: Row): OutboxEntry => ({
  recordId: row.record_id,
  record: storedRecord(row.record),
  seq: row.seq,
  enqueuedAt: row.enqueued_at,
  attempts: row.attempts,
  state: row.state,
  lastError: row.last_error,
});

/** `pid:<pid>@<host>:<uuid>`: a flusher owner id that says which process holds a lease. */
const PROCESS_OWNER = /^pid:(\d+)@([^:]*):/;

/** Whether a process of this machine is still running (signal 0 only asks). EPERM: it runs, as someone else. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class SqliteOutbox implements Outbox {
  private readonly db: Database.Database;

  /**
   * An owner id for a flusher in this process: `pid:<pid>@<host>:<uuid>`. Leases taken under it are
   * freed as soon as another claim on this machine sees the process has ended.
   */
  static processOwner(): string {
    return `pid:${process.pid}@${hostname()}:${randomUUID()}`;
  }

  /** Owners of unexpired leases that name a process of this machine that has ended. */
  private deadOwners(now: number, me: string): string[] {
    const owners = this.db.prepare("SELECT DISTINCT lease_owner AS owner FROM outbox WHERE state = 'waiting' AND lease_until > ? AND lease_owner LIKE 'pid:%'").all(now) as { owner: string }[];
    const host = hostname();
    return owners
      .map((o) => o.owner)
      .filter((owner) => {
        if (owner === me) return false;
        const m = PROCESS_OWNER.exec(owner);
        return m !== null && m[2] === host && !processRuns(Number(m[1]));
      });
  }

  constructor(readonly path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      record_id TEXT NOT NULL UNIQUE,
      record TEXT NOT NULL,
      enqueued_at TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'held')),
      last_error TEXT
    )`);
    // Claims (older outbox files lack the columns: add them).
    const have = new Set((this.db.prepare("PRAGMA table_info(outbox)").all() as { name: string }[]).map((c) => c.name));
    if (!have.has("lease_owner")) this.db.exec("ALTER TABLE outbox ADD COLUMN lease_owner TEXT");
    if (!have.has("lease_until")) this.db.exec("ALTER TABLE outbox ADD COLUMN lease_until INTEGER");
  }

  async put(record: DecisionRecord, now: Date): Promise<void> {
    this.db.prepare("INSERT INTO outbox (record_id, record, enqueued_at) VALUES (?, ?, ?) ON CONFLICT(record_id) DO NOTHING").run(record.recordId, JSON.stringify(record), now.toISOString());
  }

  async waiting(limit: number): Promise<OutboxEntry[]> {
    return (this.db.prepare("SELECT * FROM outbox WHERE state = 'waiting' ORDER BY seq LIMIT ?").all(limit) as Row[]).map(entryFrom);
  }

  async claim(limit: number, options: ClaimOptions): Promise<OutboxEntry[]> {
    const now = options.now.getTime();
    const skip = options.skip ?? new Set<string>();
    const select = this.db.prepare(
      "SELECT * FROM outbox WHERE state = 'waiting' AND (? = 1 OR lease_until IS NULL OR lease_until <= ? OR lease_owner = ? OR lease_owner IN (SELECT value FROM json_each(?))) ORDER BY seq LIMIT ?",
    );
    const lease = this.db.prepare("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE record_id = ?");
    const take = this.db.transaction((): Row[] => {
      const dead = JSON.stringify(options.takeOver ? [] : this.deadOwners(now, options.owner));
      const rows = (select.all(options.takeOver ? 1 : 0, now, options.owner, dead, limit + skip.size) as Row[]).filter((r) => !skip.has(r.record_id)).slice(0, limit);
      for (const r of rows) lease.run(options.owner, now + options.leaseMs, r.record_id);
      return rows;
    });
    return take.immediate().map(entryFrom);
  }

  async held(): Promise<OutboxEntry[]> {
    return (this.db.prepare("SELECT * FROM outbox WHERE state = 'held' ORDER BY seq").all() as Row[]).map(entryFrom);
  }

  async remove(recordIds: readonly string[]): Promise<void> {
    const del = this.db.prepare("DELETE FROM outbox WHERE record_id = ?");
    this.db.transaction((ids: readonly string[]) => {
      for (const id of ids) del.run(id);
    })(recordIds);
  }

  async noteFailure(recordId: string, error: string, hold: boolean): Promise<void> {
    this.db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, lease_owner = NULL, lease_until = NULL, state = CASE WHEN ? THEN 'held' ELSE state END WHERE record_id = ?").run(error, hold ? 1 : 0, recordId);
  }

  async release(recordIds: readonly string[]): Promise<void> {
    const upd = this.db.prepare("UPDATE outbox SET state = 'waiting' WHERE record_id = ?");
    this.db.transaction((ids: readonly string[]) => {
      for (const id of ids) upd.run(id);
    })(recordIds);
  }

  async counts(): Promise<OutboxCounts> {
    const rows = this.db.prepare("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state").all() as { state: string; n: number }[];
    return { waiting: rows.find((r) => r.state === "waiting")?.n ?? 0, held: rows.find((r) => r.state === "held")?.n ?? 0 };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
