import { FluentProvider, type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { defaultPolicy, policyFrom } from "../../core/policy/policy";
import { BUILT_IN_POLICY_VERSION } from "../../core/policy/policy-version";
import { type PolicyInForce, policyInForce } from "./pane-policy";
import type { Client } from "@microsoft/microsoft-graph-client";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import {
  browserOnlineSignal,
  chooseTeam,
  DecisionLog,
  decisionListId,
  graphClientFrom,
  IdbOutbox,
  noTeamMessage,
  OutboxFlusher,
  siteFrom,
  staticTokenProvider,
  storageTeamMemory,
  SignInWindowError,
  storeErrorFrom,
  teamRoutingSink,
  visibleDecisionLists,
  type TokenProvider,
} from "../../store";
import { TeamPicker } from "../../ui/team-picker/TeamPicker";
import type { OfficeDialogUi } from "./office-dialog-sign-in";
import { outboxSink } from "./outbox-sink";
import { NO_SIGN_IN_MESSAGE, paneSignIn, paneSignInModeFor } from "./pane-sign-in";
import { type PaneOfficeLike, paneItemFrom } from "./pane-office";
import { PaneConfigSchema, paneListName } from "./pane-config";
import { webCryptoSha256Hex } from "./pane-attachments";
import { browserPdfReader } from "../../ui/attachments/pdf-reader";
import { type PaneServices, type SinkCounts, chainHead } from "./pane-services";
import { decisionMemory } from "./decision-memory";
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

/** What starting the pane needs next: nothing more, the team asked once, or an administrator. */
export type PaneStart =
  | { readonly kind: "ready"; readonly services: PaneServices }
  | { readonly kind: "choose-team"; readonly teams: readonly string[]; readonly initial: string | undefined; finish(team: string): Promise<PaneServices> }
  | { readonly kind: "message"; readonly title: string; readonly text: string };

/**
 * Build the pane's services from its configuration. With one list per team, the team is found at run time
 * from who the practitioner is (store/team-lists.ts): the team lists SharePoint lets them see, the one
 * they chose before on this device, or a question when there are several.
 */
export async function paneServicesFrom(office: PaneOfficeLike, input: unknown): Promise<PaneStart> {
  const config = PaneConfigSchema.parse(input);
  // The deployment's own policy: its configured file (not a saved version), else the built-in default (version 0).
  const deployment = config.policy === undefined ? { policy: defaultPolicy(), version: BUILT_IN_POLICY_VERSION } : (() => {
    const parsed = policyFrom(config.policy);
    if (!parsed.ok) throw new Error(`SafeShare policy is not valid: ${parsed.error}`);
    return { policy: parsed.policy, version: null };
  })();

  let tokens: TokenProvider;
  let practitioner = config.practitioner;
  if (config.auth.kind === "static") {
    tokens = staticTokenProvider(config.auth.token);
  } else {
    const context = office.context as { requirements?: { isSetSupported?(name: string, version: string): boolean }; ui?: OfficeDialogUi };
    const mode = paneSignInModeFor(context.requirements, context.ui);
    const signIn = await paneSignIn(mode, context.ui, { clientId: config.auth.clientId, authority: config.auth.authority, paneUrl: window.location.href, now: () => Date.now() });
    if (!signIn) return { kind: "message", title: "SafeShare cannot sign you in here", text: NO_SIGN_IN_MESSAGE };
    tokens = signIn.tokens;
    try {
      await tokens.getToken();
    } catch (error) {
      if (error instanceof SignInWindowError) return { kind: "message", title: "You are not signed in to SafeShare", text: error.message };
      throw error;
    }
    practitioner = signIn.account() ?? practitioner;
  }
  if (!practitioner) throw new Error("SafeShare does not know who you are: sign-in did not give an account.");
  const who = practitioner;
  const client = graphClientFrom({ graphUrl: config.graphUrl, tokens });
  // The IG lead's saved policy, read at every start: a changed partner domain applies without a new build.
  const inForce = await policyInForce(client, config.siteUrl, deployment, window.localStorage);

  const build = (team: string): Promise<PaneServices> => servicesFor(client, config, inForce, who, team);
  if (config.listName !== undefined || !config.perTeamLists) return { kind: "ready", services: await build(config.team ?? "") };

  const memory = storageTeamMemory(window.localStorage, who.objectId, config.siteUrl);
  const remembered = memory.get();
  let visible;
  try {
    visible = await visibleDecisionLists(client, (await siteFrom(client, config.siteUrl)).id);
  } catch (error) {
    // Offline, or Graph not answering: the team chosen before on this device still holds; records wait in the outbox.
    const known = remembered ?? config.team;
    if (known) return { kind: "ready", services: await build(known) };
    return { kind: "message", title: "SafeShare cannot find your team yet", text: `SafeShare needs to reach your decision log once to know which team you record for (${storeErrorFrom(error).message}). Try again when you are connected.` };
  }
  const choice = chooseTeam(visible, { remembered, configured: config.team });
  if (choice.kind === "team") {
    memory.set(choice.team);
    return { kind: "ready", services: await build(choice.team) };
  }
  if (choice.kind === "single-list") return { kind: "ready", services: await build(config.team ?? "") };
  if (choice.kind === "none") return { kind: "message", title: "You are not in a SafeShare team", text: noTeamMessage(config.siteUrl) };
  return {
    kind: "choose-team",
    teams: choice.teams,
    initial: config.team,
    finish: (team) => {
      memory.set(team);
      return build(team);
    },
  };
}

async function servicesFor(client: Client, config: ReturnType<typeof PaneConfigSchema.parse>, inForce: PolicyInForce, practitioner: { upn: string; objectId: string }, team: string): Promise<PaneServices> {
  const outbox = await IdbOutbox.open(config.outboxName);
  const listeners = new Set<(c: SinkCounts) => void>();
  // Each record goes to its own team's list (a practitioner who changed team may have records of both
  // waiting); the lists are looked up lazily, on the first flush, so the pane works while offline.
  let siteId: Promise<string> | undefined;
  const site = () =>
    (siteId ??= siteFrom(client, config.siteUrl).then((s) => s.id)).catch((error: unknown) => {
      siteId = undefined;
      throw error;
    });
  const listName = paneListName(config, team);
  const sinkFor = async (): Promise<{ appendMany: DecisionLog["appendMany"] }> => {
    const id = await site();
    // A named list takes every record; otherwise each record goes to its team's list (or the single list).
    if (config.listName !== undefined) return new DecisionLog({ client, list: { siteId: id, listId: await decisionListId(client, id, config.listName) } });
    return teamRoutingSink(client, id, { perTeamLists: config.perTeamLists });
  };
  let sink: { appendMany: DecisionLog["appendMany"] } | undefined;
  const flusher = new OutboxFlusher({
    outbox,
    sink: {
      appendMany: async (records) => {
        try {
          sink ??= await sinkFor();
          return await sink.appendMany(records);
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
  const chain = chainHead(window.localStorage, async (objectId) => {
    const id = await site();
    return new DecisionLog({ client, list: { siteId: id, listId: await decisionListId(client, id, listName) } }).latestRecordOf(objectId);
  });
  chain.prefetch(practitioner);

  return {
    settings: {
      policy: inForce.policy,
      policyVersion: inForce.version,
      practitioner,
      team,
      appVersion: config.appVersion,
      subjectPolicy: config.subjectPolicy,
      encryptionAdvice: config.encryptionAdvice,
    },
    sink: outboxSink(outbox, flusher, listeners),
    chain,
    memory: decisionMemory(window.localStorage),
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    // Attachments are read here, on the device; the PDF library loads (in a worker) only when a PDF is attached.
    attachments: { now: () => performance.now(), sha256Hex: webCryptoSha256Hex, limits: { readPdf: browserPdfReader() } },
  };
}

/** Render the pane for the host's current item into `container`. */
export async function startTaskPane(office: PaneOfficeLike, config: unknown, container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const renderPane = (services: PaneServices) => root.render(<PaneRoot item={paneItemFrom(office)} services={services} />);
  try {
    const start = await paneServicesFrom(office, config);
    if (start.kind === "ready") renderPane(start.services);
    else if (start.kind === "message") {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{start.title}</MessageBarTitle>
              {start.text}
            </MessageBarBody>
          </MessageBar>
        </FluentProvider>,
      );
    } else {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <TeamPicker teams={start.teams} initial={start.initial} onPick={(team) => void start.finish(team).then(renderPane)} />
        </FluentProvider>,
      );
    }
  } catch (error) {
    container.textContent = `SafeShare could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}
