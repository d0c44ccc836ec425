import path from "node:path";
import { startDemoServer } from "../../src/dev/demo/demo-server";

describe("demo server", () => {
  it("serves the playground page on loopback and nothing else", async () => {
    const demo = await startDemoServer({ root: path.resolve(__dirname, "../.."), port: 0 });
    try {
      expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await fetch(demo.url);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('href="/compose.html"');
      const page = await fetch(new URL("/playground.html", demo.url));
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await page.text()).toContain("SafeShare — check a message");
      expect((await fetch(new URL("/../package.json", demo.url))).status).toBe(404);
      expect((await fetch(new URL("/etc/passwd", demo.url))).status).toBe(404);
    } finally {
      await demo.close();
    }
  });

  it("answers a request path that is not a URL path ('//') with 400, and keeps serving", async () => {
    const demo = await startDemoServer({ root: path.resolve(__dirname, "../.."), port: 0 });
    try {
      const { request } = await import("node:http");
      const status = await new Promise<number | undefined>((resolve, reject) => {
        // fetch() would normalise the path; a raw request sends it as typed (curl http://host//).
        const req = request({ host: "127.0.0.1", port: Number(new URL(demo.url).port), path: "//", method: "GET" }, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(400);
      expect((await fetch(demo.url)).status).toBe(200);
    } finally {
      await demo.close();
    }
  });
});
