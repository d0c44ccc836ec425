/** The team's decision log (one SharePoint list per team) as the Teams pages open it. */
import type { Client } from "@microsoft/microsoft-graph-client";
import { DecisionLog, decisionListId, siteFrom, visibleDecisionLists, type VisibleLists } from "../store";
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

/** The decision lists the signed-in user can see on the site (for `chooseTeam`). */
export async function teamListsFor(client: Client, siteUrl: string): Promise<{ siteId: string; visible: VisibleLists }> {
  const site = await siteFrom(client, siteUrl);
  return { siteId: site.id, visible: await visibleDecisionLists(client, site.id) };
}
