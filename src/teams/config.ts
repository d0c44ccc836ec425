/**
 * The Teams pages' configuration, from the page URL (a configurable tab's content URL carries it; the
 * demo harness sets it too). None of it is identity: the user is whoever the token says (`GET /me`).
 *
 * - `team`: the team's name as records carry it; its decision list is `SafeShare decisions - <team>`.
 * - `site`: the SharePoint site URL (written into the tab's address by the manifest build with `clientId`
 *   and `tenant`; a deployed page without them says it is not set up). The demo's site when absent.
 * - `chat` or `teamId` + `channel`: where to post (teams-js context fills these in Teams).
 * - `host=demo`, `as=<upn>`: the demo harness; tokens are unsigned development tokens for that user with
 *   exactly the scopes the page requests (`devTokenProvider`), which the local Graph server enforces.
 * - `graph`: the Graph root (default Microsoft Graph; `/graph` in the demo).
 */
import { decisionListFor, devTokenProvider, GRAPH_V1, scopesFor, teamOfDecisionList, type ScopeNeed, type TokenProvider } from "../store";
import type { ShareTarget } from "./graph";
import type { TeamsContextHint } from "./host";

export const DEMO_SITE = "https://contoso.sharepoint.com/sites/safeguarding";

/** The decision list of a team (one list per team: see docs/teams.md, "Who can read what"); the store's naming rule. */
export function teamListName(team: string): string {
  return decisionListFor(team);
}

/** The team a list belongs to, or undefined for a list that is not a team's decision list. */
export function teamOfList(listName: string): string | undefined {
  return teamOfDecisionList(listName);
}

export interface PageConfig {
  readonly demo: boolean;
  readonly demoUser: string | undefined;
  readonly graphUrl: string;
  readonly site: string;
  readonly team: string | undefined;
  readonly target: ShareTarget | undefined;
  readonly appVersion: string;
}

export const APP_VERSION = "0.1.0";

export function pageConfigFrom(search: string, hint: TeamsContextHint = {}): PageConfig {
  const p = new URLSearchParams(search);
  const demo = p.get("host") === "demo";
  const chat = p.get("chat") ?? hint.chatId;
  // A private or shared channel is addressed under its host team (ownerGroupId), not the team shown.
  const teamId = p.get("teamId") ?? hint.channelOwnerGroupId ?? hint.teamId;
  const channel = p.get("channel") ?? hint.channelId;
  const target: ShareTarget | undefined = chat ? { kind: "chat", chatId: chat } : teamId && channel ? { kind: "channel", teamId, channelId: channel } : undefined;
  const team = p.get("team")?.trim() || undefined;
  return {
    demo,
    demoUser: demo ? (p.get("as")?.trim().toLowerCase() || undefined) : undefined,
    graphUrl: p.get("graph") ?? (demo ? "/graph" : GRAPH_V1),
    site: p.get("site") ?? DEMO_SITE,
    team,
    target,
    appVersion: APP_VERSION,
  };
}

/** The demo's token source: development tokens for the demo user with the scopes this page requests. */
export function demoTokens(config: PageConfig, needs: readonly ScopeNeed[]): TokenProvider | undefined {
  return config.demo && config.demoUser ? devTokenProvider(config.demoUser, scopesFor(needs)) : undefined;
}
