/**
 * Which SharePoint list holds which records: the one naming rule, used by the store, the CLI, the task
 * pane and the Teams pages (docs/teams.md, "Who can read what").
 *
 * - Small organisations: one list, `SafeShare decisions`, with unique RecordId (no "read own items").
 * - The chosen access model: one list per team, `SafeShare decisions - <team>`, with "read own items"
 *   and the team's own permissions.
 */

export const DEFAULT_LIST_NAME = "SafeShare decisions";

const TEAM_PREFIX = `${DEFAULT_LIST_NAME} - `;

/** SharePoint list titles hold at most 255 characters. */
export const MAX_LIST_TITLE = 255;

/** The decision list of a team (trimmed team name), or the single list when there is no team. */
export function decisionListFor(team?: string | null): string {
  const t = team?.trim();
  return t ? `${TEAM_PREFIX}${t}` : DEFAULT_LIST_NAME;
}

/** The team a list belongs to, or undefined for a list that is not a team's decision list. */
export function teamOfDecisionList(listName: string): string | undefined {
  return listName.startsWith(TEAM_PREFIX) && listName.length > TEAM_PREFIX.length ? listName.slice(TEAM_PREFIX.length) : undefined;
}
