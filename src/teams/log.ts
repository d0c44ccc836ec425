/** The team's decision log (one SharePoint list per team) as the Teams pages open it. */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { DecisionRecord } from "../core/decision";
import { DecisionLog, decisionListId, siteFrom } from "../store";
import { teamListName } from "./config";

export interface TeamLog {
  readonly log: DecisionLog;
  readonly siteId: string;
  readonly listId: string;
  readonly listName: string;
}

export async function openTeamLog(client: Client, siteUrl: string, team: string, options: { pageSize?: number } = {}): Promise<TeamLog> {
  const site = await siteFrom(client, siteUrl);
  const listName = teamListName(team);
  const listId = await decisionListId(client, site.id, listName);
  return { log: new DecisionLog({ client, list: { siteId: site.id, listId }, ...(options.pageSize ? { pageSize: options.pageSize } : {}) }), siteId: site.id, listId, listName };
}

/** The practitioner's latest record (the chain's tail), read from the list; null for their first record. */
export async function latestRecordOf(log: DecisionLog, objectId: string): Promise<DecisionRecord | null> {
  for await (const entry of log.readForReview({ practitionerObjectId: objectId })) {
    if (entry.kind === "record") return entry.record;
  }
  return null;
}
