import { isAsciiDigitAt, isSpaceCode, isUpperAt, isLowerAt } from "./chars";

/**
 * Bullet and numbering markers at the start of a line: "- ", "* ", "• ", "· ", "– ", "1. ", "2) ", "(3) ",
 * "a) ", "(b) ", "iv. ". The marker is not part of the sentence, and a marked line always starts one.
 */

const BULLETS = "-*•·–—▪◦‣○●■□➢➤→";

/**
 * If a list marker starts at `i` (the first non-space character of a line, before `end`), returns the
 * index of the first content character after it (past the whitespace that follows); otherwise -1.
 * A marker must be followed by whitespace, so "-5 degrees", "*From:*" and "10.30 meeting" are not lists.
 */
export function listMarkerEnd(text: string, i: number, end: number): number {
  if (i >= end) return -1;
  const ch = text.charAt(i);
  if (BULLETS.includes(ch)) return afterSpace(text, i + 1, end);
  let j = i;
  const open = ch === "(";
  if (open) j++;
  const tokenStart = j;
  if (isAsciiDigitAt(text, j)) {
    while (j < end && j - tokenStart < 3 && isAsciiDigitAt(text, j)) j++;
  } else if (isRomanStart(text, j)) {
    while (j < end && j - tokenStart < 4 && "ivx".includes(text.charAt(j))) j++;
  } else if (isLowerAt(text, j) || isUpperAt(text, j)) {
    j++;
  } else {
    return -1;
  }
  if (j >= end) return -1;
  const close = text.charAt(j);
  const single = j - tokenStart === 1 && !isAsciiDigitAt(text, tokenStart);
  if (open) {
    if (close !== ")") return -1;
  } else if (close === ".") {
    // "J. Smith" is an initial, so a capital letter with a dot is not a list item; "a." and "1." are.
    if (single && isUpperAt(text, tokenStart)) return -1;
  } else if (close !== ")") {
    return -1;
  }
  return afterSpace(text, j + 1, end);
}

function isRomanStart(text: string, j: number): boolean {
  const c = text.charAt(j);
  const d = text.charAt(j + 1);
  return (c === "i" || c === "v" || c === "x") && "ivx.)".includes(d) && d !== "";
}

/** Index after the whitespace at `i`, or -1 when there is no whitespace there (or nothing after it). */
function afterSpace(text: string, i: number, end: number): number {
  if (i >= end || !isSpaceCode(text.charCodeAt(i))) return -1;
  let j = i;
  while (j < end && isSpaceCode(text.charCodeAt(j))) j++;
  return j < end ? j : -1;
}
