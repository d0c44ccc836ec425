import { join } from "node:path";
import { defaultOutboxPath, outboxOptionsFrom, runOutbox } from "../../src/cli/outbox-command";
import { runProvision } from "../../src/cli/provision-command";
import { DecisionLog, decisionListId, siteFrom } from "../../src/store";
import { productToken } from "../support/dev-tokens";
import { fakeIO } from "../support/fake-io";
import { recordN, SITE_URL, startServer, tempDir, type Ctx } from "../store/helpers";

describe("safeshare outbox", () => {
  let ctx: Ctx;
  const dir = tempDir("safeshare-outbox-cli-");
  const box = join(dir.path, "outbox.sqlite");
  beforeAll(async () => {
    ctx = await startServer();
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem } }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com") } };
    expect(await runProvision(io, ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"])).toBe(0);
  });
  afterAll(async () => {
    await ctx.stop();
    dir.remove();
  });
  afterEach(() => ctx.server.setFaults({}));

  const records = [recordN(1), recordN(2), recordN(3)];
  const jsonl = records.map((r, i) => (i === 1 ? JSON.stringify({ recommendation: {}, record: r }) : JSON.stringify(r))).join("\n");
  const run = async (extra: string[]) => {
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem, "r.jsonl": jsonl, "bad.jsonl": "{}" } }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com"), HOME: dir.path } };
    const code = await runOutbox(io, ["--outbox", box, ...extra]);
    return { code, out: io.stdoutText(), err: io.stderrText() };
  };

  it("defaults to ~/.safeshare/outbox.sqlite and needs --site to flush", () => {
    expect(defaultOutboxPath({ HOME: "/home/jo" })).toBe("/home/jo/.safeshare/outbox.sqlite");
    expect(() => outboxOptionsFrom(["--flush"])).toThrow(/--flush needs --site/);
  });

  it("shows what is waiting, flushes it, and shows nothing waiting afterwards", async () => {
    const added = await run(["--add", "r.jsonl"]);
    expect(added.code).toBe(1);
    expect(added.out).toMatch(/Added 3 record\(s\)[\s\S]*3 record\(s\) waiting/);
    expect(await run(["--add", "bad.jsonl"])).toMatchObject({ code: 2 });
    // The first flush attempt meets a dropped connection after commit: still exactly once.
    ctx.server.setFaults({ sequence: ["commitThenDrop"], match: { methods: ["POST"] } });
    const flushed = await run(["--flush", "--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"]);
    expect(flushed.err).toBe("");
    expect(flushed.out).toMatch(/Sent 3 record\(s\)\.\n0 record\(s\) waiting/);
    expect(flushed.code).toBe(0);
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const log = new DecisionLog({ client: ctx.client, list: { siteId, listId: await decisionListId(ctx.client, siteId) } });
    expect((await log.findByRecordIds(records.map((r) => r.recordId))).size).toBe(3);
    expect((await run([])).out).toMatch(/^0 record\(s\) waiting/);
  });

  it("holds a conflicting record and says so (exit 1)", async () => {
    const forged = { ...recordN(1, { reasons: "Changed." }) };
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem, "f.jsonl": JSON.stringify(forged) } }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com") } };
    const code = await runOutbox(io, ["--outbox", box, "--add", "f.jsonl", "--flush", "--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"]);
    expect(code).toBe(1);
    expect(io.stdoutText()).toMatch(/1 refused and held[\s\S]*held 3f2b1c9e/);
    expect(io.stderrText()).toMatch(/different hash/);
  });
});
