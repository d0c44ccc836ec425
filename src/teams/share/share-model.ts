/**
 * The Teams share, as data: the check of the text against the conversation's members, the extra
 * confirmation external members need, the record's message reference, and the message posted.
 * Pure; the page (`SharePage.tsx`) calls these.
 */
import type { AttachmentContent } from "../../core/attachments/check-attachment";
import { checkMessage } from "../../core/check/check-message";
import type { CheckResult } from "../../core/check/result";
import type { MessageRef } from "../../core/decision";
import { defaultPolicy, type Policy } from "../../core/policy/policy";
import type { ShareTarget } from "../graph";
import { type Audience, type AudienceMember, externalReason, FAKE_DOMAIN } from "../members";

/** The organisation's domain as the signed-in user's UPN shows it (internal by policy). */
export function homeDomainOf(upn: string): string | undefined {
  const at = upn.lastIndexOf("@");
  return at > 0 ? upn.slice(at + 1).toLowerCase() : undefined;
}

/** The policy for the page: the organisation's (when configured) or the national defaults plus the home domain. */
export function sharePolicy(upn: string, configured?: Policy): Policy {
  if (configured) return configured;
  const home = homeDomainOf(upn);
  return defaultPolicy(home ? [home] : []);
}

/**
 * Check the text against the audience: the same `checkMessage` as Outlook, with Teams' own reasons for
 * external members, and the files the practitioner picked to share (read on the device, in `contents`).
 */
export function checkShare(text: string, audience: Audience, upn: string, policy: Policy, contents: readonly AttachmentContent[] = []): CheckResult {
  const recipientTypes: Record<string, "externalUser" | "user"> = {};
  for (const m of audience.members) recipientTypes[m.address] = m.external ? "externalUser" : "user";
  const attachments = contents.map((c) => ({ name: c.name, ...(c.size !== undefined ? { size: c.size } : {}), type: "file" as const }));
  const result = checkMessage({ from: upn, to: audience.members.map((m) => m.address), cc: [], bcc: [], body: text, html: false, recipientTypes, attachments }, { policy }, contents);
  const byAddress = new Map(audience.members.map((m) => [m.address, m]));
  return {
    ...result,
    recipients: result.recipients.map((r) => {
      const member = byAddress.get(r.address);
      if (!member) return r;
      const named = { ...r, displayName: member.displayName };
      // Graph gives no address for someone of another tenant: not a typo to fix, a person from outside.
      if (r.address.endsWith(`@${FAKE_DOMAIN}`)) {
        return { ...named, class: "unverified" as const, reasons: [member.reason ?? externalReason("unknown-tenant", member.displayName), `Teams gives no email address for ${member.displayName}.`] };
      }
      if (!member.reason) return named;
      return {
        ...named,
        reasons: [member.reason, ...r.reasons.filter((x) => !/^Outlook marks/.test(x))],
        flags: r.flags.map((f) => (f.kind === "external-user" ? { ...f, reason: member.reason as string } : f)),
      };
    }),
  };
}

/** The id of the core's external-user flag for a member (see core `raisedFlagsFrom`). */
export function externalFlagId(member: AudienceMember): string {
  return `recipient-warning:external-user:${member.address}`;
}

/** The override reason recorded for an external member: the explicit confirmation, in plain English. */
export function externalConfirmationReason(member: AudienceMember, why: string): string {
  const what = member.external === "guest" ? "a guest from outside the organisation" : member.external === "other-tenant" ? "a member of another organisation's Microsoft 365" : "a member whose organisation Teams does not state";
  return `Confirmed sharing with ${member.displayName} (${member.address}), ${what}: ${why.trim()}`.slice(0, 1000);
}

/** A need-to-know note for a channel (everyone in it reads the message). */
export function channelNeedToKnow(target: ShareTarget, audience: Audience): string | undefined {
  if (target.kind !== "channel") return undefined;
  return `Everyone in this channel (${audience.members.length + 1} people, you included) will be able to read the message, now and later. Does each of them need to know?`;
}

/** The record's message reference. The record is written before the message is posted, so the message id is not known: the posted message carries the record id instead. */
export function messageRefFor(target: ShareTarget): MessageRef {
  return target.kind === "chat" ? { kind: "teams-chat", chatId: target.chatId, messageId: null } : { kind: "teams-channel", teamId: target.teamId, channelId: target.channelId, messageId: null };
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The marker that ties a posted message to its decision record. */
export function decisionMarker(recordId: string): string {
  return `SafeShare decision ${recordId}`;
}

/** The chat message body (HTML): the text, paragraph by paragraph, and the decision marker. */
export function postedHtml(text: string, recordId: string): string {
  return `${messageHtml(text)}<p><em>${escapeHtml(decisionMarker(recordId))} (information-sharing decision recorded)</em></p>`;
}

/** The message as Teams HTML, paragraphs kept, everything escaped (a message with nothing to decide is posted as it is). */
export function messageHtml(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** The plain statement every Teams share page shows. */
export const UNCHECKED_CHAT_NOTICE =
  "Messages typed straight into the chat box are not checked: Teams gives apps no way to look at a message before it is sent. Share case information through SafeShare. Your organisation can add Microsoft Purview data loss prevention (DLP) for Teams as a backstop: it finds sensitive information in messages after they are sent and can block them for guests and people outside the organisation.";
