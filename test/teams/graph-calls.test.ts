/**
 * The Teams pages' Graph calls against the local server, with the scopes the share page requests: chat
 * members come back with `email: null` and get their address from the directory; a shared channel's
 * people from another tenant are found through `allMembers` under the host team; roles in any case.
 */
import { devCaFetchOptions, seedTeamsData } from "../../src/dev/graph-server";
import { DEMO_CHAT_ID, DEMO_SHARED_CHANNEL_ID, DEMO_TEAM_ID, PARTNER_TEAM_ID, TEAMS_DEMO_SEED } from "../../src/dev/demo/teams/demo-data";
import { graphClientFrom } from "../../src/store";
import { REVIEW_PAGE_NEEDS, SHARE_PAGE_NEEDS } from "../../src/teams/needs";
import { pageConfigFrom } from "../../src/teams/config";
import { fetchMe, fetchMembers } from "../../src/teams/graph";
import { audienceFrom } from "../../src/teams/members";
import { productTokens } from "../support/dev-tokens";
import { startServer, type Ctx } from "../store/helpers";

const ALEX = "alex.practitioner@contoso.onmicrosoft.com";

describe("Teams pages' Graph calls, as strict as Graph", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startServer();
    seedTeamsData(ctx.server, TEAMS_DEMO_SEED);
  });
  afterAll(async () => ctx.stop());
  const client = async (needs = SHARE_PAGE_NEEDS) => graphClientFrom({ graphUrl: ctx.server.url, tokens: productTokens(ALEX, needs), fetchOptions: await devCaFetchOptions(ctx.server.caPem), retry: { maxRetries: 0 } });

  it("a chat: addresses from the directory (a guest's own mail), a member of another tenant stays unplaced and external", async () => {
    const c = await client();
    const members = await fetchMembers(c, { kind: "chat", chatId: DEMO_CHAT_ID });
    const audience = audienceFrom(members, await fetchMe(c));
    const byName = Object.fromEntries(audience.members.map((m) => [m.displayName, m]));
    expect(byName["Jo Guest (Parent)"]).toMatchObject({ address: "jo.parent@gmail.com", external: "guest" });
    expect(byName["Sam Colleague"]).toMatchObject({ address: "sam.colleague@contoso.onmicrosoft.com", external: undefined });
    expect(byName["Riley Partner Agency"]?.external).toBe("other-tenant");
  });

  it("a shared channel: allMembers under the host team (ownerGroupId) brings in the partner team's people", async () => {
    const config = pageConfigFrom("", { teamId: PARTNER_TEAM_ID, channelOwnerGroupId: DEMO_TEAM_ID, channelId: DEMO_SHARED_CHANNEL_ID, channelType: "shared" });
    expect(config.target).toEqual({ kind: "channel", teamId: DEMO_TEAM_ID, channelId: DEMO_SHARED_CHANNEL_ID });
    const c = await client();
    const audience = audienceFrom(await fetchMembers(c, config.target!), await fetchMe(c));
    const external = audience.members.filter((m) => m.external).map((m) => m.displayName).sort();
    expect(external).toEqual(["Dee Harbour (Harbour DA service)", "Kit Outreach (Harbour DA service)"]);
  });

  it("without the member-addresses scope the directory look-up is refused, and the guest is still flagged by role", async () => {
    const c = await client(["decision-log", "identity", "teams-chat-members"]);
    const audience = audienceFrom(await fetchMembers(c, { kind: "chat", chatId: DEMO_CHAT_ID }), await fetchMe(c));
    expect(audience.members.find((m) => m.displayName === "Jo Guest (Parent)")).toMatchObject({ external: "guest" });
    expect(REVIEW_PAGE_NEEDS).toContain("member-addresses");
  });
});
