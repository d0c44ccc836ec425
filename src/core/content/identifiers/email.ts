import type { IdentifierCandidate } from "./candidate";
import { isReplyHeaderLine } from "../../text/quoted-reply";

/** RFC 5321 limits: bounded expansion keeps "@@@@…" and megabyte tokens linear. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Characters accepted in the local part: the ones real addresses use, not the full RFC set. */
function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39
  );
}

/** Characters accepted in the domain: letters, digits, hyphen and dot. */
function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

/** True for a domain of dot-separated labels ending in an alphabetic top-level label of 2+ letters. */
function validDomain(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith("-") || label.endsWith("-")) return false;
  }
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1] ?? "");
}

/**
 * Email addresses in the body (not the recipient fields). Each "@" is expanded left over local-part
 * characters and right over domain characters, both bounded, then trimmed of sentence punctuation
 * ("email jo@x.gov.uk." ends before the dot). Scanning from "@" rather than with one big regex keeps the
 * cost linear on hostile input.
 */
export function findEmails(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  let lastEnd = 0;
  for (let at = body.indexOf("@"); at >= 0; at = body.indexOf("@", at + 1)) {
    let s = at;
    while (s > lastEnd && at - s < MAX_LOCAL && isLocalChar(body.charCodeAt(s - 1))) s--;
    // Leading dots and apostrophes are quoting or punctuation, not part of the address.
    while (s < at && (body.charCodeAt(s) === 46 || body.charCodeAt(s) === 39)) s++;
    if (s === at || body.charCodeAt(at - 1) === 46 || body.charCodeAt(s - 1) === 64) continue;
    let e = at + 1;
    while (e < body.length && e - at <= MAX_DOMAIN && isDomainChar(body.charCodeAt(e))) e++;
    while (e > at + 1 && (body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) === 45)) e--;
    if (!validDomain(body.slice(at + 1, e))) continue;
    // An address glued to more address-like text ("a@b.com@c") is not a clean address.
    if (body.charCodeAt(e) === 64) continue;
    lastEnd = e;
    at = e - 1;
    // A quoted reply's own header ("From: Jo <jo@x.gov.uk>", "On Tue, … Jo <jo@x> wrote:") says who wrote
    // the earlier message, not something shared about anyone.
    if (onReplyHeader(body, s, e)) continue;
    out.push({ type: "email", start: s, end: e });
  }
  return out;
}

/** How far to look for the line around an address: a header line is short; a hostile body's lines are not looked through. */
const HEADER_REACH = 200;

function onReplyHeader(body: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < HEADER_REACH && body.charCodeAt(from - 1) !== 10) from--;
  if (from > 0 && body.charCodeAt(from - 1) !== 10) return false;
  let to = end;
  while (to < body.length && to - end < HEADER_REACH && body.charCodeAt(to) !== 10) to++;
  return isReplyHeaderLine(body.slice(from, to).replace(/\r$/, ""));
}
