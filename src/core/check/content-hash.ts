import { sha256 } from "./sha256";

/**
 * The fingerprint of what a message says and who it goes to, so that the on-send handler can tell
 * whether a decision recorded in the task pane was made for exactly the message being sent.
 *
 * The pane hashes the item when the practitioner records a decision; the handler hashes it again at
 * Send. Between the two, Outlook may hand back the same content in a slightly different shape, so the
 * canonical form keeps what a reader sees and drops what only the text coercion changes:
 *
 * - **Recipients**: each field (`to`, `cc`, `bcc`) separately, since moving someone from Bcc to To
 *   changes who sees whom. Each entry is reduced to its bare address (a display name and the angle
 *   brackets around `Name <a@b.org>` dropped), trimmed, lower-cased (Outlook and Exchange treat
 *   addresses case-insensitively) and without a trailing dot after the domain; then de-duplicated and
 *   sorted, because the order of a list of recipients is not content.
 * - **Subject**: whitespace-normalised as the body is.
 * - **Body**: the plain text (Outlook's `CoercionType.Text` on both sides; never HTML, whose markup
 *   changes every time Outlook re-serialises the draft). Normalised to NFC; invisible characters that
 *   editors insert and remove at will (zero-width space / joiners, word joiner, byte-order mark, soft
 *   hyphen) are dropped; every run of whitespace of any kind (`\r\n` versus `\n`, tabs, no-break and
 *   narrow no-break spaces, blank lines between paragraphs) becomes one space; leading and trailing
 *   whitespace goes. So a body that round-trips through HTML and back, gaining `\r\n` or `&nbsp;`,
 *   keeps its hash, while any change to a word, a digit or a punctuation mark changes it.
 *
 * - **Attachments**: their names, whitespace-normalised and sorted (the order of files is not content),
 *   appended only when there are any, so a message without attachments keeps the hash it always had.
 *
 * The canonical form is the JSON array `["safeshare-content/1", to, cc, bcc, subject, body]` (with the
 * sorted attachment names as a seventh element when there are any), hashed as
 * UTF-8 with SHA-256. Both pure: Outlook's JavaScript-only runtime may lack WebCrypto and `TextEncoder`,
 * so the UTF-8 encoding is done here, and SHA-256 is the small one in sha256.ts (not `@noble/hashes`,
 * to keep the handler's script small; the digests are the same).
 */

/** The parts of a message that a recorded decision covers. */
export interface ContentHashInput {
  to: readonly string[];
  cc: readonly string[];
  bcc: readonly string[];
  subject?: string | undefined;
  body: string;
  /**
   * The attachments' names (not their contents): a file added after the decision was recorded is a
   * different share. Absent or empty keeps the form (and so the hash) of a message without attachments.
   */
  attachments?: readonly string[] | undefined;
}

/** Version tag inside the canonical form: a change to the canonicalisation must change this. */
const CANONICAL_VERSION = "safeshare-content/1";

/** Characters that carry no visible content and that editors add or drop on their own. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** Every kind of whitespace, including no-break spaces and line / paragraph separators. */
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/**
 * SHA-256 (64 lower-case hex digits) of the canonical form of a message's recipients, subject and
 * body. Pure and synchronous; equal for two reads of the same message, different when any address,
 * word, digit or punctuation mark differs.
 */
export function contentHash(input: ContentHashInput): string {
  return hex(sha256(utf8Bytes(canonicalContent(input))));
}

/**
 * Lower-case hex of bytes, as `@noble/hashes`' `bytesToHex` gives it. Written here because that module
 * builds its table with `padStart` (ES2017) as soon as it loads, and the on-send handler, which hashes
 * the message before the core check starts, must run on ES2016 engines.
 */
function hex(bytes: Uint8Array): string {
  const digits = "0123456789abcdef";
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += digits.charAt(bytes[i]! >> 4) + digits.charAt(bytes[i]! & 15);
  return out;
}

/**
 * UTF-8 bytes of a string, as `TextEncoder` gives them (a lone surrogate becomes U+FFFD), without
 * needing `TextEncoder`. Written into one typed array sized for the worst case (three bytes per UTF-16
 * unit) rather than pushed onto an array: the on-send handler hashes a whole body in a runtime that has
 * not optimised anything yet, where each push and each element copy is paid in full.
 */
export function utf8Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else {
      // A surrogate pair: two UTF-16 units, four bytes, within the three-per-unit bound.
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** The canonical text that {@link contentHash} hashes: exposed so that a test can show what is kept. */
export function canonicalContent(input: ContentHashInput): string {
  const parts: unknown[] = [
    CANONICAL_VERSION,
    canonicalRecipients(input.to),
    canonicalRecipients(input.cc),
    canonicalRecipients(input.bcc),
    normaliseText(input.subject ?? ""),
    normaliseText(input.body),
  ];
  const files = (input.attachments ?? []).map(normaliseText).sort();
  if (files.length) parts.push(files);
  return JSON.stringify(parts);
}

/** Bare, lower-cased, de-duplicated and sorted addresses. */
export function canonicalRecipients(addresses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of addresses) {
    const address = bareAddress(raw);
    if (address) out.add(address);
  }
  return [...out].sort();
}

/** `Jo Smith <Jo.Smith@Example.ORG.>` -> `jo.smith@example.org`. */
function bareAddress(raw: string): string {
  let s = raw.trim();
  const open = s.lastIndexOf("<");
  const close = s.lastIndexOf(">");
  if (open >= 0 && close > open) s = s.slice(open + 1, close).trim();
  s = s.toLowerCase();
  if (s.endsWith(".")) s = s.slice(0, -1);
  return s;
}

/** NFC, invisible characters removed, whitespace runs collapsed to one space, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(WHITESPACE, " ").trim();
}
