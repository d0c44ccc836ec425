import type { DecisionRecord } from "../../core/decision";
import type { StoreError } from "../errors";
import type { AppendOutcome } from "../decision-log";
import type { Outbox, OutboxCounts } from "./outbox";

/**
 * Moves records from the outbox to the decision log. It flushes on start, when the host comes back online
 * (an injected signal: `online` events in a browser), and on a timer after a failure, with exponential
 * back-off and full jitter; time and randomness are injected so tests are deterministic. A record leaves
 * the outbox only after the log confirms it; a permanent refusal holds it (kept, shown, not retried).
 *
 * One sender per record: each flush pass runs under the outbox's exclusive lock where the host has one
 * (the Web Locks API, `navigator.locks.request("safeshare-outbox", …)`: every tab and pane of the origin
 * shares it), and takes entries with the outbox's atomic `claim` (a lease with an expiry), so two
 * flushers on one device — two panes, two tabs, two CLI processes — never send the same record at once.
 * Entries another live flusher holds are left to it; the flusher looks again later, and takes over an
 * entry whose lease expired (its claimant died).
 */

/** An exclusive section around a flush pass (Web Locks in browsers). */
export type OutboxLock = <T>(section: () => Promise<T>) => Promise<T>;

/** What the flusher needs of the Web Locks API (`navigator.locks`). */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
}

export const OUTBOX_LOCK_NAME = "safeshare-outbox";

/** The Web Locks API as an OutboxLock, or undefined where the host has none (Node, older webviews). */
export function webLocksFrom(nav: { readonly locks?: LockManagerLike | undefined } | undefined, name: string = OUTBOX_LOCK_NAME): OutboxLock | undefined {
  const locks = nav?.locks;
  if (!locks || typeof locks.request !== "function") return undefined;
  return <T>(section: () => Promise<T>) => locks.request(name, section) as Promise<T>;
}

/** A claim outlasts one pass's sending (the log's rounds are capped); a dead claimant's entries wait this long. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

function newOwnerId(random: () => number): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `flusher-${Math.floor(random() * 2 ** 48).toString(16)}-${Date.now().toString(16)}`;
}

/** What the flusher needs from the decision log (DecisionLog fits). */
export interface RecordSink {
  appendMany(records: readonly DecisionRecord[]): Promise<AppendOutcome[]>;
}

/** Connectivity: the browser's `online` event, or nothing on the CLI. Returns an unsubscribe function. */
export interface OnlineSignal {
  subscribe(onOnline: () => void): () => void;
}

export interface FlusherClock {
  now(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface FlusherOptions {
  readonly outbox: Outbox;
  readonly sink: RecordSink;
  readonly online?: OnlineSignal;
  readonly clock?: FlusherClock;
  /** In [0, 1): jitter source (default Math.random). */
  readonly random?: () => number;
  /** Back-off after a failed flush: base doubles per consecutive failure up to max (ms). */
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Records taken from the outbox per round (default 100; the log batches them by 20). */
  readonly chunk?: number;
  /** Told the counts whenever they may have changed (for "3 records waiting to be saved"). */
  readonly onCounts?: (counts: OutboxCounts) => void;
  /** Told about each failure (for logs; never includes tokens). */
  readonly onError?: (recordId: string, error: StoreError) => void;
  /** The exclusive section around a pass: default the host's Web Locks (`globalThis.navigator.locks`) when present; `null` for none. */
  readonly lock?: OutboxLock | null;
  /** How long a claim on an entry holds if this flusher dies (default 10 minutes). */
  readonly leaseMs?: number;
  /** This flusher's claimant id (default a random UUID). */
  readonly owner?: string;
}

export interface FlushReport {
  readonly sent: number;
  readonly failedTransient: number;
  readonly held: number;
}

export const systemClock: FlusherClock = {
  now: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The browser's connectivity events as an OnlineSignal. */
export function browserOnlineSignal(target: { addEventListener(t: "online", f: () => void): void; removeEventListener(t: "online", f: () => void): void }): OnlineSignal {
  return {
    subscribe(onOnline) {
      target.addEventListener("online", onOnline);
      return () => target.removeEventListener("online", onOnline);
    },
  };
}

/** Delay before retry number `failures` (1-based): full jitter over an exponentially growing cap. */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export class OutboxFlusher {
  private readonly clock: FlusherClock;
  private readonly random: () => number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private timer: unknown = undefined;
  private failures = 0;
  private running: Promise<FlushReport> | undefined;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private readonly lock: OutboxLock | undefined;
  private readonly owner: string;

  constructor(private readonly options: FlusherOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.backoff = { ...(options.backoff ?? { baseMs: 2000, maxMs: 5 * 60_000 }) };
    this.lock = options.lock === null ? undefined : (options.lock ?? webLocksFrom((globalThis as { navigator?: { locks?: LockManagerLike } }).navigator));
    this.owner = options.owner ?? newOwnerId(this.random);
  }

  /** Flush now and whenever the host comes back online. */
  start(): Promise<FlushReport> {
    this.stopped = false;
    this.unsubscribe ??= this.options.online?.subscribe(() => {
      this.failures = 0;
      void this.flush();
    });
    return this.flush();
  }

  /**
   * Stop timers and listeners. An in-flight flush finishes its current request, but its results are not
   * applied to the outbox afterwards (as if the process died): the next start re-sends, and idempotent
   * append makes that safe.
   */
  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Save a record to the outbox, then try to send it. */
  async enqueue(record: DecisionRecord): Promise<void> {
    await this.options.outbox.put(record, this.clock.now());
    this.options.onCounts?.(await this.options.outbox.counts());
    void this.flush();
  }

  counts(): Promise<OutboxCounts> {
    return this.options.outbox.counts();
  }

  /** Resolves when no flush is running (tests, and a clean shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Is a retry timer set? (tests) */
  get retryScheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Flush everything waiting; concurrent calls join (and trigger one more pass if records arrived). */
  flush(): Promise<FlushReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const lock = this.lock;
    this.running = (lock ? lock(() => this.flushLoop(true)) : this.flushLoop(false)).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** `locked`: this pass holds the outbox's exclusive lock, so other owners' leases are stale (nobody else is flushing). */
  private async flushLoop(locked: boolean): Promise<FlushReport> {
    let sent = 0;
    let failedTransient = 0;
    let held = 0;
    let leftToOthers = false;
    const chunk = this.options.chunk ?? 100;
    const outbox = this.options.outbox;
    const leaseMs = this.options.leaseMs ?? DEFAULT_LEASE_MS;
    do {
      this.again = false;
      const seenTransient = new Set<string>();
      for (;;) {
        if (this.stopped) return { sent, failedTransient, held };
        const entries = await outbox.claim(chunk, { owner: this.owner, now: this.clock.now(), leaseMs, takeOver: locked, skip: seenTransient });
        if (entries.length === 0) {
          // Waiting entries this pass could not claim are another flusher's (or a dead one's, until its lease expires).
          leftToOthers = (await outbox.waiting(seenTransient.size + 1)).some((e) => !seenTransient.has(e.recordId));
          break;
        }
        const outcomes = await this.options.sink.appendMany(entries.map((e) => e.record));
        if (this.stopped) return { sent, failedTransient, held }; // "crashed" mid-flush: nothing applied
        const confirmed: string[] = [];
        for (const o of outcomes) {
          if (o.kind !== "failed") {
            confirmed.push(o.recordId);
            continue;
          }
          this.options.onError?.(o.recordId, o.error);
          const hold = !o.error.transient;
          await outbox.noteFailure(o.recordId, o.error.message, hold);
          if (hold) held++;
          else {
            failedTransient++;
            seenTransient.add(o.recordId);
          }
        }
        await outbox.remove(confirmed);
        sent += confirmed.length;
        this.options.onCounts?.(await outbox.counts());
      }
      if (failedTransient > 0) break;
    } while (this.again && !this.stopped);
    this.schedule(failedTransient > 0, leftToOthers);
    return { sent, failedTransient, held };
  }

  private schedule(failed: boolean, leftToOthers = false): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    if (!failed && !leftToOthers) {
      this.failures = 0;
      return;
    }
    if (failed) this.failures++;
    else this.failures = 0;
    // After a failure: back off. Entries held by another flusher: look again later (it may have died).
    const delay = failed ? backoffDelay(this.failures, this.backoff.baseMs, this.backoff.maxMs, this.random) : this.backoff.maxMs;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }
}
