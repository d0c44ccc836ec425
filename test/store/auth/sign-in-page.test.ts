import type { Configuration } from "@azure/msal-browser";
import { runSignInPage, type SignInPageClient } from "../../../src/store/auth/sign-in-page";
import { signInPageUrl, SignInMessageSchema } from "../../../src/store";
import { scopesFor } from "../../../src/store/auth/scopes";

const CLIENT = "11111111-2222-3333-4444-555555555555";
const AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";
const HREF = signInPageUrl("https://safeshare.contoso.gov.uk/sign-in-office.html", { clientId: CLIENT, authority: AUTHORITY, scopes: scopesFor() });
const account = { homeAccountId: "h", environment: "login.microsoftonline.com", tenantId: "t", username: "sam.jones@contoso.gov.uk", localAccountId: "oid-1" };
const result = (token: string) => ({ accessToken: token, expiresOn: new Date(5_000_000), scopes: scopesFor(), account }) as never;

function page(client: Partial<SignInPageClient>, href = HREF) {
  const replies: unknown[] = [];
  const configs: Configuration[] = [];
  const full: SignInPageClient = {
    handleRedirectPromise: async () => null,
    getAllAccounts: () => [],
    acquireTokenSilent: async () => {
      throw Object.assign(new Error("x"), { errorCode: "no_tokens_found" });
    },
    acquireTokenRedirect: async () => undefined,
    ...client,
  };
  const run = runSignInPage({
    search: new URL(href).search,
    href,
    redirectUri: "https://safeshare.contoso.gov.uk/auth-redirect.html",
    createClient: async (c) => {
      configs.push(c);
      return full;
    },
    reply: async (m) => {
      replies.push(SignInMessageSchema.parse(JSON.parse(m)));
    },
  });
  return { run, replies, configs };
}

describe("sign-in page", () => {
  it("starts a redirect sign-in from this page, with the redirect bridge as redirect URI and session storage", async () => {
    const started: unknown[] = [];
    const p = page({ acquireTokenRedirect: async (r) => void started.push(r) });
    expect(await p.run).toBe("redirecting");
    expect(p.replies).toEqual([]);
    expect(started).toEqual([{ scopes: scopesFor(), redirectStartPage: HREF }]);
    expect(p.configs[0]).toMatchObject({ auth: { clientId: CLIENT, authority: AUTHORITY, redirectUri: "https://safeshare.contoso.gov.uk/auth-redirect.html" }, cache: { cacheLocation: "sessionStorage" } });
  });

  it("answers with the token and the account when Microsoft's sign-in comes back", async () => {
    const p = page({ handleRedirectPromise: async () => result("from-redirect") });
    expect(await p.run).toBe("replied");
    expect(p.replies).toEqual([{ kind: "signed-in", accessToken: "from-redirect", expiresOn: 5_000_000, scopes: scopesFor(), account: { username: "sam.jones@contoso.gov.uk", localAccountId: "oid-1" } }]);
  });

  it("answers at once when the window already has an account with a token", async () => {
    const p = page({ getAllAccounts: () => [account as never], acquireTokenSilent: async () => result("silent") });
    await p.run;
    expect(p.replies).toMatchObject([{ kind: "signed-in", accessToken: "silent" }]);
  });

  it("answers with MSAL's error code, never its message (which can hold the user's name)", async () => {
    const p = page({ handleRedirectPromise: async () => Promise.reject(Object.assign(new Error("AADSTS50011: sam.jones@contoso.gov.uk mismatch"), { errorCode: "redirect_uri_mismatch" })) });
    await p.run;
    expect(p.replies).toEqual([{ kind: "failed", error: "redirect_uri_mismatch" }]);
  });

  it("refuses an address that asks for a scope SafeShare never requests", async () => {
    const bad = HREF.replace(/scopes=[^&]*/, "scopes=" + encodeURIComponent("https://graph.microsoft.com/Mail.ReadWrite"));
    const p = page({}, bad);
    await p.run;
    expect(p.replies).toEqual([{ kind: "failed", error: "bad_request" }]);
    expect(p.configs).toEqual([]);
  });
});
