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

function paneConfig(): unknown {
  if (window.SAFESHARE_PANE_CONFIG !== undefined) return window.SAFESHARE_PANE_CONFIG;
  const element = document.getElementById("safeshare-config");
  return element?.textContent ? (JSON.parse(element.textContent) as unknown) : undefined;
}

const container = document.getElementById("safeshare-pane") ?? document.body.appendChild(document.createElement("div"));

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  container.textContent = "SafeShare runs inside Outlook: open it from an email you are writing.";
} else {
  const office = Office;
  void office.onReady?.().then(() => startTaskPane(office, paneConfig(), container));
}
