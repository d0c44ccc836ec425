/**
 * Unsigned development tokens for SafeShare's local Graph-compatible server (never accepted by Microsoft).
 *
 * They are JWTs with `alg: none` carrying the claims Microsoft Graph reads from a real delegated token
 * (Microsoft identity platform, "Access token claims reference"): `aud` (Graph), `upn` / `name` / `oid`
 * (who), `tid` (tenant), `appid` (which app registration asked), and `scp` — the delegated permissions,
 * space-separated, without the resource prefix. The local server answers 403 to a call whose permission
 * is not in `scp`, as Graph does, so the demo and the tests that mint these from the scopes the product
 * actually requests (`devTokenProvider`) fail when a scope is missing.
 */
import type { TokenProvider } from "./token-provider";

/** The app registration the demo and the tests act as (the local server's site grants name it). */
export const DEV_APP_ID = "5a1e5a1e-0d3f-4c6b-9a57-5afe5a1e0001";

/** Microsoft Graph's resource id and its URL form, both accepted as `aud`. */
export const GRAPH_AUDIENCES = ["https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000"] as const;

export interface DevTokenClaims {
  /** The user's sign-in name (`upn`). */
  readonly upn: string;
  readonly name?: string;
  /** The user's object id; the local server looks the user up by `upn` when absent. */
  readonly oid?: string;
  /** Delegated permissions, with or without the `https://graph.microsoft.com/` prefix. */
  readonly scopes: readonly string[];
  readonly appId?: string;
  readonly tenantId?: string;
  /** Defaults to Graph; a SharePoint token (`https://contoso.sharepoint.com`) is refused by Graph. */
  readonly audience?: string;
}

const GRAPH_PREFIX = /^https:\/\/graph\.microsoft\.com\//i;

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The `scp` claim for a list of requested scopes (OpenID scopes are not Graph permissions). */
export function scpClaim(scopes: readonly string[]): string {
  const names = scopes.map((s) => s.replace(GRAPH_PREFIX, "")).filter((s) => !["openid", "profile", "offline_access", "email"].includes(s.toLowerCase()));
  return [...new Set(names)].join(" ");
}

/** An unsigned development access token with these claims. */
export function devToken(claims: DevTokenClaims): string {
  const header = { typ: "JWT", alg: "none" };
  const payload: Record<string, string> = {
    aud: claims.audience ?? GRAPH_AUDIENCES[0],
    iss: "https://login.microsoftonline.com/safeshare-dev/v2.0",
    upn: claims.upn,
    name: claims.name ?? claims.upn,
    appid: claims.appId ?? DEV_APP_ID,
    scp: scpClaim(claims.scopes),
    ver: "1.0",
  };
  if (claims.oid) payload.oid = claims.oid;
  if (claims.tenantId) payload.tid = claims.tenantId;
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}.`;
}

/**
 * A token provider for the local server that, like MSAL, issues a token for exactly the scopes asked
 * for (or `defaultScopes` when the caller asks for none).
 */
export function devTokenProvider(upn: string, defaultScopes: readonly string[], extra: Omit<DevTokenClaims, "upn" | "scopes"> = {}): TokenProvider {
  if (upn.trim() === "") throw new RangeError("development token provider: the user is empty");
  return {
    getToken: async (scopes) => devToken({ ...extra, upn, scopes: scopes && scopes.length > 0 ? scopes : defaultScopes }),
  };
}
