import { HOME_TENANT_ID, seedTeamsData } from "../../../src/dev/graph-server";
import { productToken } from "../../support/dev-tokens";
import { call, startTestServer } from "./helpers";

describe("local Graph server: Teams endpoints", () => {
  it("serves seeded chat members (a guest, another tenant), posts messages, and /me", async () => {
    const ctx = await startTestServer();
    try {
      seedTeamsData(ctx.dir.path);
      const chat = encodeURIComponent("19:safeguarding-demo-chat@thread.v2");
      const members = await call(ctx.server, "GET", `/chats/${chat}/members`);
      expect(members.status).toBe(200);
      const value = members.body.value as { roles: string[]; tenantId: string; email: string | null; displayName: string; userId: string; "@odata.type": string }[];
      expect(value).toHaveLength(4);
      expect(value.every((m) => m["@odata.type"] === "#microsoft.graph.aadUserConversationMember")).toBe(true);
      // As in Microsoft's example response (chat-list-members): no member's email is given.
      expect(value.every((m) => m.email === null)).toBe(true);
      expect(value.filter((m) => m.roles.includes("guest")).map((m) => m.displayName)).toEqual(["Jo Guest (Parent)"]);
      expect(value.filter((m) => m.tenantId !== HOME_TENANT_ID).map((m) => m.displayName)).toEqual(["Riley Partner Agency"]);
      // The address comes from the user: a guest is a home-tenant user with a #EXT# UPN and their own mail;
      // a member of another tenant is not in this directory.
      const guest = value.find((m) => m.roles.includes("guest"))!;
      const user = await call(ctx.server, "GET", `/users/${guest.userId}?$select=mail,userPrincipalName`);
      expect(user.body).toMatchObject({ id: guest.userId, mail: "jo.parent@gmail.com", userPrincipalName: "jo.parent_gmail.com#EXT#@contoso.onmicrosoft.com" });
      expect(user.body.displayName).toBeUndefined();
      const other = value.find((m) => m.tenantId !== HOME_TENANT_ID)!;
      const missing = await call(ctx.server, "GET", `/users/${other.userId}`);
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("Request_ResourceNotFound");

      const posted = await call(ctx.server, "POST", `/chats/${chat}/messages`, { body: { body: { content: "Hello" } } });
      expect(posted.status).toBe(201);
      expect(posted.body).toMatchObject({ messageType: "message", body: { contentType: "text", content: "Hello" } });
      const listed = await call(ctx.server, "GET", `/chats/${chat}/messages`);
      expect(listed.body.value[0].id).toBe(posted.body.id);

      const team = "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c";
      const channel = encodeURIComponent("19:safeguarding-general@thread.tacv2");
      const ch = await call(ctx.server, "POST", `/teams/${team}/channels/${channel}/messages`, { body: { body: { contentType: "html", content: "<p>Hi</p>" } } });
      expect(ch.body.channelIdentity).toEqual({ teamId: team, channelId: "19:safeguarding-general@thread.tacv2" });
      expect((await call(ctx.server, "GET", `/teams/${team}/channels/${channel}/members`)).body.value).toHaveLength(2);

      const me = await call(ctx.server, "GET", "/me", { token: productToken("alex.practitioner@contoso.onmicrosoft.com", ["identity"]) });
      expect(me.body).toMatchObject({ displayName: "Alex Practitioner", userPrincipalName: "alex.practitioner@contoso.onmicrosoft.com" });
      expect((await call(ctx.server, "GET", "/chats/nope/members")).status).toBe(404);
    } finally {
      await ctx.stop();
    }
  });

  it("serves private and shared channels under their host team only; allMembers adds the shared-in team's people", async () => {
    const { TEAMS_DEMO_SEED, DEMO_TEAM_ID, DEMO_SHARED_CHANNEL_ID, DEMO_PRIVATE_CHANNEL_ID, PARTNER_TEAM_ID, PARTNER_TENANT_ID } = await import("../../../src/dev/demo/teams/demo-data");
    const ctx = await startTestServer();
    try {
      seedTeamsData(ctx.server, TEAMS_DEMO_SEED);
      const shared = `/teams/${DEMO_TEAM_ID}/channels/${encodeURIComponent(DEMO_SHARED_CHANNEL_ID)}`;
      expect((await call(ctx.server, "GET", shared)).body).toMatchObject({ id: DEMO_SHARED_CHANNEL_ID, membershipType: "shared" });
      expect((await call(ctx.server, "GET", `/teams/${DEMO_TEAM_ID}/channels/${encodeURIComponent(DEMO_PRIVATE_CHANNEL_ID)}`)).body.membershipType).toBe("private");
      const direct = (await call(ctx.server, "GET", `${shared}/members`)).body.value as { displayName: string; tenantId: string }[];
      const all = (await call(ctx.server, "GET", `${shared}/allMembers`)).body.value as { displayName: string; tenantId: string; "@microsoft.graph.originalSourceMembershipUrl"?: string }[];
      expect(direct.map((m) => m.displayName)).not.toContain("Kit Outreach (Harbour DA service)");
      const kit = all.find((m) => m.displayName === "Kit Outreach (Harbour DA service)");
      expect(kit).toMatchObject({ tenantId: PARTNER_TENANT_ID });
      expect(kit?.["@microsoft.graph.originalSourceMembershipUrl"]).toContain(`/teams/${PARTNER_TEAM_ID}/members/`);
      // From the partner's team id (the team a user sees it in), the channel is not there.
      expect((await call(ctx.server, "GET", `/teams/${PARTNER_TEAM_ID}/channels/${encodeURIComponent(DEMO_SHARED_CHANNEL_ID)}/allMembers`)).status).toBe(404);
    } finally {
      await ctx.stop();
    }
  });
});
