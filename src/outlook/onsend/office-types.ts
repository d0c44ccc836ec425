/**
 * The part of Office.js the on-send handler touches, as plain structural types shaped after
 * `@types/office-js` (test/outlook/office-types.test.ts proves the real `Office.MessageCompose` and
 * `Office.MailboxEvent` fit them). Only this file and the adapter know Office's callback shapes; the
 * rest of the handler sees promises.
 *
 * Enum values are compared as the strings Office.js uses at run time (`"succeeded"`, `"text"`), read
 * from the host's own `Office.AsyncResultStatus` when it has one.
 */

/** `Office.AsyncResult<T>`: `status` is `"succeeded"` or `"failed"` at run time. */
export interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { name?: string; message?: string; code?: number | string } | undefined;
}

export type AsyncCallback<T> = (result: AsyncResultLike<T>) => void;

/** `Office.EmailAddressDetails`. */
export interface EmailAddressDetailsLike {
  emailAddress: string;
  displayName?: string;
  /** `distributionList`, `user`, `externalUser` or `other` (`Office.MailboxEnums.RecipientType`). */
  recipientType?: string;
}

/**
 * `Office.AttachmentDetailsCompose` (Mailbox 1.8): what `getAttachmentsAsync` gives in compose. `name` and
 * `attachmentType` (`file`, `item`, `cloud`) are documented for every attachment; `size` is in bytes.
 * https://learn.microsoft.com/javascript/api/outlook/office.attachmentdetailscompose
 */
export interface AttachmentDetailsLike {
  id: string;
  name: string;
  size: number;
  attachmentType: string;
  isInline: boolean;
}

/** `Office.Recipients` (To, Cc, Bcc in compose). */
export interface RecipientsLike {
  getAsync(callback: AsyncCallback<EmailAddressDetailsLike[]>): void;
}

/** `Office.NotificationMessageDetails`, the fields the handler sets. */
export interface NotificationDetailsLike {
  type: string;
  message: string;
}

/** The compose item (`Office.MessageCompose`), with the optional parts older clients lack. */
export interface ComposeItemLike {
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  subject: { getAsync(callback: AsyncCallback<string>): void };
  body: { getAsync(coercionType: string, callback: AsyncCallback<string>): void };
  /** Mailbox 1.7. */
  from?: { getAsync(callback: AsyncCallback<EmailAddressDetailsLike>): void };
  /** Mailbox 1.8. */
  internetHeaders?: { getAsync(names: string[], callback: AsyncCallback<Record<string, string>>): void };
  /** Mailbox 1.8 (always there where OnMessageSend runs, which needs 1.12). */
  getAttachmentsAsync?(callback: AsyncCallback<AttachmentDetailsLike[]>): void;
  /** Mailbox 1.11. */
  sessionData?: { getAsync(name: string, callback: AsyncCallback<string>): void };
  /** Mailbox 1.1. */
  loadCustomPropertiesAsync?(callback: AsyncCallback<{ get(name: string): unknown }>): void;
  notificationMessages?: {
    replaceAsync(key: string, details: NotificationDetailsLike, callback?: AsyncCallback<void>): void;
    removeAsync(key: string, callback?: AsyncCallback<void>): void;
  };
}

/** What `event.completed` accepts for Smart Alerts (`Office.SmartAlertsEventCompletedOptions`). */
export interface CompletedOptions {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/** The event object Outlook passes to an event-based handler (`Office.MailboxEvent`). */
export interface MailboxEventLike {
  completed(options?: CompletedOptions): void;
}

/** The `Office` global, as far as the handler uses it. */
export interface OfficeLike {
  context: {
    /** Which requirement sets this client supports (Office common API). */
    requirements?: { isSetSupported?(name: string, minVersion?: string): boolean };
    mailbox: {
      item?: ComposeItemLike | null;
      userProfile?: { emailAddress?: string; accountType?: string };
    };
  };
  actions?: { associate(actionId: string, handler: (event: MailboxEventLike) => void): void };
  AsyncResultStatus?: { Succeeded?: unknown; Failed?: unknown };
}
