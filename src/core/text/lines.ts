import { isSpaceCode, skipSpaceForward, trimSpaceBackward } from "./chars";

/**
 * Lines of a body, as offsets into the original string. Line terminators are `\r\n`, `\n`, `\r`, U+2028
 * and U+2029, so Windows, old Mac and Unicode line endings all give the same lines.
 */

/** One line: `start`..`end` excludes the terminator; `contentStart`..`contentEnd` excludes edge whitespace. */
export interface Line {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** True for the code units that end a line. */
export function isLineBreakCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Line terminators, found by a regular expression: it runs natively even in a fresh on-send runtime,
 * where a loop over every character of a long body is still interpreted. `\r\n` is one terminator.
 */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

/** Splits `text[from, to)` into lines. An empty range gives one empty line. Linear in the range. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  const re = LINE_BREAK;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    lines.push(makeLine(text, start, m.index));
    // \r\n is one terminator, not two (which would invent a blank line between every pair of lines),
    // but only inside the range: a range that ends between the two ends at the \r.
    start = Math.min(m.index + m[0].length, to);
    if (start === to) break;
  }
  lines.push(makeLine(text, start, to));
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  const contentStart = skipSpaceForward(text, start, end);
  return { start, end, contentStart, contentEnd: trimSpaceBackward(text, contentStart, end) };
}

/** True when the line holds nothing but whitespace. */
export function isBlankLine(line: Line): boolean {
  return line.contentStart >= line.contentEnd;
}

/**
 * The trimmed text of a line, cut to `max` characters. Classifiers look only at a bounded prefix so a
 * hostile 1 MB line costs no more than a short one.
 */
export function lineText(text: string, line: Line, max = 400): string {
  return text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + max));
}

/** Count of leading whitespace characters before the content (indentation). */
export function lineIndent(text: string, line: Line): number {
  let n = 0;
  for (let i = line.start; i < line.contentStart && isSpaceCode(text.charCodeAt(i)); i++) n++;
  return n;
}
