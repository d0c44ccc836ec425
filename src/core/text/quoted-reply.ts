import { isAsciiDigitAt } from "./chars";
import { type Line, isBlankLine, lineText } from "./lines";
import { type LineRange, nextNonBlank } from "./line-ranges";

/**
 * Quoted replies and forwarded chains: text the practitioner did not write in this message.
 *
 * - Lines starting with ">" are quoted wherever they are (inline replies keep the text between them).
 * - "On <date>, <name> wrote:" (up to three wrapped lines, with a digit somewhere in it) starts a quote:
 *   when ">" lines follow, the attribution and those lines are quoted and any reply written below them is
 *   new text again; otherwise (an HTML reply without ">" markers) everything after it is quoted.
 * - An Outlook or Gmail header block (From: with Sent:, or Date: with a time, plus To:/Subject:/Cc:),
 *   "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"
 *   and a line of underscores just above a header block start a chain that runs to the end of the body.
 */

/** A clock time as mail clients write it ("09:12", "3:15:22 PM"); dotted "12.03" is more often a date. */
const TIME = /\d{1,2}:\d{2}/u;

/** What the quoted-reply scan found. */
export interface QuotedReplyScan {
  /** Runs of ">" lines (with their "… wrote:" attribution), each a quoted region inside the new text. */
  inline: LineRange[];
  /** First line of the trailing quoted chain, or `lines.length` when there is none. */
  tail: number;
}

/** Scans the lines of `body` once, top to bottom. */
export function scanQuotedReply(body: string, lines: readonly Line[]): QuotedReplyScan {
  const inline: LineRange[] = [];
  const fields = new HeaderFields(body, lines);
  const n = lines.length;
  let k = 0;
  while (k < n) {
    const line = lines[k];
    if (line === undefined || isBlankLine(line)) {
      k++;
      continue;
    }
    if (isQuoteLine(body, line)) {
      const last = quoteRunEnd(body, lines, k);
      inline.push({ first: k, last });
      k = last + 1;
      continue;
    }
    const wroteEnd = wroteAttributionEnd(body, lines, k);
    if (wroteEnd >= 0) {
      const next = nextNonBlank(lines, wroteEnd + 1, n);
      const nextLine = lines[next];
      if (nextLine !== undefined && isQuoteLine(body, nextLine)) {
        const last = quoteRunEnd(body, lines, next);
        inline.push({ first: k, last });
        k = last + 1;
        continue;
      }
      return { inline, tail: k };
    }
    if (isChainSeparator(body, lines, k, fields) || isHeaderBlock(lines, k, fields)) return { inline, tail: k };
    k++;
  }
  return { inline, tail: n };
}

/** True for a line quoted with ">" (but not "> 5 cm" style comparisons such as ">5" or ">=" ). */
export function isQuoteLine(body: string, line: Line): boolean {
  if (line.contentStart >= line.contentEnd || body.charCodeAt(line.contentStart) !== 62) return false;
  const next = line.contentStart + 1;
  if (next >= line.contentEnd) return true;
  const c = body.charAt(next);
  return !(isAsciiDigitAt(body, next) || c === "=" || c === "<");
}

/** Last ">" line of the run starting at `k`; blank lines between ">" lines belong to the run. */
function quoteRunEnd(body: string, lines: readonly Line[], k: number): number {
  let last = k;
  for (let m = k + 1; m < lines.length; m++) {
    const l = lines[m];
    if (l === undefined) break;
    if (isBlankLine(l)) continue;
    if (!isQuoteLine(body, l)) break;
    last = m;
  }
  return last;
}

const WROTE_ENDINGS = ["wrote:", "wrote :", "writes:", "a écrit :", "a écrit:", "schrieb:"];

function endsWithWrote(lower: string): boolean {
  let end = lower.length;
  while (end > 0 && " \t*_".includes(lower.charAt(end - 1))) end--;
  const t = lower.slice(0, end);
  return WROTE_ENDINGS.some((e) => t.endsWith(e));
}

/**
 * If an "… wrote:" attribution starts at line `k`, the index of its last line; otherwise -1.
 * "On <date> <name> wrote:" may wrap over three lines; "<name> <address> wrote:" fits on one.
 */
function wroteAttributionEnd(body: string, lines: readonly Line[], k: number): number {
  const first = lines[k];
  if (first === undefined) return -1;
  const head = lineText(body, first, 400).toLowerCase();
  if (head.startsWith("on ") || head.startsWith("le ") || head.startsWith("am ")) {
    // A mail client's attribution carries a time or an address; "On 3 March 2024, mum wrote:" above a
    // quoted letter is the practitioner's own text and carries neither.
    let stamped = false;
    for (let m = k; m < k + 3 && m < lines.length; m++) {
      const l = lines[m];
      if (l === undefined || isBlankLine(l)) break;
      const t = lineText(body, l, 400).toLowerCase();
      if (TIME.test(t) || t.includes("@") || t.includes("<")) stamped = true;
      if (endsWithWrote(t)) return stamped ? m : -1;
    }
    return -1;
  }
  if (endsWithWrote(head) && (head.includes("@") || head.includes("<"))) return k;
  return -1;
}

/** True for a separator line that starts a forwarded or quoted chain. */
function isChainSeparator(body: string, lines: readonly Line[], k: number, fields: HeaderFields): boolean {
  const line = lines[k];
  if (line === undefined || line.contentEnd - line.contentStart > 120) return false;
  const raw = lineText(body, line, 120);
  const core = raw.replace(/^[-_=*\s]+/u, "").replace(/[-_=*\s]+$/u, "").toLowerCase();
  const decorated = core.length < raw.length;
  if (core === "begin forwarded message:" || core === "begin forwarded message") return true;
  if (decorated && /^(original message|forwarded message|original e-?mail|message d'origine|forwarded e-?mail)\s*:?$/u.test(core)) return true;
  // Outlook's line of underscores above the header block; alone it may just be a signature rule.
  if (core.length === 0 && /^_{8,}$/u.test(raw)) {
    const next = nextNonBlank(lines, k + 1, Math.min(lines.length, k + 4));
    return next < lines.length && fields.field(next) !== null;
  }
  return false;
}

/** A header field of a quoted message: its lower-cased key and where its value starts. */
interface HeaderField {
  key: string;
  value: string;
}

const HEADER_KEYS = new Set(["from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to", "importance", "attachments"]);

/** Header fields of the lines, each read at most once (a header block looks a dozen lines ahead). */
class HeaderFields {
  private readonly cache = new Map<number, HeaderField | null>();

  constructor(
    private readonly body: string,
    private readonly lines: readonly Line[],
  ) {}

  /** The header field on line `k`, or null. (Not named `at`, so that a scan for ES2022's Array#at stays simple.) */
  field(k: number): HeaderField | null {
    let f = this.cache.get(k);
    if (f === undefined) {
      const l = this.lines[k];
      f = l === undefined ? null : headerField(this.body, l);
      this.cache.set(k, f);
    }
    return f;
  }
}

/**
 * True for one line of a quoted message's own header: a header field ("From: …", "> **To:** …") or an
 * "… wrote:" attribution. For finders that look at a single line (an address on it says who wrote the
 * earlier message, not something shared about anyone).
 */
export function isReplyHeaderLine(line: string): boolean {
  const t = line.replace(/^[\s>]+/, "");
  return headerFieldOf(t) !== null || endsWithWrote(t.toLowerCase());
}

/** Reads "From: …", "*Sent:* …", "**To:** …" at the start of a line. */
function headerField(body: string, line: Line): HeaderField | null {
  return headerFieldOf(lineText(body, line, 600));
}

/** A header field at the start of `t`, or null. */
function headerFieldOf(t: string): HeaderField | null {
  const m = /^[*_\s]*([A-Za-z-]{2,12})[*_]*\s*:[*_]*\s*/u.exec(t);
  if (m === null || m[1] === undefined) return null;
  const key = m[1].toLowerCase();
  return HEADER_KEYS.has(key) ? { key, value: t.slice(m[0].length) } : null;
}


/**
 * True when line `k` starts a header block of a quoted or forwarded message: a "From:" line followed
 * (within a few lines, blank and wrapped lines allowed) by "Sent:", or by "Date:" with a time or with an
 * address in From:, and by one of To:/Subject:/Cc:. A prose line such as "From: the school's records,
 * Oscar was absent…" has no such company and does not count.
 */
function isHeaderBlock(lines: readonly Line[], k: number, fields: HeaderFields): boolean {
  const from = fields.field(k);
  if (from === null || from.key !== "from") return false;
  const keys = new Set<string>();
  let dateValue = "";
  // Outlook on the web sometimes flattens the block onto one line: "From: X Sent: Y To: Z Subject: W".
  // An `exec` loop rather than `matchAll`, which is ES2020.
  const inline = /(?:^|\s|\*)(sent|date|to|cc|subject)\*?:/giu;
  for (let m = inline.exec(from.value); m !== null; m = inline.exec(from.value)) {
    const key = (m[1] ?? "").toLowerCase();
    keys.add(key);
    if (key === "sent" || key === "date") dateValue = from.value.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
  }
  let continuation = 0;
  for (let m = k + 1; m < lines.length && m <= k + 15; m++) {
    const l = lines[m];
    if (l === undefined) break;
    if (isBlankLine(l)) continue;
    const f = fields.field(m);
    if (f === null) {
      // Long To:/Cc: lists wrap onto following lines.
      if (keys.has("subject") || ++continuation > 3) break;
      continue;
    }
    keys.add(f.key);
    if (f.key === "sent" || f.key === "date") dateValue = f.value;
  }
  const fromHasAddress = /[@<]|mailto:/iu.test(from.value);
  const dated = keys.has("sent") || (keys.has("date") && (TIME.test(dateValue) || fromHasAddress));
  return dated && (keys.has("to") || keys.has("subject") || keys.has("cc"));
}
