/** The team's decision log (one SharePoint list per team) as the Teams pages open it. */
import type { Client } from "@microsoft/microsoft-graph-client";
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
