/**
 * Loading the demo's sample data into a team's decision list, from the browser harness, through the
 * real append path: the list is provisioned with the store's `provisionDecisionList` (as the information
 * governance lead), its security set (the local server's development-only `_devAccess` route: on a tenant
 * this is SharePoint's list settings and permissions), and each practitioner's records are appended with
 * `DecisionLog.appendMany` under that practitioner's own development token, so SharePoint (emulated)
 * records them as the author. Appends are idempotent by record id: loading twice adds nothing.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { DecisionLog, devTokenProvider, graphClientFrom, provisionDecisionList, scopesFor, siteFrom, storeErrorFrom } from "../../../store";
import { demoListAccess, demoTeamListName, IG_LEAD, SAMPLE_PRACTITIONERS } from "./demo-data";
import { sampleRecords } from "./sample-records";

/**
 * Who is calling Graph in the demo, and with which app's token: SafeShare with the scopes the product
 * requests; the information governance lead's admin tool (Graph Explorer, the CLI for Microsoft 365) with
 * full control of sites; and the Teams client itself, for the chat simulator's own chat.
 */
export const DEMO_CALLERS: Readonly<Record<"safeshare" | "admin" | "teamsClient", { readonly scopes: readonly string[]; readonly appId?: string }>> = {
  safeshare: { scopes: scopesFor(["decision-log", "identity"]) },
  admin: { scopes: ["Sites.FullControl.All"], appId: "00000000-0000-0000-0000-00000000ad01" },
  teamsClient: { scopes: ["Chat.ReadWrite", "ChatMember.Read"], appId: "1fec8e78-bce4-4aaf-ab1b-5451cc387264" },
};
export type DemoCaller = keyof typeof DEMO_CALLERS;

/** A Graph client for a demo user through the demo server's `/graph` proxy (see src/teams/graph.ts). */
export function demoClient(upn: string, caller: DemoCaller = "safeshare", proxyRoot = "/graph", fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Client {
  const rewrite: typeof fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const m = /^https:\/\/[^/]+(\/v1\.0(?:\/.*)?)$/.exec(url);
    return fetchImpl(m ? `${proxyRoot}${m[1]}` : url, init);
  };
  return graphClientFrom({ graphUrl: "https://127.0.0.1/v1.0", tokens: devTokenProvider(upn, DEMO_CALLERS[caller].scopes, { ...(DEMO_CALLERS[caller].appId ? { appId: DEMO_CALLERS[caller].appId } : {}) }), fetchImpl: rewrite, retry: { maxRetries: 2 } });
}

const MeSchema = z.object({ id: z.string(), userPrincipalName: z.string() });

export interface SeedReport {
  readonly listId: string;
  readonly created: number;
  readonly alreadyPresent: number;
  readonly failed: number;
}

/**
 * The team's decision list with its per-team security, as the information governance lead sets it up
 * (idempotent): the demo stack does this on start, so the Teams pages and the compose pane find the team
 * on first start; "Load sample data" does it again before appending.
 */
export async function prepareDemoTeamList(admin: Client, siteId: string, team: string): Promise<string> {
  const list = await provisionDecisionList(admin, siteId, { listName: demoTeamListName(team), fix: true });
  const listPath = `/sites/${siteId}/lists/${list.listId}`;
  try {
    // SharePoint allows "read own items" or unique values on a column, not both (docs/teams.md).
    const columns = (await admin.api(`${listPath}/columns`).select("id,name").get()) as { value: { id: string; name: string }[] };
    const recordId = columns.value.find((c) => c.name === "RecordId")?.id;
    if (recordId) await admin.api(`${listPath}/columns/${encodeURIComponent(recordId)}`).patch({ enforceUniqueValues: false });
    await admin.api(`${listPath}/_devAccess`).put(demoListAccess());
  } catch (error) {
    throw storeErrorFrom(error, "set the demo list's security");
  }
  return list.listId;
}

/** Provision the team's list with per-team security, then append the sample records. */
export async function seedTeamLog(options: { siteUrl: string; team: string; count: number; now: Date; proxyRoot?: string; fetchImpl?: typeof fetch }): Promise<SeedReport> {
  const admin = demoClient(IG_LEAD.upn, "admin", options.proxyRoot, options.fetchImpl);
  const site = await siteFrom(admin, options.siteUrl);
  const list = { listId: await prepareDemoTeamList(admin, site.id, options.team) };
  const people = await Promise.all(
    SAMPLE_PRACTITIONERS.map(async (p) => {
      const client = demoClient(p.upn, "safeshare", options.proxyRoot, options.fetchImpl);
      const me = MeSchema.parse(await client.api("/me").get());
      return { upn: me.userPrincipalName.toLowerCase(), objectId: me.id.toLowerCase(), client };
    }),
  );
  const records = sampleRecords({ practitioners: people, team: options.team, count: options.count, now: options.now, formulaReasonAt: 3 });
  let created = 0;
  let alreadyPresent = 0;
  let failed = 0;
  for (const p of people) {
    const log = new DecisionLog({ client: p.client, list: { siteId: site.id, listId: list.listId } });
    const mine = records.filter((r) => r.practitioner.upn === p.upn);
    // The list cannot enforce unique record ids ("read own items" rules that out), so loading the
    // sample again first asks which of these ids are already there and appends only the others.
    const present = await log.findByRecordIds(mine.map((r) => r.recordId));
    alreadyPresent += present.size;
    const outcomes = await log.appendMany(mine.filter((r) => !present.has(r.recordId.toLowerCase())));
    for (const o of outcomes) {
      if (o.kind === "created") created++;
      else if (o.kind === "already-present") alreadyPresent++;
      else failed++;
    }
  }
  return { listId: list.listId, created, alreadyPresent, failed };
}

/** Demo only: change a record's reasons behind SafeShare's back (as the IG lead), to show the review page notices. */
export async function tamperWithARecord(options: { siteUrl: string; team: string; proxyRoot?: string; fetchImpl?: typeof fetch }): Promise<string | undefined> {
  const admin = demoClient(IG_LEAD.upn, "admin", options.proxyRoot, options.fetchImpl);
  const site = await siteFrom(admin, options.siteUrl);
  const items = `/sites/${site.id}/lists/${encodeURIComponent(demoTeamListName(options.team))}/items`;
  const page = (await admin.api(items).expand("fields($select=RecordId)").top(1).get()) as { value?: { id: string; fields?: { RecordId?: string } }[] };
  const first = page.value?.[0];
  if (!first) return undefined;
  await admin.api(`${items}/${first.id}/fields`).patch({ Reasons: "Edited later: this reason is not what the practitioner wrote." });
  return first.fields?.RecordId;
}
