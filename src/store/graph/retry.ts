import { RetryHandler, RetryHandlerOptions } from "@microsoft/microsoft-graph-client";

/**
 * The Graph client's own RetryHandler (429 / 503 / 504, honouring Retry-After in both its forms), with a
 * cap on attempts. `timeScale` shrinks every wait (Retry-After and back-off alike) for tests against the
 * local server; production leaves it at 1. Network errors are not retried here: an unanswered write has
 * an unknown outcome, which the decision log resolves by reading back (see decision-log.ts).
 *
 * Nor is a POST that got a 504: a gateway timeout does not say whether the write happened (SharePoint may
 * have created the item), and a blind re-POST creates a second item wherever RecordId is not unique — the
 * per-team "read own items" lists. The 504 goes up to the decision log, which reads back by RecordId
 * before sending again. (429 and 503 are refusals: nothing was applied, so they are retried as before.)
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

function methodOf(request: RequestInfo, options: { method?: string } | undefined): string {
  return (options?.method ?? (typeof request === "string" ? "GET" : request.method) ?? "GET").toUpperCase();
}

/** A RetryHandler for the middleware chain. */
export function retryHandlerFrom(policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryHandler {
  const handler = new RetryHandler(new RetryHandlerOptions(policy.delaySeconds, policy.maxRetries, (_delay, _attempt, request, options, response) => !(response.status === 504 && methodOf(request, options) === "POST")));
  if (policy.timeScale !== 1) {
    // RetryHandler sleeps through its (private) `sleep(seconds)`; scale the wait, keep the decision logic.
    const scaled = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds * 1000 * policy.timeScale)));
    (handler as unknown as { sleep: (s: number) => Promise<void> }).sleep = scaled;
  }
  return handler;
}
