import type { MessageInput } from "../../core/check/message";
import type { Verdict } from "../../core/check/result";
import type { CheckContext } from "../../core/check/verdict-inputs";
import type { VerdictCheck } from "../../core/check/verdict-only";
import { decisionMatch, handoffFrom } from "../handoff";
import { DECISION_CUSTOM_PROPERTY, DECISION_HEADER, DECISION_SESSION_KEY } from "../ids";
import { declinedAlert, type DialogSupport, failureAlert, fitToClient, reviewAlert } from "./alert-text";
import { type CompletionReason, completionOnce, type Timers } from "./completion";
import type { ItemReader } from "./office-adapter";
import type { MailboxEventLike } from "./office-types";
import type { HandlerSettings } from "./settings";
import { messageInput, outlookCheckContext, readSnapshot, snapshotHash } from "./snapshot";

/**
 * The `messageSending` (OnMessageSend) handler: gather the item through the adapter, then finish through
 * one guarded `complete()`:
 *
 * - a decision recorded for exactly this content (header id, handoff id and content hash agree): send
 *   when it was to share, hold saying so when it was not to share. This needs no check, so "Record and
 *   send" from the pane goes straight through;
 * - otherwise run the core check: verdict `pass` → send; `review` → hold, naming the main reasons, with
 *   the button to the task pane;
 * - anything fails (an Office call, loading or running the check) or the time limit passes → the
 *   failure policy (default: hold, with the way to the pane).
 */

/**
 * The core check, as the handler receives it (loaded lazily in the bundle): `checkVerdict`, or anything
 * that gives the same verdict, reasons and recipients (`checkMessage` does too).
 */
export type CheckVerdict = (message: MessageInput, context: CheckContext) => VerdictCheck;

export interface OnSendDeps {
  /** Creates the item reader; may throw (no item), which counts as a failure. */
  reader: () => ItemReader;
  /** Loads the core check. */
  check: () => Promise<CheckVerdict>;
  settings: HandlerSettings;
  timers?: Timers | undefined;
  /** What this client's dialog can show (default: everything; the entry asks Office). */
  support?: DialogSupport | undefined;
}

/** What the handler did, for tests and the bench. */
export interface OnSendOutcome {
  reason: CompletionReason | undefined;
  verdict?: Verdict;
  error?: unknown;
}

export async function onMessageSend(event: MailboxEventLike, deps: OnSendDeps): Promise<OnSendOutcome> {
  const { settings } = deps;
  // Every completion, the time limit's too, is fitted to what this client can show.
  const support = deps.support;
  const fitted: MailboxEventLike = support ? { completed: (o) => event.completed(o === undefined ? o : fitToClient(o, support, settings)) } : event;
  const completion = completionOnce(fitted, {
    timeoutMs: settings.timeoutMs,
    onTimeout: () => failureAlert(settings),
    timers: deps.timers,
  });
  const outcome: OnSendOutcome = { reason: undefined };
  try {
    const reader = deps.reader();
    const [snapshot, header, session] = await Promise.all([
      readSnapshot(reader),
      reader.internetHeader(DECISION_HEADER),
      reader.sessionValue(DECISION_SESSION_KEY),
    ]);
    if (completion.done) return { ...outcome, reason: completion.reason };

    let hash: string | undefined;
    const currentHash = (): string => (hash ??= snapshotHash(snapshot));
    const stored = session ?? (header ? await reader.customProperty(DECISION_CUSTOM_PROPERTY) : undefined);
    const match = decisionMatch({ handoff: handoffFrom(stored), header, currentHash });
    if (match.kind === "share") {
      completion.complete({ allowEvent: true }, "decision");
      return { ...outcome, reason: completion.reason };
    }
    if (match.kind === "do-not-share") {
      completion.complete(declinedAlert(settings, currentHash()), "declined");
      return { ...outcome, reason: completion.reason };
    }

    const check = await deps.check();
    if (completion.done) return { ...outcome, reason: completion.reason };
    const result = check(messageInput(snapshot), outlookCheckContext(settings.policy, snapshot.accountType));
    outcome.verdict = result.verdict;
    if (result.verdict === "pass") completion.complete({ allowEvent: true }, "pass");
    else completion.complete(reviewAlert(result.verdictReasons, settings), "review");
  } catch (error) {
    outcome.error = error;
    completion.complete(failureAlert(settings), "failure");
  }
  return { ...outcome, reason: completion.reason };
}
