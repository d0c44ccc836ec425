import type { CompletedOptions } from "./office-types";
import type { HandlerSettings } from "./settings";

/**
 * The Smart Alerts dialog's words. Short and plain: the dialog is small, the practitioner is busy, and
 * the task pane has the detail. Outlook allows 500 characters in `errorMessage` and in
 * `errorMessageMarkdown` (Mailbox 1.15, Markdown subset: bold, lists ending in `\r`, `\n\n` for a new
 * line); clients without Markdown show `errorMessage`, so both are always given. The task pane opens only
 * when `errorMessage` is present and `commandId` names the pane's button.
 */

/** Outlook's limit for both message fields. */
export const MESSAGE_LIMIT = 500;

/** At most this many reasons are named in the dialog; the pane lists them all. */
const MAX_REASONS = 2;

/** Why the handler is holding a message, as the pane reads it from `contextData`. */
export type HoldReason = "review" | "declined" | "check-failed";

/**
 * The dialog for a message that needs a decision. Its `contextData` carries no content hash: the pane
 * reads and hashes the item itself when the practitioner opens it, and hashing a long body here cost a
 * fresh on-send runtime more than a tenth of its time on every held Send, for a value nobody read.
 */
export function reviewAlert(reasons: readonly string[], settings: HandlerSettings): CompletedOptions {
  return hold(
    "This email needs a decision before it is sent.",
    reasons.slice(0, MAX_REASONS),
    reasons.length > MAX_REASONS ? `and ${reasons.length - MAX_REASONS} more in SafeShare.` : undefined,
    `Select ${settings.cancelLabel} to see why and record your decision.`,
    settings,
    { reason: "review" },
  );
}

/** The dialog for a message the practitioner recorded a decision not to share. */
export function declinedAlert(settings: HandlerSettings, contentHash: string): CompletedOptions {
  return hold(
    "You recorded a decision not to share this email, so it has not been sent.",
    [],
    undefined,
    `To share it after all, select ${settings.cancelLabel} and record a new decision.`,
    settings,
    { reason: "declined", contentHash },
  );
}

/** The answer when the check could not run, by the failure policy. */
export function failureAlert(settings: HandlerSettings): CompletedOptions {
  if (settings.onFailure === "allow") return { allowEvent: true };
  return hold(
    "SafeShare could not check this email, so it has not been sent.",
    [],
    undefined,
    `Select ${settings.cancelLabel} to check it there, or try Send again.`,
    settings,
    { reason: "check-failed" },
  );
}

function hold(
  headline: string,
  reasons: readonly string[],
  more: string | undefined,
  action: string,
  settings: HandlerSettings,
  context: { reason: HoldReason; contentHash?: string },
): CompletedOptions {
  return {
    allowEvent: false,
    errorMessage: plainMessage(headline, reasons, more, action),
    errorMessageMarkdown: markdownMessage(headline, reasons, more, action, settings.cancelLabel),
    cancelLabel: settings.cancelLabel,
    commandId: settings.commandId,
    // A string: classic Outlook on Windows before Version 2402 accepts only strings here.
    contextData: JSON.stringify({ source: "safeshare-onsend", v: 1, ...context }),
  };
}

/** Plain text: headline, the reasons as short lines, the action; reasons shortened to fit 500 characters. */
export function plainMessage(headline: string, reasons: readonly string[], more: string | undefined, action: string): string {
  const fixed = [headline, ...(more ? [more] : []), action];
  const room = MESSAGE_LIMIT - fixed.join("\n").length - reasons.length * 3;
  const shown = fitted(reasons, room).map((r) => `- ${r}`);
  return clip([headline, ...shown, ...(more ? [more] : []), action].join("\n"), MESSAGE_LIMIT);
}

/** Markdown: bold headline, a bulleted list (each item ends with `\r`), the action with the button in bold. */
export function markdownMessage(
  headline: string,
  reasons: readonly string[],
  more: string | undefined,
  action: string,
  buttonLabel: string,
): string {
  const head = `**${escapeMarkdown(headline)}**`;
  const tail = escapeMarkdown(action).replace(escapeMarkdown(buttonLabel), `**${escapeMarkdown(buttonLabel)}**`);
  const moreText = more ? `${escapeMarkdown(more)}\n\n` : "";
  const frame = `${head}\n\n` + `\n\n${moreText}${tail}`;
  const room = MESSAGE_LIMIT - frame.length - reasons.length * 3;
  const items = fitted(reasons.map(escapeMarkdown), room, true).map((r) => `- ${r}\r`);
  const list = items.length ? `${items.join("")}` : "";
  const text = list ? `${head}\n\n${list}\n\n${moreText}${tail}` : `${head}\n\n${moreText}${tail}`;
  return text.length <= MESSAGE_LIMIT ? text : `${head}\n\n${moreText}${tail}`.slice(0, MESSAGE_LIMIT);
}

/** Share `room` characters between the reasons, shortening the longest first. */
function fitted(reasons: readonly string[], room: number, markdown = false): string[] {
  if (reasons.length === 0) return [];
  const total = reasons.reduce((n, r) => n + r.length, 0);
  if (total <= room) return [...reasons];
  const each = Math.max(20, Math.floor(room / reasons.length));
  return reasons.map((r) => (r.length <= each ? r : shorten(r, each, markdown)));
}

/** Cut at a word boundary and add an ellipsis; never leave a dangling Markdown escape. */
function shorten(text: string, max: number, markdown: boolean): string {
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  if (space > max / 2) cut = cut.slice(0, space);
  if (markdown) cut = cut.replace(/\\+$/, "");
  return `${cut.replace(/[\s,;:]+$/, "")}…`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Escape the characters Outlook's Markdown subset would read as formatting (`*`, `_`, brackets, backslash). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]()`#>|~]/g, (c) => `\\${c}`);
}

/** What the client can show in the Smart Alerts dialog (Mailbox requirement sets, checked on the client). */
export interface DialogSupport {
  /** Mailbox 1.14: `cancelLabel`, `commandId` (the dialog's button opens the pane) and `contextData`. */
  readonly paneButton: boolean;
  /** Mailbox 1.15: `errorMessageMarkdown`. */
  readonly markdown: boolean;
}

/** Whether `office` supports what the dialog uses; a client without the requirements API is taken as current. */
export function dialogSupportOf(office: { context?: { requirements?: { isSetSupported?(name: string, minVersion?: string): boolean } } }): DialogSupport {
  const check = office.context?.requirements?.isSetSupported;
  const has = (v: string): boolean => {
    if (typeof check !== "function") return true;
    try {
      return check.call(office.context?.requirements, "Mailbox", v) === true;
    } catch {
      return false;
    }
  };
  return { paneButton: has("1.14"), markdown: has("1.15") };
}

/**
 * The dialog as this client can show it. Without Mailbox 1.15 the Markdown goes (the plain text says the
 * same); without 1.14 there is no button into the pane, so the text says where the pane is instead (the
 * ribbon button) and the button's options go. (The sets are cumulative: a client with 1.15 has 1.14.)
 */
export function fitToClient(options: CompletedOptions, support: DialogSupport, settings: Pick<HandlerSettings, "cancelLabel">): CompletedOptions {
  if (options.allowEvent !== false) return options;
  const out: CompletedOptions = { ...options };
  if (!support.markdown) delete out.errorMessageMarkdown;
  if (!support.paneButton) {
    delete out.cancelLabel;
    delete out.commandId;
    delete out.contextData;
    if (out.errorMessage) out.errorMessage = out.errorMessage.split(`Select ${settings.cancelLabel} `).join(`Choose Don't Send, then ${settings.cancelLabel} on the ribbon, `).slice(0, MESSAGE_LIMIT);
  }
  return out;
}
