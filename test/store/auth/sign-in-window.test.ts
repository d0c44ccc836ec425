import { KNOWN_SCOPES, signInPageUrl, signInRequestFrom, signInWindowTokenProvider, SignInWindowError } from "../../../src/store";
import { scopesFor } from "../../../src/store/auth/scopes";

const CLIENT = "11111111-2222-3333-4444-555555555555";
const AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";
const PAGE = "https://safeshare.contoso.gov.uk/sign-in-office.html";

const signedIn = (token: string, expiresOn: number) =>
  JSON.stringify({ kind: "signed-in", accessToken: token, expiresOn, scopes: scopesFor(), account: { username: "sam.jones@contoso.gov.uk", localAccountId: "00000000-0000-0000-0000-0000000000aa" } });

describe("sign-in window: the page's address", () => {
  it("carries the app, the authority and the scopes, and reads back the same", () => {
    const url = signInPageUrl(PAGE, { clientId: CLIENT, authority: AUTHORITY, scopes: scopesFor(["decision-log", "identity"]) });
    expect(new URL(url).origin).toBe("https://safeshare.contoso.gov.uk");
    expect(signInRequestFrom(new URL(url).search)).toEqual({ clientId: CLIENT, authority: AUTHORITY, scopes: scopesFor(["decision-log", "identity"]) });
  });

  it.each([
    ["?clientId=nope&authority=" + encodeURIComponent(AUTHORITY) + "&scopes=x", /client/],
    [`?clientId=${CLIENT}&authority=${encodeURIComponent("https://evil.example/tenant")}&scopes=${encodeURIComponent(KNOWN_SCOPES[0]!)}`, /authority/],
    [`?clientId=${CLIENT}&authority=${encodeURIComponent(AUTHORITY)}&scopes=`, /no permissions/],
    [`?clientId=${CLIENT}&authority=${encodeURIComponent(AUTHORITY)}&scopes=${encodeURIComponent("https://graph.microsoft.com/Sites.ReadWrite.All")}`, /does not ask for/],
    [`?clientId=${CLIENT}&authority=${encodeURIComponent(AUTHORITY)}&scopes=${encodeURIComponent("https://graph.microsoft.com/Mail.Read")}`, /does not ask for/],
  ])("refuses %s", (search, error) => {
    const r = signInRequestFrom(search);
    expect("error" in r && r.error).toMatch(error);
  });
});

describe("sign-in window: tokens", () => {
  let now = 1_000_000;
  const clock = () => now;
  const provider = (open: (url: string) => Promise<string>) => signInWindowTokenProvider({ open, pageUrl: PAGE, clientId: CLIENT, authority: AUTHORITY, defaultScopes: scopesFor(), now: clock });

  it("opens the window once, keeps the token in memory until shortly before it expires, then opens it again", async () => {
    const urls: string[] = [];
    let n = 0;
    const p = provider(async (url) => {
      urls.push(url);
      return signedIn(`token-${++n}`, now + 3600_000);
    });
    expect(p.account()).toBeUndefined();
    expect(await p.getToken()).toBe("token-1");
    expect(await p.getToken()).toBe("token-1");
    expect(p.account()).toEqual({ username: "sam.jones@contoso.gov.uk", localAccountId: "00000000-0000-0000-0000-0000000000aa" });
    now += 3600_000 - 4 * 60_000; // within five minutes of expiry
    expect(await p.getToken()).toBe("token-2");
    expect(urls).toHaveLength(2);
    expect(signInRequestFrom(new URL(urls[0]!).search)).toMatchObject({ scopes: scopesFor() });
  });

  it("shares one window between requests made at the same time (Office allows one dialog)", async () => {
    let opened = 0;
    const p = provider(async () => {
      opened++;
      await new Promise((r) => setTimeout(r, 5));
      return signedIn("t", now + 3600_000);
    });
    expect(await Promise.all([p.getToken(), p.getToken(), p.getToken()])).toEqual(["t", "t", "t"]);
    expect(opened).toBe(1);
  });

  it.each([
    ["not JSON", "<html>"],
    ["the wrong shape", JSON.stringify({ kind: "signed-in", accessToken: "" })],
    ["a failure", JSON.stringify({ kind: "failed", error: "user_cancelled" })],
  ])("rejects %s with a sentence, and holds no token", async (_what, reply) => {
    const p = provider(async () => reply);
    await expect(p.getToken()).rejects.toBeInstanceOf(SignInWindowError);
    expect(p.account()).toBeUndefined();
  });

  it("says so when the token it got has already expired (a wrong clock)", async () => {
    const p = provider(async () => signedIn("old", now - 1));
    await expect(p.getToken()).rejects.toThrow(/clock/);
  });

  it("never asks for a scope broader than Sites.Selected", async () => {
    const p = provider(async () => signedIn("t", now + 3600_000));
    await expect(p.getToken(["https://graph.microsoft.com/Sites.ReadWrite.All"])).rejects.toThrow(RangeError);
  });
});
