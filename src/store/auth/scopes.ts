/**
 * Least-privilege delegated scopes, one set per thing a surface does. Every Microsoft call SafeShare makes,
 * with the permission Microsoft documents for it and the page, is in `docs/microsoft-calls.md`; a test
 * checks that these scopes are exactly the ones that table lists.
 *
 * SafeShare writes and reads decision lists on one SharePoint site, so it asks for `Sites.Selected`
 * (delegated): it reaches only the sites an administrator granted the app (POST /sites/{site-id}/permissions
 * with role `write`), and never more than the signed-in user can (delegated access is the intersection of
 * the app's grant and the user's own permissions). `Sites.ReadWrite.All` is never requested.
 */

const GRAPH = "https://graph.microsoft.com/";

export type ScopeNeed =
  /** Read and append decision records (Sites.Selected). */
  | "decision-log"
  /** `GET /me`: who the signed-in user is (User.Read). */
  | "identity"
  /** `GET /chats/{id}/members` (ChatMember.Read). */
  | "teams-chat-members"
  /** `GET /teams/{id}/channels/{id}/members` and `/allMembers` (ChannelMember.Read.All). */
  | "teams-channel-members"
  /** `GET /users/{id}` for a member Graph lists with `email: null` (User.ReadBasic.All). */
  | "member-addresses"
  | "teams-chat-post"
  | "teams-channel-post";

const SCOPES: Record<ScopeNeed, readonly string[]> = {
  "decision-log": [`${GRAPH}Sites.Selected`],
  identity: [`${GRAPH}User.Read`],
  "teams-chat-members": [`${GRAPH}ChatMember.Read`],
  "teams-channel-members": [`${GRAPH}ChannelMember.Read.All`],
  "member-addresses": [`${GRAPH}User.ReadBasic.All`],
  "teams-chat-post": [`${GRAPH}ChatMessage.Send`],
  "teams-channel-post": [`${GRAPH}ChannelMessage.Send`],
};

/** Every scope SafeShare can request, by need. */
export const SCOPES_BY_NEED: Readonly<Record<ScopeNeed, readonly string[]>> = SCOPES;

/** The delegated scopes for what a surface is about to do (default: the decision log only). */
export function scopesFor(needs: readonly ScopeNeed[] = ["decision-log"]): string[] {
  return [...new Set(needs.flatMap((n) => SCOPES[n]))];
}

/** Scopes SafeShare must never request (too broad for what it does). */
export const REFUSED_SCOPES: readonly string[] = ["Sites.ReadWrite.All", "Sites.Read.All", "Sites.Manage.All", "Sites.FullControl.All"].map((s) => `${GRAPH}${s}`);
