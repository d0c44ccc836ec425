/**
 * Tokens for the local Graph server in tests. The product's own calls use `productTokens` (exactly the
 * scopes the product requests, so a missing scope fails the test); an administrator's tool (Graph
 * Explorer, the CLI for Microsoft 365) holds `Sites.FullControl.All`.
 */
import { DEFAULT_SITE, grantSiteRole, type GraphStore, type SiteRole } from "../../src/dev/graph-server";
import { DEV_APP_ID, devToken, devTokenProvider, scopesFor, type ScopeNeed, type TokenProvider } from "../../src/store";

export const ADMIN_UPN = "ig.lead@contoso.onmicrosoft.com";

/** What an administrator's tool holds: full control of sites, Teams reads, users. */
export const ADMIN_SCOPES = ["Sites.FullControl.All", "User.Read.All", "ChatMember.ReadWrite", "ChannelMember.ReadWrite.All", "Chat.ReadWrite", "ChannelMessage.Read.All", "ChannelMessage.Send", "Channel.ReadBasic.All"];

export function adminToken(upn = ADMIN_UPN): string {
  return devToken({ upn, scopes: ADMIN_SCOPES, appId: "00000000-0000-0000-0000-00000000ad01" });
}

/** A token of the SafeShare app for `upn` with the scopes the product requests for `needs`. */
export function productToken(upn: string, needs: readonly ScopeNeed[] = ["decision-log"]): string {
  return devToken({ upn, scopes: scopesFor(needs) });
}

export function productTokens(upn: string, needs: readonly ScopeNeed[] = ["decision-log"]): TokenProvider {
  return devTokenProvider(upn, scopesFor(needs));
}

/** What the administrator does in production-setup step 4: grant the SafeShare app a role on the site. */
export function grantSafeShare(target: { store: GraphStore }, role: SiteRole = "write", site?: { id: string }): void {
  const s = site ?? target.store.siteByPath(DEFAULT_SITE.hostname, DEFAULT_SITE.path);
  if (!s) throw new Error("no such site");
  grantSiteRole(target.store, s.id, { id: DEV_APP_ID, displayName: "SafeShare" }, role);
}
