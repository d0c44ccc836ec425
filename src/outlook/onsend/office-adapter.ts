import type { AttachmentInput } from "../../core/content/people/attachments";
import type { AsyncCallback, AttachmentDetailsLike, ComposeItemLike, EmailAddressDetailsLike, OfficeLike } from "./office-types";

/**
 * The one place where Office's callback-style APIs become promises. Every call goes through
 * {@link callAsync}, which turns a failed `AsyncResult`, a callback with no result and a synchronous
 * throw alike into a rejected promise carrying an {@link OfficeCallError}. Nothing here decides what a
 * failure means: the handler does, through its failure policy.
 *
 * APIs that older clients lack (`from`, `internetHeaders`, `sessionData`, custom properties, notification
 * messages) resolve to `undefined` instead of failing: their absence means "nothing recorded", not
 * "could not check".
 */

/** A failed Office call, with the API's name and Office's own error name / code when it gave one. */
export class OfficeCallError extends Error {
  readonly api: string;
  readonly code: number | string | undefined;
  readonly officeName: string | undefined;

  constructor(api: string, detail?: { name?: string; message?: string; code?: number | string }, cause?: unknown) {
    const reason = detail?.message ?? (cause instanceof Error ? cause.message : cause === undefined ? "no result" : String(cause));
    super(`${api} failed: ${reason}`);
    this.name = "OfficeCallError";
    this.api = api;
    this.code = detail?.code;
    this.officeName = detail?.name;
  }
}

/** The compose item's data as the handler reads it. */
export interface ItemReader {
  /** To, Cc or Bcc, with each recipient's display name and `recipientType`. */
  recipients(field: "to" | "cc" | "bcc"): Promise<EmailAddressDetailsLike[]>;
  subject(): Promise<string>;
  /** The body as plain text (`CoercionType.Text`). */
  bodyText(): Promise<string>;
  /**
   * The attachments' names and types (Mailbox 1.8 `getAttachmentsAsync`), never their contents; [] when
   * the client lacks the API. A failed read rejects: the check cannot say what leaves.
   */
  attachments(): Promise<AttachmentInput[]>;
  /** The From address (Mailbox 1.7), else the signed-in user's address, else undefined. */
  fromAddress(): Promise<string | undefined>;
  /**
   * Whose mailbox this is (`userProfile.accountType`, Mailbox 1.6): `office365` or `enterprise` for an
   * organisation's, `outlookCom` or `gmail` for a personal account; undefined when the client does not say.
   */
  accountType(): string | undefined;
  /** One internet header set on the draft (Mailbox 1.8); undefined when absent or unsupported. */
  internetHeader(name: string): Promise<string | undefined>;
  /** One session data value (Mailbox 1.11); undefined when absent or unsupported. */
  sessionValue(key: string): Promise<string | undefined>;
  /** One custom property of the item; undefined when absent or unsupported. */
  customProperty(key: string): Promise<unknown>;
  /** Show (or replace) an error-style notification bar on the item; ignored where unsupported. */
  replaceNotice(key: string, message: string): Promise<void>;
  /** Remove a notification bar; ignored where absent or unsupported. */
  removeNotice(key: string): Promise<void>;
}

/**
 * Office data is an edge: recipients are checked for shape before core sees them. Written out rather
 * than with zod, which touches `globalThis` (ES2020) when it loads; see handoff.ts.
 */
export function recipientList(value: unknown): EmailAddressDetailsLike[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: EmailAddressDetailsLike[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== "object" || entry === null) return undefined;
    const r = entry as Record<string, unknown>;
    if (typeof r.emailAddress !== "string") return undefined;
    const recipient: EmailAddressDetailsLike = { emailAddress: r.emailAddress };
    if (typeof r.displayName === "string" && r.displayName) recipient.displayName = r.displayName;
    if (typeof r.recipientType === "string" && r.recipientType) recipient.recipientType = r.recipientType;
    out.push(recipient);
  }
  return out;
}

/**
 * Office's attachment details, checked for shape before core sees them: each needs a string `name`;
 * `attachmentType` is kept when it is one of Office's three; inline images are marked. Undefined when the
 * value is not a list of such objects.
 */
export function attachmentList(value: unknown): AttachmentInput[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: AttachmentInput[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== "object" || entry === null) return undefined;
    const a = entry as Partial<Record<keyof AttachmentDetailsLike, unknown>>;
    if (typeof a.name !== "string") return undefined;
    const attachment: AttachmentInput = { name: a.name.slice(0, 1000) };
    if (typeof a.size === "number" && a.size >= 0 && Math.floor(a.size) === a.size) attachment.size = a.size;
    if (a.attachmentType === "file" || a.attachmentType === "item" || a.attachmentType === "cloud") attachment.type = a.attachmentType;
    if (a.isInline === true) attachment.isInline = true;
    out.push(attachment);
  }
  return out;
}

/**
 * Call one callback-style Office API and settle with its value. `succeeded` is the host's own
 * `Office.AsyncResultStatus.Succeeded`.
 */
export function callAsync<T>(api: string, succeeded: unknown, invoke: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result && result.status === succeeded) resolve(result.value);
        else reject(new OfficeCallError(api, result?.error ?? undefined));
      });
    } catch (error) {
      reject(new OfficeCallError(api, undefined, error));
    }
  });
}

/** An {@link ItemReader} over the host's current compose item. Throws when there is no item. */
export function officeItemReader(office: OfficeLike): ItemReader {
  const mailbox = office.context.mailbox;
  const item = mailbox.item;
  if (!item) throw new OfficeCallError("mailbox.item", { message: "there is no item being composed" });
  const ok = office.AsyncResultStatus?.Succeeded ?? "succeeded";
  const call = <T>(api: string, invoke: (callback: AsyncCallback<T>) => void): Promise<T> => callAsync(api, ok, invoke);
  const optional = <T>(promise: Promise<T>): Promise<T | undefined> => promise.then(
    (v) => v,
    () => undefined,
  );

  return {
    async recipients(field) {
      const value = await call<unknown>(`${field}.getAsync`, (cb) => (item as ComposeItemLike)[field].getAsync(cb as AsyncCallback<EmailAddressDetailsLike[]>));
      const list = recipientList(value);
      if (!list) throw new OfficeCallError(`${field}.getAsync`, { message: "the recipients were not in the expected shape" });
      return list;
    },
    async subject() {
      const value = await call<unknown>("subject.getAsync", (cb) => item.subject.getAsync(cb as AsyncCallback<string>));
      return typeof value === "string" ? value : "";
    },
    async bodyText() {
      const value = await call<unknown>("body.getAsync", (cb) => item.body.getAsync("text", cb as AsyncCallback<string>));
      if (typeof value !== "string") throw new OfficeCallError("body.getAsync", { message: "the body was not text" });
      return value;
    },
    async attachments() {
      const get = item.getAttachmentsAsync;
      if (typeof get !== "function") return [];
      const value = await call<unknown>("getAttachmentsAsync", (cb) => get.call(item, cb as AsyncCallback<AttachmentDetailsLike[]>));
      const list = attachmentList(value);
      if (!list) throw new OfficeCallError("getAttachmentsAsync", { message: "the attachments were not in the expected shape" });
      return list;
    },
    async fromAddress() {
      const from = item.from;
      if (from) {
        const value = await optional(call<EmailAddressDetailsLike>("from.getAsync", (cb) => from.getAsync(cb)));
        if (value && typeof value.emailAddress === "string" && value.emailAddress) return value.emailAddress;
      }
      const user = mailbox.userProfile?.emailAddress;
      return typeof user === "string" && user ? user : undefined;
    },
    accountType() {
      const type = mailbox.userProfile?.accountType;
      return typeof type === "string" && type ? type : undefined;
    },
    async internetHeader(name) {
      const headers = item.internetHeaders;
      if (!headers) return undefined;
      const value = await optional(call<Record<string, string>>("internetHeaders.getAsync", (cb) => headers.getAsync([name], cb)));
      if (!value || typeof value !== "object") return undefined;
      const wanted = name.toLowerCase();
      for (const key of Object.keys(value)) {
        const v = value[key];
        if (key.toLowerCase() === wanted && typeof v === "string") return v;
      }
      return undefined;
    },
    async sessionValue(key) {
      const session = item.sessionData;
      if (!session) return undefined;
      const value = await optional(call<string>("sessionData.getAsync", (cb) => session.getAsync(key, cb)));
      return typeof value === "string" && value ? value : undefined;
    },
    async customProperty(key) {
      const load = item.loadCustomPropertiesAsync;
      if (typeof load !== "function") return undefined;
      const props = await optional(call<{ get(name: string): unknown }>("loadCustomPropertiesAsync", (cb) => load.call(item, cb)));
      if (!props || typeof props.get !== "function") return undefined;
      try {
        return props.get(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async replaceNotice(key, message) {
      const notices = item.notificationMessages;
      if (!notices) return;
      await optional(call<void>("notificationMessages.replaceAsync", (cb) => notices.replaceAsync(key, { type: "errorMessage", message }, cb)));
    },
    async removeNotice(key) {
      const notices = item.notificationMessages;
      if (!notices) return;
      await optional(call<void>("notificationMessages.removeAsync", (cb) => notices.removeAsync(key, cb)));
    },
  };
}
