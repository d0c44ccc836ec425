/**
 * The local server refuses what Microsoft Graph refuses: tokens it cannot read, tokens for another
 * resource, and calls whose permission the token lacks (each endpoint's permissions from its Graph API
 * page), with `Sites.Selected` needing the app's grant on the site.
 */
import { ENDPOINT_RULES, MALFORMED_TOKEN } from "../../../src/dev/graph-server";
import { devToken, DEV_APP_ID, scopesFor } from "../../../src/store";
import { adminToken, grantSafeShare, productToken } from "../../support/dev-tokens";
import { call, SITE_PATH, startTestServer } from "./helpers";

type Ctx = Awaited<ReturnType<typeof startTestServer>>;
const ALEX = "alex.practitioner@contoso.onmicrosoft.com";
const CHAT = encodeURIComponent("19:safeguarding-demo-chat@thread.v2");
const TEAM = "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c";
const CHANNEL = encodeURIComponent("19:safeguarding-general@thread.tacv2");

describe("local Graph server: tokens and permissions", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startTestServer();
    const { seedTeamsData } = await import("../../../src/dev/graph-server");
    seedTeamsData(ctx.server);
  });
  afterAll(async () => ctx.stop());

  it("answers 401 to a token that is not a JWT, or is for another resource", async () => {
    const garbage = await call(ctx.server, "GET", "/me", { token: "dev:alex.practitioner@contoso.onmicrosoft.com" });
    expect(garbage.status).toBe(401);
    expect(garbage.body.error).toMatchObject({ code: "InvalidAuthenticationToken", message: MALFORMED_TOKEN });
    const sharePoint = devToken({ upn: ALEX, scopes: ["User.Read"], audience: "https://contoso.sharepoint.com" });
    const wrongAudience = await call(ctx.server, "GET", "/me", { token: sharePoint });
    expect(wrongAudience.status).toBe(401);
    expect(wrongAudience.body.error.message).toMatch(/Invalid audience/);
  });

  it.each([
    ["GET", "/me", ["identity"], ["decision-log"], "User.Read"],
    ["GET", `/chats/${CHAT}/members`, ["teams-chat-members"], ["teams-chat-post"], "ChatMember.Read"],
    ["GET", `/teams/${TEAM}/channels/${CHANNEL}/members`, ["teams-channel-members"], ["teams-chat-members"], "ChannelMember.Read.All"],
    ["GET", `/teams/${TEAM}/channels/${CHANNEL}/allMembers`, ["teams-channel-members"], ["teams-chat-members"], "ChannelMember.Read.All"],
  ] as const)("%s %s needs the product's %j scope (403 with %j, naming %s)", async (method, path, enough, notEnough, named) => {
    const refused = await call(ctx.server, method, path, { token: productToken(ALEX, notEnough) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(named);
    const allowed = await call(ctx.server, method, path, { token: productToken(ALEX, enough) });
    expect(allowed.status).toBe(200);
  });

  it("posting needs ChatMessage.Send / ChannelMessage.Send", async () => {
    const body = { body: { content: "Hello" } };
    expect((await call(ctx.server, "POST", `/chats/${CHAT}/messages`, { token: productToken(ALEX, ["teams-chat-members"]), body })).status).toBe(403);
    expect((await call(ctx.server, "POST", `/chats/${CHAT}/messages`, { token: productToken(ALEX, ["teams-chat-post"]), body })).status).toBe(201);
    expect((await call(ctx.server, "POST", `/teams/${TEAM}/channels/${CHANNEL}/messages`, { token: productToken(ALEX, ["teams-chat-post"]), body })).status).toBe(403);
    expect((await call(ctx.server, "POST", `/teams/${TEAM}/channels/${CHANNEL}/messages`, { token: productToken(ALEX, ["teams-channel-post"]), body })).status).toBe(201);
  });

  it("Sites.Selected reaches a site only through the app's grant, and only as far as its role", async () => {
    const token = productToken(ALEX);
    const noGrant = await call(ctx.server, "GET", SITE_PATH, { token });
    expect(noGrant.status).toBe(403);
    expect(noGrant.body.error.message).toMatch(/no grant on this site/);

    // The administrator's grant (production-setup step 4), through Graph's own endpoint.
    const grantBody = { roles: ["read"], grantedToIdentities: [{ application: { id: DEV_APP_ID, displayName: "SafeShare" } }] };
    expect((await call(ctx.server, "POST", `/sites/${ctx.siteId}/permissions`, { token, body: grantBody })).status).toBe(403);
    const granted = await call(ctx.server, "POST", `/sites/${ctx.siteId}/permissions`, { token: adminToken(), body: grantBody });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ roles: ["read"], grantedToIdentitiesV2: [{ application: { id: DEV_APP_ID, displayName: "SafeShare" } }] });

    expect((await call(ctx.server, "GET", SITE_PATH, { token })).status).toBe(200);
    const createList = { displayName: "Made by the app", columns: [{ name: "A", text: {} }] };
    const readOnly = await call(ctx.server, "POST", `${SITE_PATH}:/lists`, { token, body: createList });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.message).toMatch(/grant on this site is 'read', this call needs 'manage'/);

    const patch = await call(ctx.server, "PATCH", `/sites/${ctx.siteId}/permissions/${encodeURIComponent(granted.body.id)}`, { token: adminToken(), body: { roles: ["manage"] } });
    expect(patch.status).toBe(200);
    expect((await call(ctx.server, "POST", `${SITE_PATH}:/lists`, { token, body: createList })).status).toBe(201);

    grantSafeShare(ctx.server, "write");
    expect((await call(ctx.server, "POST", `${SITE_PATH}:/lists/Made by the app/items`, { token, body: { fields: { A: "x" } } })).status).toBe(201);
    expect((await call(ctx.server, "POST", `${SITE_PATH}:/lists/Made by the app/columns`, { token, body: { name: "B", text: {} } })).status).toBe(403);
    const listed = await call(ctx.server, "GET", `/sites/${ctx.siteId}/permissions`, { token: adminToken() });
    expect(listed.body.value).toHaveLength(1);
  });

  it("checks each $batch sub-request on its own", async () => {
    grantSafeShare(ctx.server, "write");
    const r = await call(ctx.server, "POST", "/$batch", {
      token: productToken(ALEX, ["decision-log"]),
      body: { requests: [{ id: "1", method: "GET", url: "me" }, { id: "2", method: "GET", url: `${SITE_PATH.slice(1)}:/lists` }] },
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries((r.body.responses as { id: string; status: number }[]).map((x) => [x.id, x.status]));
    expect(byId).toEqual({ "1": 403, "2": 200 });
  });

  it("cites a Microsoft page for every Graph endpoint it serves, and names a least-privileged permission first", () => {
    for (const rule of ENDPOINT_RULES) {
      expect(rule.page).toMatch(/^(https:\/\/learn\.microsoft\.com\/graph\/api\/[a-z-]+|docs\/graph-server\.md)$/);
      expect(rule.delegated.length).toBeGreaterThan(0);
    }
    // The product's scopes are never broader than what it needs: none of them is Sites.*.All.
    expect(scopesFor(["decision-log", "identity", "teams-chat-members", "teams-channel-members", "member-addresses", "teams-chat-post", "teams-channel-post"]).some((s) => /Sites\.(Read|ReadWrite|Manage|FullControl)\.All/.test(s))).toBe(false);
  });
});
