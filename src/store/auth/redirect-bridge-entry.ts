/**
 * `auth-redirect.html`: MSAL Browser v5's redirect bridge. Microsoft's sign-in page returns here (it is the
 * `redirectUri` of every standard — not nested — MSAL client SafeShare makes), and the bridge hands the answer
 * to the window that asked: the opener of a popup, or, after a redirect, the page that started it
 * (Microsoft: "Set up the redirect bridge page in MSAL Browser"). It must be served without a
 * Cross-Origin-Opener-Policy header, and it makes no other call.
 */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch(() => {
  const p = document.getElementById("status");
  if (p) p.textContent = "Sign-in could not finish here. Close this window and try again from SafeShare.";
});
