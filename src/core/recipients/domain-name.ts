import punycode from "punycode/";
import { parse } from "tldts";
import { CAT_CF, LETTER, MARK, NUMBER, codePointIn, codePointLength, inCategories, unicodeCategory } from "../text/unicode";

/**
 * Reading the part of an address after the `@`: lower-casing, the trailing dot, international (IDN)
 * labels in both their Unicode and `xn--` forms, and the public suffix / registrable domain from tldts.
 * Every problem comes back as a short plain-English reason rather than an exception.
 */

/** A domain that passed the syntax checks, in the forms the classification needs. */
export interface DomainName {
  /** Lower-case, trailing dot removed, as typed (Unicode or `xn--`). */
  host: string;
  /** The host's labels (`["met", "police", "uk"]`). */
  labels: string[];
  /** ASCII form, every non-ASCII label Punycode-encoded: what DNS and tldts see. */
  ascii: string;
  /** Unicode form, every `xn--` label decoded: what the eye sees. */
  unicode: string;
  /** True when some label is non-ASCII or `xn--` (an international domain name). */
  international: boolean;
  /**
   * Labels in the registrable domain (eTLD+1 from tldts). For an ending tldts does not know (`nhs.met`)
   * tldts treats the last label as the suffix, so this is still meaningful for the look-alike check.
   * Zero when the host is itself a public suffix (`gov.uk`, `co.uk`).
   */
  registrableLabels: number;
  /** Registrable domain in the host's own form (Unicode or `xn--` as typed), when there is one. */
  registrable?: string;
  /** The ending is a real public suffix (ICANN section of the Public Suffix List). */
  realSuffix: boolean;
  /** The public suffix in the host's own form (`police.uk`, `met` for the unknown ending of `nhs.met`). */
  publicSuffix: string;
}

export type DomainParse = { ok: true; domain: DomainName } | { ok: false; reason: string };

/** RFC 1035 / 5321 limits, in ASCII (Punycode) characters. */
const MAX_LABEL = 63;
const MAX_DOMAIN = 253;

/** Letters, marks and digits of any script, and the hyphen: what an international label may hold (`/^[\p{L}\p{M}\p{N}-]+$/u`). */
function isUnicodeLabel(label: string): boolean {
  if (label.length === 0) return false;
  for (let i = 0; i < label.length; i += codePointLength(label, i)) {
    if (label.charCodeAt(i) !== 45 && !codePointIn(label, i, LETTER | MARK | NUMBER)) return false;
  }
  return true;
}
const ASCII_LABEL = /^[a-z0-9-]+$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Read a domain as it appears after the `@`. Case-insensitive; one trailing dot is ignored. Never throws.
 */
export function parseDomain(raw: string): DomainParse {
  let host = raw.trim().toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (!host) return fail("there is nothing after the @");
  if (host.startsWith("[")) return fail("it is a computer's network address in brackets, not a named domain");
  // NFC so that a precomposed and a decomposed "é" are the same domain; the host keeps what was typed otherwise.
  host = host.normalize("NFC");
  if (host.length > MAX_DOMAIN * 4) return fail("the part after the @ is too long");

  const labels = host.split(".");
  if (labels.length < 2) return fail(`"${shorten(host)}" has no ending such as .uk or .com`);

  const asciiLabels: string[] = [];
  const unicodeLabels: string[] = [];
  let international = false;
  for (const label of labels) {
    if (!label) return fail(host.startsWith(".") ? "the part after the @ starts with a dot" : "it has two dots in a row");
    const read = readLabel(label);
    if (!read.ok) return read;
    if (read.ascii !== read.unicode) international = true;
    asciiLabels.push(read.ascii);
    unicodeLabels.push(read.unicode);
  }
  const ascii = asciiLabels.join(".");
  if (ascii.length > MAX_DOMAIN) return fail("the part after the @ is too long");
  if (/^[0-9]+$/.test(asciiLabels[asciiLabels.length - 1] ?? "")) {
    return fail("it is a computer's network address (numbers), not a named domain");
  }

  // Labels are already checked, so tldts need not extract or validate a hostname again.
  const parsed = parse(ascii, { extractHostname: false, validateHostname: false });
  const suffixLabels = parsed.publicSuffix ? countLabels(parsed.publicSuffix) : 1;
  // A wildcard rule makes a local authority's own schools domain a public suffix ("*.sch.uk": essex.sch.uk,
  // whose schools are at name.essex.sch.uk), yet the authority's network mail is at it. A suffix of three
  // or more labels is an organisation's part; "co.uk" and "gov.uk" alone stay only an ending.
  const registrableLabels = parsed.domain ? countLabels(parsed.domain) : parsed.isIcann === true && labels.length >= 3 ? labels.length : 0;
  const domain: DomainName = {
    host,
    labels,
    ascii,
    unicode: unicodeLabels.join("."),
    international,
    registrableLabels,
    realSuffix: parsed.isIcann === true,
    publicSuffix: labels.slice(-suffixLabels).join("."),
  };
  if (registrableLabels > 0) domain.registrable = labels.slice(-registrableLabels).join(".");
  return { ok: true, domain };
}

type LabelRead = { ok: true; ascii: string; unicode: string } | { ok: false; reason: string };

/** One label in both forms, or why it cannot be part of a domain. */
function readLabel(label: string): LabelRead {
  if (label.startsWith("-") || label.endsWith("-")) return fail("part of the domain starts or ends with a hyphen");
  if (!NON_ASCII.test(label)) {
    if (!ASCII_LABEL.test(label)) return fail(`the part after the @ contains ${badCharacter(label)}, which cannot be in a domain`);
    if (label.length > MAX_LABEL) return fail("part of the domain is too long (more than 63 letters between dots)");
    if (!label.startsWith("xn--")) return { ok: true, ascii: label, unicode: label };
    const decoded = decodeLabel(label.slice(4));
    if (decoded === undefined) return fail("it has a broken international (xn--) part");
    return { ok: true, ascii: label, unicode: decoded };
  }
  if (!isUnicodeLabel(label)) {
    return fail(`the part after the @ contains ${badCharacter(label)}, which cannot be in a domain`);
  }
  let encoded: string;
  try {
    encoded = "xn--" + punycode.encode(label);
  } catch {
    return fail("it has characters that cannot be in a domain");
  }
  if (encoded.length > MAX_LABEL) return fail("part of the domain is too long (more than 63 letters between dots)");
  return { ok: true, ascii: encoded, unicode: label };
}

/** The Unicode text of a Punycode label, or undefined when it is malformed or decodes to nothing usable. */
function decodeLabel(punycodeText: string): string | undefined {
  if (!punycodeText) return undefined;
  try {
    const decoded = punycode.decode(punycodeText).normalize("NFC").toLowerCase();
    return decoded && isUnicodeLabel(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** The first character that may not be in a label, named so that a busy reader can spot it. */
function badCharacter(label: string): string {
  for (const ch of label) {
    const code = ch.codePointAt(0) ?? 0;
    if (/^[a-z0-9-]$/.test(ch) || inCategories(code, LETTER | MARK | NUMBER)) continue;
    if (/^\s$/u.test(ch)) return "a space";
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xdfff)) return "a hidden character";
    if (unicodeCategory(code) === CAT_CF) return "an invisible character";
    return `"${ch}"`;
  }
  return "a character";
}

function countLabels(domain: string): number {
  let n = 1;
  for (let i = 0; i < domain.length; i++) if (domain.charCodeAt(i) === 46) n++;
  return n;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/**
 * The endings of a dotted name from the longest to the shortest: `a.b.uk` → `["a.b.uk", "b.uk", "uk"]`.
 * Cut from the one string, so there is no joining of label arrays per ending.
 */
export function endings(name: string): string[] {
  const out = [name];
  for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) out.push(name.slice(dot + 1));
  return out;
}

/** A string cut to a readable length for quoting back in a reason. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Cut on a code point boundary so a reason never ends in half a surrogate pair.
  const last = text.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
