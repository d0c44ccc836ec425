import type { SingleEdit } from "./edit-distance";
import type { LookalikeKind } from "./lookalike";

/**
 * Every sentence the recipient check shows a practitioner, in one place so that the wording stays short,
 * concrete and free of jargon ("domain" is the one technical word kept: it is printed on every address).
 */

/** An address that cannot be used as it is. */
export function invalidReason(shown: string, why: string): string {
  return `"${shown}" is not a valid email address: ${why}. Check how it is written.`;
}

/**
 * A domain that imitates a trusted one. `kind` says how: `internal` domains are named as the
 * organisation's own ("your organisation's kent.gov.uk").
 */
export function lookalikeReason(
  domain: string,
  imitates: string,
  label: string,
  trust: "internal" | "secure" | "partner",
  how: LookalikeKind,
  edit?: SingleEdit,
): string {
  const who = trust === "internal" ? `your organisation's ${imitates}` : imitates;
  switch (how) {
    case "typo":
      return `${domain} looks like ${who} but is a different domain: ${editPhrase(imitates, edit)}. It may be a typing mistake or a fake address: check it before you send.`;
    case "homograph":
      return `${domain} is made to look like ${who} with look-alike letters, but it is a different domain. It is probably a fake address: do not send to it.`;
    case "disguise":
      return `${domain} contains ${imitates} but does not belong to ${label}: real addresses end in "@${imitates}" or ".${imitates}". This is a common disguise: check the address before you send.`;
    case "spliced":
      return `${domain} is ${imitates} with words put in before its ending, so it does not belong to ${label}: real addresses end in "@${imitates}" or ".${imitates}". This is a common disguise: check the address before you send.`;
  }
}

function editPhrase(imitates: string, edit?: SingleEdit): string {
  if (!edit) return "one character is different";
  switch (edit.kind) {
    case "different":
      return `it has ${char(edit.typed)} where ${imitates} has ${char(edit.intended)}`;
    case "extra":
      return `it has an extra ${char(edit.typed)}`;
    case "missing":
      return `${char(edit.intended)} is missing`;
    case "swapped":
      return `${char(edit.typed)} and ${char(edit.intended)} are the wrong way round`;
  }
}

/** A character named so that it can be seen in a sentence: `"m"`, `a dot`, `a hyphen`. */
function char(c: string | undefined): string {
  if (c === undefined) return "a character";
  if (c === ".") return "a dot";
  if (c === "-") return "a hyphen";
  return `"${c}"`;
}

/** The organisation's own domain. */
export function internalReason(matched: string): string {
  return `Inside your organisation (${matched}).`;
}

/** A secure route from the policy. */
export function secureReason(matched: string, label: string): string {
  return `A secure email route: ${label}, ${matched}.`;
}

/** A partner from the information sharing agreement. */
export function partnerReason(matched: string, label: string): string {
  return `A partner in your information sharing agreement: ${label}, ${matched}.`;
}

/** Webmail. */
export function personalReason(domain: string): string {
  return `${domain} is a personal email service, not a work account, and not a secure route for case information. Check this is the right person and that they need to know.`;
}

/** A real domain that is not known to be secure. */
export function unverifiedReason(domain: string): string {
  return `${domain} is a real domain, but it is not known to be secure. Use a secure route: ask for their secure address (such as nhs.net, gov.uk or police.uk), or use your organisation's encryption option (from NHSmail, put [secure] in the subject).`;
}

/** Outlook says this recipient is a distribution list. */
export const DISTRIBUTION_LIST_REASON =
  "This is a distribution list: you cannot see who is on it. Share only with people who need to know: send to named people instead.";

/** Outlook says this recipient is outside the organisation. */
export const EXTERNAL_USER_REASON = "Outlook marks this person as outside your organisation.";

/** The address is not in the sender's history. */
export const FIRST_TIME_REASON = "You have not emailed this address before: check it is the right person.";

/** Many recipients. */
export function largeAudienceReason(count: number, threshold: number): string {
  return `This email is going to ${count} people (more than ${threshold}). Share only with people who need to know: send to fewer people, or put addresses in Bcc so they cannot see each other.`;
}

/** The display name shows an address other than the real one. */
export function displayNameAddressReason(shownAddress: string, realAddress: string): string {
  return `The name shown, "${shownAddress}", is not the address this will go to (${realAddress}). This is a common trick: check the address.`;
}

/** The greeting names someone who is not among the recipients. */
export function greetingMismatchReason(greeting: string, names: readonly string[]): string {
  const who = names.length === 1 ? `anyone called ${names[0]}` : `anyone called ${orList(names)}`;
  return `The email begins "${greeting}", but this recipient does not look like ${who}. Check it is going to the right person.`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
