import { HOME_TENANT_ID, seedTeamsData } from "../../../src/dev/graph-server";
import { call, startTestServer } from "./helpers";

describe("local Graph server: Teams endpoints", () => {
  it("serves seeded chat members (a guest, another tenant), posts messages, and /me", async () => {
    const ctx = await startTestServer();
    try {
      seedTeamsData(ctx.dir.path);
      const chat = encodeURIComponent("19:safeguarding-demo-chat@thread.v2");
      const members = await call(ctx.server, "GET", `/chats/${chat}/members`);
      expect(members.status).toBe(200);
      const value = members.body.value as { roles: string[]; tenantId: string; email: string; "@odata.type": string }[];
      expect(value).toHaveLength(4);
      expect(value.every((m) => m["@odata.type"] === "#microsoft.graph.aadUserConversationMember")).toBe(true);
      expect(value.filter((m) => m.roles.includes("guest")).map((m) => m.email)).toEqual(["jo.parent@gmail.com"]);
      expect(value.filter((m) => m.tenantId !== HOME_TENANT_ID).map((m) => m.email)).toEqual(["riley@partner-agency.org"]);

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

      const me = await call(ctx.server, "GET", "/me");
      expect(me.body).toMatchObject({ displayName: "Alex Practitioner", userPrincipalName: "alex.practitioner@contoso.onmicrosoft.com" });
      expect((await call(ctx.server, "GET", "/chats/nope/members")).status).toBe(404);
    } finally {
      await ctx.stop();
    }
  });
});
