import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";

import pagesFile from "./pages.json";

const HTML = "text/html; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

/** Files the demo serves, by URL path: each page's HTML and script, and nothing else on disk. */
const ROUTES: Record<string, { file: string; type: string }> = Object.fromEntries([
  ["/", { file: `assets/${pagesFile.pages[0]?.name ?? "playground"}.html`, type: HTML }],
  ...pagesFile.pages.flatMap((p) => [
    [`/${p.name}.html`, { file: `assets/${p.name}.html`, type: HTML }],
    [`/${p.name}.js`, { file: `dist/demo/${p.name}.js`, type: JS }],
  ]),
]);

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The demo harness's web server (loopback only). It serves the built pages from `root`; run
 * `npm run build:demo` (or `npm start`, which builds first) so that `dist/demo` exists.
 */
export async function startDemoServer(options: { root: string; port: number; host?: string }): Promise<DemoServer> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((req, res) => {
    const route = ROUTES[new URL(req.url ?? "/", "http://x").pathname];
    if (!route || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    readFile(path.join(options.root, route.file)).then(
      (body) => {
        res.writeHead(200, {
          "content-type": route.type,
          "cache-control": "no-store",
          "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'",
          "x-content-type-options": "nosniff",
        });
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
