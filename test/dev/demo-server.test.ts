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
});
