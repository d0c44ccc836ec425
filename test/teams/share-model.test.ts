import { readFileSync } from "node:fs";
import path from "node:path";
import { readAttachmentContents } from "../../src/core/attachments/read-all";
import { prefillFrom, raisedFlagsFrom } from "../../src/core/decision";
import { recordAttachments } from "../../src/core/decision/record-builder";
import { demoTeamListName } from "../../src/dev/demo/teams/demo-data";
import { deniedMessage, OWN_RECORDS_ONLY } from "../../src/teams/access-message";
import { pageConfigFrom, teamListName, teamOfList } from "../../src/teams/config";
import type { ConversationMember, Me } from "../../src/teams/graph";
import { proxiedUrl } from "../../src/teams/graph";
import { audienceFrom, externalMembers } from "../../src/teams/members";
import { channelNeedToKnow, checkShare, decisionMarker, externalConfirmationReason, externalFlagId, messageRefFor, postedHtml, sharePolicy } from "../../src/teams/share/share-model";
import { StoreError } from "../../src/store";

const HOME = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const me: Me = { id: "6E2F2A4C-4B7E-4A0E-9D51-6C3B9A7D1F10", userPrincipalName: "alex@contoso.onmicrosoft.com", displayName: "Alex" };
const m = (over: Partial<ConversationMember>): ConversationMember => ({ id: Math.random().toString(36), roles: [], tenantId: HOME, ...over });
const MEMBERS: ConversationMember[] = [
  m({ userId: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10", displayName: "Alex", email: "alex@contoso.onmicrosoft.com", roles: ["owner"] }),
  m({ userId: "u2", displayName: "Sam", email: "sam@contoso.onmicrosoft.com" }),
  m({ userId: "u3", displayName: "Jo Guest", email: "jo.parent@gmail.com", roles: ["guest"] }),
  m({ userId: "u4", displayName: "Riley", email: "riley@partner-agency.org", tenantId: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" }),
];

describe("the Teams audience", () => {
  it("takes the user's own tenant from their own membership (matched by the token's object id) and flags guests and other tenants", () => {
    const a = audienceFrom(MEMBERS, me);
    expect(a.selfIsMember).toBe(true);
    expect(a.homeTenantId).toBe(HOME);
    expect(a.members.map((x) => [x.displayName, x.external])).toEqual([
      ["Sam", undefined],
      ["Jo Guest", "guest"],
      ["Riley", "other-tenant"],
    ]);
    expect(externalMembers(a).map((x) => x.reason)).toEqual([
      "Jo Guest is a guest in this conversation: someone from outside your organisation, invited in.",
      "Riley belongs to another organisation's Microsoft 365 (a different tenant).",
    ]);
  });

  it("treats a member with no tenant as outside, and knows when the user is not in the conversation", () => {
    const a = audienceFrom([...MEMBERS, m({ userId: "u5", displayName: "Kim", email: "kim@contoso.onmicrosoft.com", tenantId: null })], me);
    expect(a.members.find((x) => x.displayName === "Kim")?.external).toBe("unknown-tenant");
    expect(audienceFrom(MEMBERS.slice(1), me).selfIsMember).toBe(false);
  });
});

describe("checkShare with a file picked to share", () => {
  it("checks the file's contents with the message: findings, the wrong-file warning, and the record's attachment list", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/samples/referral.docx")));
    const contents = await readAttachmentContents([{ attachment: 0, file: { name: "referral.docx", bytes } }], { now: () => 0 });
    const result = checkShare("Alfie Turner's safety plan for Thursday.", audienceFrom(MEMBERS, me), me.userPrincipalName, sharePolicy(me.userPrincipalName), contents);
    expect(result.attachmentContents?.[0]?.identifiers.map((i) => i.type)).toContain("nhs-number");
    expect(result.attachmentMismatches?.map((x) => x.name)).toEqual(["referral.docx"]);
    expect(result.verdict).toBe("review");
    expect(recordAttachments(result.attachmentContents ?? [])).toEqual([expect.objectContaining({ name: "referral.docx", size: bytes.length, read: "text" })]);
  });
});

describe("checkShare", () => {
  const audience = audienceFrom(MEMBERS, me);
  const result = checkShare("Visit today. NHS number 943 476 5919.", audience, me.userPrincipalName, sharePolicy(me.userPrincipalName));

  it("runs the core check with Teams' own reasons for external members", () => {
    const jo = result.recipients.find((r) => r.address === "jo.parent@gmail.com");
    expect(jo?.class).toBe("personal");
    expect(jo?.displayName).toBe("Jo Guest");
    expect(jo?.reasons[0]).toMatch(/is a guest in this conversation/);
    expect(jo?.reasons.join(" ")).not.toMatch(/Outlook/);
    expect(jo?.flags.find((f) => f.kind === "external-user")?.reason).toMatch(/guest/);
    expect(result.recipients.find((r) => r.address === "sam@contoso.onmicrosoft.com")?.class).toBe("internal");
    expect(result.identifiers.map((i) => i.type)).toContain("nhs-number");
  });

  it("raises an external-user flag per external member, with the id the confirmation resolves", () => {
    const flags = raisedFlagsFrom(result).map((f) => f.id);
    for (const x of externalMembers(audience)) expect(flags).toContain(externalFlagId(x));
    expect(prefillFrom(result).identifiable).toBe("yes");
  });

  it("words the confirmation, the need-to-know note, the reference and the posted message", () => {
    const jo = externalMembers(audience)[0];
    expect(jo && externalConfirmationReason(jo, "  She is the parent.  ")).toBe("Confirmed sharing with Jo Guest (jo.parent@gmail.com), a guest from outside the organisation: She is the parent.");
    expect(channelNeedToKnow({ kind: "chat", chatId: "c" }, audience)).toBeUndefined();
    expect(channelNeedToKnow({ kind: "channel", teamId: "t", channelId: "c" }, audience)).toMatch(/Everyone in this channel \(4 people/);
    expect(messageRefFor({ kind: "chat", chatId: "19:x" })).toEqual({ kind: "teams-chat", chatId: "19:x", messageId: null });
    const html = postedHtml("<b>Hi</b> & bye\n\nSecond\nline", "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");
    expect(html).toBe(`<p>&lt;b&gt;Hi&lt;/b&gt; &amp; bye</p><p>Second<br>line</p><p><em>${decisionMarker("0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d")} (information-sharing decision recorded)</em></p>`);
  });
});

describe("configuration and messages", () => {
  it("names one decision list per team, the same in the pages and the demo", () => {
    expect(teamListName(" North ")).toBe("SafeShare decisions - North");
    expect(demoTeamListName("North")).toBe(teamListName("North"));
    expect(teamOfList("SafeShare decisions - North")).toBe("North");
    expect(teamOfList("SafeShare decisions")).toBeUndefined();
  });

  it("reads the page URL; identity is never part of it outside the demo", () => {
    const c = pageConfigFrom("?team=North&teamId=t1&channel=c1&as=x@y.z");
    expect(c.demo).toBe(false);
    expect(c.demoUser).toBeUndefined();
    expect(c.target).toEqual({ kind: "channel", teamId: "t1", channelId: "c1" });
    expect(pageConfigFrom("?host=demo&as=Alex@Contoso.onmicrosoft.com", { chatId: "19:hint" })).toMatchObject({ demo: true, demoUser: "alex@contoso.onmicrosoft.com", graphUrl: "/graph", target: { kind: "chat", chatId: "19:hint" } });
  });

  it("maps Graph URLs (and next links) onto the demo proxy", () => {
    expect(proxiedUrl("https://127.0.0.1/v1.0/me", "/graph")).toBe("/graph/v1.0/me");
    expect(proxiedUrl("https://127.0.0.1:4321/v1.0/sites/x/items?$skiptoken=a", "http://h:3000/graph/")).toBe("http://h:3000/graph/v1.0/sites/x/items?$skiptoken=a");
    expect(proxiedUrl("/graph/v1.0/me", "/graph")).toBe("/graph/v1.0/me");
  });

  it("explains refusals plainly", () => {
    const denied = new StoreError("http", "review item 1: Graph answered 403 accessDenied", { status: 403, code: "accessDenied" });
    expect(deniedMessage(denied, "mark-reviewed")).toContain(OWN_RECORDS_ONLY);
    expect(deniedMessage(denied, "review", "North")).toMatch(/^You do not have access to the North team's decision log/);
    expect(deniedMessage(new StoreError("http", "x", { status: 500 }), "review")).toBeUndefined();
  });
});

describe("a member Graph gives no address for", () => {
  it("is shown as someone of another organisation, not as a mistyped address", () => {
    const riley = m({ userId: "u9", displayName: "Riley", email: null, tenantId: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" });
    const audience = audienceFrom([MEMBERS[0]!, riley], me);
    const result = checkShare("Hello", audience, me.userPrincipalName, sharePolicy(me.userPrincipalName));
    const r = result.recipients.find((x) => x.displayName === "Riley")!;
    expect(r.class).toBe("unverified");
    expect(r.reasons.join(" ")).toMatch(/another organisation's Microsoft 365.*no email address/);
  });
});
