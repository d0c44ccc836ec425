/**
 * Who may call what: the local server refuses a call, as Microsoft Graph does, unless the caller's token
 * holds one of the delegated permissions Microsoft's API reference lists for that endpoint (each rule cites
 * its page under https://learn.microsoft.com/graph/api/). The product requests the fewest scopes it can
 * (`src/store/auth/scopes.ts`); tests and the demo mint tokens from exactly those scopes
 * (`devTokenProvider`), so a scope the product forgets to request fails here before it fails in a tenant.
 *
 * Tokens: a JWT whose `aud` is Microsoft Graph, with delegated permissions in `scp` (space-separated) and
 * the app in `appid` / `azp`. The signature is not checked (development only; `alg: none` is accepted).
 * Anything that is not such a JWT is 401 `InvalidAuthenticationToken`, as Graph answers it. Application
 * permissions (`roles`) are not emulated: SafeShare uses delegated access only.
 *
 * `Sites.Selected` gives no access by itself: the app needs a grant on the site (`POST /sites/{id}/permissions`,
 * roles read < write < manage < fullcontrol; Microsoft 365 Developer Blog, "SharePoint now supports delegated
 * Sites.Selected authentication", 2024). The effective access is the intersection with the user's own
 * permissions, which `access.ts` emulates per list.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { GraphHttpError } from "./errors";
import { JSON_CONTENT_TYPE, segments, type GraphRequest, type GraphResponse } from "./request";
import type { GraphStore } from "./store";
import type { SiteRecord } from "./model";

const API = "https://learn.microsoft.com/graph/api/";

/** What a token says about its caller's permissions. */
export interface TokenGrant {
  /** Delegated permissions, as in `scp`. */
  readonly scopes: ReadonlySet<string>;
  readonly appId: string | undefined;
}

export const SITE_ROLES = ["read", "write", "manage", "fullcontrol"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export interface EndpointRule {
  readonly method: string;
  /** Over the path with the site reference replaced by `{site}`, e.g. `/sites/{site}/lists/[^/]+/items`. */
  readonly path: RegExp;
  /** Delegated permissions Microsoft lists for it, least privileged first (`Sites.Selected` handled apart). */
  readonly delegated: readonly string[];
  /** The site grant `Sites.Selected` needs for it; absent: `Sites.Selected` does not cover it. */
  readonly siteRole?: SiteRole;
  readonly page: string;
}

const SITES_READ = ["Sites.Read.All", "Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"];
const SITES_WRITE = ["Sites.ReadWrite.All", "Sites.Manage.All", "Sites.FullControl.All"];
const SITES_MANAGE = ["Sites.Manage.All", "Sites.FullControl.All"];
const ID = "[^/]+";

/** Every endpoint the local server serves, with the permissions Microsoft documents for it. */
export const ENDPOINT_RULES: readonly EndpointRule[] = [
  { method: "GET", path: /^\/me$/, delegated: ["User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"], page: `${API}user-get` },
  { method: "GET", path: new RegExp(`^/users/${ID}$`), delegated: ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"], page: `${API}user-get` },
  { method: "GET", path: new RegExp(`^/chats/${ID}/members$`), delegated: ["ChatMember.Read", "ChatMember.ReadWrite", "Chat.ReadBasic", "Chat.Read", "Chat.ReadWrite"], page: `${API}chat-list-members` },
  { method: "POST", path: new RegExp(`^/chats/${ID}/messages$`), delegated: ["ChatMessage.Send", "Chat.ReadWrite"], page: `${API}chat-post-messages` },
  { method: "GET", path: new RegExp(`^/chats/${ID}/messages$`), delegated: ["Chat.Read", "Chat.ReadWrite"], page: `${API}chat-list-messages` },
  { method: "GET", path: new RegExp(`^/teams/${ID}/channels/${ID}$`), delegated: ["ChannelSettings.Read.All", "Channel.ReadBasic.All", "ChannelSettings.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "Group.Read.All", "Group.ReadWrite.All"], page: `${API}channel-get` },
  { method: "GET", path: new RegExp(`^/teams/${ID}/channels/${ID}/members$`), delegated: ["ChannelMember.Read.All", "ChannelMember.ReadWrite.All"], page: `${API}channel-list-members` },
  { method: "GET", path: new RegExp(`^/teams/${ID}/channels/${ID}/allMembers$`), delegated: ["ChannelMember.Read.All", "ChannelMember.ReadWrite.All"], page: `${API}channel-list-allmembers` },
  { method: "POST", path: new RegExp(`^/teams/${ID}/channels/${ID}/messages$`), delegated: ["ChannelMessage.Send", "Group.ReadWrite.All"], page: `${API}channel-post-messages` },
  { method: "GET", path: new RegExp(`^/teams/${ID}/channels/${ID}/messages$`), delegated: ["ChannelMessage.Read.All"], page: `${API}channel-list-messages` },
  { method: "GET", path: /^\/sites\/\{site\}$/, delegated: SITES_READ, siteRole: "read", page: `${API}site-get` },
  { method: "GET", path: /^\/sites\/\{site\}\/lists$/, delegated: SITES_READ, siteRole: "read", page: `${API}list-list` },
  { method: "POST", path: /^\/sites\/\{site\}\/lists$/, delegated: SITES_MANAGE, siteRole: "manage", page: `${API}list-create` },
  { method: "GET", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}(/columns(/${ID})?|/items(/${ID}(/fields|/versions(/${ID}(/fields)?)?)?)?)?$`), delegated: SITES_READ, siteRole: "read", page: `${API}listitem-list` },
  { method: "POST", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/columns$`), delegated: SITES_MANAGE, siteRole: "manage", page: `${API}list-post-columns` },
  { method: "PATCH", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/columns/${ID}$`), delegated: SITES_MANAGE, siteRole: "manage", page: `${API}columndefinition-update` },
  { method: "POST", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/items$`), delegated: SITES_WRITE, siteRole: "write", page: `${API}listitem-create` },
  { method: "PATCH", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/items/${ID}(/fields)?$`), delegated: SITES_WRITE, siteRole: "write", page: `${API}listitem-update` },
  { method: "DELETE", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/items/${ID}$`), delegated: SITES_WRITE, siteRole: "write", page: `${API}listitem-delete` },
  { method: "GET", path: /^\/sites\/\{site\}\/permissions(\/[^/]+)?$/, delegated: ["Sites.FullControl.All"], page: `${API}site-list-permissions` },
  { method: "POST", path: /^\/sites\/\{site\}\/permissions$/, delegated: ["Sites.FullControl.All"], page: `${API}site-post-permissions` },
  { method: "PATCH", path: /^\/sites\/\{site\}\/permissions\/[^/]+$/, delegated: ["Sites.FullControl.All"], page: `${API}site-update-permission` },
  { method: "DELETE", path: /^\/sites\/\{site\}\/permissions\/[^/]+$/, delegated: ["Sites.FullControl.All"], page: `${API}site-delete-permission` },
  // Not a Graph API: the emulation of SharePoint's list security (SharePoint REST, by a site owner).
  { method: "GET", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/_devAccess$`), delegated: SITES_READ, siteRole: "read", page: "docs/graph-server.md" },
  { method: "PUT", path: new RegExp(`^/sites/\\{site\\}/lists/${ID}/_devAccess$`), delegated: SITES_MANAGE, siteRole: "manage", page: "docs/graph-server.md" },
];

/** Graph's 401 for a token it cannot read (the text Graph gives for a token that is not a JWT). */
export const MALFORMED_TOKEN = "IDX14100: JWT is not well formed, there are no dots (.). The token needs to be in JWS or JWE Compact Serialization Format.";
const GRAPH_AUDIENCES = new Set(["https://graph.microsoft.com", "https://graph.microsoft.com/", "00000003-0000-0000-c000-000000000000"]);

const ClaimsSchema = z
  .object({
    aud: z.union([z.string(), z.array(z.string())]).optional(),
    scp: z.string().optional(),
    appid: z.string().optional(),
    azp: z.string().optional(),
    upn: z.string().optional(),
    preferred_username: z.string().optional(),
    email: z.string().optional(),
    oid: z.string().optional(),
    name: z.string().optional(),
  })
  .passthrough();
export type TokenClaims = z.infer<typeof ClaimsSchema>;

/** The claims of a bearer token, or a 401 as Graph gives it. */
export function claimsOf(token: string): TokenClaims {
  const parts = token.split(".");
  if (parts.length !== 3) throw new GraphHttpError(401, "InvalidAuthenticationToken", MALFORMED_TOKEN);
  let claims: TokenClaims;
  try {
    claims = ClaimsSchema.parse(JSON.parse(Buffer.from(parts[1] as string, "base64url").toString("utf8")));
  } catch {
    throw new GraphHttpError(401, "InvalidAuthenticationToken", "IDX14102: Unable to decode the payload as Base64Url encoded string.");
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : claims.aud ? [claims.aud] : [];
  if (!audiences.some((a) => GRAPH_AUDIENCES.has(a))) {
    throw new GraphHttpError(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
  }
  return claims;
}

export function grantOf(claims: TokenClaims): TokenGrant {
  return { scopes: new Set((claims.scp ?? "").split(" ").filter(Boolean)), appId: claims.appid ?? claims.azp };
}

/** `/sites/host:/path:/rest` and `/sites/{id}/rest` → `{ siteRef, rest }`. */
export function splitSitePath(path: string): { siteRef: { host: string; path: string } | { id: string }; rest: string } | undefined {
  if (!path.startsWith("/sites/")) return undefined;
  const after = path.slice("/sites/".length);
  const colon = after.indexOf(":/");
  const firstSlash = after.indexOf("/");
  if (colon !== -1 && (firstSlash === -1 || colon < firstSlash)) {
    const tail = after.slice(colon + 1);
    const end = tail.indexOf(":");
    return {
      siteRef: { host: decodeURIComponent(after.slice(0, colon)), path: decodeURIComponent(end === -1 ? tail : tail.slice(0, end)) },
      rest: end === -1 ? "" : tail.slice(end + 1),
    };
  }
  const id = firstSlash === -1 ? after : after.slice(0, firstSlash);
  return { siteRef: { id: decodeURIComponent(id) }, rest: firstSlash === -1 ? "" : after.slice(firstSlash) };
}

function siteOf(store: GraphStore, path: string): { site: SiteRecord | undefined; normal: string } {
  const split = splitSitePath(path);
  if (!split) return { site: undefined, normal: path };
  const site = "id" in split.siteRef ? store.siteById(split.siteRef.id) : store.siteByPath(split.siteRef.host, split.siteRef.path);
  const rest = split.rest === "" ? "" : `/${segments(split.rest).map(encodeURIComponent).join("/")}`;
  return { site, normal: `/sites/{site}${rest}` };
}

/** The rule for a call, or undefined when the server does not serve it (the route then answers 400/404). */
export function ruleFor(method: string, normalPath: string): EndpointRule | undefined {
  return ENDPOINT_RULES.find((r) => r.method === method && r.path.test(normalPath));
}

/** Graph's words when the token lacks the permission (as Teams endpoints word it), with the page to read. */
const denied = (rule: EndpointRule, had: string): GraphHttpError =>
  new GraphHttpError(
    403,
    "accessDenied",
    `Missing scope permissions on the request. API requires one of '${[...rule.delegated, ...(rule.siteRole ? ["Sites.Selected"] : [])].join(", ")}'. Scopes on the request '${had}' (${rule.page}).`,
  );

/** Throw Graph's 403 unless the token may make this call. */
export function authorize(store: GraphStore, req: Pick<GraphRequest, "method" | "path">, grant: TokenGrant): void {
  const { site, normal } = siteOf(store, req.path);
  const rule = ruleFor(req.method, normal);
  if (!rule) return;
  if (rule.delegated.some((p) => grant.scopes.has(p))) return;
  if (rule.siteRole && grant.scopes.has("Sites.Selected")) {
    if (!site) return; // the route answers 404 for a site that does not exist
    const role = grantedRole(store, site.id, grant.appId);
    if (role && SITE_ROLES.indexOf(role) >= SITE_ROLES.indexOf(rule.siteRole)) return;
    throw new GraphHttpError(403, "accessDenied", role ? `Access denied: the app's grant on this site is '${role}', this call needs '${rule.siteRole}'.` : "Access denied: the app has no grant on this site (Sites.Selected needs POST /sites/{site-id}/permissions).");
  }
  throw denied(rule, [...grant.scopes].join(", "));
}

// ------------------------------------------------------------------ site permissions (Sites.Selected grants)

const TABLE = "CREATE TABLE IF NOT EXISTS site_permissions (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, app_id TEXT NOT NULL, app_name TEXT NOT NULL, roles TEXT NOT NULL)";

interface PermissionRow {
  id: string;
  site_id: string;
  app_id: string;
  app_name: string;
  roles: string;
}

/** Stores whose grants table exists (created once per store, not on every permission check). */
const READY = new WeakSet<GraphStore>();
function ensureTable(store: GraphStore): void {
  if (READY.has(store)) return;
  store.db.exec(TABLE);
  READY.add(store);
}

function rows(store: GraphStore, siteId: string): PermissionRow[] {
  ensureTable(store);
  return store.db.prepare("SELECT * FROM site_permissions WHERE site_id = ? ORDER BY rowid").all(siteId) as PermissionRow[];
}

/** The highest role granted to an app on a site. */
export function grantedRole(store: GraphStore, siteId: string, appId: string | undefined): SiteRole | undefined {
  if (!appId) return undefined;
  let best = -1;
  for (const r of rows(store, siteId)) {
    if (r.app_id.toLowerCase() !== appId.toLowerCase()) continue;
    for (const role of JSON.parse(r.roles) as SiteRole[]) best = Math.max(best, SITE_ROLES.indexOf(role));
  }
  return best >= 0 ? SITE_ROLES[best] : undefined;
}

/** Grant an app a role on a site (what `POST /sites/{id}/permissions` does), for seeding the demo and tests. */
export function grantSiteRole(store: GraphStore, siteId: string, app: { id: string; displayName: string }, role: SiteRole): string {
  ensureTable(store);
  const existing = rows(store, siteId).find((r) => r.app_id.toLowerCase() === app.id.toLowerCase());
  if (existing) {
    store.db.prepare("UPDATE site_permissions SET roles = ? WHERE id = ?").run(JSON.stringify([role]), existing.id);
    return existing.id;
  }
  const id = Buffer.from(`i:0i.t|ms.sp.ext|${app.id}@${randomUUID()}`).toString("base64");
  store.db.prepare("INSERT INTO site_permissions (id, site_id, app_id, app_name, roles) VALUES (?,?,?,?,?)").run(id, siteId, app.id, app.displayName, JSON.stringify([role]));
  return id;
}

const identitiesSchema = z.array(z.object({ application: z.object({ id: z.string().min(1), displayName: z.string().optional() }) })).min(1);
const permissionCreateSchema = z.object({
  roles: z.array(z.enum(SITE_ROLES)).min(1),
  grantedToIdentities: identitiesSchema.optional(),
  grantedToIdentitiesV2: identitiesSchema.optional(),
});
const permissionPatchSchema = z.strictObject({ roles: z.array(z.enum(SITE_ROLES)).min(1) });

function render(r: PermissionRow): Record<string, unknown> {
  const identities = [{ application: { displayName: r.app_name, id: r.app_id } }];
  return { id: r.id, roles: JSON.parse(r.roles) as string[], grantedToIdentitiesV2: identities, grantedToIdentities: identities };
}

const ok = (body: unknown, status = 200): GraphResponse => ({ status, headers: { "Content-Type": JSON_CONTENT_TYPE }, body });

/** `GET|POST /sites/{id}/permissions`, `GET|PATCH|DELETE /sites/{id}/permissions/{permission-id}`. */
export function handleSitePermissions(store: GraphStore, site: SiteRecord, rest: string[], req: GraphRequest): GraphResponse {
  const context = `${req.baseUrl}/$metadata#sites('${site.id}')/permissions`;
  if (rest.length === 0) {
    if (req.method === "GET") return ok({ "@odata.context": context, value: rows(store, site.id).map(render) });
    if (req.method === "POST") {
      const parsed = permissionCreateSchema.safeParse(req.body);
      if (!parsed.success) throw new GraphHttpError(400, "invalidRequest", `Invalid request: ${parsed.error.issues[0]?.message ?? "bad body"}`);
      const app = (parsed.data.grantedToIdentitiesV2 ?? parsed.data.grantedToIdentities)?.[0]?.application;
      if (!app) throw new GraphHttpError(400, "invalidRequest", "Invalid request: grantedToIdentities must name an application.");
      const role = parsed.data.roles.reduce((a, b) => (SITE_ROLES.indexOf(b) > SITE_ROLES.indexOf(a) ? b : a));
      const id = grantSiteRole(store, site.id, { id: app.id, displayName: app.displayName ?? app.id }, role);
      return ok({ "@odata.context": `${context}/$entity`, ...render(rows(store, site.id).find((r) => r.id === id) as PermissionRow) }, 201);
    }
    throw new GraphHttpError(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
  }
  const row = rows(store, site.id).find((r) => r.id === rest[0]);
  if (!row || rest.length > 1) throw new GraphHttpError(404, "itemNotFound", "The requested permission was not found.");
  if (req.method === "GET") return ok({ "@odata.context": `${context}/$entity`, ...render(row) });
  if (req.method === "PATCH") {
    const parsed = permissionPatchSchema.safeParse(req.body);
    if (!parsed.success) throw new GraphHttpError(400, "invalidRequest", `Invalid request: ${parsed.error.issues[0]?.message ?? "bad body"}`);
    store.db.prepare("UPDATE site_permissions SET roles = ? WHERE id = ?").run(JSON.stringify(parsed.data.roles), row.id);
    return ok({ "@odata.context": `${context}/$entity`, ...render({ ...row, roles: JSON.stringify(parsed.data.roles) }) });
  }
  if (req.method === "DELETE") {
    store.db.prepare("DELETE FROM site_permissions WHERE id = ?").run(row.id);
    return { status: 204 };
  }
  throw new GraphHttpError(405, "BadRequest", "Specified HTTP method is not allowed for the request target.");
}
