/**
 * The recipient check: who a message goes to. Every address gets exactly one class (invalid, lookalike,
 * internal, secure, personal, unverified) and, beside it, warnings a practitioner should see before
 * sharing (distribution list, large audience, greeting naming someone else, first-time recipient, a
 * display name showing a different address, a user outside the organisation).
 */
import type { Policy } from "../policy/policy";
import { classifyDomain } from "./classify-domain";
import { findGreeting } from "./greeting";

export { checkRecipients, type RecipientCheckInput, type RecipientInput } from "./check-recipients";
export { classifyDomain, type DomainClassification } from "./classify-domain";
export { parseMailbox, type Mailbox, type MailboxParse, type ParseBudget } from "./parse-mailbox";
export { parseDomain, type DomainName, type DomainParse } from "./domain-name";
export { findGreeting, type Greeting, type GreetingName } from "./greeting";
export { couldBe, nameMatcher, recipientIdentity, sameName, type RecipientIdentity } from "./name-match";
export { addressesInName, differentAddressInName } from "./display-name";
export { singleEdit, type SingleEdit, type SingleEditKind } from "./edit-distance";
export { skeleton, domainSkeleton } from "./confusable-skeleton";
export { personalProviders } from "./personal-domains";

/**
 * The trusted domain that `domain` imitates under `policy` (`nhs.met` → `nhs.net`), with the plain
 * reason, or undefined when it is not a look-alike.
 */
export function lookalikeOf(domain: string, policy: Policy): { imitates: string; reason: string } | undefined {
  const c = classifyDomain(domain, policy);
  return c.class === "lookalike" && c.imitates !== undefined ? { imitates: c.imitates, reason: c.reasons[0] ?? "" } : undefined;
}

/**
 * The names of the people a message's greeting addresses ("Dear Sarah and Tom" → ["Sarah", "Tom"];
 * "Hello Dr Patel" → ["Dr Patel"]); empty for a generic greeting or none.
 */
export function greetingNames(body: string): string[] {
  return findGreeting(body)?.names.map((n) => n.text) ?? [];
}
