import type { Client } from "@microsoft/microsoft-graph-client";
import { ProvisionOptionsSchema, provisionOptionsFrom, runProvision } from "../../src/cli/provision-command";
import { devCaFetchOptions } from "../../src/dev/graph-server";
import { DecisionLog, graphClientFrom, siteFrom } from "../../src/store";
import { adminToken, productToken, productTokens } from "../support/dev-tokens";
import { fakeIO } from "../support/fake-io";
import { recordN, SITE_URL, startServer, type Ctx } from "../store/helpers";

function io(ctx: Ctx, env: Record<string, string> = { SAFESHARE_TOKEN: productToken("ig.lead@contoso.onmicrosoft.com") }) {
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
    expect(provisionOptionsFrom(["--site", SITE_URL])).toMatchObject({ graph: "https://graph.microsoft.com/v1.0", fix: false, team: [], "dry-run": false });
    expect(provisionOptionsFrom(["--site", SITE_URL, "--team", " North ", "--team", "South"]).team).toEqual(["North", "South"]);
    expect(() => provisionOptionsFrom(["--site", SITE_URL, "--team", "   "])).toThrow(/empty/);
    expect(() => provisionOptionsFrom(["--site", SITE_URL, "--graph", "http://127.0.0.1:4000/v1.0"])).toThrow(/https/);
  });

  it("creates the single list, then reports it unchanged, and says it cannot have read-own-items", async () => {
    const a = io(ctx);
    expect(await runProvision(a, args())).toBe(0);
    expect(a.stdoutText()).toMatch(/Created the list "SafeShare decisions" .* with 39 columns/);
    expect(a.stdoutText()).toMatch(/No "read own items" on this list\. A single list keeps unique values on RecordId/);
    expect(a.stdoutText()).toMatch(/--team/);
    const b = io(ctx);
    expect(await runProvision(b, args())).toBe(0);
    expect(b.stdoutText()).toMatch(/already exists.*\n  Its schema matches SafeShare's/);
  });

  it("refuses --read-own-items without --team, explaining why and pointing at --team (exit 2, nothing changed)", async () => {
    const a = io(ctx);
    expect(await runProvision(a, [...args(), "--list", "Never created", "--read-own-items"])).toBe(2);
    expect(a.stderrText()).toMatch(/--read-own-items needs --team\. A single list keeps unique values on RecordId, and SharePoint cannot combine/);
    expect(a.stderrText()).toMatch(/safeshare provision --site URL --team "NAME"/);
    const lists = (await ctx.client.api("/sites/contoso.sharepoint.com:/sites/safeguarding:/lists").get()) as { value: { displayName: string }[] };
    expect(lists.value.map((l) => l.displayName)).not.toContain("Never created");
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

  describe("per-team lists (--team)", () => {
    const IG = "ig.lead@contoso.onmicrosoft.com";
    const ALEX = "alex.practitioner@contoso.onmicrosoft.com";
    const SAM = "sam.colleague@contoso.onmicrosoft.com";
    const MORGAN = "morgan.manager@contoso.onmicrosoft.com";
    const CASEY = "casey.manager@contoso.onmicrosoft.com";
    const OTHER = "o'neill.practitioner@contoso.onmicrosoft.com";
    const ONEILL = "Children's Services O'Neill Team";
    const teamArgs = () => [
      ...args(),
      "--team", "North",
      "--team", ONEILL,
      "--practitioners-group", `${ALEX},${SAM}`,
      "--practitioners-group", OTHER,
      "--managers-group", MORGAN,
      "--managers-group", CASEY,
      "--governance-group", IG,
    ];
    const as = async (upn: string): Promise<Client> => graphClientFrom({ graphUrl: ctx.server.url, tokens: productTokens(upn), fetchOptions: await devCaFetchOptions(ctx.server.caPem), retry: { maxRetries: 0 } });

    it("creates each team's list (RecordId indexed, not unique), emulates its access on the local server, and is idempotent", async () => {
      const a = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
      expect(await runProvision(a, teamArgs())).toBe(0);
      const out = a.stdoutText();
      expect(out).toMatch(/Created the list "SafeShare decisions - North" .* with 39 columns .*RecordId indexed, not unique/);
      expect(out).toContain(`Created the list "SafeShare decisions - ${ONEILL}"`);
      expect(out).toMatch(/local server: access emulated on "SafeShare decisions - North" .*ReadSecurity 2, WriteSecurity 2; .*alex\.practitioner@contoso\.onmicrosoft\.com add-and-read-own/);
      expect(out).toMatch(/morgan\.manager@contoso\.onmicrosoft\.com review/);
      expect(out).toMatch(/ig\.lead@contoso\.onmicrosoft\.com full-control/);

      const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
      const list = (await (await as(IG)).api(`/sites/${siteId}/lists/${encodeURIComponent("SafeShare decisions - North")}`).expand("columns").get()) as { columns: { name: string; indexed?: boolean; enforceUniqueValues?: boolean }[] };
      expect(list.columns.find((c) => c.name === "RecordId")).toMatchObject({ indexed: true, enforceUniqueValues: false });

      const b = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
      expect(await runProvision(b, teamArgs())).toBe(0);
      expect(b.stdoutText()).toMatch(/"SafeShare decisions - North" \(.*\) already exists.*\n  Its schema matches SafeShare's/);
      expect(b.stdoutText()).toMatch(/local server: access emulated on "SafeShare decisions - North"/);
    });

    it("then SharePoint (emulated) enforces it: a practitioner reads only their own records, the manager the team's, another team's manager gets 403", async () => {
      const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
      const north = "SafeShare decisions - North";
      const listId = ((await (await as(IG)).api(`/sites/${siteId}/lists/${encodeURIComponent(north)}`).get()) as { id: string }).id;
      const logAs = async (upn: string) => new DecisionLog({ client: await as(upn), list: { siteId, listId }, timeScale: 0.01 });
      const alexRecords = [recordN(701, { upn: ALEX }), recordN(702, { upn: ALEX })];
      const samRecords = [recordN(703, { upn: SAM })];
      expect((await (await logAs(ALEX)).appendMany(alexRecords)).map((o) => o.kind)).toEqual(["created", "created"]);
      expect((await (await logAs(SAM)).appendMany(samRecords)).map((o) => o.kind)).toEqual(["created"]);
      const ids = [...alexRecords, ...samRecords].map((r) => r.recordId);
      expect([...(await (await logAs(ALEX)).findByRecordIds(ids)).keys()].sort()).toEqual(alexRecords.map((r) => r.recordId).sort());
      expect([...(await (await logAs(SAM)).findByRecordIds(ids)).keys()]).toEqual(samRecords.map((r) => r.recordId));
      expect((await (await logAs(MORGAN)).findByRecordIds(ids)).size).toBe(3);
      await expect((await logAs(CASEY)).findByRecordIds(ids)).rejects.toMatchObject({ status: 403 });
      // Casey manages the other team's list, where Morgan has nothing.
      const oneill = ((await (await as(IG)).api(`/sites/${siteId}/lists/${encodeURIComponent(`SafeShare decisions - ${ONEILL}`)}`).get()) as { id: string }).id;
      await expect(new DecisionLog({ client: await as(MORGAN), list: { siteId, listId: oneill } }).findByRecordIds(ids)).rejects.toMatchObject({ status: 403 });
      expect((await new DecisionLog({ client: await as(CASEY), list: { siteId, listId: oneill } }).findByRecordIds(ids)).size).toBe(0);
    });

    it("--dry-run without any token prints the exact SharePoint REST calls, values escaped, and changes nothing", async () => {
      const a = io(ctx, {});
      const code = await runProvision(a, [
        "--site", SITE_URL,
        "--team", ONEILL,
        "--practitioners-group", "{team} practitioners",
        "--managers-group", "{team} managers",
        "--governance-group", "0F1E2D3C-4B5A-4968-8776-655443322110",
        "--dry-run",
      ]);
      expect(a.stderrText()).toBe("");
      expect(code).toBe(0);
      const out = a.stdoutText();
      const list = `${SITE_URL}/_api/web/lists/getbytitle('SafeShare%20decisions%20-%20Children''s%20Services%20O''Neill%20Team')`;
      expect(out).toContain("--dry-run: nothing was changed.");
      expect(out).toContain(`POST ${list}\n`);
      expect(out).toContain("X-HTTP-Method: MERGE");
      expect(out).toContain("IF-MATCH: *");
      expect(out).toContain(`{"__metadata":{"type":"SP.List"},"ReadSecurity":2,"WriteSecurity":2,"EnableVersioning":true}`);
      expect(out).toContain(`POST ${list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
      expect(out).toContain(`GET ${SITE_URL}/_api/web/roledefinitions?$select=Id,Name,RoleTypeKind,BasePermissions`);
      expect(out).toContain(`"Name":"SafeShare practitioner"`);
      // ViewListItems 0x1 + AddListItems 0x2 + ViewFormPages 0x1000 + Open 0x10000 + ViewPages 0x20000 + BrowseUserInfo 0x8000000; UseRemoteAPIs is High 0x20.
      expect(out).toContain(`"BasePermissions":{"__metadata":{"type":"SP.BasePermissions"},"High":"32","Low":"134418435"}`);
      expect(out).toContain(`"Name":"SafeShare manager"`);
      // + EditListItems 0x4, OpenItems 0x20, ViewVersions 0x40 and Override List Behaviors (CancelCheckout) 0x100.
      expect(out).toContain(`"BasePermissions":{"__metadata":{"type":"SP.BasePermissions"},"High":"32","Low":"134418791"}`);
      expect(out).toContain(`GET ${SITE_URL}/_api/web/sitegroups/getbyname('Children''s%20Services%20O''Neill%20Team%20practitioners')?$select=Id`);
      expect(out).toContain(`POST ${SITE_URL}/_api/web/ensureuser`);
      expect(out).toContain(`{"logonName":"c:0t.c|tenant|0f1e2d3c-4b5a-4968-8776-655443322110"}`);
      expect(out).toMatch(/POST .*\/roleassignments\/addroleassignment\(principalid=\{principal id of SharePoint group "Children's Services O'Neill Team managers"\},roledefid=\{id of "SafeShare manager"\}\)/);
      expect(out).toContain("Authorization: Bearer <SharePoint access token>");
      const lists = (await ctx.client.api(`/sites/${(await siteFrom(ctx.client, SITE_URL)).id}/lists`).get()) as { value: { displayName: string }[] };
      expect(lists.value.filter((l) => l.displayName.includes("O'Neill")).length).toBeLessThanOrEqual(1); // created by the earlier test only
    });

    it("--dry-run with a Graph token looks lists up (by id) but creates nothing", async () => {
      const a = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
      expect(await runProvision(a, [...args(), "--team", "North", "--team", "Nowhere", "--practitioners-group", "{team} practitioners", "--managers-group", "{team} managers", "--dry-run"])).toBe(0);
      expect(a.stdoutText()).toMatch(/The list "SafeShare decisions - North" \([0-9a-f-]{36}\) exists/);
      expect(a.stdoutText()).toMatch(/_api\/web\/lists\(guid'[0-9a-f-]{36}'\)/);
      expect(a.stdoutText()).toContain(`The list "SafeShare decisions - Nowhere" does not exist yet`);
      expect(a.stdoutText()).toContain(`lists/getbytitle('SafeShare%20decisions%20-%20Nowhere')`);
      const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
      await expect((await as(IG)).api(`/sites/${siteId}/lists/${encodeURIComponent("SafeShare decisions - Nowhere")}`).get()).rejects.toMatchObject({ statusCode: 404 });
    });

    it("refuses combinations that would be wrong, before changing anything (exit 2)", async () => {
      const cases: [string[], RegExp][] = [
        [["--team", "A", "--team", "B", "--managers-group", "Managers"], /one group every team's list: put \{team\} in it/],
        [["--team", "A", "--team", "B", "--practitioners-group", "x", "--practitioners-group", "y", "--practitioners-group", "z"], /once per --team/],
        [["--team", "A", "--list", "Other"], /--list and --team exclude each other/],
        [["--team", "A", "--team", "a"], /given twice/],
        [["--managers-group", "M"], /applies to per-team lists: give --team/],
        [["--team", "A", "--practitioners-group", "not a upn"], /the local development server has no groups; give the members' UPNs/],
      ];
      for (const [extra, message] of cases) {
        const a = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
        expect(await runProvision(a, [...args(), ...extra])).toBe(2);
        expect(a.stderrText()).toMatch(message);
      }
      // Against a tenant, performing needs both team groups (breaking inheritance without them locks the team out).
      const t = io(ctx, { SAFESHARE_TOKEN: "t", SAFESHARE_SHAREPOINT_TOKEN: "sp" });
      expect(await runProvision(t, ["--site", SITE_URL, "--team", "A", "--managers-group", "M"])).toBe(2);
      expect(t.stderrText()).toMatch(/needs --practitioners-group and --managers-group/);
    });

    it("on an existing team list that enforces unique RecordId: reports it, leaves access alone, and --fix turns unique values off", async () => {
      const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
      const { provisionDecisionList } = await import("../../src/store");
      await provisionDecisionList(await as(IG), siteId, { listName: "SafeShare decisions - Legacy" }); // the single list's columns: unique
      const a = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
      expect(await runProvision(a, [...args(), "--team", "Legacy", "--practitioners-group", ALEX, "--managers-group", MORGAN])).toBe(1);
      expect(a.stdoutText()).toMatch(/difference: column RecordId enforces unique values, which rules out "read items that were created by the user"/);
      expect(a.stdoutText()).toMatch(/Access not set on "SafeShare decisions - Legacy"/);
      const b = io(ctx, { SAFESHARE_TOKEN: adminToken(IG) });
      expect(await runProvision(b, [...args(), "--team", "Legacy", "--practitioners-group", ALEX, "--managers-group", MORGAN, "--fix"])).toBe(0);
      expect(b.stdoutText()).toMatch(/fixed: column RecordId enforces unique values/);
      expect(b.stdoutText()).toMatch(/local server: access emulated on "SafeShare decisions - Legacy"/);
    });
  });
});
