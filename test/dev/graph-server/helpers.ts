/** Test helpers: temp data dirs, a raw https caller that trusts the dev CA, and a SafeShare-like list. */
import { request } from "node:https";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGraphServer, type GraphServerHandle, type GraphServerOptions } from "../../../src/dev/graph-server";
import { adminToken } from "../../support/dev-tokens";

export function tempDir(prefix = "graph-server-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  token?: string | null;
}

/** Call the server over https (path relative to /v1.0 unless absolute). Rejects if the socket drops. */
export function call(server: { url: string; caPem: string }, method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
  const url = new URL(path.startsWith("https://") ? path : `${server.url}${path}`);
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token !== null) headers.Authorization = `Bearer ${opts.token ?? adminToken()}`;
  if (payload !== undefined) {
    headers["Content-Type"] ??= "application/json";
    headers["Content-Length"] = String(Buffer.byteLength(payload));
  }
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, ca: server.caPem, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export const SITE_PATH = "/sites/contoso.sharepoint.com:/sites/safeguarding";

/** The columns SafeShare's decision log uses (indexed as provisioning would make them). */
export const DECISION_COLUMNS = [
  { name: "RecordId", text: { maxLength: 64 }, indexed: true, enforceUniqueValues: true },
  { name: "Team", text: {}, indexed: true },
  { name: "Practitioner", text: {}, indexed: true },
  { name: "DecisionTime", dateTime: {}, indexed: true },
  { name: "Decision", choice: { choices: ["share", "dontShare", "seekAdvice"] }, indexed: true },
  { name: "Reviewed", boolean: {}, indexed: true },
  { name: "Score", number: {} },
  { name: "Notes", text: { allowMultipleLines: true } },
];

export async function startTestServer(
  extra: Partial<GraphServerOptions> = {},
): Promise<{ server: GraphServerHandle; dir: { path: string; remove(): void }; siteId: string; stop(): Promise<void> }> {
  const dir = tempDir();
  const server = await startGraphServer({ dataDir: dir.path, log: process.env.GRAPH_SERVER_LOG ? (l) => console.log(l) : () => undefined, ...extra });
  const site = await call(server, "GET", SITE_PATH);
  return {
    server,
    dir,
    siteId: site.body.id as string,
    stop: async () => {
      await server.close();
      dir.remove();
    },
  };
}

export async function createDecisionList(server: { url: string; caPem: string }, siteId: string, displayName = "Decisions"): Promise<string> {
  const r = await call(server, "POST", `/sites/${siteId}/lists`, {
    body: { displayName, columns: DECISION_COLUMNS, list: { template: "genericList" } },
  });
  if (r.status !== 201) throw new Error(`create list: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id as string;
}
