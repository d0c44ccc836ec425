/**
 * Starting a Teams page: detect the host quickly (never wait for teams-js's 60 s time-out), build the
 * configuration and the Graph client, and render the page inside Fluent's provider. Outside Teams the
 * page says what to do instead.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import type { Client } from "@microsoft/microsoft-graph-client";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { msalApplicationFor, msalTokenProvider, scopesFor, signInWindowTokenProvider, type ScopeNeed, type TokenProvider } from "../store";
import { demoTokens, pageConfigFrom, type PageConfig } from "./config";
import { teamsGraphClient } from "./graph";
import { detectHost, loadTeamsSdk, signInModeFor, windowFacts } from "./host";
import { teamsWindowSignIn } from "./sign-in-window";

function render(node: ReactNode): void {
  const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

function notice(title: string, text: string): void {
  render(
    <main style={{ padding: 16, maxWidth: "48rem" }}>
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </main>,
  );
}

/** How a Teams page signs in: NAA in Teams, Teams' authentication window where NAA is not recommended, MSAL's popup in a browser. */
type PageSignIn = "nested" | "teams-window" | "browser-popup";

/** Tokens for a Teams page, configured by the tab URL (`clientId`, `tenant`, `site`). */
function teamsTokens(search: string, needs: readonly ScopeNeed[], mode: PageSignIn): TokenProvider | undefined {
  const p = new URLSearchParams(search);
  const clientId = p.get("clientId");
  const tenant = p.get("tenant");
  // The site comes with them (manifest/config.ts signInQuery): without it the page would not know which
  // decision log to open, and must not fall back to the demo's.
  if (!clientId || !tenant || !p.get("site")) return undefined;
  const authority = `https://login.microsoftonline.com/${tenant}`;
  let provider: TokenProvider | undefined;
  const make = async (): Promise<TokenProvider> => {
    if (mode === "teams-window") {
      const { authentication } = await import("@microsoft/teams-js");
      return signInWindowTokenProvider({
        open: teamsWindowSignIn(authentication),
        pageUrl: new URL("sign-in-teams.html", window.location.href).href,
        clientId,
        authority,
        defaultScopes: scopesFor(needs),
        now: () => Date.now(),
      });
    }
    const msalMode = mode === "nested" ? "nested" : "standard-popup";
    // Outside NAA, Microsoft's sign-in returns to MSAL v5's redirect bridge page beside this one.
    const redirectUri = mode === "nested" ? undefined : new URL("auth-redirect.html", window.location.href).href;
    return msalTokenProvider(await msalApplicationFor({ clientId, authority, ...(redirectUri ? { redirectUri } : {}) }, msalMode), msalMode, scopesFor(needs));
  };
  return {
    async getToken(scopes) {
      provider ??= await make();
      return provider.getToken(scopes);
    },
  };
}

export async function bootTeamsPage(needs: readonly ScopeNeed[], page: (config: PageConfig, client: Client) => ReactNode, options: { browserToo?: boolean } = {}): Promise<void> {
  const host = await detectHost(windowFacts(window), loadTeamsSdk);
  if (host.kind === "outside-teams" && options.browserToo) {
    // The review page also runs in a plain browser tab: sign in with MSAL's popup instead of Teams' SSO.
    const config = pageConfigFrom(window.location.search);
    const tokens = teamsTokens(window.location.search, needs, "browser-popup");
    if (!tokens) {
      notice("SafeShare is not set up", "This page has no app registration configured (clientId, tenant and site in its address). Ask your SafeShare administrator.");
      return;
    }
    render(page(config, teamsGraphClient({ graphUrl: config.graphUrl, tokens })));
    return;
  }
  if (host.kind === "outside-teams") {
    notice("Open SafeShare from Teams", host.message);
    return;
  }
  const config = pageConfigFrom(window.location.search, host.kind === "teams" ? host.hint : {});
  // Nested app authentication where this Teams client recommends it; Teams' authentication window where it does not.
  const mode = host.kind === "teams" ? signInModeFor(host.hint) : "nested";
  const tokens = config.demo ? demoTokens(config, needs) : teamsTokens(window.location.search, needs, mode);
  if (!tokens) {
    notice("SafeShare is not set up", config.demo ? "The demo harness did not say who you are (add ?as=someone@contoso.onmicrosoft.com)." : "This tab has no app registration configured (clientId, tenant and site). Ask your SafeShare administrator.");
    return;
  }
  render(page(config, teamsGraphClient({ graphUrl: config.graphUrl, tokens })));
}
