import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { retryAfterMs, StoreError, storeErrorFrom } from "../errors";

/**
 * JSON batching: the documented `{requests:[…]}` body posted to `/$batch` (not graph client 3.0.7's
 * BatchRequestContent, which keeps the version segment in sub-request URLs — Graph rejects those,
 * msgraph-sdk-javascript #1451 — and cannot build relative Requests on Node 20, #1998).
 *
 * Graph answers 200 for the batch and gives each sub-request its own status; a sub-request may be
 * throttled (429 with Retry-After) or meet an outage (503/504) on its own. `runBatch` retries exactly
 * those sub-requests, alone, after the longest Retry-After among them, up to a cap of rounds — except a
 * POST answered 504, whose outcome is unknown: it is returned as is, for the decision log's read-back.
 */

/** Graph's limit of sub-requests per batch. */
export const MAX_BATCH = 20;

export interface BatchRequest {
  readonly id: string;
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root, without it: `/sites/{id}/lists/{id}/items`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

const BatchResponseSchema = z.object({
  id: z.string(),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
});
export type BatchResponse = z.infer<typeof BatchResponseSchema>;

const BatchBodySchema = z.object({ responses: z.array(BatchResponseSchema) });

/** Sub-request statuses worth retrying alone. */
export function isRetryableSubStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Post one batch (1–20 sub-requests); throws a StoreError when the batch itself fails or goes unanswered. */
export async function postBatch(client: Client, requests: readonly BatchRequest[]): Promise<BatchResponse[]> {
  if (requests.length === 0) return [];
  if (requests.length > MAX_BATCH) throw new RangeError(`a batch holds at most ${MAX_BATCH} requests, not ${requests.length}`);
  const body = {
    requests: requests.map((r) => ({
      id: r.id,
      method: r.method,
      url: r.url.startsWith("/") ? r.url : `/${r.url}`,
      ...(r.body !== undefined ? { body: r.body, headers: { "Content-Type": "application/json", ...(r.headers ?? {}) } } : r.headers ? { headers: r.headers } : {}),
    })),
  };
  let answer: unknown;
  try {
    answer = await client.api("/$batch").post(body);
  } catch (error) {
    throw storeErrorFrom(error, "$batch");
  }
  const parsed = BatchBodySchema.safeParse(answer);
  if (!parsed.success) throw new StoreError("invalid-response", "$batch: the answer is not a batch response");
  return parsed.data.responses;
}

export interface BatchRetryOptions {
  /** Rounds in all (the first post included). */
  readonly maxRounds: number;
  /** Wait when a retryable sub-response has no Retry-After (ms). */
  readonly defaultDelayMs: number;
  /** Longest wait honoured between rounds (ms); a longer Retry-After ends the batch as unresolved. */
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Multiplier for every wait (tests). */
  readonly timeScale: number;
}

export const DEFAULT_BATCH_RETRY: BatchRetryOptions = {
  maxRounds: 5,
  defaultDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  timeScale: 1,
};

export interface BatchRun {
  /** The last answer for each sub-request that got one (possibly still 429/503/504 at the cap). */
  readonly responses: ReadonlyMap<string, BatchResponse>;
  /** Sub-requests whose outcome is unknown because a batch post went unanswered or failed whole. */
  readonly unresolved: readonly string[];
  /** Why they are unresolved. */
  readonly error?: StoreError;
  /** Sub-requests retried alone after a per-sub-request 429/503/504. */
  readonly subRetries: number;
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Post a batch and retry its throttled sub-requests alone, honouring their Retry-After, with a cap. */
export async function runBatch(client: Client, requests: readonly BatchRequest[], options: Partial<BatchRetryOptions> = {}): Promise<BatchRun> {
  const o: BatchRetryOptions = { ...DEFAULT_BATCH_RETRY, ...options };
  const responses = new Map<string, BatchResponse>();
  let pending = [...requests];
  let subRetries = 0;
  for (let round = 1; pending.length > 0; round++) {
    let answers: BatchResponse[];
    try {
      answers = await postBatch(client, pending);
    } catch (error) {
      return { responses, unresolved: pending.map((r) => r.id), error: storeErrorFrom(error), subRetries };
    }
    const byId = new Map(answers.map((a) => [a.id, a]));
    const retry: BatchRequest[] = [];
    let wait = 0;
    for (const request of pending) {
      const answer = byId.get(request.id);
      if (!answer) {
        retry.push(request); // Graph promises one answer per sub-request; a missing one is retried
        continue;
      }
      responses.set(request.id, answer);
      // A POST's 504 leaves its outcome unknown (the item may exist): never re-sent blindly; the caller reads back.
      if (isRetryableSubStatus(answer.status) && !(answer.status === 504 && request.method === "POST")) {
        retry.push(request);
        wait = Math.max(wait, retryAfterMs(headerValue(answer.headers, "Retry-After")) ?? o.defaultDelayMs);
      }
    }
    if (retry.length === 0 || round >= o.maxRounds || wait > o.maxDelayMs) break;
    subRetries += retry.length;
    await o.sleep(wait * o.timeScale);
    pending = retry;
  }
  // A sub-request Graph never answered (it promises one answer each) has an unknown outcome.
  const unanswered = requests.filter((r) => !responses.has(r.id)).map((r) => r.id);
  return unanswered.length > 0
    ? { responses, unresolved: unanswered, error: new StoreError("invalid-response", "$batch: some sub-requests got no answer"), subRetries }
    : { responses, unresolved: [], subRetries };
}
