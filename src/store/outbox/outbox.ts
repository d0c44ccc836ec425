import { type DecisionRecord, decisionRecordFrom } from "../../core/decision";

/**
 * The durable outbox: every decision record is written here first, then sent to the SharePoint list, and
 * leaves only when Graph confirms it (created, or already there with the same hash). Two implementations:
 * IndexedDB (`idb-outbox.ts`, browser hosts) and SQLite (`sqlite-outbox.ts`, the CLI; Node only).
 *
 * A record Graph refuses for good (a RecordId conflict, an invalid record) is `held`: it stays, is not
 * retried automatically, and is shown, because a lost record is a safeguarding failure.
 *
 * One sender per entry: a flusher `claim`s entries before sending them — atomically (a SQLite IMMEDIATE
 * transaction, an IndexedDB readwrite transaction), marking each with its owner and a lease expiry — so
 * two flushers on one outbox (two panes, two tabs, two `safeshare outbox --flush`) never send the same
 * record at once. On a per-team list RecordId cannot be unique (docs/teams.md), so this, with the store's
 * read-back after an unknown outcome, is what keeps every record exactly once. A claim ends when the
 * entry is removed or a failure is noted; a claimant that died leaves it to expire.
 */
export interface OutboxEntry {
  readonly recordId: string;
  readonly record: DecisionRecord;
  /** Order of arrival (monotonic within one outbox). */
  readonly seq: number;
  readonly enqueuedAt: string;
  readonly attempts: number;
  readonly state: "waiting" | "held";
  readonly lastError: string | null;
}

export interface OutboxCounts {
  readonly waiting: number;
  readonly held: number;
}

/** How a flusher claims entries. */
export interface ClaimOptions {
  /** The claimant (one flusher). */
  readonly owner: string;
  readonly now: Date;
  /** How long the claim holds if its owner dies; it must outlast one round of sending (the flusher's default is 10 minutes). */
  readonly leaseMs: number;
  /** Take entries even if another owner's lease is live: the caller holds the outbox's exclusive lock (Web Locks), so nobody else is flushing. */
  readonly takeOver?: boolean;
  /** Entries not to take (they already failed in this pass). */
  readonly skip?: ReadonlySet<string>;
}

export interface Outbox {
  /** Store a record (idempotent by RecordId: putting the same record twice keeps one entry). */
  put(record: DecisionRecord, now: Date): Promise<void>;
  /** The oldest waiting entries, at most `limit`. */
  waiting(limit: number): Promise<OutboxEntry[]>;
  /**
   * Claim the oldest waiting entries no one else holds (or whose lease expired), at most `limit`,
   * atomically: two claimants never get the same entry while a lease is live.
   */
  claim(limit: number, options: ClaimOptions): Promise<OutboxEntry[]>;
  /** Held entries (refused by Graph for good), oldest first. */
  held(): Promise<OutboxEntry[]>;
  /** Remove records Graph has confirmed. */
  remove(recordIds: readonly string[]): Promise<void>;
  /** Note a failed attempt (ending any claim on it); `hold` stops automatic retries for that record. */
  noteFailure(recordId: string, error: string, hold: boolean): Promise<void>;
  /** Put held records back in the queue (after someone resolved the cause). */
  release(recordIds: readonly string[]): Promise<void>;
  counts(): Promise<OutboxCounts>;
  close(): Promise<void>;
}

/** Read a stored record back strictly (a damaged entry is reported, never sent). */
export function storedRecord(json: string): DecisionRecord {
  const parsed = decisionRecordFrom(JSON.parse(json) as unknown);
  if (parsed.kind === "error") throw new Error(`outbox entry is not a valid record: ${parsed.message}`);
  return parsed.record;
}
