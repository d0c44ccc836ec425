import { DECISION_CUSTOM_PROPERTY, DECISION_HEADER, DECISION_SESSION_KEY } from "../ids";
import { type DecisionHandoff, handoffText } from "../handoff";
import { callAsync, type ItemReader, officeItemReader } from "../onsend/office-adapter";
import type { AsyncCallback, AttachmentDetailsLike, ComposeItemLike, EmailAddressDetailsLike, OfficeLike } from "../onsend/office-types";

/**
 * The task pane's side of Office.js: the reads come from the handler's adapter (the same code reads and
 * hashes the item, so pane and handler agree on the content hash), and the writes the pane needs are
 * promisified here the same way. Each write names its requirement set; a client without it gets
 * `unsupported`, never a crash. Checked against Microsoft's reference (office-js-docs-pr) and
 * @types/office-js:
 *
 * - `item.internetHeaders.setAsync(headers, cb)`: Mailbox 1.8.
 * - `item.sessionData.setAsync(name, value, cb)`: Mailbox 1.11 (50,000 characters per add-in before 1.16).
 * - `item.loadCustomPropertiesAsync` → `props.set(name, value)` → `props.saveAsync(cb)`: Mailbox 1.1.
 * - `item.sendAsync(cb)`: Mailbox 1.15, task pane and function commands only; code after it may not run.
 * - `item.subject.setAsync`, `item.to/cc/bcc.setAsync`, `item.body.setAsync(data, {coercionType}, cb)`,
 *   `item.body.getTypeAsync`: Mailbox 1.1.
 * - `item.getInitializationContextAsync(cb)`: Mailbox 1.8: the `contextData` of the Smart Alerts dialog
 *   that opened the pane.
 * - `item.conversationId`: Mailbox 1.0, compose or read: null for a new item in a compose form (until it
 *   is saved with a subject); a reply has its conversation's id, which changes if the subject is changed.
 * - `item.getAttachmentContentAsync(id, cb)`: Mailbox 1.8, compose or read: `{ format, content }` where
 *   format is `base64` (a file), `eml` (an attached message), `iCalendar` (an attached meeting) or `url` (a
 *   cloud attachment); an id that does not exist fails with `InvalidAttachmentId`, and a message or meeting
 *   attached by drag-and-drop in Outlook on the web or the new Outlook fails too
 *   (https://learn.microsoft.com/javascript/api/outlook/office.attachmentcontent).
 */

/** The compose item with the writes the pane uses (all optional: older clients lack some). */
export interface PaneItemLike extends ComposeItemLike {
  to: ComposeItemLike["to"] & { setAsync?(recipients: (string | EmailAddressDetailsLike)[], callback: AsyncCallback<void>): void };
  cc: ComposeItemLike["cc"] & { setAsync?(recipients: (string | EmailAddressDetailsLike)[], callback: AsyncCallback<void>): void };
  bcc: ComposeItemLike["bcc"] & { setAsync?(recipients: (string | EmailAddressDetailsLike)[], callback: AsyncCallback<void>): void };
  subject: ComposeItemLike["subject"] & { setAsync?(subject: string, callback?: AsyncCallback<void>): void };
  body: ComposeItemLike["body"] & {
    setAsync?(data: string, options: { coercionType: string }, callback?: AsyncCallback<void>): void;
    getTypeAsync?(callback: AsyncCallback<string>): void;
  };
  internetHeaders?: NonNullable<ComposeItemLike["internetHeaders"]> & { setAsync?(headers: Record<string, string>, callback?: AsyncCallback<void>): void };
  sessionData?: NonNullable<ComposeItemLike["sessionData"]> & { setAsync?(name: string, value: string, callback?: AsyncCallback<void>): void };
  loadCustomPropertiesAsync?(callback: AsyncCallback<{ get(name: string): unknown; set?(name: string, value: unknown): void; saveAsync?(callback?: AsyncCallback<void>): void }>): void;
  sendAsync?(callback?: AsyncCallback<void>): void;
  getInitializationContextAsync?(callback: AsyncCallback<string>): void;
  conversationId?: string | null;
  getAttachmentContentAsync?(attachmentId: string, callback: AsyncCallback<AttachmentContentLike>): void;
}

/** `Office.AttachmentContent` (Mailbox 1.8). */
export interface AttachmentContentLike {
  format: string;
  content: string;
}

/** The `Office` global as the pane uses it. */
export interface PaneOfficeLike extends OfficeLike {
  context: OfficeLike["context"] & { mailbox: OfficeLike["context"]["mailbox"] & { item?: PaneItemLike | null } };
  onReady?(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }>;
}

/** Where the handoff went: session data, a custom property, or nowhere (neither API). */
export type HandoffStore = "session-data" | "custom-property" | "unsupported";

/** The item as the pane reads and writes it. */
export interface PaneItem extends ItemReader {
  /** Stamp the decision id as the `x-safeshare-decision` internet header. False when unsupported. */
  setDecisionHeader(decisionId: string): Promise<boolean>;
  /** Store the handoff for the on-send handler (session data, else a custom property). */
  storeHandoff(handoff: DecisionHandoff): Promise<HandoffStore>;
  /** True when the client can send from the pane (Mailbox 1.15). */
  readonly canSend: boolean;
  /** Send the item (`sendAsync`). */
  send(): Promise<void>;
  setSubject(subject: string): Promise<void>;
  setRecipients(field: "to" | "cc" | "bcc", recipients: EmailAddressDetailsLike[]): Promise<void>;
  /** "text" or "html" (or undefined when the client cannot say). */
  bodyType(): Promise<string | undefined>;
  /** Replace the body with plain text (only used for plain-text bodies). */
  setBodyText(text: string): Promise<void>;
  /** The Smart Alerts dialog's `contextData`, when the pane was opened from it. */
  initializationContext(): Promise<string | undefined>;
  /** The email conversation the item is in (a reply's), or undefined for a new message. */
  conversationId(): string | undefined;
  /** True when the client can give attachments' contents (Mailbox 1.8 `getAttachmentContentAsync`). */
  readonly canReadAttachments: boolean;
  /** The attachments with their ids, as `getAttachmentsAsync` gives them (in the order of `attachments()`). */
  attachmentDetails(): Promise<AttachmentDetailsLike[]>;
  /** One attachment's content (`getAttachmentContentAsync`). */
  attachmentContent(id: string): Promise<AttachmentContentLike>;
}

export class UnsupportedError extends Error {
  constructor(api: string) {
    super(`${api} is not available in this version of Outlook`);
    this.name = "UnsupportedError";
  }
}

/** The pane's item over the host's `Office`. Throws when there is no item being composed. */
export function paneItemFrom(office: PaneOfficeLike): PaneItem {
  const reader = officeItemReader(office);
  const item = office.context.mailbox.item as PaneItemLike;
  const ok = office.AsyncResultStatus?.Succeeded ?? "succeeded";
  const call = <T>(api: string, invoke: (cb: AsyncCallback<T>) => void): Promise<T> => callAsync(api, ok, invoke);
  const text = (office as { CoercionType?: { Text?: string } }).CoercionType?.Text ?? "text";
  return {
    ...reader,
    async setDecisionHeader(decisionId) {
      const headers = item.internetHeaders;
      if (!headers?.setAsync) return false;
      await call<void>("internetHeaders.setAsync", (cb) => headers.setAsync?.({ [DECISION_HEADER]: decisionId }, cb));
      return true;
    },
    async storeHandoff(handoff) {
      const value = handoffText(handoff);
      const session = item.sessionData;
      if (session?.setAsync) {
        try {
          await call<void>("sessionData.setAsync", (cb) => session.setAsync?.(DECISION_SESSION_KEY, value, cb));
          return "session-data";
        } catch {
          // sessionData can fail where it exists (too large before Mailbox 1.16, a client fault): the
          // handler reads the custom property too, so fall back to it rather than lose the hand-off.
        }
      }
      const load = item.loadCustomPropertiesAsync;
      if (typeof load !== "function") return "unsupported";
      const props = await call<{ get(name: string): unknown; set?(name: string, value: unknown): void; saveAsync?(callback?: AsyncCallback<void>): void }>(
        "loadCustomPropertiesAsync",
        (cb) => load.call(item, cb),
      );
      if (typeof props.set !== "function" || typeof props.saveAsync !== "function") return "unsupported";
      props.set(DECISION_CUSTOM_PROPERTY, value);
      await call<void>("customProperties.saveAsync", (cb) => props.saveAsync?.(cb));
      return "custom-property";
    },
    canSend: typeof item.sendAsync === "function",
    async send() {
      if (typeof item.sendAsync !== "function") throw new UnsupportedError("item.sendAsync");
      await call<void>("sendAsync", (cb) => item.sendAsync?.(cb));
    },
    async setSubject(subject) {
      if (!item.subject.setAsync) throw new UnsupportedError("subject.setAsync");
      await call<void>("subject.setAsync", (cb) => item.subject.setAsync?.(subject, cb));
    },
    async setRecipients(field, recipients) {
      const target = item[field];
      if (!target.setAsync) throw new UnsupportedError(`${field}.setAsync`);
      const list = recipients.map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName ?? r.emailAddress }));
      await call<void>(`${field}.setAsync`, (cb) => target.setAsync?.(list, cb));
    },
    async bodyType() {
      if (!item.body.getTypeAsync) return undefined;
      const type = await call<string>("body.getTypeAsync", (cb) => item.body.getTypeAsync?.(cb));
      return typeof type === "string" ? type.toLowerCase() : undefined;
    },
    async setBodyText(value) {
      if (!item.body.setAsync) throw new UnsupportedError("body.setAsync");
      await call<void>("body.setAsync", (cb) => item.body.setAsync?.(value, { coercionType: text }, cb));
    },
    conversationId() {
      const id = item.conversationId;
      return typeof id === "string" && id.trim() ? id : undefined;
    },
    canReadAttachments: typeof item.getAttachmentContentAsync === "function" && typeof item.getAttachmentsAsync === "function",
    async attachmentDetails() {
      const get = item.getAttachmentsAsync;
      if (typeof get !== "function") return [];
      const value = await call<unknown>("getAttachmentsAsync", (cb) => get.call(item, cb as AsyncCallback<AttachmentDetailsLike[]>));
      if (!Array.isArray(value)) return [];
      // Position for position with `attachments()`, so findings name the right file: a malformed entry keeps its place with no id.
      return value.map((entry: unknown) => {
        const a = (typeof entry === "object" && entry !== null ? entry : {}) as Partial<Record<keyof AttachmentDetailsLike, unknown>>;
        return {
          id: typeof a.id === "string" ? a.id : "",
          name: typeof a.name === "string" ? a.name : "",
          size: typeof a.size === "number" ? a.size : 0,
          attachmentType: typeof a.attachmentType === "string" ? a.attachmentType : "",
          isInline: a.isInline === true,
        };
      });
    },
    async attachmentContent(id) {
      const get = item.getAttachmentContentAsync;
      if (typeof get !== "function") throw new UnsupportedError("item.getAttachmentContentAsync");
      const value = await call<unknown>("getAttachmentContentAsync", (cb) => get.call(item, id, cb as AsyncCallback<AttachmentContentLike>));
      const v = value as Partial<AttachmentContentLike> | null;
      if (!v || typeof v.format !== "string" || typeof v.content !== "string") throw new Error("the attachment's content was not in the expected shape");
      return { format: v.format, content: v.content };
    },
    async initializationContext() {
      if (typeof item.getInitializationContextAsync !== "function") return undefined;
      try {
        const value = await call<string>("getInitializationContextAsync", (cb) => item.getInitializationContextAsync?.(cb));
        return typeof value === "string" && value ? value : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
