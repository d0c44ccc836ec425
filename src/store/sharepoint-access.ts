import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { StoreError, storeErrorFrom } from "./errors";

/**
 * The per-team list's security (docs/teams.md, "Who can read what"), set through SharePoint REST because
 * Microsoft Graph cannot: item-level settings, permission inheritance, permission levels, role assignments.
 *
 * For each team list:
 * 1. `ReadSecurity = 2` ("Read items that were created by the user") and `WriteSecurity = 2` ("Create items
 *    and edit items that were created by the user"): a MERGE of the SP.List.
 * 2. Break permission inheritance without copying the site's role assignments
 *    (`breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`); SharePoint then leaves one
 *    role assignment, the current user's (the account running provision), so nobody else keeps access.
 * 3. Two custom permission levels on the site (created once, if missing):
 *    "SafeShare practitioner": View Items + Add Items (no Edit Items), with the site-level permissions those
 *    need (Open, View Pages, View Application Pages, Browse User Information, Use Remote Interfaces);
 *    "SafeShare manager": the same + Edit Items, Open Items, View Versions and **Override List Behaviors**,
 *    whose BasePermissions bit is `CancelCheckout` (0x100): the UI's "Override List Behaviors: discard or
 *    check in a document which is checked out to another user, and change or override settings which allow
 *    users to read/edit only their own items".
 * 4. Role assignments on the list: the team's practitioners group → "SafeShare practitioner", its managers
 *    group → "SafeShare manager", information governance → Full Control (the site's role definition of
 *    RoleTypeKind 5, Administrator).
 *
 * `teamAccessPlan` describes the calls (printed by `provision --dry-run`, and whenever no SharePoint token
 * is given); `applyTeamAccess` performs them with a SharePoint-audience token; `emulateTeamAccess` sets
 * the local development server's equivalent through its development-only `_devAccess` route.
 *
 * Not exercised against a tenant: the calls follow Microsoft's REST reference (SP.List, SP.SecurableObject,
 * SP.RoleDefinitionCollection, SP.RoleAssignmentCollection) and are tested only for what they send.
 */

/** SP.BasePermissions bits (SPBasePermissions / PermissionKind: bit n-1 of a 64-bit mask for kind n). */
export const BASE_PERMISSION_BITS = {
  ViewListItems: 0x1n,
  AddListItems: 0x2n,
  EditListItems: 0x4n,
  DeleteListItems: 0x8n,
  ApproveItems: 0x10n,
  OpenItems: 0x20n,
  ViewVersions: 0x40n,
  DeleteVersions: 0x80n,
  /** Shown as "Override List Behaviors" (formerly "Override Check Out"): reads and edits every item despite ReadSecurity / WriteSecurity 2. */
  CancelCheckout: 0x100n,
  ManagePersonalViews: 0x200n,
  ManageLists: 0x800n,
  ViewFormPages: 0x1000n,
  Open: 0x10000n,
  ViewPages: 0x20000n,
  BrowseUserInfo: 0x8000000n,
  UseClientIntegration: 0x1000000000n,
  UseRemoteAPIs: 0x2000000000n,
} as const;
export type BasePermissionName = keyof typeof BASE_PERMISSION_BITS;

/** A permission level SafeShare creates on the site. */
export interface PermissionLevelSpec {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly BasePermissionName[];
}

const PRACTITIONER_PERMISSIONS: readonly BasePermissionName[] = ["ViewListItems", "AddListItems", "ViewFormPages", "Open", "ViewPages", "BrowseUserInfo", "UseRemoteAPIs"];

export const PRACTITIONER_LEVEL: PermissionLevelSpec = {
  name: "SafeShare practitioner",
  description: "SafeShare: add decision records and read your own (no Edit Items: records are never edited).",
  permissions: PRACTITIONER_PERMISSIONS,
};

export const MANAGER_LEVEL: PermissionLevelSpec = {
  name: "SafeShare manager",
  description: "SafeShare: read every record of the team's decision list and add a review (Override List Behaviors).",
  permissions: [...PRACTITIONER_PERMISSIONS, "EditListItems", "OpenItems", "ViewVersions", "CancelCheckout"],
};

export const SAFESHARE_PERMISSION_LEVELS: readonly PermissionLevelSpec[] = [PRACTITIONER_LEVEL, MANAGER_LEVEL];

/** SharePoint's Full Control role definition is the one of this RoleTypeKind (Administrator). */
export const FULL_CONTROL_ROLE_TYPE = 5;

/** SP.BasePermissions as REST writes them: the 64-bit mask split in High and Low 32-bit halves (decimal strings, Edm.Int64). */
export function basePermissionsOf(names: readonly BasePermissionName[]): { High: string; Low: string } {
  let mask = 0n;
  for (const n of names) mask |= BASE_PERMISSION_BITS[n];
  return { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
}

/** A group given a permission on a team list. */
export type GroupRef =
  | { readonly kind: "site-group"; readonly name: string }
  | { readonly kind: "entra-group"; readonly objectId: string }
  | { readonly kind: "claim"; readonly loginName: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A `--…-group` value: an Entra ID security group's object id (a GUID), a claims login name as-is
 * (`c:0o.c|federateddirectoryclaimprovider|<id>` for a Microsoft 365 group's members), or else the name of
 * a SharePoint group of the site.
 */
export function groupRefFrom(value: string): GroupRef {
  const v = value.trim();
  if (GUID.test(v)) return { kind: "entra-group", objectId: v.toLowerCase() };
  if (/^c:0.\.[a-z]\|/i.test(v)) return { kind: "claim", loginName: v };
  return { kind: "site-group", name: v };
}

export function groupText(g: GroupRef): string {
  return g.kind === "site-group" ? `SharePoint group "${g.name}"` : g.kind === "entra-group" ? `Entra ID group ${g.objectId}` : `claim ${g.loginName}`;
}

export interface TeamAccessGroups {
  readonly practitioners?: GroupRef | undefined;
  readonly managers?: GroupRef | undefined;
  readonly governance?: GroupRef | undefined;
}

/** A list for the REST calls: by GUID (Graph's list id is the SharePoint list id) or, before it exists, by title. */
export interface SpListRef {
  readonly id?: string | undefined;
  readonly title: string;
}

/** One SharePoint REST request. `{…}` in the URL are values known only when the calls run (ids looked up by earlier calls). */
export interface RestCall {
  readonly why: string;
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** An OData string literal in a URL: apostrophes doubled, then percent-encoded (an apostrophe in a name must not end the literal). */
export function spStringLiteral(value: string): string {
  return `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;
}

function webApi(siteUrl: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/_api/web`;
}

/** The REST address of a list: `lists(guid'…')` when its id is known, else `lists/getbytitle('…')`. */
export function listEndpoint(siteUrl: string, list: SpListRef): string {
  if (list.id !== undefined) {
    if (!GUID.test(list.id)) throw new StoreError("invalid-response", `list id ${list.id} is not a GUID`);
    return `${webApi(siteUrl)}/lists(guid'${list.id.toLowerCase()}')`;
  }
  return `${webApi(siteUrl)}/lists/getbytitle(${spStringLiteral(list.title)})`;
}

const READ = { Accept: "application/json;odata=nometadata" } as const;
const WRITE_JSON = { Accept: "application/json;odata=nometadata", "Content-Type": "application/json;odata=verbose" } as const;

/** The security body of a team list: read own items, create and edit own items. */
/**
 * ReadSecurity 2 and WriteSecurity 2, and versioning on: the review page's tamper check compares each item
 * with its versions (GET items/{id}/versions), so a list without versions could not show an edit.
 */
export const TEAM_LIST_SECURITY = { __metadata: { type: "SP.List" }, ReadSecurity: 2, WriteSecurity: 2, EnableVersioning: true } as const;

export function roleDefinitionBody(level: PermissionLevelSpec, order: number): Record<string, unknown> {
  return {
    __metadata: { type: "SP.RoleDefinition" },
    Name: level.name,
    Description: level.description,
    Order: order,
    BasePermissions: { __metadata: { type: "SP.BasePermissions" }, ...basePermissionsOf(level.permissions) },
  };
}

/** The calls that resolve a group to a principal id. */
export function principalLookup(siteUrl: string, group: GroupRef): RestCall {
  if (group.kind === "site-group") {
    return { why: `find the id of ${groupText(group)}`, method: "GET", url: `${webApi(siteUrl)}/sitegroups/getbyname(${spStringLiteral(group.name)})?$select=Id`, headers: READ };
  }
  const loginName = group.kind === "entra-group" ? `c:0t.c|tenant|${group.objectId}` : group.loginName;
  return { why: `make sure ${groupText(group)} is known to the site and find its principal id`, method: "POST", url: `${webApi(siteUrl)}/ensureuser`, headers: WRITE_JSON, body: { logonName: loginName } };
}

/** The site-wide calls: read the role definitions and create SafeShare's permission levels where missing. */
export function permissionLevelCalls(siteUrl: string): RestCall[] {
  return [
    { why: "read the site's permission levels (Full Control is RoleTypeKind 5; SafeShare's are found by name)", method: "GET", url: `${webApi(siteUrl)}/roledefinitions?$select=Id,Name,RoleTypeKind,BasePermissions`, headers: READ },
    ...SAFESHARE_PERMISSION_LEVELS.map((level, i) => ({
      why: `create the permission level "${level.name}" if it is missing (${level.permissions.join(", ")})`,
      method: "POST" as const,
      url: `${webApi(siteUrl)}/roledefinitions`,
      headers: WRITE_JSON,
      body: roleDefinitionBody(level, 100 + i),
    })),
  ];
}

const placeholder = (what: string): string => `{${what}}`;

/** The calls for one team list, in order (principal and role definition ids as `{…}` placeholders). */
export function teamListCalls(siteUrl: string, list: SpListRef, groups: TeamAccessGroups): RestCall[] {
  const l = listEndpoint(siteUrl, list);
  const calls: RestCall[] = [
    { why: `"read own items", "edit own items" and versions on "${list.title}" (ReadSecurity 2, WriteSecurity 2, EnableVersioning)`, method: "POST", url: l, headers: { ...WRITE_JSON, "X-HTTP-Method": "MERGE", "IF-MATCH": "*" }, body: TEAM_LIST_SECURITY },
    { why: "see whether the list already has its own permissions", method: "GET", url: `${l}?$select=HasUniqueRoleAssignments`, headers: READ },
    { why: "if not: stop inheriting the site's permissions, copying none (only the account running this keeps access)", method: "POST", url: `${l}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, headers: READ },
  ];
  const assign = (group: GroupRef | undefined, role: string, roleText: string): void => {
    if (!group) return;
    calls.push(principalLookup(siteUrl, group));
    calls.push({
      why: `give ${groupText(group)} ${roleText} on the list`,
      method: "POST",
      url: `${l}/roleassignments/addroleassignment(principalid=${placeholder(`principal id of ${groupText(group)}`)},roledefid=${placeholder(`id of ${role}`)})`,
      headers: READ,
    });
  };
  assign(groups.practitioners, `"${PRACTITIONER_LEVEL.name}"`, `"${PRACTITIONER_LEVEL.name}"`);
  assign(groups.managers, `"${MANAGER_LEVEL.name}"`, `"${MANAGER_LEVEL.name}"`);
  assign(groups.governance, "Full Control (RoleTypeKind 5)", "Full Control");
  return calls;
}

/** A call as an administrator reads it (never a token: the Authorization header is shown as a placeholder). */
export function formatRestCall(call: RestCall, indent = "     "): string {
  const lines = [`${call.method} ${call.url}`, "Authorization: Bearer <SharePoint access token>", ...Object.entries(call.headers).map(([k, v]) => `${k}: ${v}`)];
  if (call.body !== undefined) lines.push(JSON.stringify(call.body));
  return lines.map((x) => `${indent}${x}`).join("\n");
}

/** The whole plan as text: the site-wide permission levels, then each team list's calls. */
export function teamAccessPlan(siteUrl: string, lists: readonly { list: SpListRef; groups: TeamAccessGroups }[]): string {
  const out: string[] = [`SharePoint REST calls (Graph cannot set these; send them with a SharePoint token of a site owner, audience ${new URL(siteUrl).origin}):`, ""];
  let n = 0;
  out.push("Once for the site:");
  for (const c of permissionLevelCalls(siteUrl)) out.push(`  ${++n}. ${c.why}`, formatRestCall(c));
  for (const { list, groups } of lists) {
    out.push("", `For "${list.title}"${list.id ? ` (${list.id})` : ""}:`);
    for (const c of teamListCalls(siteUrl, list, groups)) out.push(`  ${++n}. ${c.why}`, formatRestCall(c));
    const missing = (["practitioners", "managers", "governance"] as const).filter((k) => !groups[k]);
    if (missing.length > 0) out.push(`  (no ${missing.map((k) => `--${k}-group`).join(", ")}: add those role assignments by hand, or run again with them)`);
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// Performing the calls (a SharePoint-audience token; Node's or the browser's fetch).

export interface RestRunner {
  (call: RestCall): Promise<unknown>;
}

/** A runner that sends calls with a SharePoint token (never logged) and turns failures into StoreErrors. */
export function sharePointRestRunner(token: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): RestRunner {
  return async (call) => {
    const response = await fetchImpl(call.url, {
      method: call.method,
      headers: { Authorization: `Bearer ${token}`, ...call.headers },
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
    });
    const text = await response.text().catch(() => "");
    if (!response.ok) {
      const requestId = response.headers.get("request-id") ?? response.headers.get("sprequestguid");
      throw new StoreError("http", `SharePoint REST (${call.why}): ${response.status} ${text.slice(0, 300)}`, { status: response.status, ...(requestId ? { requestId } : {}) });
    }
    if (text.trim() === "") return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
}

const RoleDefinitionsSchema = z.object({
  value: z.array(z.object({ Id: z.number(), Name: z.string(), RoleTypeKind: z.number().optional(), BasePermissions: z.object({ High: z.union([z.string(), z.number()]), Low: z.union([z.string(), z.number()]) }).partial().optional() }).passthrough()),
});
const IdSchema = z.object({ Id: z.number() }).passthrough();
const UniqueSchema = z.object({ HasUniqueRoleAssignments: z.boolean() }).passthrough();

export interface AccessReport {
  readonly createdLevels: readonly string[];
  /** Permission levels that exist with other permissions than SafeShare's (left alone; an administrator decides). */
  readonly differentLevels: readonly string[];
  readonly lists: readonly { readonly title: string; readonly brokeInheritance: boolean; readonly assigned: readonly string[] }[];
}

/** Perform the plan: create the permission levels if missing, then secure each team list. Idempotent. */
export async function applyTeamAccess(siteUrl: string, lists: readonly { list: SpListRef; groups: TeamAccessGroups }[], run: RestRunner): Promise<AccessReport> {
  const [readLevels, ...createCalls] = permissionLevelCalls(siteUrl);
  const parse = (body: unknown, what: string) => {
    const parsed = RoleDefinitionsSchema.safeParse(body);
    if (!parsed.success) throw new StoreError("invalid-response", `SharePoint REST: ${what}: not a list of role definitions`);
    return parsed.data.value;
  };
  let defs = parse(await run(readLevels as RestCall), "role definitions");
  const createdLevels: string[] = [];
  const differentLevels: string[] = [];
  for (const level of SAFESHARE_PERMISSION_LEVELS) {
    const have = defs.find((d) => d.Name === level.name);
    const want = basePermissionsOf(level.permissions);
    if (have?.BasePermissions && (String(have.BasePermissions.High) !== want.High || String(have.BasePermissions.Low) !== want.Low)) differentLevels.push(level.name);
  }
  for (const [i, level] of SAFESHARE_PERMISSION_LEVELS.entries()) {
    if (defs.some((d) => d.Name === level.name)) continue;
    await run(createCalls[i] as RestCall);
    createdLevels.push(level.name);
  }
  if (createdLevels.length > 0) defs = parse(await run(readLevels as RestCall), "role definitions");
  const roleId = (name: string): number => {
    const d = defs.find((x) => x.Name === name);
    if (!d) throw new StoreError("invalid-response", `SharePoint REST: the permission level "${name}" is missing after creating it`);
    return d.Id;
  };
  const fullControl = defs.find((d) => d.RoleTypeKind === FULL_CONTROL_ROLE_TYPE);
  const report: AccessReport["lists"][number][] = [];
  for (const { list, groups } of lists) {
    const calls = teamListCalls(siteUrl, list, {});
    const [security, unique, breakInheritance] = calls as [RestCall, RestCall, RestCall];
    try {
      await run(security);
    } catch (error) {
      const e = storeErrorFrom(error);
      if (e.status === 400 && /unique/i.test(e.message)) {
        throw new StoreError("http", `${e.message}\nThe list "${list.title}" has a column that enforces unique values: run provision again with --fix to turn it off on RecordId.`, e.details);
      }
      throw e;
    }
    const u = UniqueSchema.safeParse(await run(unique));
    const brokeInheritance = !(u.success && u.data.HasUniqueRoleAssignments);
    if (brokeInheritance) await run(breakInheritance);
    const assigned: string[] = [];
    const l = listEndpoint(siteUrl, list);
    const assign = async (group: GroupRef | undefined, roleDefId: number | undefined, roleText: string): Promise<void> => {
      if (!group) return;
      if (roleDefId === undefined) throw new StoreError("invalid-response", `SharePoint REST: no ${roleText} permission level on the site`);
      const principal = IdSchema.safeParse(await run(principalLookup(siteUrl, group)));
      if (!principal.success) throw new StoreError("invalid-response", `SharePoint REST: ${groupText(group)}: no principal id in the answer`);
      await run({ why: `give ${groupText(group)} ${roleText} on the list`, method: "POST", url: `${l}/roleassignments/addroleassignment(principalid=${principal.data.Id},roledefid=${roleDefId})`, headers: READ });
      assigned.push(`${groupText(group)}: ${roleText}`);
    };
    await assign(groups.practitioners, roleId(PRACTITIONER_LEVEL.name), `"${PRACTITIONER_LEVEL.name}"`);
    await assign(groups.managers, roleId(MANAGER_LEVEL.name), `"${MANAGER_LEVEL.name}"`);
    await assign(groups.governance, fullControl?.Id, "Full Control");
    report.push({ title: list.title, brokeInheritance, assigned });
  }
  return { createdLevels, differentLevels, lists: report };
}

// ---------------------------------------------------------------------------------------------------------
// The local development server's emulation (src/dev/graph-server/access.ts): grants are by UPN, not group.

/** The emulated grants for a team list: member UPNs per role. */
export interface EmulatedGroups {
  readonly practitioners: readonly string[];
  readonly managers: readonly string[];
  readonly governance: readonly string[];
}

const DevAccessSchema = z.object({ access: z.object({ grants: z.record(z.string(), z.string()) }).passthrough().nullable() }).passthrough();

/**
 * The local server's equivalent of `applyTeamAccess`, through its development-only `_devAccess` route:
 * ReadSecurity 2, WriteSecurity 2, grants merged into the list's existing ones (as addroleassignment adds),
 * and the caller keeps full control (as SharePoint leaves the current user after breaking inheritance).
 */
export async function emulateTeamAccess(client: Client, siteId: string, listId: string, groups: EmulatedGroups, callerUpn: string): Promise<Record<string, string>> {
  const path = `/sites/${siteId}/lists/${listId}/_devAccess`;
  try {
    const current = DevAccessSchema.parse(await client.api(path).get());
    const grants: Record<string, string> = { ...(current.access?.grants ?? {}) };
    if (!current.access) grants[callerUpn.toLowerCase()] = "full-control";
    for (const upn of groups.practitioners) grants[upn.toLowerCase()] = "add-and-read-own";
    for (const upn of groups.managers) grants[upn.toLowerCase()] = "review";
    for (const upn of groups.governance) grants[upn.toLowerCase()] = "full-control";
    await client.api(path).put({ readSecurity: 2, writeSecurity: 2, grants });
    return grants;
  } catch (error) {
    throw storeErrorFrom(error, "set the list's emulated security (local server)");
  }
}
