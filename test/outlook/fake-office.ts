/**
 * A fake `Office` global shaped after @types/office-js (the parts the on-send handler uses), for the
 * handler's tests and for running the built bundle in a bare `vm` context. Every callback-style API can
 * be told to succeed, fail (`status: "failed"`), throw, or never call back, and the events count their
 * `completed` calls.
 */
import type { CompletedOptions, MailboxEventLike, OfficeLike } from "../../src/outlook/onsend/office-types";

/** How one API behaves. */
export type Behaviour = "ok" | "fail" | "throw" | "never";

export interface FakeRecipient {
  emailAddress: string;
  displayName?: string;
  recipientType?: "distributionList" | "user" | "externalUser" | "other";
}

export interface FakeItemInit {
  /**
   * The newest Mailbox requirement set the client supports ("1.12"…), answered by
   * `Office.context.requirements.isSetSupported` as Outlook does (sets are cumulative). Default 1.15.
   */
  mailbox?: string;
  to?: FakeRecipient[];
  cc?: FakeRecipient[];
  bcc?: FakeRecipient[];
  subject?: string;
  body?: string;
  from?: string;
  headers?: Record<string, string>;
  session?: Record<string, string>;
  customProperties?: Record<string, unknown>;
  /** Attachments as `getAttachmentsAsync` returns them (AttachmentDetailsCompose). */
  attachments?: { name: string; size?: number; attachmentType?: "file" | "item" | "cloud"; isInline?: boolean }[];
  /**
   * `item.conversationId` (Mailbox 1.0): a reply's conversation; default null, as Outlook gives a new item
   * in a compose form (https://learn.microsoft.com/javascript/api/outlook/office.messagecompose#outlook-office-messagecompose-conversationid-member).
   */
  conversationId?: string;
  /** `userProfile.accountType`; default `office365` (a Microsoft 365 work account). `null` leaves it out. */
  accountType?: string | null;
  /** Leave out the APIs that older clients lack. */
  without?: ("from" | "getAttachmentsAsync" | "internetHeaders" | "sessionData" | "loadCustomPropertiesAsync" | "notificationMessages")[];
  /** Per-API behaviour; default `ok`. */
  behave?: Partial<Record<"to" | "cc" | "bcc" | "subject" | "body" | "attachments" | "from" | "internetHeaders" | "sessionData" | "customProperties", Behaviour>>;
}

type Callback = (result: { status: string; value: unknown; error?: { name: string; message: string; code: number } }) => void;

export interface FakeOffice {
  Office: OfficeLike & { MailboxEnums: unknown; CoercionType: unknown };
  /** Handlers registered through `Office.actions.associate`. */
  handlers: Map<string, (event: MailboxEventLike) => void>;
  /** Notification bars currently on the item. */
  notices: Map<string, { type: string; message: string }>;
  /** Callbacks held back by `never`, to deliver late (the double-completion race). */
  pending: (() => void)[];
  /** Calls made to each API. */
  calls: string[];
}

/** A fake `Office` with one compose item. */
export function fakeOffice(init: FakeItemInit = {}, userEmail = "sam.jones@hertfordshire.gov.uk"): FakeOffice {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const notices = new Map<string, { type: string; message: string }>();
  const handlers = new Map<string, (event: MailboxEventLike) => void>();
  const behave = init.behave ?? {};
  const without = new Set(init.without ?? []);

  const respond = (api: keyof NonNullable<FakeItemInit["behave"]>, value: unknown, callback: Callback): void => {
    calls.push(api);
    const mode = behave[api] ?? "ok";
    if (mode === "throw") throw new Error(`${api} exploded`);
    const deliver = () =>
      mode === "fail"
        ? callback({ status: "failed", value: undefined, error: { name: "GenericResponseError", message: `${api} failed`, code: 9020 } })
        : callback({ status: "succeeded", value });
    if (mode === "never") {
      pending.push(deliver);
      return;
    }
    deliver();
  };

  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (callback: Callback) => respond(field, (init[field] ?? []).map((r) => ({ displayName: "", recipientType: "externalUser", ...r })), callback),
  });

  const item: Record<string, unknown> = {
    itemType: "message",
    conversationId: init.conversationId ?? null,
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: { getAsync: (callback: Callback) => respond("subject", init.subject ?? "", callback) },
    body: {
      getAsync: (coercion: string, callback: Callback) => {
        if (coercion !== "text") throw new Error(`unexpected coercion ${coercion}`);
        respond("body", init.body ?? "", callback);
      },
    },
  };
  if (!without.has("getAttachmentsAsync")) {
    // Every AttachmentDetailsCompose has id, name, size, attachmentType and isInline (Mailbox 1.8).
    item.getAttachmentsAsync = (callback: Callback) =>
      respond(
        "attachments",
        (init.attachments ?? []).map((a, i) => ({ id: String(i), size: 1024, attachmentType: "file", isInline: false, ...a })),
        callback,
      );
  }
  if (!without.has("from")) {
    item.from = { getAsync: (callback: Callback) => respond("from", { emailAddress: init.from ?? userEmail, displayName: "Sam Jones" }, callback) };
  }
  if (!without.has("internetHeaders")) {
    item.internetHeaders = {
      getAsync: (names: string[], callback: Callback) => {
        const out: Record<string, string> = {};
        for (const n of names) {
          const v = init.headers?.[n];
          if (v !== undefined) out[n] = v;
        }
        respond("internetHeaders", out, callback);
      },
    };
  }
  if (!without.has("sessionData")) {
    item.sessionData = {
      getAsync: (name: string, callback: Callback) => {
        const v = init.session?.[name];
        if (v === undefined) {
          calls.push("sessionData");
          callback({ status: "failed", value: undefined, error: { name: "KeyNotFound", message: "not found", code: 9059 } });
          return;
        }
        respond("sessionData", v, callback);
      },
    };
  }
  if (!without.has("loadCustomPropertiesAsync")) {
    item.loadCustomPropertiesAsync = (callback: Callback) =>
      respond("customProperties", { get: (name: string) => init.customProperties?.[name] }, callback);
  }
  if (!without.has("notificationMessages")) {
    item.notificationMessages = {
      replaceAsync: (key: string, details: { type: string; message: string }, callback?: Callback) => {
        notices.set(key, details);
        callback?.({ status: "succeeded", value: undefined });
      },
      removeAsync: (key: string, callback?: Callback) => {
        notices.delete(key);
        callback?.({ status: "succeeded", value: undefined });
      },
    };
  }

  const Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion = "1.1") => {
          if (name !== "Mailbox") return false;
          const [a, b] = (init.mailbox ?? "1.15").split(".").map(Number) as [number, number];
          const [c, d] = minVersion.split(".").map(Number) as [number, number];
          return a > c || (a === c && b >= d);
        },
      },
      mailbox: { item: item as unknown as OfficeLike["context"]["mailbox"]["item"], userProfile: profile(userEmail, init.accountType) },
    },
    actions: { associate: (id: string, handler: (event: MailboxEventLike) => void) => void handlers.set(id, handler) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    MailboxEnums: {
      RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
      ItemNotificationMessageType: { ErrorMessage: "errorMessage", InformationalMessage: "informationalMessage" },
    },
  };
  return { Office, handlers, notices, pending, calls };
}

/** An event that records every `completed` call (and can be made to throw). */
export function countingEvent(options: { throws?: boolean } = {}): MailboxEventLike & { calls: (CompletedOptions | undefined)[]; done: Promise<CompletedOptions | undefined> } {
  const calls: (CompletedOptions | undefined)[] = [];
  let resolve: (o: CompletedOptions | undefined) => void = () => undefined;
  const done = new Promise<CompletedOptions | undefined>((r) => (resolve = r));
  return {
    calls,
    done,
    completed(o?: CompletedOptions) {
      calls.push(o);
      resolve(o);
      if (options.throws) throw new Error("host refused");
    },
  };
}

/** Wait for pending promise callbacks and a macrotask. */
export function settle(ms = 0): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function profile(emailAddress: string, accountType: string | null | undefined): { emailAddress: string; accountType?: string } {
  if (accountType === null) return { emailAddress };
  return { emailAddress, accountType: accountType ?? "office365" };
}
