/**
 * Teams' authentication window as the sign-in window (teams-js v2 `authentication.authenticate`), for a
 * Teams client that does not recommend nested app authentication (Microsoft: "Configure third-party OAuth
 * authentication" for tabs — a popup opened by Teams, since Teams' webviews block the page's own). The page
 * it opens (sign-in/entry.ts) answers with `notifySuccess`; a window the user closes rejects with
 * "CancelledByUser".
 */
import { SignInWindowError, type OpenSignInWindow } from "../store";

/** The teams-js call used (a fake in tests). */
export interface TeamsAuthentication {
  authenticate(params: { url: string; width?: number; height?: number; isExternal?: boolean }): Promise<string>;
}

export function teamsWindowSignIn(authentication: TeamsAuthentication): OpenSignInWindow {
  return async (url) => {
    try {
      return await authentication.authenticate({ url, width: 600, height: 535 });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (/CancelledByUser/i.test(reason)) throw new SignInWindowError("The sign-in window was closed before sign-in finished. Sign in to record your decision.");
      throw new SignInWindowError("Teams could not complete sign-in. Try again; if it keeps happening, tell your SafeShare administrator.");
    }
  };
}
