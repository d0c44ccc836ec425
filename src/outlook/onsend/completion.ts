import type { CompletedOptions, MailboxEventLike } from "./office-types";

/**
 * Every Outlook event must be completed exactly once. A second `event.completed` call (an async failure
 * arriving after the handler already answered: the race in Microsoft's own sample) is at best ignored and
 * at worst an error in the host, and a handler that never completes leaves the practitioner looking at
 * "taking longer than expected" until Outlook gives up after five minutes.
 *
 * {@link completionOnce} guards the event: the first `complete()` wins, later ones are no-ops, and a timer
 * completes the event with the fallback answer when nothing else has by the time limit.
 */

/** The timer functions the completion uses: the host's `setTimeout` / `clearTimeout` when it has them. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Why the event was completed (for tests and diagnostics). */
export type CompletionReason = "pass" | "decision" | "review" | "declined" | "failure" | "timeout" | "done";

export interface Completion {
  /** Complete the event, unless it already has been. True when this call completed it. */
  complete(options: CompletedOptions | undefined, reason: CompletionReason): boolean;
  /** True once the event has been completed (or completing it threw). */
  readonly done: boolean;
  /** The reason of the call that completed the event. */
  readonly reason: CompletionReason | undefined;
}

/** The host's timers, or undefined when the runtime has none (then Outlook's own clock is the limit). */
export function hostTimers(): Timers | undefined {
  // `typeof` on the free identifiers, not `globalThis` (ES2020, which older runtimes lack).
  if (typeof setTimeout !== "function" || typeof clearTimeout !== "function") return undefined;
  return {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
  };
}

/**
 * Guard `event` so that it completes once. When `timeoutMs` passes first, the event is completed with
 * `onTimeout()` (the failure policy's answer) and everything that arrives later is ignored.
 */
export function completionOnce(
  event: MailboxEventLike,
  options: { timeoutMs: number; onTimeout: () => CompletedOptions | undefined; timers?: Timers | undefined },
): Completion {
  let done = false;
  let reason: CompletionReason | undefined;
  let handle: unknown;
  const timers = options.timers;

  const complete = (completed: CompletedOptions | undefined, why: CompletionReason): boolean => {
    if (done) return false;
    done = true;
    reason = why;
    if (timers && handle !== undefined) timers.clearTimeout(handle);
    try {
      if (completed === undefined) event.completed();
      else event.completed(completed);
    } catch {
      // Nothing more can be done for this event: calling completed again would be the double completion
      // this guard exists to prevent.
    }
    return true;
  };

  if (timers && options.timeoutMs > 0 && Number.isFinite(options.timeoutMs)) {
    handle = timers.setTimeout(() => {
      handle = undefined;
      let fallback: CompletedOptions | undefined;
      try {
        fallback = options.onTimeout();
      } catch {
        fallback = { allowEvent: false };
      }
      complete(fallback, "timeout");
    }, options.timeoutMs);
  }

  return {
    complete,
    get done() {
      return done;
    },
    get reason() {
      return reason;
    },
  };
}
