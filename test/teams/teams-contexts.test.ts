/**
 * The five places a SafeShare Teams page can open, each as teams-js v2's `app.Context` gives it (typed
 * with teams-js's own `app.Context`, so a field Teams does not have fails to compile; Microsoft: "Get
 * context for your tab"): where the share goes and under which team id Graph is called.
 */
import type { app } from "@microsoft/teams-js";
import { pageConfigFrom } from "../../src/teams/config";
import { hintFromContext } from "../../src/teams/host";

const HOME_TEAM = "02bd9fd6-8f93-4758-87c3-1fb73740a315";
const PARTNER_TEAM = "7c3c3f5c-1d7e-4c4b-9a39-0f0b2a1f6d11";

const base: Omit<app.Context, "page"> = {
  app: { locale: "en-gb", theme: "default", sessionId: "s-1", host: { name: "Teams" as app.Context["app"]["host"]["name"], clientType: "web" as app.Context["app"]["host"]["clientType"], sessionId: "h-1" } },
  user: { id: "u-sam", userPrincipalName: "sam.jones@contoso.onmicrosoft.com", tenant: { id: "t-home" } },
  // Required by teams-js 2.x: empty unless a message extension action opened a dialog.
  dialogParameters: {},
};
const page = (frameContext: string): app.Context["page"] => ({ id: "safeshare-share", frameContext: frameContext as app.Context["page"]["frameContext"] });

const CONTEXTS: [string, app.Context, ReturnType<typeof pageConfigFrom>["target"]][] = [
  [
    "a standard channel",
    { ...base, page: page("content"), team: { internalId: "19:team@thread.skype", groupId: HOME_TEAM }, channel: { id: "19:general@thread.tacv2", membershipType: "Regular" as never } },
    { kind: "channel", teamId: HOME_TEAM, channelId: "19:general@thread.tacv2" },
  ],
  [
    "a private channel (Graph takes the host team, ownerGroupId)",
    { ...base, page: page("content"), team: { internalId: "19:team@thread.skype", groupId: HOME_TEAM }, channel: { id: "19:private@thread.tacv2", membershipType: "Private" as never, ownerGroupId: HOME_TEAM } },
    { kind: "channel", teamId: HOME_TEAM, channelId: "19:private@thread.tacv2" },
  ],
  [
    "a shared channel opened from another team (its host team, not the team shown)",
    { ...base, page: page("content"), team: { internalId: "19:partner@thread.skype", groupId: PARTNER_TEAM }, channel: { id: "19:shared@thread.tacv2", membershipType: "Shared" as never, ownerGroupId: HOME_TEAM } },
    { kind: "channel", teamId: HOME_TEAM, channelId: "19:shared@thread.tacv2" },
  ],
  ["a group chat with a guest", { ...base, page: page("content"), chat: { id: "19:meeting_abc@thread.v2" } }, { kind: "chat", chatId: "19:meeting_abc@thread.v2" }],
  ["a personal tab (no chat, channel or team: nothing to share into)", { ...base, page: page("content") }, undefined],
];

describe("Teams contexts", () => {
  it.each(CONTEXTS)("%s", (_where, context, target) => {
    const hint = hintFromContext(context, true);
    expect(pageConfigFrom("?clientId=x&tenant=y&site=z", hint).target).toEqual(target);
    expect(hint.channelType).toBe(context.channel?.membershipType);
  });
});
