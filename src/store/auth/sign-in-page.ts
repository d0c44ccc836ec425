/**
 * SafeShare's sign-in page, opened in an Office dialog or a Teams authentication window when the host has
 * no nested app authentication (sign-in-window.ts opens it). It signs in with MSAL's standard client by
 * redirect inside that window — a dialog is its own browser instance, so a redirect there leaves the pane
 * untouched — and replies once: the token, or why sign-in failed (an MSAL error code, never its text, which
 * can carry the user's name).
 *
 * MSAL Browser v5 returns from Microsoft's sign-in page to a redirect bridge page (`auth-redirect.html`,
 * redirect-bridge-entry.ts), which hands the answer back to this page (Microsoft: "Set up the redirect bridge
 * page in MSAL Browser"). Both addresses are SPA redirect URIs of the app registration
 * (docs/production-setup.md).
 */
import { createStandardPublicClientApplication, type AuthenticationResult, type Configuration, type IPublicClientApplication } from "@azure/msal-browser";
import { needsInteraction } from "./msal-token-provider";
import { signInRequestFrom, type SignInMessage } from "./sign-in-window";

/** The parts of MSAL's client the page uses (a fake in tests). */
export type SignInPageClient = Pick<IPublicClientApplication, "handleRedirectPromise" | "getAllAccounts" | "acquireTokenSilent" | "acquireTokenRedirect">;

export interface SignInPageDeps {
  /** `window.location.search` and `href`. */
  readonly search: string;
  readonly href: string;
  /** The redirect bridge page's address (registered in Entra). */
  readonly redirectUri: string;
  createClient(config: Configuration): Promise<SignInPageClient>;
  /** Send the one answer to the window that opened the page. */
  reply(message: string): Promise<void>;
}

export type SignInPageOutcome = "replied" | "redirecting";

/** Run the page: finish a sign-in coming back from Microsoft, or start one. */
export async function runSignInPage(deps: SignInPageDeps): Promise<SignInPageOutcome> {
  const request = signInRequestFrom(deps.search);
  if ("error" in request) return answer(deps, { kind: "failed", error: "bad_request" });
  let client: SignInPageClient;
  try {
    client = await deps.createClient({
      auth: { clientId: request.clientId, authority: request.authority, redirectUri: deps.redirectUri },
      // The redirect must survive the page reloading; the dialog's session storage is its own and goes with it.
      cache: { cacheLocation: "sessionStorage" },
    });
    const back = await client.handleRedirectPromise();
    if (back) return answer(deps, signedIn(back));
    const account = client.getAllAccounts()[0];
    if (account) {
      try {
        return answer(deps, signedIn(await client.acquireTokenSilent({ scopes: [...request.scopes], account })));
      } catch (error) {
        if (!needsInteraction(error)) throw error;
      }
    }
    await client.acquireTokenRedirect({ scopes: [...request.scopes], redirectStartPage: deps.href });
    return "redirecting";
  } catch (error) {
    return answer(deps, { kind: "failed", error: errorCodeOf(error) });
  }
}

function signedIn(result: AuthenticationResult): SignInMessage {
  if (!result.account) return { kind: "failed", error: "no_account" };
  return {
    kind: "signed-in",
    accessToken: result.accessToken,
    expiresOn: (result.expiresOn ?? new Date(0)).getTime(),
    scopes: result.scopes,
    account: { username: result.account.username, localAccountId: result.account.localAccountId },
  };
}

/** An MSAL error's code ("user_cancelled", "interaction_in_progress"), short and free of personal data. */
function errorCodeOf(error: unknown): string {
  const e = error as { errorCode?: unknown; name?: unknown } | null;
  const code = typeof e?.errorCode === "string" ? e.errorCode : typeof e?.name === "string" ? e.name : "unknown_error";
  return /^[A-Za-z0-9_.-]{1,80}$/.test(code) ? code : "unknown_error";
}

async function answer(deps: SignInPageDeps, message: SignInMessage): Promise<SignInPageOutcome> {
  await deps.reply(JSON.stringify(message));
  return "replied";
}

/** Run the page in this window, answering through the host's `reply` (messageParent, notifySuccess). */
export function runSignInPageHere(reply: (message: string) => void | Promise<void>): Promise<SignInPageOutcome> {
  return runSignInPage({
    search: window.location.search,
    href: window.location.href,
    redirectUri: new URL("auth-redirect.html", window.location.href).href,
    createClient: (config) => createStandardPublicClientApplication(config),
    reply: async (message) => reply(message),
  });
}
