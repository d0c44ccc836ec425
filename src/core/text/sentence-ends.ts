import {
  COMMON_SENTENCE_OPENERS,
  CONTINUING_ABBREVIATIONS,
  DATE_ABBREVIATIONS,
  GENERAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  RANK_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from "./abbreviations";
import { isAsciiDigitAt, isLetterAt, isLowerAt, isSpaceCode, isUpperAt, isWordCharAt } from "./chars";

/**
 * Where sentences end inside one run of running text (line breaks inside the run are plain whitespace).
 * A single left-to-right scan: every punctuation run is looked at once and the word before it is read
 * back at most a few dozen characters, so the cost is linear even for 50,000 dots or "Mr. Mr. Mr. …".
 */

/** Characters that can end a sentence. */
function isTerminal(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */ ||
    c === 0x203d /* ‽ */ || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
}

/** Closing quotes and brackets that belong to the sentence they follow ('She said "no." Then…'). */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a || c === 42 /* * */ || c === 95 /* _ */;
}

/** Opening quotes and brackets that may come before the first word of the next sentence. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 0x201c || c === 0x2018 ||
    c === 0xab || c === 0x2039 || c === 42 || c === 95;
}

/** Longest word read back before a full stop: abbreviations are short, so longer words are ordinary ones. */
const MAX_WORD_BACK = 24;

/**
 * Ends (exclusive offsets, after any closing quotes or brackets) of the sentences in `text[start, end)`
 * other than the last one, which ends at `end`.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let i = start;
  while (i < end) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    let runEnd = i;
    let dots = 0;
    let strong = false;
    let ellipsis = false;
    while (runEnd < end && isTerminal(text.charCodeAt(runEnd))) {
      const c = text.charCodeAt(runEnd);
      if (c === 46 || c === 0xff0e) dots++;
      else if (c === 0x2026) ellipsis = true;
      else strong = true;
      runEnd++;
    }
    let after = runEnd;
    while (after < end && isCloser(text.charCodeAt(after))) after++;
    if (after >= end) break;
    if (!isSpaceCode(text.charCodeAt(after))) {
      // "3.15pm", "sarah.jones@…", "www.x.gov.uk", "?id=4": punctuation inside a token never ends a sentence.
      i = runEnd;
      continue;
    }
    let next = after;
    while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= end) break;
    let first = next;
    while (first < end && first - next < 4 && isOpener(text.charCodeAt(first))) first++;
    const hadClosers = after > runEnd;
    const ends_ = strong || ellipsis || dots > 1
      ? endsAfterStrongOrEllipsis(text, first, strong)
      : endsAfterFullStop(text, runStart, first, hadClosers);
    if (ends_) ends.push(after);
    i = next;
  }
  return ends;
}

/** "?", "!" and "…" end a sentence unless the text runs on in lower case ("…she was... scared"). */
function endsAfterStrongOrEllipsis(text: string, first: number, strong: boolean): boolean {
  if (isLowerAt(text, first)) return false;
  if (strong) return true;
  // After an ellipsis only a capital clearly starts a new sentence; "… 10 minutes later" runs on.
  return isUpperAt(text, first);
}

/** Decides a single full stop at `dot`, with the next sentence's first character at `first`. */
function endsAfterFullStop(text: string, dot: number, first: number, hadClosers: boolean): boolean {
  const nextLower = isLowerAt(text, first);
  const nextUpper = isUpperAt(text, first);
  const nextDigit = isAsciiDigitAt(text, first) || text.charAt(first) === "#";
  // 'He said "stop." and left': a quoted full stop followed by lower case runs on.
  if (hadClosers) return !nextLower;
  const wordStart = wordBefore(text, dot);
  if (wordStart < 0) return true; // too long to be an abbreviation
  if (wordStart === dot) return !nextLower; // "). " or "?." — nothing to look up
  const raw = text.slice(wordStart, dot);
  const word = raw.toLowerCase();
  const internalDot = word.includes(".");

  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (CONTINUING_ABBREVIATIONS.has(word)) return false;
  if (RANK_ABBREVIATIONS.has(word) || isInitials(raw)) {
    // "J. Smith", "DS. Patel", "J.R. Smith" — unless what follows looks like a new sentence.
    return !(nextUpper && !COMMON_SENTENCE_OPENERS.has(nextWordLower(text, first)));
  }
  if (nextDigit && (NUMBER_ABBREVIATIONS.has(word) || DATE_ABBREVIATIONS.has(word))) return false;
  if (DATE_ABBREVIATIONS.has(word)) return !nextLower;
  if (GENERAL_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) return nextUpper;
  // Dotted words (a.m., u.k., council.gov.uk, £2.50) end a sentence before anything but lower case.
  if (internalDot) return !nextLower;
  // A single lower-case letter is usually a list letter or unit; it ends a sentence before a capital.
  if (word.length === 1 && isLowerAt(raw, 0)) return nextUpper;
  // An ordinary word: a full stop and a space end the sentence even before lower case ("home. mum was…").
  return true;
}

/**
 * Start of the word that ends just before `dot` (letters, digits, dots, apostrophes), `dot` itself when
 * no word is there, or -1 when the word is longer than an abbreviation could be.
 */
function wordBefore(text: string, dot: number): number {
  let i = dot;
  while (i > 0 && (isWordCharAt(text, i - 1) || text.charCodeAt(i - 1) === 46 || isLowSurrogateOfLetter(text, i - 1))) {
    i--;
    if (dot - i > MAX_WORD_BACK) return -1;
  }
  while (i < dot && text.charCodeAt(i) === 46) i++; // ".e.g" reads as "e.g"
  return i;
}

function isLowSurrogateOfLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && isLetterAt(text, i);
}

/** True for "J", "J.R", "A.B.C": capital letters each standing alone. */
function isInitials(raw: string): boolean {
  if (raw.length === 0) return false;
  for (let k = 0; k < raw.length; k++) {
    const even = k % 2 === 0;
    if (even ? !isUpperAt(raw, k) || raw.charCodeAt(k) > 0xff : raw.charAt(k) !== ".") return false;
  }
  return true;
}

/** The lower-cased letters of the word starting at `i`, read no further than 20 characters. */
function nextWordLower(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && isLetterAt(text, j)) j++;
  return text.slice(i, j).toLowerCase();
}
