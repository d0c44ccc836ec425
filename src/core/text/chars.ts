/**
 * Character classes used by the text scanners. Everything works on UTF-16 code units at an index of the
 * original string, so callers never slice or copy the body just to look at one character. Letters outside
 * ASCII are looked up by their Unicode general category (unicode.ts: a table, since ES2016 engines have no
 * property escapes) on the code point at that index; an unpaired surrogate is simply "not a letter", which
 * keeps hostile input harmless.
 */
import { CAT_LL, CAT_LU, CAT_ND, LETTER, inCategories, unicodeCategory } from "./unicode";

/** True for horizontal and vertical whitespace, including no-break and ideographic spaces and the BOM. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x80) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when the character at `i` is whitespace (false outside the string). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/**
 * The code point starting at `i` (callers have checked that `i` is inside the string). A lone surrogate is
 * its own code point, which has no letter or digit category.
 */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? -1;
}

/** True when the character at `i` is an upper-case letter (any script). */
export function isUpperAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  return unicodeCategory(codePointAt(text, i)) === CAT_LU;
}

/** True when the character at `i` is a lower-case letter (any script). */
export function isLowerAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  return unicodeCategory(codePointAt(text, i)) === CAT_LL;
}

/** True when the character at `i` is a letter of any script or case. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate is the second half of a letter we already looked at; treat it as part of the letter.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const prev = text.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) return inCategories(codePointAt(text, i - 1), LETTER);
  }
  return inCategories(codePointAt(text, i), LETTER);
}

/** True when the character at `i` is an ASCII digit 0-9. */
export function isAsciiDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True when the character at `i` is a letter or a decimal digit of any script. */
export function isWordCharAt(text: string, i: number): boolean {
  if (isLetterAt(text, i)) return true;
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 48 && c <= 57;
  return unicodeCategory(codePointAt(text, i)) === CAT_ND;
}

/** True when `[start, end)` holds at least one letter or digit: spans of bare punctuation are not sentences. */
export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCharAt(text, i)) return true;
  return false;
}

/** First index in `[start, end)` that is not whitespace, or `end`. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-whitespace character in `[start, end)`, or `start`. */
export function trimSpaceBackward(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
