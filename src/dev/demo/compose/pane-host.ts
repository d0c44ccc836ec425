/**
 * Loaded before the real task pane script in the demo's pane frame (assets/compose-pane.html), where
 * Outlook would load office.js: it gives the pane the compose page's fake `Office` and the pane
 * configuration, and routes the pane's Graph calls through the demo server.
 *
 * Why a route and not a direct call: the pane's Graph client (the store's, as in production) talks to
 * the local Graph-compatible server's https URL, whose development CA the browser does not trust. The
 * demo server proxies `/graph/*` to that server over https, trusting the CA itself, so this frame
 * rewrites `https://127.0.0.1:PORT/…` to the same-origin `/graph/…` in `fetch`. Nothing else changes:
 * the Graph client, its middleware, the outbox and the decision log run as they do in Outlook.
 */
import type { DemoBridge } from "./compose-page";

declare global {
  interface Window {
    SAFESHARE_PANE_CONFIG?: unknown;
  }
}

const bridge = (window.parent as Window & { SafeShareDemo?: DemoBridge }).SafeShareDemo;
if (!bridge) {
  document.body.textContent = "Open this pane from the compose page (compose.html).";
} else {
  (window as unknown as { Office: unknown }).Office = bridge.office;
  window.SAFESHARE_PANE_CONFIG = bridge.paneConfig;
  const graphUrl = (bridge.paneConfig as { graphUrl?: string }).graphUrl;
  if (graphUrl) {
    const origin = new URL(graphUrl).origin;
    const local = `${window.location.origin}/graph`;
    const original = window.fetch.bind(window);
    const rewrite = (url: string) => (url.startsWith(origin) ? local + url.slice(origin.length) : url);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (typeof input === "string") return original(rewrite(input), init);
      if (input instanceof URL) return original(rewrite(input.href), init);
      const target = rewrite(input.url);
      return original(target === input.url ? input : new Request(target, input), init);
    };
  }
}
