/**
 * The HTTPS server: Graph v1.0 URLs under `/v1.0`, bearer-token check, request ids, fault injection, and
 * Graph's error shape on every failure.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { devObjectId } from "./access";
import { executeBatch } from "./batch";
import { ensureDevCertificates } from "./certs";
import { GraphHttpError, graphErrorBody, MESSAGES, type ErrorContext } from "./errors";
import { FaultInjector, type FaultConfig } from "./faults";
import type { Identity } from "./model";
import type { ThresholdRule } from "./query";
import { authorize, claimsOf, grantOf, type TokenClaims } from "./permissions";
import { JSON_CONTENT_TYPE, type GraphRequest, type GraphResponse } from "./request";
import { handleSites } from "./routes-sharepoint";
import { GraphStore } from "./store";
import { handleTeams, seededUser, seededUserByAddress } from "./teams";

export interface GraphServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Where `graph.sqlite`, `ca.pem` and the keys live. */
  dataDir: string;
  host?: "127.0.0.1";
  faults?: FaultConfig;
  /** One line per request and the start-up warning; default: standard error. */
  log?: (line: string) => void;
  /** SharePoint's list view threshold (5,000); tests use a small one. */
  listViewThreshold?: number;
  /** How a query on a list over the threshold is judged (see `query.ts`); default `selective`. */
  thresholdRule?: ThresholdRule;
  /** SQLite `synchronous`: NORMAL (default, survives kill -9) or FULL (also survives power loss). */
  synchronous?: "NORMAL" | "FULL";
  /** Page size without `$top` (Graph: 200) and the largest `$top` honoured (5,000). */
  defaultPageSize?: number;
  maxPageSize?: number;
}

export interface GraphServerHandle {
  /** `https://127.0.0.1:PORT/v1.0` */
  url: string;
  caPem: string;
  caPath: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: FaultConfig): void;
  /** The store, for seeding and inspection in tests (same process only). */
  store: GraphStore;
}

export const DEV_USER: Identity = {
  id: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10",
  displayName: "Alex Practitioner",
  email: "alex.practitioner@contoso.onmicrosoft.com",
};

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * The caller of a token: the seeded user with the token's `oid`, else with its `upn`, else one made up
 * from the claims (development only: signatures are not checked).
 */
export function identityFromClaims(store: GraphStore, claims: TokenClaims): Identity {
  const email = claims.upn ?? claims.preferred_username ?? claims.email;
  // Two indexed look-ups per request, not a read of every user.
  const seeded = (claims.oid ? seededUser(store, claims.oid) : undefined) ?? (email ? seededUserByAddress(store, email) : undefined);
  if (seeded) return { id: seeded.id, displayName: seeded.displayName, email: seeded.email };
  if (!email && !claims.oid) return DEV_USER;
  const upn = (email ?? DEV_USER.email).toLowerCase();
  return { id: claims.oid ?? devObjectId(upn), displayName: claims.name ?? upn, email: upn };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new GraphHttpError(413, "invalidRequest", "The request body is too large."));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServerHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = options.host ?? "127.0.0.1";
  const certs = await ensureDevCertificates(options.dataDir);
  const store = new GraphStore(options.dataDir, options.synchronous ? { synchronous: options.synchronous } : {});
  const faults = new FaultInjector(options.faults ?? {});
  const spOptions = {
    threshold: { threshold: options.listViewThreshold ?? 5000, rule: options.thresholdRule ?? "selective" },
    defaultPageSize: options.defaultPageSize ?? 200,
    maxPageSize: options.maxPageSize ?? 5000,
  } as const;
  let port = options.port ?? 0;

  const dispatch = (req: GraphRequest, ctx: ErrorContext): GraphResponse => {
    try {
      authorize(store, req, req.grant);
      if (req.path.startsWith("/sites/")) return handleSites(store, spOptions, req);
      const teams = handleTeams(store, req);
      if (teams) return teams;
      const seg = req.path.split("/")[1] ?? "";
      throw new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${decodeURIComponent(seg)}'.`);
    } catch (err) {
      if (err instanceof GraphHttpError) {
        return { status: err.status, headers: { "Content-Type": "application/json", ...err.headers }, body: graphErrorBody(err.code, err.message, ctx) };
      }
      log(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { status: 500, headers: { "Content-Type": "application/json" }, body: graphErrorBody("generalException", "General exception while processing", ctx) };
    }
  };

  const baseUrlFor = (req: IncomingMessage): string => {
    const h = req.headers.host ?? "";
    const ok = /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(h);
    return `https://${ok ? h : `${host}:${port}`}/v1.0`;
  };

  const send = (res: ServerResponse, r: GraphResponse): void => {
    for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
    res.statusCode = r.status;
    if (r.body === undefined || r.status === 204) {
      res.end();
      return;
    }
    const text = JSON.stringify(r.body);
    res.setHeader("Content-Length", Buffer.byteLength(text));
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const requestId = randomUUID();
    const clientRequestId = (req.headers["client-request-id"] as string | undefined) ?? requestId;
    const ctx: ErrorContext = { requestId, clientRequestId, now: new Date() };
    res.setHeader("request-id", requestId);
    res.setHeader("client-request-id", clientRequestId);
    res.setHeader("x-ms-ags-diagnostic", JSON.stringify({ ServerInfo: { DataCenter: "Local", Slice: "E", Ring: "0", ScaleUnit: "000", RoleInstance: "graph-server" } }));
    const method = (req.method ?? "GET").toUpperCase();
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const fullPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    let status = 0;
    let faultNote = "";
    const finish = (r: GraphResponse): void => {
      status = r.status;
      send(res, r);
    };
    const fail = (s: number, code: string, message: string, headers: Record<string, string> = {}): void =>
      finish({ status: s, headers: { "Content-Type": "application/json", ...headers }, body: graphErrorBody(code, message, ctx) });
    try {
      const body = await readBody(req);
      const m = /^\/(v1\.0|beta)(\/.*)?$/.exec(fullPath);
      if (!m) {
        const v = fullPath.split("/")[1] ?? "";
        return fail(400, "BadRequest", `Invalid version: ${v}`);
      }
      if (m[1] !== "v1.0") return fail(400, "BadRequest", "The local Graph server serves v1.0 only.");
      const path = m[2] ?? "/";
      const auth = req.headers.authorization ?? "";
      const token = /^Bearer\s+(\S+)/i.exec(auth)?.[1];
      if (!token) return fail(401, "InvalidAuthenticationToken", MESSAGES.emptyToken, { "WWW-Authenticate": 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' });
      const claims = claimsOf(token);

      const fault = faults.decide(method, path);
      const latency = faults.latency();
      if (latency > 0) await sleep(latency);
      if (fault !== "none") faultNote = ` [fault ${fault}]`;
      const retryAfter = String(faults.retryAfterSeconds);
      switch (fault) {
        case "drop":
          status = -1;
          req.socket.destroy();
          return;
        case "throttle":
          return fail(429, "activityLimitReached", MESSAGES.throttled, { "Retry-After": retryAfter });
        case "unavailable":
          return fail(503, "serviceNotAvailable", MESSAGES.unavailable, { "Retry-After": retryAfter });
        case "gatewayTimeout":
          return fail(504, "gatewayTimeout", MESSAGES.gatewayTimeout);
        default:
          break;
      }

      let parsed: unknown;
      if (body.length > 0) {
        try {
          parsed = JSON.parse(body.toString("utf8")) as unknown;
        } catch {
          return fail(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
        }
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k.toLowerCase()] = v;
      const greq: GraphRequest = {
        method,
        path,
        query: new URLSearchParams(q === -1 ? "" : rawUrl.slice(q + 1)),
        headers,
        body: parsed,
        baseUrl: baseUrlFor(req),
        user: identityFromClaims(store, claims),
        grant: grantOf(claims),
      };
      let response: GraphResponse;
      if (path === "/$batch") {
        if (method !== "POST") return fail(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
        try {
          response = executeBatch(greq, (sub) => dispatch(sub, ctx), faults, ctx);
        } catch (err) {
          if (err instanceof GraphHttpError) return fail(err.status, err.code, err.message);
          throw err;
        }
      } else {
        response = dispatch(greq, ctx);
      }
      if (fault === "commitThenDrop") {
        status = -1;
        req.socket.destroy();
        return;
      }
      if (fault === "commitThenTimeout") return fail(504, "gatewayTimeout", MESSAGES.gatewayTimeout);
      return finish(response);
    } catch (err) {
      if (err instanceof GraphHttpError) return fail(err.status, err.code, err.message);
      log(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fail(500, "generalException", "General exception while processing");
    } finally {
      log(`${method} ${rawUrl} -> ${status === -1 ? "dropped" : status} ${Date.now() - started}ms${faultNote}`);
    }
  };

  const server: Server = createServer({ key: certs.serverKeyPem, cert: certs.serverCertPem, keepAlive: true }, (req, res) => {
    void handle(req, res);
  });
  const sockets = new Set<Socket>();
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `https://${host}:${port}/v1.0`;
  log(`WARNING: local Graph server for DEVELOPMENT ONLY: it does not check token signatures and must never be exposed. ${url} (CA: ${certs.caPath})`);

  let closed = false;
  return {
    url,
    caPem: certs.caPem,
    caPath: certs.caPath,
    port,
    store,
    setFaults: (f) => faults.set(f),
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      store.close();
    },
  };
}

export { JSON_CONTENT_TYPE };
