import type { DecisionRecord } from "../../core/decision";
import type { StoreError } from "../errors";
import type { AppendOutcome } from "../decision-log";
import type { Outbox, OutboxCounts } from "./outbox";

/**
 * Moves records from the outbox to the decision log. It flushes on start, when the host comes back online
 * (an injected signal: `online` events in a browser), and on a timer after a failure, with exponential
 * back-off and full jitter; time and randomness are injected so tests are deterministic. A record leaves
 * the outbox only after the log confirms it; a permanent refusal holds it (kept, shown, not retried).
 */

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

  constructor(private readonly options: FlusherOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.backoff = { ...(options.backoff ?? { baseMs: 2000, maxMs: 5 * 60_000 }) };
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
    this.running = this.flushLoop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async flushLoop(): Promise<FlushReport> {
    let sent = 0;
    let failedTransient = 0;
    let held = 0;
    const chunk = this.options.chunk ?? 100;
    const outbox = this.options.outbox;
    do {
      this.again = false;
      const seenTransient = new Set<string>();
      for (;;) {
        if (this.stopped) return { sent, failedTransient, held };
        const entries = (await outbox.waiting(chunk + seenTransient.size)).filter((e) => !seenTransient.has(e.recordId)).slice(0, chunk);
        if (entries.length === 0) break;
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
    this.schedule(failedTransient > 0);
    return { sent, failedTransient, held };
  }

  private schedule(failed: boolean): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    if (!failed) {
      this.failures = 0;
      return;
    }
    this.failures++;
    const delay = backoffDelay(this.failures, this.backoff.baseMs, this.backoff.maxMs, this.random);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }
}
