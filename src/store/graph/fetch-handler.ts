import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/**
 * The last link of the middleware chain: `fetch` with a per-attempt time limit (the library's
 * HTTPMessageHandler has none, so a hung connection would hang the outbox). A timeout surfaces as a
 * network error with an unknown outcome, like a dropped connection.
 */
export class TimeoutFetchHandler implements Middleware {
  constructor(
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async execute(context: Context): Promise<void> {
    const options = (context.options ?? {}) as RequestInit;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    context.response = await this.fetchImpl(context.request, { ...options, signal });
  }
}

/**
 * Retries a safe request (GET / HEAD) that got no answer at all (dropped connection, timeout), a few
 * times with a short growing pause. Writes are never retried here: their outcome is unknown, and the
 * decision log resolves that by reading back (RetryHandler covers 429/503/504 for every method).
 */
export class SafeRequestNetworkRetryHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly maxRetries = 2,
    private readonly delayMs = 200,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("SafeRequestNetworkRetryHandler needs a next middleware");
    const method = (context.options?.method ?? (typeof context.request === "string" ? "GET" : context.request.method) ?? "GET").toUpperCase();
    for (let attempt = 0; ; attempt++) {
      try {
        await this.next.execute(context);
        return;
      } catch (error) {
        if ((method !== "GET" && method !== "HEAD") || attempt >= this.maxRetries) throw error;
        await this.sleep(this.delayMs * 2 ** attempt);
      }
    }
  }
}
