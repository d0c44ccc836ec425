/**
 * The demo's fake `Office` global: one message being composed, shaped after @types/office-js (the parts
 * SafeShare's on-send handler and task pane use). The compose page owns it; the real `dist/onsend.js`
 * registers its handlers into it with `Office.actions.associate`, and the task pane (in an iframe)
 * reads and writes the same item. Every callback-style API answers asynchronously, as Outlook does.
 *
 * Requirement sets simulated: Mailbox 1.15 by default (sessionData, internetHeaders, sendAsync, Smart Alerts
 * with Markdown, getInitializationContextAsync, getAttachmentsAsync and getAttachmentContentAsync), or an
 * older one (`mailboxVersion`): each API is present only from the set Microsoft's reference gives it, so
 * the pane's fallbacks are exercised as an older Outlook would. Not simulated: HTML bodies, delegate access.
 */

/**
 * A file attached in the compose window. `getAttachmentsAsync` gives `AttachmentDetailsCompose` (id,
 * name, size, attachmentType, isInline); `getAttachmentContentAsync(id)` gives `{ format: "base64",
 * content }` for a file and `{ format: "url", content }` for a cloud attachment
 * (https://learn.microsoft.com/javascript/api/outlook/office.attachmentcontent).
 */
export interface DemoAttachment {
  readonly name: string;
  readonly size: number;
  readonly attachmentType: "file" | "cloud";
  /** The file's bytes, base64 (a file); the link (a cloud attachment). */
  readonly content: string;
}

export interface DemoRecipient {
  emailAddress: string;
  displayName: string;
  recipientType: "user" | "externalUser" | "distributionList" | "other";
}

export interface CompletedOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
}

type AsyncResult<T> = { status: "succeeded" | "failed"; value: T; error?: { name: string; message: string; code: number } };
type Callback<T> = (result: AsyncResult<T>) => void;

/** The compose window's state. */
export interface ComposeState {
  from: string;
  to: DemoRecipient[];
  cc: DemoRecipient[];
  bcc: DemoRecipient[];
  subject: string;
  body: string;
  headers: Record<string, string>;
  session: Record<string, string>;
  customProperties: Record<string, unknown>;
  notices: Record<string, { type: string; message: string }>;
  /** The files attached, in order (their ids are `attachment-0`, `attachment-1`, … as long as the list stands). */
  attachments?: DemoAttachment[];
  /** The conversation of a reply; absent for a new message (Outlook's `item.conversationId` is then null). */
  conversationId?: string;
}

/** What the compose page hears from the fake host. */
export interface HostEvents {
  /** The item changed through Office.js (the pane applied a fix). */
  itemChanged(state: ComposeState): void;
  /** `sendAsync` was called from the pane: run the send path and answer. */
  sendRequested(): Promise<{ sent: boolean; error?: string }>;
  /** A notification bar changed. */
  noticesChanged(notices: ComposeState["notices"]): void;
}

export const SEND_ACTION = "onMessageSendHandler";
export const RECIPIENTS_ACTION = "onRecipientsChangedHandler";

/** Is the address in the user's organisation (Outlook's `recipientType` user vs externalUser)? */
export function recipientTypeFor(address: string, from: string): DemoRecipient["recipientType"] {
  const domain = (a: string) => a.trim().toLowerCase().split("@").pop() ?? "";
  return domain(address) === domain(from) ? "user" : "externalUser";
}

export interface FakeOfficeHandle {
  Office: Record<string, unknown>;
  state: ComposeState;
  handlers: Map<string, (event: { completed(o?: CompletedOptions): void }) => void>;
  /** The context data the pane will read (set when the Smart Alerts button opens it). */
  setInitializationContext(data: string | undefined): void;
  /** Every Office call, in order (shown in the page's log). */
  calls: string[];
}

/** Which Mailbox requirement set each simulated API needs (office-js-docs-pr, Outlook API requirement sets). */
const SINCE: Record<string, string> = {
  getAttachmentsAsync: "1.8",
  getAttachmentContentAsync: "1.8",
  internetHeaders: "1.8",
  getInitializationContextAsync: "1.8",
  sessionData: "1.11",
  sendAsync: "1.15",
};

/** Requirement set versions compare part by part ("1.8" < "1.15"), not as decimals. */
export function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a !== c ? a > c : b >= d;
}

export function createFakeOffice(state: ComposeState, events: HostEvents, options: { mailboxVersion?: string } = {}): FakeOfficeHandle {
  const version = options.mailboxVersion ?? "1.15";
  const calls: string[] = [];
  const handlers = new Map<string, (event: { completed(o?: CompletedOptions): void }) => void>();
  let initializationContext: string | undefined;
  const later = (f: () => void) => setTimeout(f, 0);
  const ok = <T>(callback: Callback<T> | undefined, value: T) => later(() => callback?.({ status: "succeeded", value }));
  const fail = <T>(callback: Callback<T> | undefined, name: string, message: string, code: number) =>
    later(() => callback?.({ status: "failed", value: undefined as T, error: { name, message, code } }));
  const changed = () => events.itemChanged(state);

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync(a: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as Callback<DemoRecipient[]>;
      calls.push(`${field}.getAsync`);
      ok(callback, state[field].map((r) => ({ ...r })));
    },
    setAsync(list: (string | { emailAddress: string; displayName?: string })[], a?: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as Callback<void> | undefined;
      calls.push(`${field}.setAsync`);
      state[field] = list.map((r) => {
        const address = typeof r === "string" ? r : r.emailAddress;
        const name = typeof r === "string" ? r : (r.displayName ?? r.emailAddress);
        return { emailAddress: address, displayName: name, recipientType: recipientTypeFor(address, state.from) };
      });
      changed();
      ok(callback, undefined);
    },
  });

  const item = {
    itemType: "message",
    // Mailbox 1.0, compose or read: null for a new item in a compose form, the conversation's id for a reply.
    get conversationId(): string | null {
      return state.conversationId ?? null;
    },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    getAttachmentsAsync(a: unknown, b?: unknown) {
      // AttachmentDetailsCompose (Mailbox 1.8): id, name, size, attachmentType, isInline for every attachment.
      calls.push("getAttachmentsAsync");
      const callback = (typeof a === "function" ? a : b) as Callback<{ id: string; name: string; size: number; attachmentType: string; isInline: boolean }[]>;
      ok(callback, (state.attachments ?? []).map((a, i) => ({ id: `attachment-${i}`, name: a.name, size: a.size, attachmentType: a.attachmentType, isInline: false })));
    },
    getAttachmentContentAsync(id: unknown, a?: unknown, b?: unknown) {
      // getAttachmentContentAsync(attachmentId, options?, callback?): Mailbox 1.8, compose or read.
      calls.push("getAttachmentContentAsync");
      const callback = (typeof a === "function" ? a : b) as Callback<{ format: string; content: string }> | undefined;
      const match = typeof id === "string" ? /^attachment-(\d+)$/.exec(id) : null;
      const attachment = match ? state.attachments?.[Number(match[1])] : undefined;
      // The reference names the error (InvalidAttachmentId), not its number; the pane reads only the status.
      if (!attachment) return fail(callback, "InvalidAttachmentId", "The attachment identifier does not exist.", -1);
      ok(callback, { format: attachment.attachmentType === "cloud" ? "url" : "base64", content: attachment.content });
    },
    from: {
      getAsync(callback: Callback<{ emailAddress: string; displayName: string }>) {
        calls.push("from.getAsync");
        ok(callback, { emailAddress: state.from, displayName: state.from });
      },
    },
    subject: {
      getAsync(a: unknown, b?: unknown) {
        calls.push("subject.getAsync");
        ok((typeof a === "function" ? a : b) as Callback<string>, state.subject);
      },
      setAsync(subject: string, a?: unknown, b?: unknown) {
        calls.push("subject.setAsync");
        state.subject = subject;
        changed();
        ok((typeof a === "function" ? a : b) as Callback<void> | undefined, undefined);
      },
    },
    body: {
      getAsync(coercion: string, a: unknown, b?: unknown) {
        const callback = (typeof a === "function" ? a : b) as Callback<string>;
        calls.push(`body.getAsync(${coercion})`);
        if (coercion !== "text") return fail(callback, "InvalidFormatError", "the demo has plain-text bodies only", 9000);
        ok(callback, state.body);
      },
      getTypeAsync(a: unknown, b?: unknown) {
        calls.push("body.getTypeAsync");
        ok((typeof a === "function" ? a : b) as Callback<string>, "text");
      },
      setAsync(data: string, options: { coercionType?: string } | undefined, callback?: Callback<void>) {
        calls.push("body.setAsync");
        if (options?.coercionType && options.coercionType !== "text") return fail(callback, "InvalidFormatError", "plain text only", 9000);
        state.body = data;
        changed();
        ok(callback, undefined);
      },
    },
    internetHeaders: {
      getAsync(names: string[], callback: Callback<Record<string, string>>) {
        calls.push("internetHeaders.getAsync");
        const out: Record<string, string> = {};
        for (const n of names) {
          const key = Object.keys(state.headers).find((k) => k.toLowerCase() === n.toLowerCase());
          if (key) out[n] = state.headers[key] as string;
        }
        ok(callback, out);
      },
      setAsync(headers: Record<string, string>, a?: unknown, b?: unknown) {
        calls.push("internetHeaders.setAsync");
        Object.assign(state.headers, headers);
        changed();
        ok((typeof a === "function" ? a : b) as Callback<void> | undefined, undefined);
      },
    },
    sessionData: {
      getAsync(name: string, callback: Callback<string>) {
        calls.push("sessionData.getAsync");
        const value = state.session[name];
        if (value === undefined) return fail(callback, "KeyNotFound", "The key wasn't found", 9059);
        ok(callback, value);
      },
      setAsync(name: string, value: string, a?: unknown, b?: unknown) {
        calls.push("sessionData.setAsync");
        state.session[name] = value;
        ok((typeof a === "function" ? a : b) as Callback<void> | undefined, undefined);
      },
    },
    loadCustomPropertiesAsync(callback: Callback<unknown>) {
      calls.push("loadCustomPropertiesAsync");
      const pending = { ...state.customProperties };
      ok(callback, {
        get: (name: string) => pending[name],
        set: (name: string, value: unknown) => void (pending[name] = value),
        remove: (name: string) => void delete pending[name],
        saveAsync: (cb?: Callback<void>) => {
          state.customProperties = pending;
          ok(cb, undefined);
        },
      });
    },
    notificationMessages: {
      replaceAsync(key: string, details: { type: string; message: string }, a?: unknown, b?: unknown) {
        calls.push("notificationMessages.replaceAsync");
        state.notices[key] = { type: details.type, message: details.message };
        events.noticesChanged(state.notices);
        ok((typeof a === "function" ? a : b) as Callback<void> | undefined, undefined);
      },
      removeAsync(key: string, a?: unknown, b?: unknown) {
        calls.push("notificationMessages.removeAsync");
        delete state.notices[key];
        events.noticesChanged(state.notices);
        ok((typeof a === "function" ? a : b) as Callback<void> | undefined, undefined);
      },
    },
    getInitializationContextAsync(a: unknown, b?: unknown) {
      calls.push("getInitializationContextAsync");
      ok((typeof a === "function" ? a : b) as Callback<string>, initializationContext ?? "");
    },
    sendAsync(a?: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as Callback<void> | undefined;
      calls.push("sendAsync");
      void events.sendRequested().then((r) => (r.sent ? ok(callback, undefined) : fail(callback, "SendFailed", r.error ?? "The item wasn't sent.", 9036)));
    },
  };

  // An older Outlook has no such member at all (not a member that fails): remove what the set lacks.
  for (const [api, since] of Object.entries(SINCE)) if (!versionAtLeast(version, since)) delete (item as Record<string, unknown>)[api];

  const Office = {
    context: {
      mailbox: { item, userProfile: { emailAddress: state.from, displayName: "Sam Jones", accountType: "office365" }, diagnostics: { hostName: "SafeShareDemo", hostVersion: "1.0" } },
      requirements: { isSetSupported: (name: string, asked?: string) => name === "Mailbox" && versionAtLeast(version, asked ?? "1.1") },
    },
    actions: { associate: (id: string, handler: (event: { completed(o?: CompletedOptions): void }) => void) => void handlers.set(id, handler) },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    HostType: { Outlook: "Outlook" },
    MailboxEnums: {
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
      ItemNotificationMessageType: { ErrorMessage: "errorMessage", InformationalMessage: "informationalMessage" },
    },
  };
  return { Office, state, handlers, calls, setInitializationContext: (data) => void (initializationContext = data) };
}
