/**
 * The few Teams endpoints SafeShare needs, shaped as Microsoft documents them:
 * - `GET /chats/{id}/members` (chat-list-members): aadUserConversationMember with `email: null`, as in
 *   Microsoft's example response; the address comes from the user (`GET /users/{id}`).
 * - `GET /teams/{team-id}/channels/{id}` (channel-get) with `membershipType` standard / private / shared;
 *   `…/members` (direct members, email given) and `…/allMembers` (channel-list-allmembers: for a shared
 *   channel also the members of the teams it is shared with, each with
 *   `@microsoft.graph.originalSourceMembershipUrl`). A private or shared channel is reached only under its
 *   host team's id (`channel.ownerGroupId` in the Teams context), never the team a user sees it from: 404.
 * - posting and reading chat and channel messages (chatMessage), `/me` and `/users/{id}` (user-get:
 *   `mail`, `userPrincipalName`; 404 `Request_ResourceNotFound` for a user of another tenant).
 * Seed data with `seedTeamsData`.
 */
import type * as MicrosoftGraph from "@microsoft/microsoft-graph-types";
import type { ODataAnnotations } from "./odata-annotations";
import { GraphHttpError } from "./errors";
import type { Identity } from "./model";
import { JSON_CONTENT_TYPE, segments, type GraphRequest, type GraphResponse } from "./request";
import { chatMessageSchema, parseBody } from "./schemas";
import type { GraphStore } from "./store";

export const HOME_TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

export interface MemberSeed {
  userId: string;
  displayName: string;
  email: string;
  /** `owner`, `guest`, or none for an ordinary member. */
  roles?: string[];
  tenantId?: string;
}

export interface ChannelSeed {
  /** The host team's id (`ownerGroupId`). */
  teamId: string;
  id: string;
  displayName: string;
  membershipType?: "standard" | "private" | "shared";
  /** Direct members. */
  members: MemberSeed[];
  /** Shared channels: the teams it is shared with and their members (indirect members, in `allMembers`). */
  sharedWith?: { teamId: string; tenantId?: string; members: MemberSeed[] }[];
}

/** A directory user of the home tenant (a guest has a `#EXT#` UPN and their own mail). */
export interface UserSeed extends Identity {
  userPrincipalName?: string;
  userType?: "Member" | "Guest";
}

export interface TeamsSeed {
  chats?: { id: string; topic?: string; chatType?: "oneOnOne" | "group" | "meeting"; members: MemberSeed[] }[];
  channels?: ChannelSeed[];
  /** Users for `/me` and `/users/{id}`, by token `oid` or `upn`. */
  users?: UserSeed[];
}

/** The demo seed: a chat with a home-tenant member, a guest, and a member from another tenant. */
export const DEMO_TEAMS_SEED: TeamsSeed = {
  users: [
    { id: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10", displayName: "Alex Practitioner", email: "alex.practitioner@contoso.onmicrosoft.com" },
    { id: "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d", displayName: "Sam Colleague", email: "sam.colleague@contoso.onmicrosoft.com" },
    // A guest is a user of the home tenant with an external mail address and a #EXT# sign-in name.
    { id: "a1b2c3d4-e5f6-4711-8899-aabbccddeeff", displayName: "Jo Guest (Parent)", email: "jo.parent@gmail.com", userPrincipalName: "jo.parent_gmail.com#EXT#@contoso.onmicrosoft.com", userType: "Guest" },
  ],
  chats: [
    {
      id: "19:safeguarding-demo-chat@thread.v2",
      topic: "Family support planning",
      chatType: "group",
      members: [
        { userId: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10", displayName: "Alex Practitioner", email: "alex.practitioner@contoso.onmicrosoft.com", roles: ["owner"] },
        { userId: "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d", displayName: "Sam Colleague", email: "sam.colleague@contoso.onmicrosoft.com" },
        { userId: "a1b2c3d4-e5f6-4711-8899-aabbccddeeff", displayName: "Jo Guest (Parent)", email: "jo.parent@gmail.com", roles: ["guest"] },
        {
          userId: "f0e1d2c3-b4a5-4968-8776-655443322110",
          displayName: "Riley Partner Agency",
          email: "riley@partner-agency.org",
          tenantId: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        },
      ],
    },
  ],
  channels: [
    {
      teamId: "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c",
      id: "19:safeguarding-general@thread.tacv2",
      displayName: "General",
      members: [
        { userId: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10", displayName: "Alex Practitioner", email: "alex.practitioner@contoso.onmicrosoft.com", roles: ["owner"] },
        { userId: "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d", displayName: "Sam Colleague", email: "sam.colleague@contoso.onmicrosoft.com" },
      ],
    },
  ],
};

function memberJson(m: MemberSeed, scopeId: string, kind: "chat" | "channel"): MicrosoftGraph.AadUserConversationMember & ODataAnnotations {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    id: Buffer.from(`${scopeId}#${m.userId}`).toString("base64"),
    roles: m.roles ?? [],
    displayName: m.displayName,
    visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
    userId: m.userId,
    // chat-list-members' documented response gives every member `"email": null`.
    email: kind === "chat" ? null : m.email,
    tenantId: m.tenantId ?? HOME_TENANT_ID,
  };
}

const CHANNEL_META = "CREATE TABLE IF NOT EXISTS channel_meta (team_id TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (team_id, id)) WITHOUT ROWID";

/** Write Teams seed data into an open store (replacing members of the seeded chats and channels). */
export function seedTeamsInto(store: GraphStore, seed: TeamsSeed = DEMO_TEAMS_SEED): void {
  const db = store.db;
  db.transaction(() => {
    for (const u of seed.users ?? []) db.prepare("INSERT OR REPLACE INTO users (id, json) VALUES (?, ?)").run(u.id, JSON.stringify(u));
    for (const chat of seed.chats ?? []) {
      db.prepare("INSERT OR REPLACE INTO chats (id, topic, chat_type, tenant_id) VALUES (?,?,?,?)").run(
        chat.id,
        chat.topic ?? null,
        chat.chatType ?? "group",
        HOME_TENANT_ID,
      );
      const scope = `chat:${chat.id}`;
      db.prepare("DELETE FROM members WHERE scope = ?").run(scope);
      for (const m of chat.members) {
        const j = memberJson(m, chat.id, "chat");
        db.prepare("INSERT INTO members (scope, id, json) VALUES (?,?,?)").run(scope, j.id, JSON.stringify(j));
      }
    }
    db.exec(CHANNEL_META);
    for (const ch of seed.channels ?? []) {
      db.prepare("INSERT OR REPLACE INTO channels (team_id, id, display_name) VALUES (?,?,?)").run(ch.teamId, ch.id, ch.displayName);
      db.prepare("INSERT OR REPLACE INTO channel_meta (team_id, id, json) VALUES (?,?,?)").run(ch.teamId, ch.id, JSON.stringify({ membershipType: ch.membershipType ?? "standard" }));
      const scope = `channel:${ch.teamId}/${ch.id}`;
      db.prepare("DELETE FROM members WHERE scope IN (?, ?)").run(scope, `${scope}#indirect`);
      for (const m of ch.members) {
        const j = memberJson(m, ch.id, "channel");
        db.prepare("INSERT INTO members (scope, id, json) VALUES (?,?,?)").run(scope, j.id, JSON.stringify(j));
      }
      for (const team of ch.sharedWith ?? []) {
        for (const m of team.members) {
          const j = memberJson({ ...m, ...(team.tenantId && !m.tenantId ? { tenantId: team.tenantId } : {}) }, `${team.teamId}/${ch.id}`, "channel");
          const tenant = (j.tenantId as string) ?? HOME_TENANT_ID;
          j["@microsoft.graph.originalSourceMembershipUrl"] = `https://graph.microsoft.com/v1.0/tenants/${tenant}/teams/${team.teamId}/members/${String(j.id)}`;
          db.prepare("INSERT INTO members (scope, id, json) VALUES (?,?,?)").run(`${scope}#indirect`, j.id, JSON.stringify(j));
        }
      }
    }
  })();
}

function ok(body: unknown, status = 200): GraphResponse {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body };
}

function members(store: GraphStore, scope: string, context: string, indirect = false): GraphResponse {
  const rows = store.db.prepare("SELECT json FROM members WHERE scope IN (?, ?) ORDER BY seq").all(scope, indirect ? `${scope}#indirect` : scope) as { json: string }[];
  return ok({ "@odata.context": context, "@odata.count": rows.length, value: rows.map((r) => JSON.parse(r.json) as unknown) });
}

function postMessage(store: GraphStore, scope: string, req: GraphRequest, where: Record<string, unknown>): GraphResponse {
  const body = parseBody(chatMessageSchema, req.body);
  const now = new Date().toISOString();
  const id = String(Date.now() * 1000 + Math.floor(Math.random() * 1000));
  const message: MicrosoftGraph.ChatMessage = {
    id,
    replyToId: null,
    etag: id,
    messageType: "message",
    createdDateTime: now,
    lastModifiedDateTime: now,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    importance: "normal",
    locale: "en-us",
    webUrl: null,
    ...where,
    from: {
      application: null,
      device: null,
      user: { "@odata.type": "#microsoft.graph.teamworkUserIdentity", id: req.user.id, displayName: req.user.displayName, userIdentityType: "aadUser", tenantId: HOME_TENANT_ID } as MicrosoftGraph.TeamworkUserIdentity,
    },
    body: { contentType: body.body.contentType ?? "text", content: body.body.content },
    attachments: [],
    mentions: [],
    reactions: [],
  };
  store.db.prepare("INSERT INTO messages (scope, id, json) VALUES (?,?,?)").run(scope, id, JSON.stringify(message));
  return ok({ "@odata.context": `${req.baseUrl}/$metadata#chats('...')/messages/$entity`, ...message }, 201);
}

function listMessages(store: GraphStore, scope: string, context: string): GraphResponse {
  const rows = store.db.prepare("SELECT json FROM messages WHERE scope = ? ORDER BY seq DESC").all(scope) as { json: string }[];
  return ok({ "@odata.context": context, "@odata.count": rows.length, value: rows.map((r) => JSON.parse(r.json) as unknown) });
}

function userJson(u: UserSeed): MicrosoftGraph.User {
  return {
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.displayName.split(" ")[0] ?? u.displayName,
    jobTitle: null,
    mail: u.email,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: "en-GB",
    surname: u.displayName.split(" ").slice(1).join(" ") || null,
    userPrincipalName: u.userPrincipalName ?? u.email,
    id: u.id,
  };
}

/** A seeded user by object id. */
export function seededUser(store: GraphStore, id: string): UserSeed | undefined {
  const row = store.db.prepare("SELECT json FROM users WHERE id = ? COLLATE NOCASE").get(id) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as UserSeed) : undefined;
}

/** A seeded user by mail or sign-in name (case-insensitive), looked up in SQL rather than by reading every user. */
export function seededUserByAddress(store: GraphStore, address: string): UserSeed | undefined {
  const row = store.db
    .prepare("SELECT json FROM users WHERE lower(json_extract(json, '$.email')) = lower(?) OR lower(json_extract(json, '$.userPrincipalName')) = lower(?) LIMIT 1")
    .get(address, address) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as UserSeed) : undefined;
}

function meFor(store: GraphStore, user: Identity): MicrosoftGraph.User {
  return userJson((user.id ? seededUser(store, user.id) : undefined) ?? user);
}

/** `$select` as Graph applies it to a user: only the properties asked for (and `id`). */
function selected(body: MicrosoftGraph.User, select: string | null): Partial<MicrosoftGraph.User> {
  if (!select) return body;
  const keep = new Set(["id", ...select.split(",").map((x) => x.trim()).filter(Boolean)]);
  return Object.fromEntries(Object.entries(body).filter(([k]) => keep.has(k)));
}

export function handleTeams(store: GraphStore, req: GraphRequest): GraphResponse | undefined {
  const s = segments(req.path);
  const m = req.method;
  const select = req.query.get("$select") ?? req.query.get("select");
  if (s[0] === "me" && s.length === 1) {
    if (m !== "GET") throw new GraphHttpError(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
    return ok({ "@odata.context": `${req.baseUrl}/$metadata#users/$entity`, ...selected(meFor(store, req.user), select) });
  }
  if (s[0] === "users" && s.length === 2 && m === "GET") {
    const id = s[1] as string;
    const u = seededUser(store, id) ?? seededUserByAddress(store, id);
    if (!u) throw new GraphHttpError(404, "Request_ResourceNotFound", `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
    return ok({ "@odata.context": `${req.baseUrl}/$metadata#users/$entity`, ...selected(userJson(u), select) });
  }
  if (s[0] === "chats" && s.length === 3) {
    const chatId = s[1] as string;
    if (!store.db.prepare("SELECT 1 FROM chats WHERE id = ?").get(chatId)) {
      throw new GraphHttpError(404, "NotFound", `Chat '${chatId}' was not found.`);
    }
    const scope = `chat:${chatId}`;
    if (s[2] === "members" && m === "GET") return members(store, scope, `${req.baseUrl}/$metadata#chats('${chatId}')/members`);
    if (s[2] === "messages" && m === "POST") return postMessage(store, scope, req, { chatId, channelIdentity: null });
    if (s[2] === "messages" && m === "GET") return listMessages(store, scope, `${req.baseUrl}/$metadata#chats('${chatId}')/messages`);
  }
  if (s[0] === "teams" && s[2] === "channels" && (s.length === 4 || s.length === 5)) {
    const teamId = s[1] as string;
    const channelId = s[3] as string;
    const channel = store.db.prepare("SELECT display_name FROM channels WHERE team_id = ? AND id = ?").get(teamId, channelId) as { display_name: string } | undefined;
    if (!channel) throw new GraphHttpError(404, "NotFound", `Channel '${channelId}' of team '${teamId}' was not found.`);
    const scope = `channel:${teamId}/${channelId}`;
    const ctx = `${req.baseUrl}/$metadata#teams('${teamId}')/channels('${channelId}')`;
    if (s.length === 4 && m === "GET") {
      store.db.exec(CHANNEL_META);
      const meta = store.db.prepare("SELECT json FROM channel_meta WHERE team_id = ? AND id = ?").get(teamId, channelId) as { json: string } | undefined;
      const membershipType = meta ? (JSON.parse(meta.json) as { membershipType: string }).membershipType : "standard";
      return ok({ "@odata.context": `${req.baseUrl}/$metadata#teams('${teamId}')/channels/$entity`, id: channelId, createdDateTime: "2024-09-01T09:00:00Z", displayName: channel.display_name, description: null, isFavoriteByDefault: null, email: "", tenantId: HOME_TENANT_ID, webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channelId)}/${encodeURIComponent(channel.display_name)}?groupId=${teamId}&tenantId=${HOME_TENANT_ID}`, membershipType });
    }
    if (s.length === 4) return undefined;
    if (s[4] === "members" && m === "GET") return members(store, scope, `${ctx}/members`);
    if (s[4] === "allMembers" && m === "GET") return members(store, scope, `${ctx}/allMembers`, true);
    if (s[4] === "messages" && m === "POST") return postMessage(store, scope, req, { chatId: null, channelIdentity: { teamId, channelId } });
    if (s[4] === "messages" && m === "GET") return listMessages(store, scope, `${ctx}/messages`);
  }
  return undefined;
}
