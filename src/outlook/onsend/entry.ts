import { ON_RECIPIENTS_CHANGED_ACTION_ID, ON_SEND_ACTION_ID } from "../ids";
import { dialogSupportOf, failureAlert } from "./alert-text";
import { hostTimers, type Timers } from "./completion";
import { officeItemReader } from "./office-adapter";
import type { MailboxEventLike, OfficeLike } from "./office-types";
import { type CheckVerdict, onMessageSend } from "./on-message-send";
import { onRecipientsChanged } from "./on-recipients-changed";
import type { HandlerSettings } from "./settings";

/**
 * The entry of `dist/onsend.js`: the one file Outlook loads for event-based activation (the manifest's
 * runtime `code.script`, and the script of `code.page` in browser-based Outlook). Classic Outlook on
 * Windows runs it in a JavaScript-only runtime: no DOM, no `Office.onReady`, no imports. So it registers
 * its handlers with `Office.actions.associate` as soon as it loads, and everything it needs is inside the
 * bundle.
 *
 * Registration, reading the item and honouring a recorded decision depend on nothing heavy. The core
 * check is initialised on the first message that needs it, through a dynamic import that the build
 * turns into a lazily initialised part of the same file. If the core cannot initialise in some host (a
 * missing language feature), the event is still completed, by the failure policy, and a decision
 * recorded in the task pane still lets the message go: the add-in never stops answering.
 *
 * `SAFESHARE_ONSEND_SETTINGS` is written into the bundle at build time (see build/onsend.config.js).
 */

declare const SAFESHARE_ONSEND_SETTINGS: HandlerSettings;
/**
 * The host's global, declared in this module only. Not `globalThis`: that is ES2020, and the runtime
 * this file targets may predate it; a `typeof` test on a free identifier works everywhere.
 */
declare const Office: OfficeLike | undefined;

let checker: Promise<CheckVerdict> | undefined;

/** The core check, initialised once, on first use. A failed start is retried on the next event. */
function loadCheck(): Promise<CheckVerdict> {
  checker ??= import("./checker").then(
    (m) => m.checkVerdict,
    (error: unknown) => {
      checker = undefined;
      throw error;
    },
  );
  return checker;
}

/** Complete an event once with `options`, swallowing a host error (there is nothing more to do). */
function completeQuietly(event: MailboxEventLike, options?: Parameters<MailboxEventLike["completed"]>[0]): void {
  try {
    if (options === undefined) event.completed();
    else event.completed(options);
  } catch {
    // The event cannot be completed twice; nothing else is safe to try.
  }
}

/**
 * Associate the handlers with the ids the manifest's `autoRunEvents` use. Returns false when the host has
 * no `Office.actions` (nothing to register with). Each handler completes its event even when loading the
 * core or setting up fails.
 */
export function registerHandlers(office: OfficeLike, settings: HandlerSettings, timers: Timers | undefined = hostTimers()): boolean {
  const actions = office.actions;
  if (!actions || typeof actions.associate !== "function") return false;
  const reader = () => officeItemReader(office);
  actions.associate(ON_SEND_ACTION_ID, (event: MailboxEventLike) => {
    try {
      void onMessageSend(event, { reader, check: loadCheck, settings, timers, support: dialogSupportOf(office) });
    } catch {
      completeQuietly(event, failureAlert(settings));
    }
  });
  actions.associate(ON_RECIPIENTS_CHANGED_ACTION_ID, (event: MailboxEventLike) => {
    try {
      void onRecipientsChanged(event, { reader, check: loadCheck, settings, timers });
    } catch {
      completeQuietly(event);
    }
  });
  return true;
}

if (typeof Office !== "undefined" && Office && typeof SAFESHARE_ONSEND_SETTINGS !== "undefined") {
  registerHandlers(Office, SAFESHARE_ONSEND_SETTINGS);
}
