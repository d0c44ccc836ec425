import type { RecipientResult } from "../../core/check/result";
import { RECIPIENT_NOTICE_KEY } from "../ids";
import { completionOnce, type Timers } from "./completion";
import type { ItemReader } from "./office-adapter";
import type { MailboxEventLike } from "./office-types";
import type { CheckVerdict } from "./on-message-send";
import type { HandlerSettings } from "./settings";
import { outlookCheckContext } from "./snapshot";

/**
 * The `messageRecipientsChanged` handler: the early look. While the practitioner is still writing, it
 * classifies the recipients (no body: that is the send check's job) and puts one short notification bar
 * on the item naming a look-alike, invalid or personal address, or removes the bar when there is none.
 * It also means Outlook has fetched and compiled this script before Send, so the send check starts warm.
 *
 * It never blocks anything, and always completes: a failure only means no notification.
 */

/** Outlook's limit for a notification bar's text. */
export const NOTICE_LIMIT = 150;

export interface OnRecipientsDeps {
  reader: () => ItemReader;
  /** Loads the core check. */
  check: () => Promise<CheckVerdict>;
  settings: HandlerSettings;
  timers?: Timers | undefined;
}

export async function onRecipientsChanged(event: MailboxEventLike, deps: OnRecipientsDeps): Promise<string | undefined> {
  const completion = completionOnce(event, { timeoutMs: deps.settings.timeoutMs, onTimeout: () => undefined, timers: deps.timers });
  let notice: string | undefined;
  try {
    const reader = deps.reader();
    const [to, cc, bcc, from] = await Promise.all([
      reader.recipients("to"),
      reader.recipients("cc"),
      reader.recipients("bcc"),
      reader.fromAddress(),
    ]);
    const check = await deps.check();
    const address = (r: { emailAddress: string }) => r.emailAddress;
    const result = check(
      { ...(from ? { from } : {}), to: to.map(address), cc: cc.map(address), bcc: bcc.map(address), body: "", html: false },
      outlookCheckContext(deps.settings.policy, reader.accountType()),
    );
    notice = recipientNotice(result.recipients);
    if (!completion.done) {
      if (notice) await reader.replaceNotice(RECIPIENT_NOTICE_KEY, notice);
      else await reader.removeNotice(RECIPIENT_NOTICE_KEY);
    }
  } catch {
    notice = undefined;
  }
  completion.complete(undefined, "done");
  return notice;
}

/** One line naming the most serious recipient problem, or undefined when there is none. */
export function recipientNotice(recipients: readonly RecipientResult[]): string | undefined {
  const lookalike = recipients.find((r) => r.class === "lookalike");
  const invalid = recipients.find((r) => r.class === "invalid");
  const personal = recipients.filter((r) => r.class === "personal");
  let text: string | undefined;
  if (lookalike) text = `SafeShare: ${lookalike.address} looks like ${lookalike.imitates ?? "a trusted address"} but is not. Check it before sending.`;
  else if (invalid) text = `SafeShare: ${invalid.address} is not a valid email address.`;
  else if (personal.length === 1 && personal[0]) text = `SafeShare: ${personal[0].address} is a personal email account, not an agency's.`;
  else if (personal.length > 1) text = `SafeShare: ${personal.length} recipients are personal email accounts, not agencies'.`;
  if (!text) return undefined;
  return text.length <= NOTICE_LIMIT ? text : `${text.slice(0, NOTICE_LIMIT - 1)}…`;
}
