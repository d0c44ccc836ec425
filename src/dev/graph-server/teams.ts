/**
 * The few Teams endpoints SafeShare needs: chat and channel members (aadUserConversationMember), posting
 * and reading chat and channel messages (chatMessage), and `/me`. Seed data with `seedTeamsData`.
 */
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

export interface TeamsSeed {
  chats?: { id: string; topic?: string; chatType?: "oneOnOne" | "group" | "meeting"; members: MemberSeed[] }[];
  channels?: { teamId: string; id: string; displayName: string; members: MemberSeed[] }[];
  /** Users for `/me` lookups by token `oid`; the first is the default `/me`. */
  users?: Identity[];
}

/** The demo seed: a chat with a home-tenant member, a guest, and a member from another tenant. */
export const DEMO_TEAMS_SEED: TeamsSeed = {
  users: [{ id: "6e2f2a4c-4b7e-4a0e-9d51-6c3b9a7d1f10", displayName: "Alex Practitioner", email: "alex.practitioner@contoso.onmicrosoft.com" }],
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

function memberJson(m: MemberSeed, scopeId: string): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    id: Buffer.from(`${scopeId}#${m.userId}`).toString("base64"),
    roles: m.roles ?? [],
    displayName: m.displayName,
    visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
    userId: m.userId,
    email: m.email,
    tenantId: m.tenantId ?? HOME_TENANT_ID,
  };
}

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
        const j = memberJson(m, chat.id);
        db.prepare("INSERT INTO members (scope, id, json) VALUES (?,?,?)").run(scope, j.id, JSON.stringify(j));
      }
    }
    for (const ch of seed.channels ?? []) {
      db.prepare("INSERT OR REPLACE INTO channels (team_id, id, display_name) VALUES (?,?,?)").run(ch.teamId, ch.id, ch.displayName);
      const scope = `channel:${ch.teamId}/${ch.id}`;
      db.prepare("DELETE FROM members WHERE scope = ?").run(scope);
      for (const m of ch.members) {
        const j = memberJson(m, ch.id);
        db.prepare("INSERT INTO members (scope, id, json) VALUES (?,?,?)").run(scope, j.id, JSON.stringify(j));
      }
    }
  })();
}

function ok(body: unknown, status = 200): GraphResponse {
  return { status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body };
}

function members(store: GraphStore, scope: string, context: string): GraphResponse {
  const rows = store.db.prepare("SELECT json FROM members WHERE scope = ? ORDER BY seq").all(scope) as { json: string }[];
  return ok({ "@odata.context": context, "@odata.count": rows.length, value: rows.map((r) => JSON.parse(r.json) as unknown) });
}

function postMessage(store: GraphStore, scope: string, req: GraphRequest, where: Record<string, unknown>): GraphResponse {
  const body = parseBody(chatMessageSchema, req.body);
  const now = new Date().toISOString();
  const id = String(Date.now() * 1000 + Math.floor(Math.random() * 1000));
  const message = {
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
      user: { "@odata.type": "#microsoft.graph.teamworkUserIdentity", id: req.user.id, displayName: req.user.displayName, userIdentityType: "aadUser", tenantId: HOME_TENANT_ID },
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

function meFor(store: GraphStore, user: Identity): Record<string, unknown> {
  const row = (user.id ? store.db.prepare("SELECT json FROM users WHERE id = ?").get(user.id) : undefined) as { json: string } | undefined;
  const u = row ? (JSON.parse(row.json) as Identity) : user;
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.displayName.split(" ")[0] ?? u.displayName,
    jobTitle: null,
    mail: u.email,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: "en-GB",
    surname: u.displayName.split(" ").slice(1).join(" ") || null,
    userPrincipalName: u.email,
    id: u.id,
  };
}

export function handleTeams(store: GraphStore, req: GraphRequest): GraphResponse | undefined {
  const s = segments(req.path);
  const m = req.method;
  if (s[0] === "me" && s.length === 1) {
    if (m !== "GET") throw new GraphHttpError(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
    const body = meFor(store, req.user);
    body["@odata.context"] = `${req.baseUrl}/$metadata#users/$entity`;
    return ok(body);
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
  if (s[0] === "teams" && s[2] === "channels" && s.length === 5) {
    const teamId = s[1] as string;
    const channelId = s[3] as string;
    if (!store.db.prepare("SELECT 1 FROM channels WHERE team_id = ? AND id = ?").get(teamId, channelId)) {
      throw new GraphHttpError(404, "NotFound", `Channel '${channelId}' of team '${teamId}' was not found.`);
    }
    const scope = `channel:${teamId}/${channelId}`;
    const ctx = `${req.baseUrl}/$metadata#teams('${teamId}')/channels('${channelId}')`;
    if (s[4] === "members" && m === "GET") return members(store, scope, `${ctx}/members`);
    if (s[4] === "messages" && m === "POST") return postMessage(store, scope, req, { chatId: null, channelIdentity: { teamId, channelId } });
    if (s[4] === "messages" && m === "GET") return listMessages(store, scope, `${ctx}/messages`);
  }
  return undefined;
}
