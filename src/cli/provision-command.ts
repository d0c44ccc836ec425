import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { devCaFetchOptions } from "../dev/graph-server/trust";
import {
  applyTeamAccess,
  DEFAULT_LIST_NAME,
  decisionListFor,
  differenceText,
  emulateTeamAccess,
  GRAPH_V1,
  graphClientFrom,
  groupRefFrom,
  isStoreError,
  MAX_LIST_TITLE,
  provisionDecisionList,
  provisionPolicyList,
  POLICY_LIST_NAME,
  type ProvisionResult,
  sharePointRestRunner,
  siteFrom,
  type SpListRef,
  staticTokenProvider,
  StoreError,
  storeErrorFrom,
  type TeamAccessGroups,
  teamAccessPlan,
} from "../store";
import { type CliIO, EXIT, UsageError } from "./io";

/**
 * `safeshare provision`: sets up the decision log on a SharePoint site.
 *
 * - Per-team lists (the access model of docs/teams.md): `--team NAME` (repeatable) creates or checks
 *   `SafeShare decisions - NAME` for each team, with RecordId indexed but not unique (SharePoint cannot
 *   combine unique values with "read own items"), then sets each list's security through SharePoint REST:
 *   ReadSecurity 2, WriteSecurity 2, broken inheritance, the "SafeShare practitioner" / "SafeShare
 *   manager" permission levels and role assignments for `--practitioners-group`, `--managers-group` and
 *   `--governance-group` (each a SharePoint group name, an Entra ID group object id, or a claim; given once
 *   with `{team}` in it, or once per `--team` in the same order). The calls are performed with
 *   `SAFESHARE_SHAREPOINT_TOKEN`; without it, or with `--dry-run`, they are printed. Against the local
 *   development server the equivalent is emulated through its development-only `_devAccess` route (groups
 *   there are comma-separated member UPNs: the local server has no groups).
 * - A single list (no `--team`, for small organisations): `SafeShare decisions` (or `--list NAME`) with
 *   unique RecordId. It cannot have "read own items" — `--read-own-items` without `--team` is refused.
 * - `--fix` adds missing columns and indexes and turns off unique values where a per-team list must not
 *   have them; it never changes a column's type.
 *
 * How the commands that talk to Graph find it (provision, log, outbox --flush):
 * - `--graph URL`: Graph's versioned root (default https://graph.microsoft.com/v1.0; the local server:
 *   https://127.0.0.1:4000/v1.0).
 * - `SAFESHARE_TOKEN` (environment): a delegated Microsoft Graph access token (never printed or logged;
 *   for the local server any non-empty value).
 * - `--ca FILE`: also trust this CA for TLS (the local server's `DIR/ca.pem`).
 * - `--site URL`: the SharePoint site, e.g. https://contoso.sharepoint.com/sites/safeguarding.
 * - `--list NAME`: the list's display name (default "SafeShare decisions").
 */

/** The Graph connection options shared by provision, log and outbox. */
export const GraphConnectionShape = {
  site: z.url({ message: "--site must be the site's URL, e.g. https://contoso.sharepoint.com/sites/safeguarding" }).refine((u) => u.startsWith("https://"), { message: "--site must be an https URL" }),
  graph: z.url({ message: "--graph must be a URL such as https://graph.microsoft.com/v1.0" }).refine((u) => u.startsWith("https://"), { message: "--graph must be https (the Graph client sends tokens only over https)" }).default(GRAPH_V1),
  ca: z.string().min(1).optional(),
  list: z.string().trim().min(1).max(255).default(DEFAULT_LIST_NAME),
};

export const GRAPH_CONNECTION_ARGS = {
  site: { type: "string" },
  graph: { type: "string" },
  ca: { type: "string" },
  list: { type: "string" },
} as const;

export interface GraphConnection {
  readonly client: Client;
  readonly siteId: string;
  readonly siteUrl: string;
  /** True when talking to something other than Microsoft Graph (the local development server). */
  readonly local: boolean;
}

/** Connect to Graph as the options say, and look up the site. */
export async function graphConnectionFrom(io: CliIO, o: { site: string; graph: string; ca?: string | undefined }): Promise<GraphConnection> {
  const token = io.env.SAFESHARE_TOKEN;
  if (!token || token.trim() === "") {
    throw new UsageError("set SAFESHARE_TOKEN to a Microsoft Graph access token (delegated, Sites.Selected); for the local development server a development token (npm run dev-token -- --as you@contoso.onmicrosoft.com)");
  }
  let fetchOptions: RequestInit | undefined;
  if (o.ca !== undefined) {
    let pem: string;
    try {
      pem = await io.readFile(o.ca);
    } catch (error) {
      throw new UsageError(`cannot read --ca ${o.ca}: ${error instanceof Error ? error.message : String(error)}`);
    }
    fetchOptions = await devCaFetchOptions(pem);
  }
  const client = graphClientFrom({ graphUrl: o.graph, tokens: staticTokenProvider(token), ...(fetchOptions ? { fetchOptions } : {}) });
  const site = await siteFrom(client, o.site);
  const host = new URL(o.graph).hostname;
  return { client, siteId: site.id, siteUrl: o.site, local: !(host === "graph.microsoft.com" || host.endsWith(".graph.microsoft.com")) };
}

/** Print a store error (status and request id for support; never a token) and return the exit code. */
export function reportStoreError(io: CliIO, command: string, error: unknown): number {
  if (isStoreError(error)) {
    const ids = [error.status ? `status ${error.status}` : "", error.requestId ? `request-id ${error.requestId}` : ""].filter(Boolean).join(", ");
    io.stderr(`safeshare ${command}: ${error.message}${ids ? ` (${ids})` : ""}\n`);
    return EXIT.review;
  }
  throw error;
}

const GroupValues = z.array(z.string().trim().min(1).max(400)).default([]);
const TeamName = z
  .string()
  .trim()
  .min(1, { message: "a team name cannot be empty" })
  .max(MAX_LIST_TITLE - decisionListFor("x").length + 1, { message: `a team name makes the list title longer than SharePoint's ${MAX_LIST_TITLE} characters` })
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), { message: "a team name cannot contain control characters" });

export const ProvisionOptionsSchema = z.strictObject({
  ...GraphConnectionShape,
  list: z.string().trim().min(1).max(MAX_LIST_TITLE).optional(),
  fix: z.boolean().default(false),
  "read-own-items": z.boolean().default(false),
  team: z.array(TeamName).default([]),
  "practitioners-group": GroupValues,
  "managers-group": GroupValues,
  "governance-group": GroupValues,
  "dry-run": z.boolean().default(false),
});
export type ProvisionOptions = z.infer<typeof ProvisionOptionsSchema>;

type GroupOption = "practitioners-group" | "managers-group" | "governance-group";
const GROUP_OPTIONS: readonly GroupOption[] = ["practitioners-group", "managers-group", "governance-group"];

/** Why a single list cannot have "read own items" (the refusal and the single-list note). */
export const SINGLE_LIST_NO_READ_OWN =
  'A single list keeps unique values on RecordId, and SharePoint cannot combine a column that enforces unique values with "Read items that were created by the user": ' +
  "on a single list everyone who can open it reads every record. For practitioners to read only their own records and managers only their team's, " +
  'use one list per team: safeshare provision --site URL --team "NAME" [--team "NAME" ...] --practitioners-group ... --managers-group ... (docs/production-setup.md).';

/** Check option combinations that the schema alone cannot (exit 2 before anything is changed). */
export function checkProvisionOptions(o: ProvisionOptions): void {
  if (o.team.length === 0) {
    if (o["read-own-items"]) throw new UsageError(`--read-own-items needs --team. ${SINGLE_LIST_NO_READ_OWN}`);
    const given = GROUP_OPTIONS.filter((g) => o[g].length > 0);
    if (given.length > 0) throw new UsageError(`--${given[0]} applies to per-team lists: give --team NAME (the single list has no per-team permissions)`);
    if (o["dry-run"]) throw new UsageError("--dry-run prints the per-team lists' SharePoint REST calls: give --team NAME");
    return;
  }
  if (o.list !== undefined) throw new UsageError(`--list and --team exclude each other: a team's list is always named "${decisionListFor("NAME")}"`);
  const seen = new Set<string>();
  for (const t of o.team) {
    if (seen.has(t.toLowerCase())) throw new UsageError(`--team "${t}" is given twice`);
    seen.add(t.toLowerCase());
  }
  for (const g of GROUP_OPTIONS) {
    const values = o[g];
    if (values.length > 1 && values.length !== o.team.length) {
      throw new UsageError(`--${g}: give it once (with {team} in it for a per-team name) or once per --team, in the same order (${o.team.length} teams, ${values.length} values)`);
    }
    if (g !== "governance-group" && o.team.length > 1 && values.length === 1 && !values[0]?.includes("{team}")) {
      throw new UsageError(`--${g} "${values[0]}" for ${o.team.length} teams would give one group every team's list: put {team} in it, or give one per --team`);
    }
  }
}

/** The `--…-group` value for a team (`{team}` replaced). */
function groupValueFor(o: ProvisionOptions, g: GroupOption, i: number): string | undefined {
  const values = o[g];
  const v = values.length === 1 ? values[0] : values[i];
  return v?.replaceAll("{team}", o.team[i] as string);
}

const UPN_LIST = /^[^\s,@]+@[^\s,@]+(\s*,\s*[^\s,@]+@[^\s,@]+)*$/;

function upnsFrom(value: string | undefined, option: GroupOption): string[] {
  if (value === undefined) return [];
  if (!UPN_LIST.test(value)) throw new UsageError(`--${option} "${value}": the local development server has no groups; give the members' UPNs, comma-separated (e.g. alex@contoso.com,sam@contoso.com)`);
  return value.split(",").map((u) => u.trim().toLowerCase());
}

const isMicrosoftGraph = (graphUrl: string): boolean => {
  const host = new URL(graphUrl).hostname;
  return host === "graph.microsoft.com" || host.endsWith(".graph.microsoft.com");
};

/** Parse argv with node's parseArgs, then validate with a zod schema; usage problems become UsageError. */
export function optionsFrom<S extends z.ZodType>(argv: string[], schema: S, args: NonNullable<ParseArgsConfig["options"]>): z.infer<S> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: false, strict: true, options: args });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) throw new UsageError(result.error.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n"));
  return result.data;
}

export function provisionOptionsFrom(argv: string[]): ProvisionOptions {
  return optionsFrom(argv, ProvisionOptionsSchema, {
    ...GRAPH_CONNECTION_ARGS,
    fix: { type: "boolean" },
    "read-own-items": { type: "boolean" },
    team: { type: "string", multiple: true },
    "practitioners-group": { type: "string", multiple: true },
    "managers-group": { type: "string", multiple: true },
    "governance-group": { type: "string", multiple: true },
    "dry-run": { type: "boolean" },
  });
}

/** Report one list's provisioning result; returns true when differences remain. */
function reportList(io: CliIO, site: string, listName: string, result: ProvisionResult, fix: boolean, perTeam: boolean): boolean {
  if (result.kind === "created") {
    io.stdout(`Created the list "${listName}" (${result.listId}) with ${result.columns} columns on ${site}${perTeam ? " (RecordId indexed, not unique: a read-own-items list cannot enforce unique values)" : ""}.\n`);
    return false;
  }
  io.stdout(`The list "${listName}" (${result.listId}) already exists on ${site}.\n`);
  const open = result.differences.filter((d) => d.kind !== "extra-column" && !result.fixed.includes(d));
  for (const d of result.fixed) io.stdout(`  fixed: ${differenceText(d)}\n`);
  for (const d of result.differences.filter((x) => !result.fixed.includes(x))) io.stdout(`  ${d.kind === "extra-column" ? "note" : "difference"}: ${differenceText(d)}\n`);
  if (open.length === 0) {
    io.stdout("  Its schema matches SafeShare's.\n");
    return false;
  }
  if (!fix) io.stdout("  Run again with --fix to add missing columns and indexes (and turn off unique values on a team list); other differences need an administrator.\n");
  return true;
}

export interface ProvisionDeps {
  /** fetch for SharePoint REST (tests). */
  readonly fetchImpl?: typeof fetch;
}

/** Run `safeshare provision` with validated options. */
export async function runProvisionWith(io: CliIO, o: ProvisionOptions, deps: ProvisionDeps = {}): Promise<number> {
  checkProvisionOptions(o);
  if (o.team.length === 0) return runSingleList(io, o);
  return runTeamLists(io, o, deps);
}

async function runSingleList(io: CliIO, o: ProvisionOptions): Promise<number> {
  const listName = o.list ?? DEFAULT_LIST_NAME;
  try {
    const conn = await graphConnectionFrom(io, o);
    const result = await provisionDecisionList(conn.client, conn.siteId, { listName, fix: o.fix });
    const differences = reportList(io, o.site, listName, result, o.fix, false);
    io.stdout(`\nNo "read own items" on this list. ${SINGLE_LIST_NO_READ_OWN}\n`);
    const policyDifferences = await provisionPolicy(io, conn, o);
    return differences || policyDifferences ? EXIT.review : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "provision", error);
  }
}

/**
 * The policy list ("SafeShare policy", store/policy-store.ts): created beside the decision lists, or its
 * columns compared. Returns true when differences remain. Who may change it is the list's permissions:
 * information governance edits, everyone else reads (printed here as the step to take).
 */
async function provisionPolicy(io: CliIO, conn: GraphConnection, o: ProvisionOptions): Promise<boolean> {
  const result = await provisionPolicyList(conn.client, conn.siteId, { fix: o.fix });
  const differences = reportList(io, o.site, POLICY_LIST_NAME, result, o.fix, false);
  if (result.kind === "created") {
    io.stdout(
      `\nThe policy: until one is saved, SafeShare uses its built-in default. Only information governance should change it: on "${POLICY_LIST_NAME}", ` +
        "stop inheriting permissions, give the governance group Edit and everyone who uses SafeShare Read (List settings > Permissions for this list). " +
        `Then: safeshare policy get --site ${o.site} > policy.json, edit, and safeshare policy put policy.json --site ${o.site} --based-on 0.\n`,
    );
  }
  return differences;
}

async function runTeamLists(io: CliIO, o: ProvisionOptions, deps: ProvisionDeps): Promise<number> {
  const local = !isMicrosoftGraph(o.graph);
  const spToken = io.env.SAFESHARE_SHAREPOINT_TOKEN?.trim() || undefined;
  const graphToken = io.env.SAFESHARE_TOKEN?.trim() || undefined;
  const groupsFor = (i: number): TeamAccessGroups => ({
    practitioners: ((v) => (v ? groupRefFrom(v) : undefined))(groupValueFor(o, "practitioners-group", i)),
    managers: ((v) => (v ? groupRefFrom(v) : undefined))(groupValueFor(o, "managers-group", i)),
    governance: ((v) => (v ? groupRefFrom(v) : undefined))(groupValueFor(o, "governance-group", i)),
  });
  const hasGroups = (g: GroupOption): boolean => o[g].length > 0;
  const emulate = local && !o["dry-run"] && (hasGroups("practitioners-group") || hasGroups("managers-group") || hasGroups("governance-group"));
  const perform = !local && !o["dry-run"] && spToken !== undefined;
  if (emulate) for (const [i] of o.team.entries()) for (const g of GROUP_OPTIONS) upnsFrom(groupValueFor(o, g, i), g);
  if (perform && (!hasGroups("practitioners-group") || !hasGroups("managers-group"))) {
    throw new UsageError("performing the per-team security needs --practitioners-group and --managers-group: breaking a list's permission inheritance without granting them would lock the team out (use --dry-run to see the calls)");
  }
  try {
    // 1. The lists (Graph). A dry run changes nothing: it looks lists up when a Graph token is given.
    const lists: { team: string; list: SpListRef; groups: TeamAccessGroups; blocked: boolean }[] = [];
    let differences = false;
    const conn = o["dry-run"] && !graphToken ? undefined : await graphConnectionFrom(io, o);
    for (const [i, team] of o.team.entries()) {
      const title = decisionListFor(team);
      if (!conn) {
        lists.push({ team, list: { title }, groups: groupsFor(i), blocked: false });
        continue;
      }
      if (o["dry-run"]) {
        const found = await findListId(conn.client, conn.siteId, title);
        io.stdout(found ? `The list "${title}" (${found}) exists on ${o.site}.\n` : `The list "${title}" does not exist yet on ${o.site}: provision without --dry-run creates it.\n`);
        lists.push({ team, list: { id: found, title }, groups: groupsFor(i), blocked: false });
        continue;
      }
      const result = await provisionDecisionList(conn.client, conn.siteId, { listName: title, fix: o.fix, uniqueRecordId: false });
      if (reportList(io, o.site, title, result, o.fix, true)) differences = true;
      const blocked = result.kind === "exists" && result.differences.some((d) => d.kind === "unexpectedly-unique" && !result.fixed.includes(d));
      lists.push({ team, list: { id: result.listId, title }, groups: groupsFor(i), blocked });
    }
    if (conn && !o["dry-run"] && (await provisionPolicy(io, conn, o))) differences = true;
    const blocked = lists.filter((l) => l.blocked);
    for (const l of blocked) io.stdout(`\nAccess not set on "${l.list.title}": its RecordId enforces unique values, which SharePoint does not allow with "read own items". Run again with --fix.\n`);
    const ready = lists.filter((l) => !l.blocked);

    // 2. Their security (SharePoint REST; or the local server's emulation).
    if (ready.length > 0) {
      if (emulate && conn) {
        const me = (await conn.client.api("/me").get()) as { userPrincipalName?: string; mail?: string };
        const caller = me.userPrincipalName ?? me.mail ?? "";
        for (const l of ready) {
          const i = o.team.indexOf(l.team);
          const grants = await emulateTeamAccess(conn.client, conn.siteId, l.list.id as string, {
            practitioners: upnsFrom(groupValueFor(o, "practitioners-group", i), "practitioners-group"),
            managers: upnsFrom(groupValueFor(o, "managers-group", i), "managers-group"),
            governance: upnsFrom(groupValueFor(o, "governance-group", i), "governance-group"),
          }, caller);
          io.stdout(`\nlocal server: access emulated on "${l.list.title}" (development-only _devAccess route; on a tenant this is SharePoint REST, shown by --dry-run): ReadSecurity 2, WriteSecurity 2; ${Object.entries(grants).map(([u, level]) => `${u} ${level}`).join(", ")}.\n`);
        }
      } else if (perform) {
        const report = await applyTeamAccess(o.site, ready.map((l) => ({ list: l.list, groups: l.groups })), sharePointRestRunner(spToken as string, deps.fetchImpl));
        io.stdout("\n");
        for (const name of report.createdLevels) io.stdout(`Created the permission level "${name}" on ${o.site}.\n`);
        for (const name of report.differentLevels) io.stdout(`note: the permission level "${name}" exists with other permissions than SafeShare's; left as it is (check it in Site settings > Site permissions > Permission levels).\n`);
        for (const l of report.lists) {
          io.stdout(`Secured "${l.title}": ReadSecurity 2, WriteSecurity 2, ${l.brokeInheritance ? "inheritance broken (only you kept access)" : "already had its own permissions"}${l.assigned.length ? `; ${l.assigned.join("; ")}` : ""}.\n`);
        }
      } else {
        const why = o["dry-run"]
          ? "--dry-run: nothing was changed."
          : local
            ? "local server: access not emulated: give --practitioners-group / --managers-group / --governance-group as member UPNs (comma-separated) to emulate it."
            : `not performed: set SAFESHARE_SHAREPOINT_TOKEN to a SharePoint access token for ${new URL(o.site).origin} (audience SharePoint, not Graph) of a site owner, or send these calls yourself.`;
        io.stdout(`\n${why}\n${teamAccessPlan(o.site, ready.map((l) => ({ list: l.list, groups: l.groups })))}\n`);
      }
    }
    return differences || blocked.length > 0 ? EXIT.review : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "provision", error);
  }
}

/** A list's id by title, or undefined when it does not exist (read-only: for --dry-run). */
async function findListId(client: Client, siteId: string, title: string): Promise<string | undefined> {
  try {
    const body = (await client.api(`/sites/${siteId}/lists/${encodeURIComponent(title)}`).select("id").get()) as { id?: unknown };
    if (typeof body.id !== "string") throw new StoreError("invalid-response", `list ${title}: not a list`);
    return body.id;
  } catch (error) {
    const e = isStoreError(error) ? error : storeErrorFrom(error, `list ${title}`);
    if (e.status === 404) return undefined;
    throw e;
  }
}

/** `safeshare provision`: parse argv, run, and turn usage errors into exit 2. */
export async function runProvision(io: CliIO, argv: string[], deps: ProvisionDeps = {}): Promise<number> {
  try {
    return await runProvisionWith(io, provisionOptionsFrom(argv), deps);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare provision: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
