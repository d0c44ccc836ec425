import { setListAccess } from "../../src/dev/graph-server";
import { runTeams } from "../../src/cli/teams-command";
import { decisionListFor, provisionDecisionList, siteFrom } from "../../src/store";
import { productToken } from "../support/dev-tokens";
import { fakeIO } from "../support/fake-io";
import { SITE_URL, startServer, type Ctx } from "../store/helpers";

describe("safeshare teams", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startServer();
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    for (const team of ["North", "South"]) {
      const { listId } = await provisionDecisionList(ctx.client, siteId, { listName: decisionListFor(team), uniqueRecordId: false });
      const grants: Record<string, "add-and-read-own" | "review"> = team === "North" ? { "alex@contoso.onmicrosoft.com": "add-and-read-own" as const, "mo@contoso.onmicrosoft.com": "review" as const } : { "mo@contoso.onmicrosoft.com": "review" as const };
      setListAccess(ctx.server.store, ctx.server.store.list(siteId, listId)!, { readSecurity: 2, grants });
    }
  });
  afterAll(async () => ctx.stop());
  const run = async (upn: string, extra: string[] = []) => {
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem } }), env: { SAFESHARE_TOKEN: productToken(upn) } };
    const code = await runTeams(io, ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem", ...extra]);
    return { code, out: io.stdoutText(), err: io.stderrText() };
  };

  it("prints the one team (exit 0), lists several and wants --team (exit 2), says what to do with none (exit 1)", async () => {
    expect(await run("alex@contoso.onmicrosoft.com")).toMatchObject({ code: 0, out: "North\n" });
    const several = await run("mo@contoso.onmicrosoft.com");
    expect(several.code).toBe(2);
    expect(several.out).toMatch(/name one with --team:\n {2}North\n {2}South/);
    expect(await run("mo@contoso.onmicrosoft.com", ["--team", "south"])).toMatchObject({ code: 0, out: "South\n" });
    expect((await run("alex@contoso.onmicrosoft.com", ["--team", "South"])).err).toMatch(/not one of your teams/);
    const none = await run("nobody@contoso.onmicrosoft.com");
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/practitioners group/);
  });
});
