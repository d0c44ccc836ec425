/**
 * Where the page is running: inside Teams (teams-js initialised), in the demo harness, or outside Teams.
 *
 * teams-js v2's `app.initialize()` rejects at once in a top-level page ("No Parent window found") but
 * waits 60 s inside a frame whose parent is not Teams, and it fetches validDomains.json from Microsoft's
 * CDN. So: a top-level page that is not Teams mobile's webview (which exposes `window.nativeInterface`)
 * is outside Teams straight away, without calling teams-js; inside a frame, initialisation races a short
 * time limit. The demo harness says so with `?host=demo` and teams-js is never loaded there.
 *
 * The context teams-js returns (user, chat, channel) is a hint for what to show, never identity: who the
 * user is comes from the access token (`GET /me`).
 */

import type { app } from "@microsoft/teams-js";

export type HostKind = "teams" | "demo" | "outside-teams";

export interface TeamsContextHint {
  readonly chatId?: string | undefined;
  /** The team the user is in (`team.groupId`): for a shared channel, possibly not the channel's own. */
  readonly teamId?: string | undefined;
  readonly channelId?: string | undefined;
  /**
   * The team that hosts the channel (`channel.ownerGroupId`, teams-js v2): for a private or shared channel,
   * the id Graph's channel endpoints take. Absent for a standard channel.
   */
  readonly channelOwnerGroupId?: string | undefined;
  readonly channelType?: string | undefined;
  readonly frameContext?: string | undefined;
  /**
   * Whether this Teams client recommends nested app authentication (`nestedAppAuth.isNAAChannelRecommended()`);
   * when it does not, sign-in opens SafeShare's sign-in page in Teams' authentication window (sign-in-window.ts).
   */
  readonly naaRecommended?: boolean | undefined;
}

export type HostDetection =
  | { readonly kind: "teams"; readonly hint: TeamsContextHint }
  | { readonly kind: "demo" }
  | { readonly kind: "outside-teams"; readonly reason: "top-level" | "no-answer" | "refused"; readonly message: string };

/** What the detection needs from the window (a fake in tests). */
export interface WindowFacts {
  readonly isTopLevel: boolean;
  readonly hasNativeInterface: boolean;
  readonly search: string;
}

export function windowFacts(win: Window): WindowFacts {
  let isTopLevel: boolean;
  try {
    isTopLevel = win.parent === win && !win.opener;
  } catch {
    isTopLevel = false;
  }
  return { isTopLevel, hasNativeInterface: "nativeInterface" in win, search: win.location.search };
}

/** The teams-js calls detection uses, injected (the real ones load @microsoft/teams-js lazily). */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<TeamsContextHint>;
}

export const OUTSIDE_TEAMS_MESSAGE =
  "SafeShare's Teams page is open outside Microsoft Teams. Open it from the SafeShare app in Teams (or from the demo harness); in a plain browser tab it cannot see your chat or post to it.";

/** Default wait for Teams to answer inside a frame: long enough for a slow client, far short of 60 s. */
export const TEAMS_ANSWER_MS = 5000;

/** Detect the host without making anyone wait for teams-js's 60 s time-out. */
export async function detectHost(facts: WindowFacts, sdk: () => Promise<TeamsSdk>, options: { timeoutMs?: number; sleep?: (ms: number) => Promise<void> } = {}): Promise<HostDetection> {
  const params = new URLSearchParams(facts.search);
  if (params.get("host") === "demo") return { kind: "demo" };
  if (facts.isTopLevel && !facts.hasNativeInterface) return { kind: "outside-teams", reason: "top-level", message: OUTSIDE_TEAMS_MESSAGE };
  const timeoutMs = options.timeoutMs ?? TEAMS_ANSWER_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timedOut = Symbol("timeout");
  try {
    const teams = await sdk();
    const result = await Promise.race([teams.initialize().then(() => "ok" as const), sleep(timeoutMs).then(() => timedOut)]);
    if (result === timedOut) return { kind: "outside-teams", reason: "no-answer", message: `${OUTSIDE_TEAMS_MESSAGE} (Teams did not answer within ${Math.round(timeoutMs / 1000)} seconds.)` };
    return { kind: "teams", hint: await teams.getContext() };
  } catch {
    return { kind: "outside-teams", reason: "refused", message: OUTSIDE_TEAMS_MESSAGE };
  }
}

/** The real teams-js, loaded only when the page may be inside Teams. */
export async function loadTeamsSdk(): Promise<TeamsSdk> {
  const { app, nestedAppAuth } = await import("@microsoft/teams-js");
  return {
    initialize: () => app.initialize(),
    getContext: async () => {
      const c = await app.getContext();
      let naaRecommended: boolean | undefined;
      try {
        naaRecommended = nestedAppAuth.isNAAChannelRecommended();
      } catch {
        naaRecommended = undefined; // an older teams-js runtime: try nested app authentication as before
      }
      return hintFromContext(c, naaRecommended);
    },
  };
}

/**
 * The hint from Teams' context (teams-js v2 `app.Context`): where the page is, never who the user is. A
 * personal tab has no chat, channel or team; a chat tab only `chat.id`; a channel tab `channel.id`,
 * `channel.membershipType` ("Regular", "Private" or "Shared") and, for private and shared channels,
 * `channel.ownerGroupId` (the host team, which Graph's channel calls take); `team.groupId` is the team the
 * user opened it from (for a shared channel, possibly another team).
 */
export function hintFromContext(c: Pick<app.Context, "chat" | "channel" | "team" | "page">, naaRecommended?: boolean): TeamsContextHint {
  return { chatId: c.chat?.id, teamId: c.team?.groupId, channelId: c.channel?.id, channelOwnerGroupId: c.channel?.ownerGroupId, channelType: c.channel?.membershipType, frameContext: c.page.frameContext, naaRecommended };
}

/** How a Teams page signs in: nested app authentication unless this Teams client says it is not recommended. */
export function signInModeFor(hint: TeamsContextHint): "nested" | "teams-window" {
  return hint.naaRecommended === false ? "teams-window" : "nested";
}
