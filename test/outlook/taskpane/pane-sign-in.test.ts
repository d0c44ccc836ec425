import { officeDialogSignIn } from "../../../src/outlook/taskpane/office-dialog-sign-in";
import { paneSignIn, paneSignInModeFor } from "../../../src/outlook/taskpane/pane-sign-in";
import { signInRequestFrom } from "../../../src/store";
import { scopesFor } from "../../../src/store/auth/scopes";
import { fakeOfficeDialogUi } from "../../support/fake-office-dialog";

const PANE = "https://safeshare.contoso.gov.uk/taskpane.html";
const CLIENT = "11111111-2222-3333-4444-555555555555";
const AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";
// Requirement-set versions compare part by part, as Office does: 1.4 is below 1.12.
const minor = (v: string) => Number(v.split(".")[1] ?? 0);
const sets = (supported: Record<string, string>) => ({ isSetSupported: (name: string, version: string) => supported[name] !== undefined && minor(version) <= minor(supported[name]!) });
const reply = JSON.stringify({ kind: "signed-in", accessToken: "dialog-token", expiresOn: Date.now() + 3600_000, scopes: scopesFor(), account: { username: "sam.jones@contoso.gov.uk", localAccountId: "oid-1" } });

describe("task pane sign-in: which way", () => {
  const ui = fakeOfficeDialogUi(PANE, () => undefined);
  it.each([
    [{ NestedAppAuth: "1.1", Mailbox: "1.15" }, "nested"],
    [{ Mailbox: "1.12" }, "office-dialog"],
    [{ DialogApi: "1.1" }, "office-dialog"],
    [{}, "unsupported"],
  ] as const)("%j → %s", (supported, mode) => {
    expect(paneSignInModeFor(sets(supported), ui)).toBe(mode);
  });
  it("never uses the dialog without Office.context.ui", () => {
    expect(paneSignInModeFor(sets({ Mailbox: "1.15" }), undefined)).toBe("unsupported");
  });
});

describe("task pane sign-in: the Office dialog", () => {
  it("opens SafeShare's sign-in page beside the pane, takes its answer, closes the dialog and knows who signed in", async () => {
    const ui = fakeOfficeDialogUi(PANE, (url, page) => {
      expect(url.pathname).toBe("/sign-in-office.html");
      expect(signInRequestFrom(url.search)).toEqual({ clientId: CLIENT, authority: AUTHORITY, scopes: scopesFor() });
      page.messageParent(reply);
    });
    const signIn = await paneSignIn("office-dialog", ui, { clientId: CLIENT, authority: AUTHORITY, paneUrl: PANE, now: () => Date.now() });
    expect(await signIn!.tokens.getToken()).toBe("dialog-token");
    expect(await signIn!.tokens.getToken()).toBe("dialog-token");
    expect(ui.opened).toHaveLength(1);
    expect(ui.closedByAdd).toBe(1);
    expect(signIn!.account()).toEqual({ upn: "sam.jones@contoso.gov.uk", objectId: "oid-1" });
  });

  it("ignores a message from another origin", async () => {
    const ui = fakeOfficeDialogUi(PANE, (_url, page) => {
      page.messageParent(reply, "https://evil.example");
      page.userCloses();
    });
    await expect(officeDialogSignIn(ui, "https://safeshare.contoso.gov.uk")(`${PANE.replace("taskpane", "sign-in-office")}`)).rejects.toThrow(/closed before sign-in finished/);
  });

  it.each([
    ["the user closes the dialog", (_u: URL, p: { userCloses(): void }) => p.userCloses(), /closed before sign-in finished/],
    ["the page cannot load", (_u: URL, p: { failsToLoad(): void }) => p.failsToLoad(), /could not be loaded/],
  ])("says what happened when %s", async (_what, script, message) => {
    const ui = fakeOfficeDialogUi(PANE, script as never);
    await expect(officeDialogSignIn(ui, "https://safeshare.contoso.gov.uk")("https://safeshare.contoso.gov.uk/sign-in-office.html")).rejects.toThrow(message);
  });

  it.each([
    ["an http address", "http://safeshare.contoso.gov.uk/sign-in-office.html", undefined, /HTTPS/],
    ["another domain", "https://login.example/sign-in.html", undefined, /not on the add-in's own domain/],
    ["a prompt the user ignored", "https://safeshare.contoso.gov.uk/sign-in-office.html", 12009, /Choose Allow/],
    ["a browser that blocks it", "https://safeshare.contoso.gov.uk/sign-in-office.html", 12011, /blocked/],
  ])("says what to do when Office refuses %s", async (_what, url, refuse, message) => {
    const ui = fakeOfficeDialogUi(PANE, () => undefined);
    if (refuse !== undefined) ui.refuseWith = refuse;
    await expect(officeDialogSignIn(ui, "https://safeshare.contoso.gov.uk")(url)).rejects.toThrow(message);
  });

  it("refuses a second dialog while one is open (12007), as Office does", async () => {
    const ui = fakeOfficeDialogUi(PANE, () => undefined);
    const open = officeDialogSignIn(ui, "https://safeshare.contoso.gov.uk");
    void open("https://safeshare.contoso.gov.uk/sign-in-office.html");
    await new Promise((r) => setTimeout(r, 5));
    await expect(open("https://safeshare.contoso.gov.uk/sign-in-office.html")).rejects.toThrow(/already open/);
  });
});
