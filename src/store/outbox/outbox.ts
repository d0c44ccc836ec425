import { type DecisionRecord, decisionRecordFrom } from "../../core/decision";

/**
 * The durable outbox: every decision record is written here first, then sent to the SharePoint list, and
 * leaves only when Graph confirms it (created, or already there with the same hash). Two implementations:
 * IndexedDB (`idb-outbox.ts`, browser hosts) and SQLite (`sqlite-outbox.ts`, the CLI; Node only).
 *
 * A record Graph refuses for good (a RecordId conflict, an invalid record) is `held`: it stays, is not
 * retried automatically, and is shown, because a lost record is a safeguarding failure.
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

export interface Outbox {
  /** Store a record (idempotent by RecordId: putting the same record twice keeps one entry). */
  put(record: DecisionRecord, now: Date): Promise<void>;
  /** The oldest waiting entries, at most `limit`. */
  waiting(limit: number): Promise<OutboxEntry[]>;
  /** Held entries (refused by Graph for good), oldest first. */
  held(): Promise<OutboxEntry[]>;
  /** Remove records Graph has confirmed. */
  remove(recordIds: readonly string[]): Promise<void>;
  /** Note a failed attempt; `hold` stops automatic retries for that record. */
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
