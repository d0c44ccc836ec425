import { hasReferenceContext, isAsciiAlnum, isDigit, textBefore, type IdentifierCandidate } from "./candidate";

/** Longest stretch of text one phone number may span ("+44 (0) 1632 960 123" is 20 characters). */
const MAX_SPAN = 26;

/** Words that name a number as a phone number; they override a nearby "ref" label. */
const PHONE_CONTEXT = /\b(?:tel|telephone|phone|mobile|mob|call|ring|text|landline|contact|fax|whatsapp)\b/;

/** Characters allowed between digit groups: one space, no-break space or hyphen. */
function isGroupSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45;
}

/** Ways a parse can start: with the national 0 or an international +44 / 0044. */
interface Prefix {
  /** Offset of the first digit group. */
  next: number;
  /** Digits contributed by the prefix ("0" for +44 / (0) forms, "" otherwise). */
  digits: string;
  /** Set when the first group was written in brackets, "(020) 7946 0958". */
  bracketed: boolean;
}

/** Reads "+44", "0044", "+44 (0)" etc. at `i`; returns null when none is there. */
function readInternational(body: string, i: number): Prefix | null {
  let p: number;
  if (body.startsWith("+44", i)) p = i + 3;
  else if (body.startsWith("0044", i)) p = i + 4;
  else return null;
  if (isGroupSeparator(body.charCodeAt(p))) p++;
  if (body.startsWith("(0)", p)) {
    p += 3;
    if (isGroupSeparator(body.charCodeAt(p))) p++;
  }
  // After +44 the national 0 is dropped; people still write "+44 07700 900123", so one stray 0 is skipped.
  if (body.charCodeAt(p) === 48) p++;
  const c = body.charCodeAt(p);
  if (!isDigit(c) || c === 48) return null;
  return { next: p, digits: "0", bracketed: false };
}

/**
 * Parses a phone number at `i`. Returns its end offset or -1. Digit groups are read one at a time (each a
 * maximal digit run, separated by a single space or hyphen), and the number ends at the longest group
 * boundary where the national digits form a valid UK number; this keeps "call 07700 900123 2 times" to the
 * number and rejects longer digit runs outright.
 */
function parsePhoneAt(body: string, i: number): number {
  let prefix = readInternational(body, i);
  if (prefix === null) {
    if (body.charCodeAt(i) === 40 /* ( */) {
      if (body.charCodeAt(i + 1) !== 48) return -1;
      prefix = { next: i + 1, digits: "", bracketed: true };
    } else if (body.charCodeAt(i) === 48) {
      prefix = { next: i, digits: "", bracketed: false };
    } else return -1;
  }
  const limit = Math.min(body.length, i + MAX_SPAN);
  let digits = prefix.digits;
  let p = prefix.next;
  let bestEnd = -1;
  let groups = 0;
  while (p < limit) {
    const groupStart = p;
    // Capped: a megabyte of digits is read at most 13 at a time, whoever starts at it.
    while (p < body.length && p - groupStart <= 12 && isDigit(body.charCodeAt(p))) p++;
    const len = p - groupStart;
    if (len === 0) break;
    // A lone digit is not a phone group; a digit run longer than a whole number means it is not a phone.
    if (len === 1 && groups > 0) break;
    digits += body.slice(groupStart, p);
    if (digits.length > 11) break;
    groups++;
    if (groups === 1 && digits.length < 3) return -1;
    if (groups === 1 && prefix.bracketed) {
      if (body.charCodeAt(p) !== 41 /* ) */) return -1;
      p++;
      if (isGroupSeparator(body.charCodeAt(p))) p++;
      if (!isDigit(body.charCodeAt(p))) return -1;
      continue;
    }
    if (validUkNumber(digits)) bestEnd = p;
    if (isGroupSeparator(body.charCodeAt(p)) && isDigit(body.charCodeAt(p + 1))) p++;
    else break;
  }
  if (bestEnd < 0) return -1;
  // Glued to letters, or continuing as a date/decimal/range ("0800-1234567/8"), it is something else.
  const after = body.charCodeAt(bestEnd);
  if (isAsciiAlnum(after) && bestEnd === p) return -1;
  if ((after === 47 || after === 46) && isDigit(body.charCodeAt(bestEnd + 1))) return -1;
  return bestEnd;
}

/**
 * National digits (starting 0) that form a UK number: 01, 02, 03, 07 or 08 numbers of 11 digits, the
 * ten-digit 01 (small-exchange) and 0800 numbers, and Childline's 0800 1111.
 */
export function validUkNumber(digits: string): boolean {
  if (digits.charCodeAt(0) !== 48) return false;
  const kind = digits.charAt(1);
  if (!"12378".includes(kind) || kind === "") return false;
  if (digits.length === 11) return true;
  // Childline's 0800 1111 is the one short freephone number people actually write.
  if (digits === "08001111") return true;
  return digits.length === 10 && (kind === "1" || digits.startsWith("0800"));
}

/**
 * UK phone numbers: 01/02/03/07/08 numbers, contiguous or in common spacings (07700 900123,
 * 020 7946 0958, 0121-496-0000), with +44, 0044, "+44 (0)" and "(020)" forms. Precision rules: only
 * valid UK lengths; no single-digit groups; never inside a longer digit run or glued to letters; not
 * continuing into a date or decimal; a number labelled as a case/crime/invoice reference is skipped unless
 * it is also named as a phone ("tel", "mobile", "call"…).
 */
export function findPhones(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  // Where a number can start ("+", "0", "("), found natively rather than by a loop over every character.
  const starts = PHONE_START;
  starts.lastIndex = 0;
  for (let m = starts.exec(body); m !== null; m = starts.exec(body)) {
    const i = m.index;
    const prev = i > 0 ? body.charCodeAt(i - 1) : 32;
    if (isAsciiAlnum(prev) || prev === 43 || prev === 41) continue;
    // "12-0800…" or "3/07700…": part of some other hyphenated or slashed number.
    if ((prev === 45 || prev === 47 || prev === 46) && i > 1 && isDigit(body.charCodeAt(i - 2))) continue;
    const end = parsePhoneAt(body, i);
    if (end < 0) continue;
    starts.lastIndex = end;
    if (hasReferenceContext(body, i) && !PHONE_CONTEXT.test(textBefore(body, i, 40))) continue;
    out.push({ type: "phone", start: i, end });
  }
  return out;
}

/** A character a phone number may start with: "+44…", "07700…", "(020)…". */
const PHONE_START = /[+0(]/g;
