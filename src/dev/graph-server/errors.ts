/**
 * Graph's error shape: `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`
 * (microsoft-graph-docs `concepts/errors.md`). Handlers throw `GraphHttpError`; the server turns it into a body.
 */

/** Codes from Graph's documented basic code list, plus the few non-listed ones Graph is seen to return. */
export type GraphErrorCode =
  | "accessDenied"
  | "activityLimitReached"
  | "generalException"
  | "invalidRequest"
  | "itemNotFound"
  | "nameAlreadyExists"
  | "notAllowed"
  | "notSupported"
  | "resourceModified"
  | "serviceNotAvailable"
  | "gatewayTimeout"
  | "conflict"
  | "BadRequest"
  | "InvalidAuthenticationToken"
  | "NotFound"
  | "FailedDependency"
  | "UnknownError"
  | "Request_ResourceNotFound";

export class GraphHttpError extends Error {
  override readonly name = "GraphHttpError";
  constructor(
    readonly status: number,
    readonly code: GraphErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export interface ErrorContext {
  requestId: string;
  clientRequestId: string;
  now: Date;
}

/** Graph formats `innerError.date` without fractional seconds or zone: `2025-02-13T10:17:05`. */
export function graphErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function graphErrorBody(code: string, message: string, ctx: ErrorContext): Record<string, unknown> {
  return {
    error: {
      code,
      message,
      innerError: {
        date: graphErrorDate(ctx.now),
        "request-id": ctx.requestId,
        "client-request-id": ctx.clientRequestId,
      },
    },
  };
}

// Messages observed from Graph / SharePoint (see docs/graph-server.md for sources).
export const MESSAGES = {
  emptyToken: "Access token is empty.",
  nonIndexed: (field: string): string =>
    `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the ` +
    "'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such " +
    "queries may fail on large lists.",
  threshold: "The attempted operation is prohibited because it exceeds the list view threshold.",
  duplicateValues: (fields: readonly string[]): string =>
    "The list item could not be added or updated because duplicate values were found in the following " +
    `field(s) in the list: [${fields.join(", ")}].`,
  throttled: "The request has been throttled",
  unavailable: "The service is temporarily unavailable.",
  gatewayTimeout: "The request timed out.",
  batchPayload: "Invalid batch payload format.",
  versionSegment: (segment: string): string => `Resource not found for the segment '${segment}'.`,
} as const;
