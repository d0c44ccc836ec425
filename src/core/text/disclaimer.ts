import { type Line, isBlankLine, lineText } from "./lines";
import { type LineRange, nextNonBlank } from "./line-ranges";
import { fromFirstCodePointIn, LETTER } from "./unicode";

/**
 * Confidentiality disclaimers and e-mail footers ("This email and any files transmitted with it are
 * confidential…", "CONFIDENTIALITY NOTICE", "If you have received this email in error…", "Please consider
 * the environment before printing"). A disclaimer starts at a line that opens with one of these phrases and
 * runs to the end of its paragraph, then on through following paragraphs that read like disclaimers too.
 * Phrases are matched only at the start of a line, so a sentence that merely mentions confidentiality
 * ("Please keep this confidential and delete it after the meeting.") is never taken for one.
 */

/** Phrases that open a disclaimer on their own. */
const STRONG_OPENINGS = [
  "this email and any files", "this e-mail and any files", "this email and any attachment",
  "this e-mail and any attachment", "this email and its attachment", "this e-mail and its attachment",
  "this message and any attachment", "this message and any files", "this email (including any attachment",
  "this e-mail (including any attachment", "this email is confidential", "this e-mail is confidential",
  "this message is confidential", "this email may contain", "this e-mail may contain",
  "this message may contain", "this email is intended", "this e-mail is intended", "this message is intended",
  "this email is only intended", "this e-mail is only intended", "this email is for the",
  "this e-mail and the information", "the information in this e-mail is confidential",
  "the information in this email is confidential", "confidentiality notice", "confidentiality note",
  "confidentiality statement", "confidentiality warning", "privileged and confidential",
  "if you have received this email in error", "if you have received this e-mail in error",
  "if you have received this message in error", "if you have received this communication in error",
  "if you received this email in error", "if you received this e-mail in error",
  "if you are not the intended recipient", "if you are not the addressee", "email disclaimer",
  "e-mail disclaimer", "disclaimer", "any views or opinions expressed", "any views or opinions presented",
  "views or opinions expressed in this", "the views expressed in this email", "this email has been scanned",
  "this e-mail has been scanned", "this message has been scanned", "this email originated from outside",
  "this message originated from outside", "caution: this email originated", "caution: external",
  "external email:", "emails sent to and from", "e-mails sent to and from", "email communications with",
  "communications with the council may be monitored", "all emails sent", "all e-mails sent",
];

/** Phrases that open a disclaimer only when the paragraph also uses disclaimer vocabulary. */
const WEAK_OPENINGS = [
  "the information contained in this", "the information in this", "the contents of this",
  "the content of this", "this communication", "this email and", "this e-mail and", "internet email",
  "internet e-mail", "please note that this", "please note: this", "please note this email",
  "email is not a secure", "e-mail is not a secure", "our privacy notice", "privacy notice",
  "for information about how we", "to find out how we use", "we will process your personal",
  "warning:", "important:", "notice:", "please be aware that", "unless otherwise stated",
];

/** Single-line footers. */
const PRINT_OPENINGS = [
  "please consider the environment", "consider the environment before", "think before you print",
  "think of the environment", "please don't print", "please do not print", "save paper",
  "please think before printing", "before printing this email", "help save paper",
];

const VOCABULARY = [
  "confidential", "privileged", "intended recipient", "addressee", "in error", "notify the sender",
  "notify us", "inform the sender", "delete", "destroy", "unauthorised", "unauthorized", "disclos", "copying",
  "distribut", "prohibited", "monitor", "virus", "liabilit", "freedom of information", "data protection",
  "legally", "recorded", "intended solely", "intended only", "views expressed", "opinions expressed",
  "gcsx", "secure email", "lawful", "personal data", "privacy",
];

type Opening = "strong" | "weak" | "print";

/** Lower-cased start of a line with leading bullets, stars and other non-letters removed. */
function openingText(body: string, line: Line): string {
  return fromFirstCodePointIn(lineText(body, line, 200).toLowerCase(), LETTER);
}

function openingOf(body: string, line: Line): Opening | null {
  const t = openingText(body, line);
  if (t.length === 0) return null;
  if (PRINT_OPENINGS.some((p) => t.startsWith(p))) return "print";
  if (STRONG_OPENINGS.some((p) => t.startsWith(p))) return "strong";
  if (WEAK_OPENINGS.some((p) => t.startsWith(p))) return "weak";
  return null;
}

/** Number of distinct disclaimer words in lines `first`..`last` (first 3,000 characters). */
function vocabularyHits(body: string, lines: readonly Line[], first: number, last: number): number {
  let text = "";
  for (let k = first; k <= last && text.length < 3000; k++) {
    const l = lines[k];
    if (l !== undefined) text += " " + lineText(body, l, 3000).toLowerCase();
  }
  let hits = 0;
  for (const w of VOCABULARY) if (text.includes(w)) hits++;
  return hits;
}

/** Paragraph bounds of every line in a range, computed once so each lookup is constant time. */
class Paragraphs {
  private readonly startOf: number[] = [];
  private readonly endOf: number[] = [];
  private readonly hits = new Map<number, number>();

  constructor(
    private readonly body: string,
    private readonly lines: readonly Line[],
    private readonly from: number,
    to: number,
  ) {
    let start = from;
    for (let k = from; k < to; k++) {
      const l = lines[k];
      if (l === undefined || isBlankLine(l)) start = k + 1;
      this.startOf[k - from] = start;
    }
    let end = to - 1;
    for (let k = to - 1; k >= from; k--) {
      const l = lines[k];
      if (l === undefined || isBlankLine(l)) end = k - 1;
      this.endOf[k - from] = end;
    }
  }

  /** Last line of the paragraph holding line `k`. */
  end(k: number): number {
    return this.endOf[k - this.from] ?? k;
  }

  /** Disclaimer vocabulary hits of the paragraph holding line `k`. */
  vocabulary(k: number): number {
    const start = this.startOf[k - this.from] ?? k;
    let h = this.hits.get(start);
    if (h === undefined) {
      h = vocabularyHits(this.body, this.lines, start, this.end(k));
      this.hits.set(start, h);
    }
    return h;
  }
}

/** Where the disclaimer opening at `k` ends, or -1 when line `k` does not open one. */
function disclaimerEndFrom(body: string, lines: readonly Line[], k: number, paragraphs: Paragraphs): number {
  const line = lines[k];
  if (line === undefined || isBlankLine(line)) return -1;
  const opening = openingOf(body, line);
  if (opening === null) return -1;
  if (opening === "print") return k;
  if (opening === "weak" && paragraphs.vocabulary(k) < 2) return -1;
  return paragraphs.end(k);
}

/** Disclaimers among lines `from`..`to - 1`, as line ranges, in order. */
export function findDisclaimers(body: string, lines: readonly Line[], from: number, to: number): LineRange[] {
  const found: LineRange[] = [];
  const paragraphs = new Paragraphs(body, lines, from, to);
  let k = from;
  while (k < to) {
    const end = disclaimerEndFrom(body, lines, k, paragraphs);
    if (end < 0) {
      k++;
      continue;
    }
    let last = end;
    // Long disclaimers run over several paragraphs; keep going while the next one reads like one too.
    for (;;) {
      const next = nextNonBlank(lines, last + 1, to);
      if (next >= to) break;
      const nextEnd = disclaimerEndFrom(body, lines, next, paragraphs);
      if (nextEnd >= 0) {
        last = nextEnd;
      } else if (paragraphs.vocabulary(next) >= 2) {
        last = paragraphs.end(next);
      } else {
        break;
      }
    }
    found.push({ first: k, last });
    k = last + 1;
  }
  return found;
}
