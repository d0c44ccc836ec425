/**
 * The store's errors: typed values that carry what a caller needs to decide (retry, narrow, give up) and
 * what support needs to trace it (status, Graph's request id). Callers test `kind`, never `instanceof`
 * across module copies: `isStoreError` checks the name.
 */

/** What went wrong, discriminated on `kind`. */
export type StoreErrorKind =
  /** Graph answered with an error status (after the retry handler gave up, if it was retryable). */
  | "http"
  /** No answer: the connection dropped or the request timed out. The write may or may not have happened. */
  | "network"
  /** An item with this RecordId exists with a different RecordHash: never overwritten, never duplicated. */
  | "conflict"
  /** A PATCH that would touch a record column (only review columns may change). */
  | "not-review-patch"
  /** Graph returned something that is not a valid record or not the JSON shape expected. */
  | "invalid-response"
  /** A query that SharePoint refuses even in the narrowest time window (list view threshold). */
  | "query-too-broad"
  /** The retry cap was reached while the failure was still transient. */
  | "gave-up";

export interface StoreErrorDetails {
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly recordId?: string;
  readonly existingHash?: string;
  readonly attemptedHash?: string;
  readonly itemId?: string;
}

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    readonly details: StoreErrorDetails = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get requestId(): string | undefined {
    return this.details.requestId;
  }

  /** Worth trying again later (the outbox keeps the record): throttling, outages, lost answers. */
  get transient(): boolean {
    if (this.kind === "network" || this.kind === "gave-up") return true;
    if (this.kind !== "http") return false;
    const s = this.details.status ?? 0;
    return s === 408 || s === 429 || s === 500 || s === 502 || s === 503 || s === 504 || s === 401;
  }
}

/** True for a StoreError from any copy of this module (jest workers load modules more than once). */
export function isStoreError(error: unknown): error is StoreError {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "StoreError" && "kind" in error;
}

/** The shape of `GraphError` from @microsoft/microsoft-graph-client that we read (duck-typed, see above). */
interface GraphErrorLike {
  statusCode?: number;
  code?: string | null;
  message?: string;
  requestId?: string | null;
  headers?: { get(name: string): string | null } | undefined;
  body?: unknown;
}

/** Retry-After in ms from either of its forms (delta-seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A StoreError from whatever the Graph client threw (a GraphError, a fetch TypeError, an AbortError…). */
export function storeErrorFrom(error: unknown, context = ""): StoreError {
  if (isStoreError(error)) return error;
  const prefix = context ? `${context}: ` : "";
  if (typeof error === "object" && error !== null && "statusCode" in error) {
    const g = error as GraphErrorLike;
    const status = g.statusCode ?? -1;
    const retryAfter = retryAfterMs(g.headers?.get?.("Retry-After") ?? null);
    const details: StoreErrorDetails = {
      ...(status > 0 ? { status } : {}),
      ...(g.code ? { code: g.code } : {}),
      ...(g.requestId ? { requestId: g.requestId } : {}),
      ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
    };
    if (status <= 0) return new StoreError("network", `${prefix}no answer from Graph (${g.code ?? "network error"}: ${g.message ?? ""})`, details);
    return new StoreError("http", `${prefix}Graph answered ${status}${g.code ? ` ${g.code}` : ""}: ${g.message ?? ""}`, details);
  }
  const e = error as { name?: string; message?: string } | null;
  return new StoreError("network", `${prefix}no answer from Graph (${e?.name ?? "Error"}: ${e?.message ?? String(error)})`);
}

/**
 * SharePoint's unique-value violation. Its status and code are not documented (409 is seen, a 400 is
 * reported too), so any 4xx whose message says "duplicate" counts — except the refusals that mean the
 * caller could not write at all (401, 403, 404, 429): the append then reads the item back by RecordId.
 */
export function isDuplicateValueError(status: number | undefined, message: string | undefined): boolean {
  if (status === undefined || status < 400 || status > 499 || [401, 403, 404, 429].includes(status)) return false;
  return /duplicate/i.test(message ?? "");
}

/** SharePoint's list view threshold refusal, as far as it can be recognised. */
export function isThresholdRefusal(status: number | undefined, message: string | undefined, code?: string): boolean {
  if (/SPQueryThrottledException/i.test(code ?? "")) return true;
  return (status === 400 || status === 500 || status === 503) && /list view threshold/i.test(message ?? "");
}
