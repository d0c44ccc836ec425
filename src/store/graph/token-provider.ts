import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";

/**
 * Where access tokens come from. The browser hosts use MSAL (`auth/msal-token-provider.ts`); the CLI uses
 * a static token from `SAFESHARE_TOKEN` (a real Graph token, or any string for the local dev server).
 * Tokens are handed to the Graph client's AuthenticationHandler and never logged or stored by SafeShare.
 */
export interface TokenProvider {
  /** An access token for the given scopes (empty = the provider's default scopes). */
  getToken(scopes?: readonly string[]): Promise<string>;
}

/** A provider that always returns the same token (CLI, tests, the local server). */
export function staticTokenProvider(token: string): TokenProvider {
  if (token.trim() === "") throw new RangeError("static token provider: the token is empty");
  return { getToken: async () => token };
}

/** The Graph client's AuthenticationProvider over a TokenProvider. */
export function graphAuthProvider(tokens: TokenProvider, scopes?: readonly string[]): AuthenticationProvider {
  return { getAccessToken: () => tokens.getToken(scopes) };
}
