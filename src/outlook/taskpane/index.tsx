/**
 * The task pane's entry (taskpane.html loads office.js from Microsoft's CDN, then this). It renders
 * inside `Office.onReady`, with its configuration from the page: `window.SAFESHARE_PANE_CONFIG`, or a
 * `<script type="application/json" id="safeshare-config">` element (see docs/taskpane.md).
 */
import type { PaneOfficeLike } from "./pane-office";
import { startTaskPane } from "./start-pane";

declare global {
  interface Window {
    SAFESHARE_PANE_CONFIG?: unknown;
  }
}

declare const Office: PaneOfficeLike | undefined;

/** The page's configuration; undefined when there is none. Invalid JSON is reported by the pane's start. */
function paneConfig(): unknown {
  if (window.SAFESHARE_PANE_CONFIG !== undefined) return window.SAFESHARE_PANE_CONFIG;
  const text = document.getElementById("safeshare-config")?.textContent?.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { invalid: "the page's safeshare-config element is not JSON" };
  }
}

const container = document.getElementById("safeshare-pane") ?? document.body.appendChild(document.createElement("div"));

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  container.textContent = "SafeShare runs inside Outlook: open it from an email you are writing.";
} else if (paneConfig() === undefined) {
  // A host that was not built with the organisation's settings (manifest/site.ts writes them).
  container.textContent = "SafeShare is not set up on this server: it has no sign-in or decision log settings. Ask your SafeShare administrator.";
} else {
  const office = Office;
  void office.onReady?.().then(() => startTaskPane(office, paneConfig(), container));
}
