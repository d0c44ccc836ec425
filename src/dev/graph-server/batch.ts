/**
 * `POST /$batch` (JSON batching): at most 20 sub-requests with relative URLs and no version segment,
 * `dependsOn` ordering with 424 for failed dependencies, and per-sub-request fault injection (a 429 for
 * one sub-request inside a 200 batch).
 */
import { GraphHttpError, MESSAGES, graphErrorBody, type ErrorContext } from "./errors";
import type { FaultInjector } from "./faults";
import { JSON_CONTENT_TYPE, type GraphRequest, type GraphResponse } from "./request";
import { batchSchema, type BatchRequestBody } from "./schemas";

export const MAX_BATCH_REQUESTS = 20;
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT"]);

type SubRequest = BatchRequestBody["requests"][number];

export type Dispatch = (req: GraphRequest) => GraphResponse;

function batchError(message: string): GraphHttpError {
  return new GraphHttpError(400, "BadRequest", message);
}

function validate(body: unknown): SubRequest[] {
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) throw batchError(MESSAGES.batchPayload);
  const requests = parsed.data.requests;
  if (requests.length === 0) throw batchError(MESSAGES.batchPayload);
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw batchError(`The number of batch requests exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
  }
  const ids = new Set<string>();
  for (const r of requests) {
    const key = r.id.toLowerCase();
    if (ids.has(key)) throw batchError(`Batch request ids must be unique; '${r.id}' is repeated.`);
    ids.add(key);
    // An absolute URL is rejected for the whole batch (msgraph-sdk-javascript #1451).
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(r.url)) throw batchError(MESSAGES.batchPayload);
    const hasContentType = Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === "content-type");
    if (WRITE_METHODS.has(r.method.toUpperCase()) && r.body !== undefined && !hasContentType) {
      throw batchError(`Write request with id '${r.id}' does not contain a Content-Type header.`);
    }
  }
  for (const r of requests) {
    for (const d of r.dependsOn ?? []) {
      if (!ids.has(d.toLowerCase())) throw batchError(`Request '${r.id}' depends on unknown request '${d}'.`);
    }
  }
  return requests;
}

function errorResponse(status: number, code: string, message: string, ctx: ErrorContext, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body: graphErrorBody(code, message, ctx) };
}

export function executeBatch(
  top: GraphRequest,
  dispatch: Dispatch,
  faults: FaultInjector,
  ctx: ErrorContext,
): GraphResponse {
  const requests = validate(top.body);
  const done = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  const pending = [...requests];
  while (pending.length > 0) {
    const idx = pending.findIndex((r) => (r.dependsOn ?? []).every((d) => done.has(d.toLowerCase())));
    if (idx === -1) throw batchError("The batch has a dependency cycle.");
    const r = pending.splice(idx, 1)[0] as SubRequest;
    const res = runOne(r, top, dispatch, faults, ctx, done);
    done.set(r.id.toLowerCase(), res.status);
    const out: Record<string, unknown> = { id: r.id, status: res.status, headers: res.headers ?? {} };
    if (res.body !== undefined) out.body = res.body;
    responses.push(out);
  }
  if (faults.shuffleBatch) faults.shuffle(responses);
  return { status: 200, headers: { "Content-Type": JSON_CONTENT_TYPE }, body: { responses } };
}

function runOne(
  r: SubRequest,
  top: GraphRequest,
  dispatch: Dispatch,
  faults: FaultInjector,
  ctx: ErrorContext,
  done: Map<string, number>,
): GraphResponse {
  const failed = (r.dependsOn ?? []).find((d) => (done.get(d.toLowerCase()) ?? 0) >= 400);
  if (failed !== undefined) {
    return errorResponse(424, "FailedDependency", `The request depends on request '${failed}', which failed.`, ctx);
  }
  const url = r.url.startsWith("/") ? r.url : `/${r.url}`;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? "" : url.slice(q + 1));
  const firstSegment = path.split("/")[1] ?? "";
  if (/^(v1\.0|beta)$/i.test(firstSegment)) {
    // Graph resolves the sub-request URL under the batch's version, so `/v1.0/...` names a segment `v1.0`.
    return errorResponse(400, "BadRequest", MESSAGES.versionSegment(firstSegment), ctx);
  }
  const method = r.method.toUpperCase();
  const fault = faults.decideSub(method, path);
  const retryAfter = String(faults.retryAfterSeconds);
  if (fault === "throttle") return errorResponse(429, "activityLimitReached", MESSAGES.throttled, ctx, { "Retry-After": retryAfter });
  if (fault === "unavailable") return errorResponse(503, "serviceNotAvailable", MESSAGES.unavailable, ctx, { "Retry-After": retryAfter });
  if (fault === "gatewayTimeout") return errorResponse(504, "gatewayTimeout", MESSAGES.gatewayTimeout, ctx);
  // Sub-requests carry only their own headers; authentication comes from the batch request.
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
  return dispatch({ ...top, method, path, query, headers, body: r.body });
}
