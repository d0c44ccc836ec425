import type { Span } from "../check/result";
import { hasWordChar, isLetterAt, isLowerAt, skipSpaceForward, trimSpaceBackward } from "./chars";
import { type Line, isBlankLine, lineIndent, splitLines } from "./lines";
import { listMarkerEnd } from "./list-markers";
import { isGreeting, isSignOff, matchGreeting } from "./salutations";
import { sentenceEnds } from "./sentence-ends";

/** What a segment is: an ordinary sentence, or a greeting / sign-off that a checker may leave unlabelled. */
export type SegmentRole = "sentence" | "greeting" | "sign-off";

/** A sentence span of the body (offsets into the original string, `end` exclusive) and its role. */
export interface SegmentSpan extends Span {
  role: SegmentRole;
}

/**
 * Sentence spans of the text outside `exclude` (sorted or not, overlapping or not), trimmed of surrounding
 * whitespace and bullet / numbering markers, in body order. A sentence never crosses an excluded span.
 *
 * Line breaks: a blank line always ends a sentence; so does a line break before a bullet or numbered line,
 * after a greeting or sign-off line, and after a line ending in ":". A single line break is read as a space
 * (the line was wrapped) when the line before ends in terminal punctuation (the punctuation then decides),
 * a comma or a joining word ("to", "and", "the"…), when the next line starts in lower case after a line of
 * 30 or more characters, or when the paragraph is hard-wrapped (three or more lines, all but the last
 * 50–100 characters long). Otherwise the line break ends the sentence: in e-mail almost every line break
 * is a boundary, full stop or not.
 */
export function segmentSentences(body: string, exclude: readonly Span[] = []): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  for (const gap of gapsOutside(body.length, exclude)) segmentRange(body, gap.start, gap.end, out);
  return out;
}

/** The parts of `[0, length)` not covered by any of `exclude`, after clamping and merging them. */
export function gapsOutside(length: number, exclude: readonly Span[]): Span[] {
  const spans = exclude
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .map((s) => ({ start: Math.max(0, Math.min(length, Math.floor(s.start))), end: Math.max(0, Math.min(length, Math.ceil(s.end))) }))
    .sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) gaps.push({ start: pos, end: s.start });
    pos = Math.max(pos, s.end);
  }
  if (pos < length) gaps.push({ start: pos, end: length });
  return gaps;
}

/** A line with its list marker (if any) stripped. */
interface TextLine extends Line {
  /** First character of the sentence text: after indentation and any bullet or number. */
  textStart: number;
  listItem: boolean;
  indent: number;
}

function toTextLine(body: string, line: Line): TextLine {
  const marker = listMarkerEnd(body, line.contentStart, line.contentEnd);
  return {
    start: line.start,
    end: line.end,
    contentStart: line.contentStart,
    contentEnd: line.contentEnd,
    textStart: marker >= 0 ? marker : line.contentStart,
    listItem: marker >= 0,
    indent: lineIndent(body, line),
  };
}

function segmentRange(body: string, start: number, end: number, out: SegmentSpan[]): void {
  const lines = splitLines(body, start, end).map((l) => toTextLine(body, l));
  const wrapped = hardWrappedLines(lines);
  let chunkStart = -1;
  let chunkEnd = -1;
  let chunkIsListItem = false;
  let prev: TextLine | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line === undefined) continue;
    if (isBlankLine(line) || line.textStart >= line.contentEnd) {
      if (chunkStart >= 0) emitChunk(body, chunkStart, chunkEnd, out);
      chunkStart = -1;
      prev = undefined;
      continue;
    }
    if (prev !== undefined && chunkStart >= 0 && joins(body, prev, line, wrapped[k - 1] === true, chunkIsListItem)) {
      chunkEnd = line.contentEnd;
    } else {
      if (chunkStart >= 0) emitChunk(body, chunkStart, chunkEnd, out);
      chunkStart = line.textStart;
      chunkEnd = line.contentEnd;
      chunkIsListItem = line.listItem;
    }
    prev = line;
  }
  if (chunkStart >= 0) emitChunk(body, chunkStart, chunkEnd, out);
}

/**
 * Marks the lines of hard-wrapped paragraphs (fixed-width plain text): a paragraph of three or more lines
 * whose lines, except the last, are all 50–100 characters long and within 30 characters of each other.
 */
function hardWrappedLines(lines: readonly TextLine[]): boolean[] {
  const marks: boolean[] = new Array<boolean>(lines.length).fill(false);
  let k = 0;
  while (k < lines.length) {
    const first = lines[k];
    if (first === undefined || isBlankLine(first)) {
      k++;
      continue;
    }
    let j = k;
    while (j < lines.length) {
      const l = lines[j];
      if (l === undefined || isBlankLine(l)) break;
      j++;
    }
    if (j - k >= 3) {
      let min = Infinity;
      let max = 0;
      for (let m = k; m < j - 1; m++) {
        const l = lines[m];
        if (l === undefined) continue;
        const len = l.contentEnd - l.start;
        min = Math.min(min, len);
        max = Math.max(max, len);
      }
      if (min >= 50 && max <= 100 && max - min <= 30) for (let m = k; m < j; m++) marks[m] = true;
    }
    k = j;
  }
  return marks;
}

/** Words that cannot end a sentence, so a line ending with one was wrapped ("I spoke to\nChloe…"). */
const JOINING_WORDS = new Set([
  "and", "or", "but", "nor", "to", "the", "a", "an", "of", "with", "at", "in", "on", "for", "by", "from",
  "that", "her", "his", "their", "my", "our", "your", "its", "is", "was", "were", "are", "be", "been",
  "being", "has", "have", "had", "as", "about", "into", "onto", "than", "when", "if", "because", "who",
  "whom", "whose", "which", "where", "while", "whilst", "so", "not", "very", "this", "these", "those",
  "said", "told", "asked", "also", "would", "could", "should", "will", "can", "may", "might", "must",
  "did", "does", "do", "between", "after", "before", "during", "under", "over", "through", "against",
  "without", "within", "towards", "toward", "upon", "per", "via", "such", "some", "any", "no", "every",
]);

/** Whether line `b` continues the sentence of line `a` (the line break is only a space). */
function joins(body: string, a: TextLine, b: TextLine, aWrapped: boolean, chunkIsListItem: boolean): boolean {
  if (b.listItem) return false;
  if (isGreeting(body, a.textStart, a.contentEnd) || isSignOff(body, a.textStart, a.contentEnd)) return false;
  let last = a.contentEnd - 1;
  while (last > a.textStart && "\"')]}”’»*_".includes(body.charAt(last))) last--;
  const c = body.charAt(last);
  // Terminal punctuation: join, and let the sentence scanner decide ("Mr.\nSmith" runs on; "home.\nShe" ends).
  if (".!?…".includes(c)) return true;
  if (c === ":") return false;
  if (",;(&+/".includes(c)) return true;
  if (JOINING_WORDS.has(lastWordLower(body, a.textStart, a.contentEnd))) return true;
  if (isLowerAt(body, b.textStart) && a.contentEnd - a.textStart >= 30) return true;
  if (aWrapped) return true;
  // An indented line under a bullet continues that bullet's text.
  if (chunkIsListItem && b.indent >= 2 && b.indent > a.indent) return true;
  return false;
}

function lastWordLower(body: string, start: number, end: number): string {
  let i = end;
  while (i > start && end - i < 20 && isLetterAt(body, i - 1)) i--;
  return body.slice(i, end).toLowerCase();
}

/** Splits one run of text into sentences and appends them to `out`. */
function emitChunk(body: string, start: number, end: number, out: SegmentSpan[]): void {
  let pos = start;
  const greetingEnd = matchGreeting(body, start, end, false);
  if (greetingEnd > start) {
    push(body, start, greetingEnd, out);
    pos = greetingEnd;
  }
  for (const e of sentenceEnds(body, pos, end)) {
    push(body, pos, e, out);
    pos = e;
  }
  push(body, pos, end, out);
}

function push(body: string, start: number, end: number, out: SegmentSpan[]): void {
  const s = skipSpaceForward(body, start, end);
  const e = trimSpaceBackward(body, s, end);
  if (e <= s || !hasWordChar(body, s, e)) return;
  out.push({ start: s, end: e, role: roleOf(body, s, e) });
}

/** The role of one trimmed sentence. */
function roleOf(body: string, start: number, end: number): SegmentRole {
  if (end - start > 90) return "sentence";
  if (isGreeting(body, start, end)) return "greeting";
  if (isSignOff(body, start, end)) return "sign-off";
  return "sentence";
}
