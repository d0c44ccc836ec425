/**
 * Least-privilege delegated scopes. SafeShare writes and reads one SharePoint list on one site, so it asks
 * for `Sites.Selected` (delegated): it can reach only the sites an administrator granted the app
 * (POST /sites/{site-id}/permissions with role `write`), and never more than the signed-in user can
 * (delegated access is the intersection of the app's grant and the user's own permissions).
 * `Sites.ReadWrite.All` is never requested. Teams features add their own scopes only when used.
 */

const GRAPH = "https://graph.microsoft.com/";

export type ScopeNeed = "decision-log" | "teams-chat-post" | "teams-channel-post" | "teams-chat-members";

const SCOPES: Record<ScopeNeed, readonly string[]> = {
  "decision-log": [`${GRAPH}Sites.Selected`],
  "teams-chat-post": [`${GRAPH}ChatMessage.Send`],
  "teams-channel-post": [`${GRAPH}ChannelMessage.Send`],
  "teams-chat-members": [`${GRAPH}Chat.ReadBasic`],
};

/** The delegated scopes for what a surface is about to do (default: the decision log only). */
export function scopesFor(needs: readonly ScopeNeed[] = ["decision-log"]): string[] {
  return [...new Set(needs.flatMap((n) => SCOPES[n]))];
}

/** Scopes SafeShare must never request (too broad for what it does). */
export const REFUSED_SCOPES: readonly string[] = ["Sites.ReadWrite.All", "Sites.Read.All", "Sites.Manage.All", "Sites.FullControl.All"].map((s) => `${GRAPH}${s}`);
