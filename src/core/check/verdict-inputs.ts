import { getDomain } from "tldts";
import type { Policy } from "../policy/policy";
import { checkRecipients, classifyDomain, type RecipientInput } from "../recipients";
// The text modules directly, not the text index: that would bring the sentence segmenter into the
// on-send bundle, which does not segment.
import { findSkippedRegions } from "../text/skipped-regions";
import { htmlToText } from "../text/html-to-text";
import { findIdentifiers } from "../content/identifiers";
import { findSpecialCategory } from "../content/special-category";
import { findCaseVocabulary, type CaseVocabularyHit } from "../content/case-vocabulary";
import type { SearchRegions } from "../content/identifiers/regions";
import { messagePeople, type MessagePeople } from "../content/people/message-people";
import type { MessageInput } from "./message";
import type { IdentifierResult, RecipientResult, SkippedRegion, SpecialCategoryResult } from "./result";
import { searchRegionsFrom } from "./regions";

/** What the caller knows beyond the message itself. */
export interface CheckContext {
  policy: Policy;
  /**
   * Treat the sender's own registrable domain as internal (the CLI's default when no `--org-domain` is
   * given). Never applied to a shared secure domain (nhs.net, cjsm.net) or a webmail domain: everyone on
   * NHSmail is not one organisation.
   */
  senderDomainIsInternal?: boolean;
  /**
   * The sender's mailbox is known to be an organisation's (Outlook's account type `office365` or
   * `enterprise`), not a personal account. With `senderDomainIsInternal`, the sender's domain is then
   * internal without asking the webmail list: a consumer domain (gmail.com, outlook.com) cannot be an
   * accepted domain of a Microsoft 365 or Exchange organisation, and the account type is the better
   * witness. Shared secure domains and the policy's own personal domains are still never inferred.
   */
  senderAccountIsOrganisational?: boolean;
  /** Addresses (lower-case) the sender has written to before, for first-time-recipient flags. */
  history?: ReadonlySet<string>;
}

/**
 * Everything the verdict looks at except the sentences, computed once from a message: the analysed body,
 * the effective policy, where quoted and signature text is, the recipients, and the case content.
 */
export interface VerdictInputs {
  /** The analysed text: the body, or the body with HTML stripped. Every offset refers to it. */
  body: string;
  /** The caller's policy, with the sender's domain added as internal when the context asks for it. */
  policy: Policy;
  skipped: SkippedRegion[];
  /** Where identifiers, special category cues and case vocabulary are searched (and which parts are quoted). */
  searchRegions: SearchRegions;
  recipients: RecipientResult[];
  identifiers: IdentifierResult[];
  specialCategory: SpecialCategoryResult[];
  caseVocabulary: CaseVocabularyHit[];
  /** The people the message is about, what it says of them, and what the subject line carries. */
  people: MessagePeople;
  /** The attachments, as given. */
  attachments: NonNullable<MessageInput["attachments"]>;
}

/**
 * The steps that both `checkMessage` (the full analysis) and `checkVerdict` (the on-send handler's
 * verdict) run, in one place, so that the two cannot drift apart: strip HTML, find the skipped regions,
 * classify the recipients, and find identifiers, special category cues and case vocabulary. What only the
 * full analysis needs (sentences, the fact/opinion classifier, acronyms) is not computed here.
 */
export function verdictInputs(message: MessageInput, context: CheckContext): VerdictInputs {
  const body = message.html ? htmlToText(message.body) : message.body;
  const policy = withSenderDomain(context.policy, message.from, context);

  const skipped = findSkippedRegions(body);
  const searchRegions = searchRegionsFrom(skipped);

  // The greeting that recipients are matched against is in the new text only: before the first skip.
  const firstSkip = skipped[0]?.start ?? body.length;
  const recipientsInput: Parameters<typeof checkRecipients>[0] = { recipients: recipientInputs(message), policy, body: body.slice(0, firstSkip) };
  if (context.history) recipientsInput.history = context.history;
  const recipients = checkRecipients(recipientsInput);

  const identifiers = findIdentifiers(body, searchRegions);
  const specialCategory = findSpecialCategory(body, searchRegions);
  const caseVocabulary = findCaseVocabulary(body, searchRegions);
  const attachments = message.attachments ?? [];
  const people = messagePeople({
    body,
    regions: searchRegions,
    subject: message.subject ?? "",
    attachments,
    from: message.from,
    recipients,
    specialCategory,
    caseVocabulary,
  });
  return { body, policy, skipped, searchRegions, recipients, identifiers, specialCategory, caseVocabulary, people, attachments };
}

function recipientInputs(message: MessageInput): RecipientInput[] {
  const types = message.recipientTypes ?? {};
  const typed = (address: string, field: RecipientInput["field"]): RecipientInput => {
    const type = types[address.toLowerCase()];
    return type ? { address, field, recipientType: type } : { address, field };
  };
  return [
    ...message.to.map((a) => typed(a, "to")),
    ...message.cc.map((a) => typed(a, "cc")),
    ...message.bcc.map((a) => typed(a, "bcc")),
  ];
}

/**
 * The policy with the sender's domain added as internal, when that is safe to assume.
 *
 * The domain added is the host the sender writes from (`kent.gov.uk`, `contoso.onmicrosoft.com`), not
 * its registrable domain: for a tenant's `contoso.onmicrosoft.com` the registrable domain is
 * `onmicrosoft.com`, which every Microsoft 365 tenant in the world shares, and adding it would make anyone's
 * `*.onmicrosoft.com` address internal. Colleagues on a sibling subdomain are then external unless the
 * policy lists the organisation's domains, which holds more, never less.
 */
function withSenderDomain(policy: Policy, from: string | undefined, context: CheckContext): Policy {
  if (context.senderDomainIsInternal !== true || !from) return policy;
  const at = from.lastIndexOf("@");
  if (at < 0) return policy;
  // `[\s\S]*` rather than `.*` with the `s` flag, which ES2016 engines lack.
  const host = from.slice(at + 1).replace(/[>\s][\s\S]*$/, "").toLowerCase().replace(/\.$/, "");
  const domain = getDomain(host);
  if (!domain || policy.internalDomains.includes(host)) return policy;
  const shared = [...policy.secureDomains, ...policy.partnerDomains].some((r) => r.domain === domain || r.domain === host);
  if (shared || policy.personalDomains.includes(host) || policy.personalDomains.includes(domain)) return policy;
  if (context.senderAccountIsOrganisational !== true && classifyDomain(host, policy).class === "personal") return policy;
  return Object.assign({}, policy, { internalDomains: [...policy.internalDomains, host] });
}
