import { contentHash } from "../../core/check/content-hash";
import type { CheckContext } from "../../core/check/verdict-inputs";
import type { MessageInput } from "../../core/check/message";
import type { Policy } from "../../core/policy/policy";
import type { AttachmentInput } from "../../core/content/people/attachments";
import type { ItemReader } from "./office-adapter";
import type { EmailAddressDetailsLike } from "./office-types";

/**
 * The compose item read once, in parallel, and turned into the core's message input. The task pane uses
 * the same functions, so that the pane and the handler hash exactly the same content.
 */

export interface ComposeSnapshot {
  from?: string | undefined;
  to: EmailAddressDetailsLike[];
  cc: EmailAddressDetailsLike[];
  bcc: EmailAddressDetailsLike[];
  subject: string;
  /** Plain text (`CoercionType.Text`). */
  body: string;
  /** The attachments' names and types (not their contents). */
  attachments?: AttachmentInput[];
  /** Outlook's account type for the signed-in mailbox (`office365`, `enterprise`, `outlookCom`, `gmail`). */
  accountType?: string | undefined;
}

/** Read recipients, subject, body and sender together. Rejects when any required read fails. */
export async function readSnapshot(reader: ItemReader): Promise<ComposeSnapshot> {
  const [to, cc, bcc, subject, body, from, attachments] = await Promise.all([
    reader.recipients("to"),
    reader.recipients("cc"),
    reader.recipients("bcc"),
    reader.subject(),
    reader.bodyText(),
    reader.fromAddress(),
    reader.attachments(),
  ]);
  return { from, to, cc, bcc, subject, body, attachments, accountType: reader.accountType() };
}

/**
 * The check's context in Outlook: the sender's domain is internal when, and only when, Outlook says the
 * mailbox is an organisation's (`office365`: Microsoft 365 work or school; `enterprise`: on-premises
 * Exchange). A personal account (`outlookCom`, `gmail`) or a client that does not say adds nothing, so
 * colleagues are internal only through the policy's `internalDomains`: holding more, never less. The task
 * pane and the on-send handler both use this, so they reach the same verdict.
 */
export function outlookCheckContext(policy: Policy, accountType: string | undefined): CheckContext {
  const organisational = accountType === "office365" || accountType === "enterprise";
  return { policy, senderDomainIsInternal: organisational, senderAccountIsOrganisational: organisational };
}

/** The core's message input: mailboxes with their display names, and Outlook's recipient types. */
export function messageInput(snapshot: ComposeSnapshot): MessageInput {
  const recipientTypes: Record<string, "distributionList" | "user" | "externalUser" | "other"> = {};
  const mailboxes = (list: readonly EmailAddressDetailsLike[]): string[] =>
    list.map((r) => {
      const type = r.recipientType;
      if (type === "distributionList" || type === "user" || type === "externalUser" || type === "other") {
        recipientTypes[r.emailAddress.trim().toLowerCase()] = type;
      }
      return mailboxText(r);
    });
  return {
    ...(snapshot.from ? { from: snapshot.from } : {}),
    to: mailboxes(snapshot.to),
    cc: mailboxes(snapshot.cc),
    bcc: mailboxes(snapshot.bcc),
    subject: snapshot.subject,
    body: snapshot.body,
    html: false,
    recipientTypes,
    attachments: snapshot.attachments ?? [],
  };
}

/**
 * `"Jo Smith" <jo@example.org>`, or the bare address when there is no distinct display name. Quote marks
 * and backslashes in the name become spaces: they mean nothing to any check, and without escapes every
 * mailbox written here is one the core's own scanner reads (the handler carries no full RFC 5322 parser).
 */
export function mailboxText(recipient: EmailAddressDetailsLike): string {
  const address = recipient.emailAddress.trim();
  const name = (recipient.displayName ?? "").replace(/[\r\n"\\]+/g, " ").replace(/\s+/g, " ").trim();
  if (!name || name.toLowerCase() === address.toLowerCase()) return address;
  return `"${name}" <${address}>`;
}

/** The content hash of the snapshot: what a recorded decision must match. */
export function snapshotHash(snapshot: ComposeSnapshot): string {
  const addresses = (list: readonly EmailAddressDetailsLike[]): string[] => list.map((r) => r.emailAddress);
  return contentHash({
    to: addresses(snapshot.to),
    cc: addresses(snapshot.cc),
    bcc: addresses(snapshot.bcc),
    subject: snapshot.subject,
    body: snapshot.body,
    attachments: (snapshot.attachments ?? []).filter((a) => !a.isInline).map((a) => a.name),
  });
}
