import { authModeFor, msalApplicationFor, msalConfiguration, msalTokenProvider, type MsalClient, needsInteraction, REFUSED_SCOPES, scopesFor } from "../../src/store";

/**
 * What can be tested without a tenant: the scope choice, the mode decision and the silent → interactive
 * fallback against a fake MSAL client. Sign-in itself needs a Microsoft Entra tenant (not run here).
 */
describe("least-privilege scopes", () => {
  it("defaults to delegated Sites.Selected only", () => {
    expect(scopesFor()).toEqual(["https://graph.microsoft.com/Sites.Selected"]);
    expect(scopesFor(["decision-log", "teams-chat-post", "decision-log"])).toEqual(["https://graph.microsoft.com/Sites.Selected", "https://graph.microsoft.com/ChatMessage.Send"]);
    expect(REFUSED_SCOPES).toContain("https://graph.microsoft.com/Sites.ReadWrite.All");
  });
});

describe("auth mode", () => {
  it("uses nested app authentication where the host supports it, else popup, else redirect", () => {
    expect(authModeFor({ nestedAppAuthSupported: true, popupsAllowed: false })).toBe("nested");
    expect(authModeFor({ nestedAppAuthSupported: false, popupsAllowed: true })).toBe("standard-popup");
    expect(authModeFor({ nestedAppAuthSupported: false, popupsAllowed: false })).toBe("standard-redirect");
  });

  it("refuses popup or redirect sign-in without the redirect bridge page (MSAL v5 never finishes it otherwise)", async () => {
    await expect(msalApplicationFor({ clientId: "c", authority: "https://login.microsoftonline.com/t" }, "standard-popup")).rejects.toThrow(/auth-redirect/);
    await expect(msalApplicationFor({ clientId: "c", authority: "https://login.microsoftonline.com/t" }, "standard-redirect")).rejects.toThrow(/auth-redirect/);
  });

  it("keeps tokens in memory, or session storage only for a redirect", () => {
    expect(msalConfiguration({ clientId: "c", authority: "https://login.microsoftonline.com/t" }, "nested").cache?.cacheLocation).toBe("memoryStorage");
    expect(msalConfiguration({ clientId: "c", authority: "https://login.microsoftonline.com/t" }, "standard-redirect").cache?.cacheLocation).toBe("sessionStorage");
  });
});

function fakeMsal(silent: "ok" | "interaction" | "network") {
  const calls: string[] = [];
  const account = { homeAccountId: "h", environment: "e", tenantId: "t", username: "jo@x.gov.uk", localAccountId: "l" };
  const client = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    setActiveAccount: () => calls.push("setActive"),
    acquireTokenSilent: async (req: { scopes: string[] }) => {
      calls.push(`silent:${req.scopes.join(",")}`);
      if (silent === "interaction") throw Object.assign(new Error("x"), { name: "InteractionRequiredAuthError", errorCode: "interaction_required" });
      if (silent === "network") throw Object.assign(new Error("offline"), { name: "BrowserAuthError", errorCode: "network_error" });
      return { accessToken: "silent-token", account };
    },
    acquireTokenPopup: async () => {
      calls.push("popup");
      return { accessToken: "popup-token", account };
    },
    acquireTokenRedirect: async () => void calls.push("redirect"),
  } as unknown as MsalClient;
  return { client, calls };
}

describe("MSAL token provider", () => {
  it("tries silent first", async () => {
    const { client, calls } = fakeMsal("ok");
    expect(await msalTokenProvider(client, "nested").getToken()).toBe("silent-token");
    expect(calls[0]).toBe("silent:https://graph.microsoft.com/Sites.Selected");
    expect(calls).not.toContain("popup");
  });

  it("falls back to a popup only when interaction is required", async () => {
    const { client, calls } = fakeMsal("interaction");
    expect(await msalTokenProvider(client, "standard-popup").getToken()).toBe("popup-token");
    expect(calls).toContain("popup");
  });

  it("redirects where popups are blocked", async () => {
    const { client, calls } = fakeMsal("interaction");
    await expect(msalTokenProvider(client, "standard-redirect").getToken()).rejects.toThrow(/redirecting/);
    expect(calls).toContain("redirect");
  });

  it("does not turn a network failure into an interactive prompt", async () => {
    const { client, calls } = fakeMsal("network");
    await expect(msalTokenProvider(client, "standard-popup").getToken()).rejects.toThrow(/offline/);
    expect(calls).not.toContain("popup");
    expect(needsInteraction({ name: "BrowserAuthError", errorCode: "network_error" })).toBe(false);
  });

  it("refuses broad scopes", async () => {
    const { client } = fakeMsal("ok");
    await expect(msalTokenProvider(client, "nested").getToken(["https://graph.microsoft.com/Sites.ReadWrite.All"])).rejects.toThrow(/least privilege/);
  });
});
