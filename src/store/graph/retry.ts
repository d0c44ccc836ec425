import { RetryHandler, RetryHandlerOptions } from "@microsoft/microsoft-graph-client";

/**
 * The Graph client's own RetryHandler (429 / 503 / 504, honouring Retry-After in both its forms), with a
 * cap on attempts. `timeScale` shrinks every wait (Retry-After and back-off alike) for tests against the
 * local server; production leaves it at 1. Network errors are not retried here: an unanswered write has
 * an unknown outcome, which the decision log resolves by reading back (see decision-log.ts).
 */
export interface RetryPolicy {
  /** Retries per request after the first attempt (the library allows at most 10). */
  readonly maxRetries: number;
  /** Base back-off in seconds when the answer has no Retry-After. */
  readonly delaySeconds: number;
  /** Multiplier applied to every wait (1 in production). */
  readonly timeScale: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, delaySeconds: 2, timeScale: 1 };

/** A RetryHandler for the middleware chain. */
export function retryHandlerFrom(policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryHandler {
  const handler = new RetryHandler(new RetryHandlerOptions(policy.delaySeconds, policy.maxRetries));
  if (policy.timeScale !== 1) {
    // RetryHandler sleeps through its (private) `sleep(seconds)`; scale the wait, keep the decision logic.
    const scaled = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds * 1000 * policy.timeScale)));
    (handler as unknown as { sleep: (s: number) => Promise<void> }).sleep = scaled;
  }
  return handler;
}
