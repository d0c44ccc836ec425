import type { Policy } from "../../core/policy/policy";
import { TASK_PANE_COMMAND_ID } from "../ids";

/**
 * The handler's settings. The bundle gets them at build time (`build/onsend.config.js` validates the
 * organisation's policy with the core schema in Node and writes the result into the bundle as a literal),
 * so the handler itself carries no schema library and makes no network call to fetch them.
 */

/**
 * What the handler does when it cannot check a message: an Office call fails, the check throws, or the
 * time limit passes first.
 *
 * - `hold` (default): the send is stopped with a plain message and the button to the task pane, where
 *   the practitioner can check the message and record a decision. Safe for safeguarding mail; the cost is
 *   a held message on the rare failure.
 * - `allow`: the message goes unchecked. Only for organisations that prefer mail flow over the check;
 *   the decision log will then have no record for such a message.
 *
 * This is separate from the manifest's `sendMode`, which decides what Outlook does when the add-in
 * cannot even load (see docs/outlook.md).
 */
export type FailureMode = "hold" | "allow";

export interface HandlerSettings {
  /** The organisation's policy, already validated. */
  policy: Policy;
  onFailure: FailureMode;
  /**
   * Milliseconds from the start of the handler until it completes with the failure answer. Outlook shows
   * "taking longer than expected" five seconds after Send, and that clock includes downloading this
   * script, so the default leaves room for it.
   */
  timeoutMs: number;
  /** The manifest id of the task pane button that the dialog's button opens. */
  commandId: string;
  /** The dialog button's text (20 characters at most). */
  cancelLabel: string;
}

/** Default time limit: well inside Outlook's five seconds, far above a normal check (tens of milliseconds). */
export const DEFAULT_TIMEOUT_MS = 3000;

/** The dialog button's text. */
export const DEFAULT_CANCEL_LABEL = "Review in SafeShare";

/** Settings from the policy and the defaults for everything else. */
export function handlerSettings(policy: Policy, overrides: Partial<Omit<HandlerSettings, "policy">> = {}): HandlerSettings {
  const cancelLabel = (overrides.cancelLabel ?? DEFAULT_CANCEL_LABEL).slice(0, 20);
  const timeoutMs = overrides.timeoutMs !== undefined && overrides.timeoutMs > 0 ? overrides.timeoutMs : DEFAULT_TIMEOUT_MS;
  return {
    policy,
    onFailure: overrides.onFailure === "allow" ? "allow" : "hold",
    timeoutMs,
    commandId: overrides.commandId ?? TASK_PANE_COMMAND_ID,
    cancelLabel,
  };
}
