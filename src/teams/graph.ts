/**
 * Microsoft Graph from the Teams pages: the store's Graph client (auth, retry, time limits) and the few
 * Teams calls SafeShare makes, each response validated with zod (docs/microsoft-calls.md lists them all).
 *
 * - `GET /me` (User.Read): who the user is, from the token. Never from teams-js context.
 * - `GET /chats/{id}/members` (ChatMember.Read) or `GET /teams/{host-team-id}/channels/{id}/allMembers`
 *   (ChannelMember.Read.All): the audience, with `roles` ("owner", "guest", in any case) and `tenantId`.
 *   `allMembers`, not `members`: for a shared channel only it lists the people of the teams the channel is
 *   shared with, often of other tenants — exactly whom the check exists to catch. A private or shared
 *   channel lives under its host team (`channel.ownerGroupId` in the Teams context), not `team.groupId`.
 * - `GET /users/{id}` (User.ReadBasic.All), batched: chat members come back with `email: null`
 *   (Microsoft's documented example), so the address is the user's `mail` (else their sign-in name). A
 *   member of another tenant is not in the directory (404): they are external by their tenant anyway.
 * - `POST /chats/{id}/messages` (ChatMessage.Send) or `POST /teams/{id}/channels/{id}/messages`
 *   (ChannelMessage.Send): the message, after its decision is recorded.
 *
 * In the demo harness the pages are served over http and reach the local Graph server through the demo
 * server's `/graph` proxy. The Graph client sends tokens only over https and treats only https links as
 * absolute, so the client is pointed at `https://127.0.0.1/v1.0` and its last step (fetch) rewrites any
 * `https://<host>/v1.0/...` (including `@odata.nextLink`s) to `<proxy>/v1.0/...`.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { GRAPH_V1, graphClientFrom, MAX_BATCH, runBatch, StoreError, storeErrorFrom, type TokenProvider } from "../store";

export interface GraphConnection {
  /** `https://graph.microsoft.com/v1.0`, or a same-origin proxy path such as `/graph` (demo). */
  readonly graphUrl: string;
  readonly tokens: TokenProvider;
  readonly scopes?: readonly string[];
}

/** Map an absolute Graph URL onto a proxy root (`/graph` or `http://host:port/graph`). */
export function proxiedUrl(url: string, proxyRoot: string): string {
  const m = /^https:\/\/[^/]+(\/v1\.0\/.*|\/v1\.0)$/.exec(url);
  return m ? `${proxyRoot.replace(/\/+$/, "")}${m[1]}` : url;
}

/** A Graph client for the page. */
export function teamsGraphClient(conn: GraphConnection, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Client {
  if (conn.graphUrl.startsWith("https://")) {
    return graphClientFrom({ graphUrl: conn.graphUrl, tokens: conn.tokens, ...(conn.scopes ? { scopes: conn.scopes } : {}), fetchImpl });
  }
  const root = conn.graphUrl;
  const rewriting: typeof fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return fetchImpl(proxiedUrl(url, root), init);
  };
  return graphClientFrom({ graphUrl: "https://127.0.0.1/v1.0", tokens: conn.tokens, ...(conn.scopes ? { scopes: conn.scopes } : {}), fetchImpl: rewriting, retry: { maxRetries: 2 } });
}

export const MeSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullable().optional(),
  userPrincipalName: z.string().min(3),
  mail: z.string().nullable().optional(),
});
export type Me = z.infer<typeof MeSchema>;

export const ConversationMemberSchema = z.object({
  "@odata.type": z.string().optional(),
  id: z.string(),
  displayName: z.string().nullable().optional(),
  // `roles?: NullableOption<string[]>` in Microsoft's types: absent or null is a plain member.
  roles: z
    .array(z.string())
    .nullable()
    .optional()
    .transform((r) => r ?? []),
  userId: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  tenantId: z.string().nullable().optional(),
});
export type ConversationMember = z.infer<typeof ConversationMemberSchema>;

const MembersPageSchema = z.object({ value: z.array(ConversationMemberSchema), "@odata.nextLink": z.string().optional() });

export const ChatMessageSchema = z.object({ id: z.string(), createdDateTime: z.string().nullable().optional(), webUrl: z.string().nullable().optional() });
export type PostedMessage = z.infer<typeof ChatMessageSchema>;

/** Where the share goes. */
export type ShareTarget = { readonly kind: "chat"; readonly chatId: string } | { readonly kind: "channel"; readonly teamId: string; readonly channelId: string };

const base = (t: ShareTarget): string =>
  t.kind === "chat" ? `/chats/${encodeURIComponent(t.chatId)}` : `/teams/${encodeURIComponent(t.teamId)}/channels/${encodeURIComponent(t.channelId)}`;

async function getParsed<T>(client: Client, path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let body: unknown;
  try {
    body = await client.api(path).get();
  } catch (error) {
    throw storeErrorFrom(error, what);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new StoreError("invalid-response", `${what}: unexpected response from Graph`);
  return parsed.data;
}

export function fetchMe(client: Client): Promise<Me> {
  return getParsed(client, "/me", MeSchema, "who you are (GET /me)");
}

/** Every member of the chat or channel (following `@odata.nextLink`), with addresses from the directory. */
export async function fetchMembers(client: Client, target: ShareTarget): Promise<ConversationMember[]> {
  const out: ConversationMember[] = [];
  let path: string | undefined = `${base(target)}/${target.kind === "channel" ? "allMembers" : "members"}`;
  for (let page = 0; path && page < 100; page++) {
    const body: z.infer<typeof MembersPageSchema> = await getParsed(client, path, MembersPageSchema, "the members of this conversation");
    out.push(...body.value);
    path = body["@odata.nextLink"];
  }
  return withDirectoryAddresses(client, out);
}

const UserAddressSchema = z.object({ id: z.string(), mail: z.string().nullable().optional(), userPrincipalName: z.string().nullable().optional() });

/**
 * Members Graph lists without an `email` get their directory address (`mail`, else a sign-in name that is
 * not a guest's `#EXT#` one), 20 users to a `$batch`. One that cannot be read keeps no address: the page
 * then treats them as someone it cannot place.
 */
export async function withDirectoryAddresses(client: Client, members: readonly ConversationMember[]): Promise<ConversationMember[]> {
  const missing = [...new Set(members.filter((m) => !m.email?.trim() && m.userId).map((m) => m.userId as string))];
  const found = new Map<string, string>();
  for (let i = 0; i < missing.length; i += MAX_BATCH) {
    const ids = missing.slice(i, i + MAX_BATCH);
    const run = await runBatch(client, ids.map((id, k) => ({ id: String(k), method: "GET" as const, url: `/users/${encodeURIComponent(id)}?$select=id,mail,userPrincipalName` })));
    for (const [k, answer] of run.responses) {
      if (answer.status !== 200) continue;
      const user = UserAddressSchema.safeParse(answer.body);
      if (!user.success) continue;
      const upn = user.data.userPrincipalName ?? "";
      const address = user.data.mail?.trim() || (upn.includes("#EXT#") ? "" : upn.trim());
      if (address) found.set(ids[Number(k)] as string, address);
    }
  }
  return members.map((m) => (!m.email?.trim() && m.userId && found.has(m.userId) ? { ...m, email: found.get(m.userId) as string } : m));
}

export async function postMessage(client: Client, target: ShareTarget, html: string): Promise<PostedMessage> {
  let body: unknown;
  try {
    body = await client.api(`${base(target)}/messages`).post({ body: { contentType: "html", content: html } });
  } catch (error) {
    throw storeErrorFrom(error, "post the message");
  }
  const parsed = ChatMessageSchema.safeParse(body);
  if (!parsed.success) throw new StoreError("invalid-response", "post the message: unexpected response from Graph");
  return parsed.data;
}

export { GRAPH_V1 };
