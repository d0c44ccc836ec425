/**
 * Names shared by the manifest, the on-send handler and the task pane. One place, so that the id the
 * handler passes to `event.completed({ commandId })` is always the id the manifest gives the task pane
 * button (Outlook silently just cancels the send when they differ), and every `actionId` in
 * `autoRunEvents` is a function the handler really associates.
 */

/** The `actionId` of the `messageSending` event and the name given to `Office.actions.associate`. */
export const ON_SEND_ACTION_ID = "onMessageSendHandler";

/** The `actionId` of the `messageRecipientsChanged` event (early warning and warm-up). */
export const ON_RECIPIENTS_CHANGED_ACTION_ID = "onRecipientsChangedHandler";

/** The id of the task pane button in the manifest: the Smart Alerts dialog's button opens it. */
export const TASK_PANE_COMMAND_ID = "SafeShareTaskPane";

/** The `openPage` action behind the task pane button. */
export const TASK_PANE_ACTION_ID = "openSafeSharePane";

/** The internet header that carries a recorded decision's id to the sent copy (lower-case). */
export const DECISION_HEADER = "x-safeshare-decision";

/** The `item.sessionData` key (Mailbox 1.11) under which the pane hands its decision to the handler. */
export const DECISION_SESSION_KEY = "safeshare.decision";

/** The custom property used instead of session data on clients without Mailbox 1.11. */
export const DECISION_CUSTOM_PROPERTY = "safeshareDecision";

/** The key of the recipients-changed notification on the item, so that it can be replaced or removed. */
export const RECIPIENT_NOTICE_KEY = "safeshareRecipients";
