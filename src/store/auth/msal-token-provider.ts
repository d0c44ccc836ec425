/**
 * Tokens in the browser hosts through MSAL.js (@azure/msal-browser).
 *
 * - Inside Outlook / Teams / Microsoft 365 with nested app authentication (NAA), the app uses
 *   `createNestablePublicClientApplication`: the host brokers the sign-in (SSO), no popup.
 * - In a plain browser (or a host without NAA), `createStandardPublicClientApplication`, and interaction
 *   by popup, or by redirect where popups are blocked.
 * - Always `acquireTokenSilent` first; interaction only when MSAL says interaction is required.
 * - Tokens stay in MSAL's cache (memory, or session storage for a redirect round-trip); SafeShare never
 *   writes them anywhere, never logs them, and MSAL's logger is left at its default (no PII).
 *
 * Tested without a tenant: the mode decision, the scope choice and the silent → interactive fallback
 * (with a fake client application). The real sign-in needs a tenant and has not been run here.
 */
import {
  type AccountInfo,
  type Configuration,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenProvider } from "../graph/token-provider";
import { REFUSED_SCOPES, scopesFor } from "./scopes";

export type AuthMode = "nested" | "standard-popup" | "standard-redirect";

/** What the surface knows about where it runs. */
export interface HostFacts {
  /** Office: `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")`; Teams: true in a Teams host. */
  readonly nestedAppAuthSupported: boolean;
  /** False where popups are blocked or unsupported (e.g. some embedded webviews). */
  readonly popupsAllowed: boolean;
}

/** Which MSAL client and interaction to use. */
export function authModeFor(host: HostFacts): AuthMode {
  if (host.nestedAppAuthSupported) return "nested";
  return host.popupsAllowed ? "standard-popup" : "standard-redirect";
}

export interface MsalSettings {
  readonly clientId: string;
  /** `https://login.microsoftonline.com/{tenant-id}` (single tenant: the organisation's own). */
  readonly authority: string;
  /**
   * The SPA redirect URI registered for the app: for popup and redirect sign-in, the redirect bridge page
   * (`auth-redirect.html`, MSAL Browser v5); unused by nested app authentication.
   */
  readonly redirectUri?: string;
}

/** MSAL configuration: tokens in memory (session storage only when a redirect must survive a reload). */
export function msalConfiguration(settings: MsalSettings, mode: AuthMode): Configuration {
  return {
    auth: { clientId: settings.clientId, authority: settings.authority, ...(settings.redirectUri ? { redirectUri: settings.redirectUri } : {}) },
    cache: { cacheLocation: mode === "standard-redirect" ? "sessionStorage" : "memoryStorage" },
  };
}

/** Create the MSAL client application for the mode (nested falls back to standard inside MSAL if the host refuses). */
export async function msalApplicationFor(settings: MsalSettings, mode: AuthMode): Promise<IPublicClientApplication> {
  // MSAL Browser v5 finishes popup and redirect sign-in only on a redirect bridge page (auth-redirect.html):
  // without one, Microsoft's answer lands on a page that never hands it back and the sign-in hangs.
  if (mode !== "nested" && !settings.redirectUri) throw new RangeError("MSAL popup and redirect sign-in need the redirect bridge page as redirectUri (auth-redirect.html)");
  const config = msalConfiguration(settings, mode);
  return mode === "nested" ? createNestablePublicClientApplication(config) : createStandardPublicClientApplication(config);
}

/** True when MSAL says the user must interact (checked by code, not instanceof: bundles may hold two copies). */
export function needsInteraction(error: unknown): boolean {
  const e = error as { name?: string; errorCode?: string } | null;
  if (!e) return false;
  if (e.name === "InteractionRequiredAuthError") return true;
  return ["interaction_required", "login_required", "consent_required", "no_account_error", "no_tokens_found", "invalid_grant"].includes(e.errorCode ?? "");
}

/** The parts of IPublicClientApplication the provider uses (a fake in tests). */
export type MsalClient = Pick<IPublicClientApplication, "acquireTokenSilent" | "acquireTokenPopup" | "acquireTokenRedirect" | "getActiveAccount" | "getAllAccounts" | "setActiveAccount">;

/** A TokenProvider over MSAL: silent first, then popup or redirect. */
export function msalTokenProvider(pca: MsalClient, mode: AuthMode, defaultScopes: readonly string[] = scopesFor()): TokenProvider {
  return {
    async getToken(requested) {
      const scopes = [...(requested && requested.length > 0 ? requested : defaultScopes)];
      const refused = scopes.filter((s) => REFUSED_SCOPES.includes(s));
      if (refused.length > 0) throw new RangeError(`SafeShare does not request ${refused.join(", ")} (least privilege: Sites.Selected)`);
      const account: AccountInfo | undefined = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? undefined;
      try {
        // NAA: without an account MSAL asks the host for the signed-in user (SSO).
        const result = await pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}) });
        if (result.account) pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!needsInteraction(error)) throw error;
      }
      if (mode === "standard-redirect") {
        await pca.acquireTokenRedirect({ scopes });
        throw new Error("redirecting to sign in"); // the page navigates away
      }
      const result = await pca.acquireTokenPopup({ scopes });
      if (result.account) pca.setActiveAccount(result.account);
      return result.accessToken;
    },
  };
}
