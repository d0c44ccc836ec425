/**
 * How the task pane signs in, by what this Outlook supports:
 * - nested app authentication (`NestedAppAuth 1.1`): MSAL's nestable client, single sign-on through Outlook;
 * - otherwise the Office dialog API, after Microsoft's NAA sample: SafeShare's sign-in page in a dialog,
 *   which signs in by redirect and hands the token back (office-dialog-sign-in.ts). In Outlook
 *   `displayDialogAsync` and `messageParent` came with Mailbox 1.4 (Microsoft: "Dialog API requirement
 *   sets", Outlook support), below the manifest's minimum of 1.12, so every Outlook that loads SafeShare
 *   has them;
 * - neither (a host that reports neither, which Microsoft says no supported Outlook is): a plain message.
 * Never an MSAL popup from the pane: Office on the web runs the pane in an iframe that Microsoft's sign-in
 * page refuses, and the desktop webviews block popups (Microsoft: "Authenticate and authorize with the
 * Office dialog API").
 */
import type { TokenProvider } from "../../store";
import { msalApplicationFor, msalTokenProvider, scopesFor, signInWindowTokenProvider } from "../../store";
import { officeDialogSignIn, type OfficeDialogUi } from "./office-dialog-sign-in";

export type PaneSignInMode = "nested" | "office-dialog" | "unsupported";

interface Requirements {
  isSetSupported?(name: string, version: string): boolean;
}

/** The sign-in this Outlook can do. */
export function paneSignInModeFor(requirements: Requirements | undefined, ui: OfficeDialogUi | undefined): PaneSignInMode {
  if (requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true) return "nested";
  if (ui !== undefined && (requirements?.isSetSupported?.("DialogApi", "1.1") === true || requirements?.isSetSupported?.("Mailbox", "1.4") === true)) return "office-dialog";
  return "unsupported";
}

export interface PaneSignIn {
  readonly tokens: TokenProvider;
  /** Who signed in, once a token has been obtained. */
  account(): { upn: string; objectId: string } | undefined;
}

export interface PaneSignInInput {
  readonly clientId: string;
  readonly authority: string;
  /** The pane's own address: the sign-in page is served beside it. */
  readonly paneUrl: string;
  readonly now: () => number;
}

/** The pane's tokens for the mode (undefined for "unsupported"). */
export async function paneSignIn(mode: PaneSignInMode, ui: OfficeDialogUi | undefined, input: PaneSignInInput): Promise<PaneSignIn | undefined> {
  if (mode === "nested") {
    const pca = await msalApplicationFor({ clientId: input.clientId, authority: input.authority }, "nested");
    return {
      tokens: msalTokenProvider(pca, "nested"),
      account: () => practitionerOf(pca.getActiveAccount() ?? pca.getAllAccounts()[0]),
    };
  }
  if (mode === "office-dialog" && ui) {
    const pageUrl = new URL("sign-in-office.html", input.paneUrl).href;
    const provider = signInWindowTokenProvider({
      open: officeDialogSignIn(ui, new URL(input.paneUrl).origin),
      pageUrl,
      clientId: input.clientId,
      authority: input.authority,
      defaultScopes: scopesFor(),
      now: input.now,
    });
    return {
      tokens: provider,
      account: () => practitionerOf(provider.account()),
    };
  }
  return undefined;
}

/** The practitioner from an MSAL or sign-in-page account: sign-in name and Entra object id. */
function practitionerOf(a: { username: string; localAccountId: string } | null | undefined): { upn: string; objectId: string } | undefined {
  return a ? { upn: a.username, objectId: a.localAccountId } : undefined;
}

/** What the pane says when this Outlook can do neither. */
export const NO_SIGN_IN_MESSAGE =
  "This version of Outlook cannot sign you in to SafeShare (it supports neither nested app authentication nor the Office dialog). Update Outlook, or use Outlook on the web; your IT service desk can help.";
