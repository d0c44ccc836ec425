import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { readFile } from "node:fs/promises";
import path from "node:path";

import pagesFile from "./pages.json";

const HTML = "text/html; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

/** Files the demo serves, by URL path: each page's HTML and script, the on-send bundle, and nothing else on disk. */
const ROUTES: Record<string, { file: string; type: string }> = Object.fromEntries([
  ...pagesFile.pages.flatMap((p) => [
    [`/${p.name}.html`, { file: `assets/${p.name}.html`, type: HTML }],
    [`/${p.name}.js`, { file: `dist/demo/${p.name}.js`, type: JS }],
  ]),
  // The real on-send handler, as Outlook loads it (the compose simulator runs it on Send).
  ["/onsend.js", { file: "dist/onsend.js", type: JS }],
]);

/** The fictional attachment files (assets/samples), for the compose simulator's samples: names of one plain shape only. */
function sampleRoute(pathname: string): { file: string; type: string } | undefined {
  const m = /^\/samples\/([a-z0-9-]{1,64})\.(docx|xlsx|pdf)$/.exec(pathname);
  return m ? { file: `assets/samples/${m[1]}.${m[2]}`, type: "application/octet-stream" } : undefined;
}

/** The chunks webpack splits off (the PDF reader and its worker, loaded only when a PDF is attached). */
function chunkRoute(pathname: string): { file: string; type: string } | undefined {
  const m = /^\/chunks\/([A-Za-z0-9_.-]{1,128}\.m?js)$/.exec(pathname);
  return m && !m[1]!.includes("..") ? { file: `dist/demo/chunks/${m[1]}`, type: JS } : undefined;
}

/** Escape text for HTML (page titles come from a file, but a file is input too). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The harness's front page: every demo page, with what it shows. */
export function indexPage(): string {
  const items = pagesFile.pages
    .map((p) => `<li><a href="/${escapeHtml(p.name)}.html">${escapeHtml(p.name)}</a>: ${escapeHtml(p.title)}</li>`)
    .join("\n");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>SafeShare demo harness</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:1.5rem;max-width:60rem;color:#242424}li{margin:.4rem 0}</style></head>
<body><h1>SafeShare demo harness</h1>
<p>Everything here runs on this machine, against the local Graph-compatible server. Start with the
<a href="/compose.html">Outlook compose simulator</a> or the <a href="/teams-chat.html">Teams chat simulator</a>.</p>
<ul>${items}</ul></body></html>`;
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** The local Graph-compatible server the demo proxies `/graph/*` to. */
export interface DemoGraphTarget {
  /** `https://127.0.0.1:PORT/v1.0` */
  readonly url: string;
  /** Its development CA (PEM), trusted for this proxy only. */
  readonly caPem: string;
}

export interface DemoServerOptions {
  root: string;
  port: number;
  host?: string;
  /** When given, `/graph/*` is proxied to this server over https (same-origin for the pages). */
  graph?: DemoGraphTarget;
  /** When given, served as `/demo-config.json` (the compose simulator's and the pane's configuration). */
  config?: unknown;
}

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'",
  "x-content-type-options": "nosniff",
};

/** Headers not forwarded by the proxy (hop-by-hop, and the browser's own origin headers). */
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "host", "origin", "referer", "cookie"]);

/**
 * `/graph/<path>` → `https://127.0.0.1:PORT/<path>` on the local Graph server, trusting its dev CA. The
 * browser never sees the https server (whose CA it does not trust): the pages talk to this loopback
 * http origin. Bodies stream both ways; status, headers and errors pass through unchanged.
 */
function proxyGraph(req: IncomingMessage, res: ServerResponse, target: DemoGraphTarget): void {
  const upstream = new URL(target.url);
  const suffix = (req.url ?? "/").replace(/^\/graph/, "") || "/";
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP.has(k.toLowerCase())) headers[k] = v;
  const out = httpsRequest(
    { protocol: "https:", hostname: upstream.hostname, port: upstream.port, method: req.method, path: suffix, headers, ca: target.caPem },
    (answer) => {
      const back: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP.has(k.toLowerCase())) back[k] = v;
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    },
  );
  out.on("error", () => {
    // The Graph server is down or dropped the connection: the page sees a dropped connection too.
    if (!res.headersSent) res.destroy();
    else res.end();
  });
  req.pipe(out);
}

/** The request's path, or undefined when it is not one (`//`, `//host:port`, malformed escapes). */
function requestPath(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? "/", "http://x").pathname;
  } catch {
    return undefined;
  }
}

/**
 * The demo harness's web server (loopback only). It serves the built pages from `root`; run
 * `npm run build:demo` (or `npm start`, which builds first) so that `dist/demo` exists.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const host = options.host ?? "127.0.0.1";
  const configBody = options.config === undefined ? undefined : JSON.stringify(options.config);
  const server: Server = createServer((req, res) => {
    const pathname = requestPath(req.url);
    if (pathname === undefined) {
      // "//" and the like: not a path this server has; answered, never thrown (a throw here ends the demo).
      res.writeHead(400, { "content-type": "text/plain" }).end("Bad request");
      return;
    }
    if (options.graph && (pathname === "/graph" || pathname.startsWith("/graph/"))) {
      proxyGraph(req, res, options.graph);
      return;
    }
    if (pathname === "/demo-config.json" && configBody !== undefined && req.method === "GET") {
      res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8" }).end(configBody);
      return;
    }
    if (pathname === "/" && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(200, { ...SECURITY_HEADERS, "content-type": HTML }).end(req.method === "HEAD" ? undefined : indexPage());
      return;
    }
    const route = ROUTES[pathname] ?? sampleRoute(pathname) ?? chunkRoute(pathname);
    if (!route || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    readFile(path.join(options.root, route.file)).then(
      (body) => {
        res.writeHead(200, { ...SECURITY_HEADERS, "content-type": route.type });
        res.end(req.method === "HEAD" ? undefined : body);
      },
      () => res.writeHead(500, { "content-type": "text/plain" }).end(`Missing ${route.file}: run npm run build:demo first.`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
