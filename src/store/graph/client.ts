import { AuthenticationHandler, Client, type Middleware, TelemetryHandler } from "@microsoft/microsoft-graph-client";
import { SafeRequestNetworkRetryHandler, TimeoutFetchHandler } from "./fetch-handler";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryHandlerFrom } from "./retry";
import { graphAuthProvider, type TokenProvider } from "./token-provider";

/**
 * The Graph client SafeShare uses: Microsoft's client with an explicit middleware pipeline —
 * authentication (token from a TokenProvider) → retry (429/503/504, Retry-After, capped) → telemetry
 * (client-request-id) → one or two more tries for a GET that got no answer → fetch with a time limit.
 */
export interface GraphClientOptions {
  /** Graph's versioned root, e.g. `https://graph.microsoft.com/v1.0` or the local server's `https://127.0.0.1:PORT/v1.0`. */
  readonly graphUrl?: string;
  readonly tokens: TokenProvider;
  readonly scopes?: readonly string[];
  readonly retry?: Partial<RetryPolicy>;
  /** Per-attempt time limit in ms (default 30 s). */
  readonly timeoutMs?: number;
  /** Passed to fetch unchanged (e.g. `devCaFetchOptions(caPem)` to trust the local development CA). */
  readonly fetchOptions?: RequestInit;
  readonly fetchImpl?: typeof fetch;
}

export const GRAPH_V1 = "https://graph.microsoft.com/v1.0";

/** Split `https://host[:port]/v1.0` into the client's baseUrl and version; refuses anything but https. */
export function graphEndpoint(graphUrl: string): { baseUrl: string; version: string; host: string } {
  const url = new URL(graphUrl);
  if (url.protocol !== "https:") throw new RangeError(`Graph URL must be https (the Graph client sends tokens only over https): ${graphUrl}`);
  const version = url.pathname.replace(/^\/+|\/+$/g, "") || "v1.0";
  return { baseUrl: `${url.origin}/`, version, host: url.hostname };
}

/** A configured Graph client. */
export function graphClientFrom(options: GraphClientOptions): Client {
  const { baseUrl, version, host } = graphEndpoint(options.graphUrl ?? GRAPH_V1);
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...(options.retry ?? {}) };
  const middleware: Middleware[] = [
    new AuthenticationHandler(graphAuthProvider(options.tokens, options.scopes)),
    retryHandlerFrom(retry),
    new TelemetryHandler(),
    new SafeRequestNetworkRetryHandler(2, 200 * retry.timeScale),
    new TimeoutFetchHandler(options.timeoutMs ?? 30_000, options.fetchImpl),
  ];
  const isGraph = host === "graph.microsoft.com" || host.endsWith(".graph.microsoft.com") || host === "graph.microsoft.us" || host === "microsoftgraph.chinacloudapi.cn";
  return Client.initWithMiddleware({
    baseUrl,
    defaultVersion: version,
    middleware,
    // The AuthenticationHandler attaches the token only to Graph hosts and these (hostnames, no port).
    ...(isGraph ? {} : { customHosts: new Set([host]) }),
    ...(options.fetchOptions ? { fetchOptions: options.fetchOptions } : {}),
  });
}
