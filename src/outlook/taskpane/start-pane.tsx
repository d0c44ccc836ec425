import { FluentProvider, type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { defaultPolicy, policyFrom } from "../../core/policy/policy";
import {
  authModeFor,
  browserOnlineSignal,
  DecisionLog,
  decisionListId,
  graphClientFrom,
  IdbOutbox,
  msalApplicationFor,
  msalTokenProvider,
  OutboxFlusher,
  siteFrom,
  staticTokenProvider,
  storeErrorFrom,
  type TokenProvider,
} from "../../store";
import { outboxSink } from "./outbox-sink";
import { type PaneOfficeLike, paneItemFrom } from "./pane-office";
import { PaneConfigSchema, paneListName } from "./pane-config";
import { type PaneServices, type SinkCounts, chainHead } from "./pane-services";
import { TaskPane } from "./TaskPane";

/**
 * Starting the pane: validate its configuration (an edge: zod), build the services (Graph client, the
 * IndexedDB outbox and its flusher, the decision log), and render inside a FluentProvider whose theme
 * follows the host (light, dark, or high contrast when the system forces colours).
 */

export { PaneConfigSchema, paneListName, type PaneConfig } from "./pane-config";

function useHostTheme(): Theme {
  const query = (q: string) => (typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(q) : undefined);
  const pick = (): Theme => (query("(forced-colors: active)")?.matches ? teamsHighContrastTheme : query("(prefers-color-scheme: dark)")?.matches ? webDarkTheme : webLightTheme);
  const [theme, setTheme] = useState<Theme>(pick);
  useEffect(() => {
    const lists = ["(forced-colors: active)", "(prefers-color-scheme: dark)"].map(query).filter((m): m is MediaQueryList => m !== undefined);
    const on = () => setTheme(pick());
    lists.forEach((m) => m.addEventListener("change", on));
    return () => lists.forEach((m) => m.removeEventListener("change", on));
  }, []);
  return theme;
}

function PaneRoot(props: Parameters<typeof TaskPane>[0]) {
  return (
    <FluentProvider theme={useHostTheme()}>
      <TaskPane {...props} />
    </FluentProvider>
  );
}

/** Build the pane's services from its configuration. */
export async function paneServicesFrom(office: PaneOfficeLike, input: unknown): Promise<PaneServices> {
  const config = PaneConfigSchema.parse(input);
  const policy = config.policy === undefined ? defaultPolicy() : (() => {
    const parsed = policyFrom(config.policy);
    if (!parsed.ok) throw new Error(`SafeShare policy is not valid: ${parsed.error}`);
    return parsed.policy;
  })();

  let tokens: TokenProvider;
  let practitioner = config.practitioner;
  if (config.auth.kind === "static") {
    tokens = staticTokenProvider(config.auth.token);
  } else {
    const requirements = (office.context as { requirements?: { isSetSupported?(name: string, version: string): boolean } }).requirements;
    const mode = authModeFor({ nestedAppAuthSupported: requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true, popupsAllowed: true });
    const pca = await msalApplicationFor({ clientId: config.auth.clientId, authority: config.auth.authority }, mode);
    tokens = msalTokenProvider(pca, mode);
    await tokens.getToken();
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    if (account) practitioner = { upn: account.username, objectId: account.localAccountId };
  }
  if (!practitioner) throw new Error("SafeShare does not know who you are: sign-in did not give an account.");

  const client = graphClientFrom({ graphUrl: config.graphUrl, tokens });
  const outbox = await IdbOutbox.open(config.outboxName);
  const listeners = new Set<(c: SinkCounts) => void>();
  // The list is looked up lazily, on the first flush, so the pane works (and records wait) while offline.
  let log: Promise<DecisionLog> | undefined;
  const decisionLog = () =>
    (log ??= (async () => {
      const site = await siteFrom(client, config.siteUrl);
      return new DecisionLog({ client, list: { siteId: site.id, listId: await decisionListId(client, site.id, paneListName(config)) } });
    })().catch((error: unknown) => {
      log = undefined;
      throw error;
    }));
  const flusher = new OutboxFlusher({
    outbox,
    sink: {
      appendMany: async (records) => {
        try {
          return await (await decisionLog()).appendMany(records);
        } catch (error) {
          const e = storeErrorFrom(error, "decision list");
          return records.map((r) => ({ kind: "failed" as const, recordId: r.recordId, error: e }));
        }
      },
    },
    online: browserOnlineSignal(window),
    ...(config.retry ? { backoff: config.retry } : {}),
    onCounts: (c) => listeners.forEach((l) => l(c)),
  });
  void flusher.start();
  // The newest record in the log may come from another device (Outlook on the web, the Teams tab): ask
  // now, while the practitioner reads the checklist.
  const chain = chainHead(window.localStorage, async (objectId) => (await decisionLog()).latestRecordOf(objectId));
  chain.prefetch(practitioner);

  return {
    settings: {
      policy,
      practitioner,
      team: config.team,
      appVersion: config.appVersion,
      subjectPolicy: config.subjectPolicy,
      encryptionAdvice: config.encryptionAdvice,
    },
    sink: outboxSink(outbox, flusher, listeners),
    chain,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
}

/** Render the pane for the host's current item into `container`. */
export async function startTaskPane(office: PaneOfficeLike, config: unknown, container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  try {
    const services = await paneServicesFrom(office, config);
    root.render(<PaneRoot item={paneItemFrom(office)} services={services} />);
  } catch (error) {
    container.textContent = `SafeShare could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}
