import { ProvisionOptionsSchema, provisionOptionsFrom, runProvision } from "../../src/cli/provision-command";
import { fakeIO } from "../support/fake-io";
import { SITE_URL, startServer, type Ctx } from "../store/helpers";

function io(ctx: Ctx, env: Record<string, string> = { SAFESHARE_TOKEN: "dev" }) {
  return { ...fakeIO({ files: { "ca.pem": ctx.server.caPem } }), env };
}

describe("safeshare provision", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startServer();
  });
  afterAll(async () => ctx.stop());
  const args = () => ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"];

  it("validates its options", () => {
    expect(ProvisionOptionsSchema.safeParse({ site: "http://x" }).success).toBe(false);
    expect(provisionOptionsFrom(["--site", SITE_URL])).toMatchObject({ graph: "https://graph.microsoft.com/v1.0", list: "SafeShare decisions", fix: false });
    expect(() => provisionOptionsFrom(["--site", SITE_URL, "--graph", "http://127.0.0.1:4000/v1.0"])).toThrow(/https/);
  });

  it("creates the list, then reports it unchanged, and prints the read-own-items steps", async () => {
    const a = io(ctx);
    expect(await runProvision(a, args())).toBe(0);
    expect(a.stdoutText()).toMatch(/Created the list "SafeShare decisions" .* with 36 columns/);
    expect(a.stdoutText()).toMatch(/ReadSecurity = 2/);
    const b = io(ctx);
    expect(await runProvision(b, args())).toBe(0);
    expect(b.stdoutText()).toMatch(/already exists.*\n  Its schema matches SafeShare's/);
  });

  it("says clearly that read-own-items is not emulated by the local server", async () => {
    const a = io(ctx);
    expect(await runProvision(a, [...args(), "--read-own-items"])).toBe(0);
    expect(a.stdoutText()).toMatch(/not performed: the local development server does not emulate SharePoint REST/);
  });

  it("needs SAFESHARE_TOKEN and never prints it", async () => {
    const a = io(ctx, {});
    expect(await runProvision(a, args())).toBe(2);
    expect(a.stderrText()).toMatch(/SAFESHARE_TOKEN/);
    const b = io(ctx, { SAFESHARE_TOKEN: "secret-token-value" });
    await runProvision(b, args());
    expect(b.stdoutText() + b.stderrText()).not.toContain("secret-token-value");
  });

  it("reports an HTTP failure with status and request id (exit 1)", async () => {
    const a = io(ctx);
    expect(await runProvision(a, ["--site", "https://contoso.sharepoint.com/sites/nowhere", "--graph", ctx.server.url, "--ca", "ca.pem"])).toBe(1);
    expect(a.stderrText()).toMatch(/status 404, request-id [0-9a-f-]{36}/);
  });
});
