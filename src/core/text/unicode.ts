/**
 * The Unicode general categories the core asks about (letters by case, marks, numbers, format
 * characters), without Unicode property escapes. `\p{L}` and friends are ES2018: classic Outlook's
 * JavaScript-only runtime before build 2403 cannot parse a script that holds one, and with them the
 * on-send check could not start at all. So the categories come from a table instead
 * (unicode-data.ts, generated from the property escapes of the Node that ran the generator, and
 * checked code point by code point against them by test/core/text/unicode-table.test.ts), decoded on
 * first use into sorted run starts for a binary search.
 *
 * Code that needs such a class walks the code points with {@link codePointIn} and friends below. A
 * regular expression can get it from `unicodeClass`, as explicit `\u{…}` ranges under the `u` flag
 * (ES2015), matching exactly what the property escapes gave; but building and compiling such a class
 * costs milliseconds in every fresh on-send runtime, so the check itself does not.
 */
import { UNICODE_CATEGORY_RUNS } from "./unicode-data";

/** Category codes, as in unicode-data.ts. */
export const CAT_NONE = 0;
export const CAT_LU = 1;
export const CAT_LL = 2;
export const CAT_LT = 3;
/** Lm and Lo: letters without case. */
export const CAT_LO = 4;
/** Mn, Mc and Me. */
export const CAT_M = 5;
export const CAT_ND = 6;
/** Nl and No. */
export const CAT_NO = 7;
export const CAT_CF = 8;

/** Bit masks over category codes, for the classes the core uses. */
export const LETTER = (1 << CAT_LU) | (1 << CAT_LL) | (1 << CAT_LT) | (1 << CAT_LO);
export const MARK = 1 << CAT_M;
export const NUMBER = (1 << CAT_ND) | (1 << CAT_NO);

let starts: Uint32Array | undefined;
let cats: Uint8Array | undefined;

function decode(): void {
  const runs: number[] = [];
  const codes: number[] = [];
  const s = UNICODE_CATEGORY_RUNS;
  let at = 0;
  for (let i = 0; i < s.length; ) {
    const cat = s.charCodeAt(i++) - 48;
    let n = 0;
    for (let c = s.charCodeAt(i); i < s.length && !(c >= 48 && c <= 57); c = s.charCodeAt(++i)) n = n * 52 + (c >= 97 ? c - 97 : c - 65 + 26);
    runs.push(at);
    codes.push(cat);
    at += n;
  }
  starts = Uint32Array.from(runs);
  cats = Uint8Array.from(codes);
}

/** The category code of a code point (CAT_NONE outside the table's categories, and for surrogates). */
export function unicodeCategory(cp: number): number {
  // ASCII by code, so that plain English text never decodes the table: in ASCII only A–Z (Lu), a–z
  // (Ll) and 0–9 (Nd) are in a category the core asks about.
  if (cp < 128) return cp >= 97 && cp <= 122 ? CAT_LL : cp >= 65 && cp <= 90 ? CAT_LU : cp >= 48 && cp <= 57 ? CAT_ND : CAT_NONE;
  if (starts === undefined || cats === undefined) decode();
  const s = starts as Uint32Array;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return (cats as Uint8Array)[lo]!;
}

/** True when code point `cp` is in one of the categories of `mask` (LETTER, MARK, NUMBER or 1 << CAT_…). */
export function inCategories(cp: number, mask: number): boolean {
  return ((1 << unicodeCategory(cp)) & mask) !== 0;
}

/**
 * True when the code point that starts at `text[i]` is in the categories of `mask`: what `[\p{…}]` under
 * the `u` flag asks of the character there. False at the end of the text.
 */
export function codePointIn(text: string, i: number, mask: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && inCategories(cp, mask);
}

/** The length in code units of the code point that starts at `text[i]` (2 for a surrogate pair). */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True when `text` holds a code point in the categories of `mask`: `/[\p{…}]/u.test(text)`. */
export function someCodePointIn(text: string, mask: number): boolean {
  for (let i = 0; i < text.length; i += codePointLength(text, i)) if (codePointIn(text, i, mask)) return true;
  return false;
}

/** `text` from its first code point in the categories of `mask`: `text.replace(/^[^\p{…}]+/u, "")`. */
export function fromFirstCodePointIn(text: string, mask: number): string {
  let i = 0;
  while (i < text.length && !codePointIn(text, i, mask)) i += codePointLength(text, i);
  return i === 0 ? text : text.slice(i);
}

/**
 * The runs of code points in the categories of `mask`: `text.split(/[^\p{…}]+/u)` without the empty
 * strings.
 */
export function runsOfCodePointsIn(text: string, mask: number): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i += codePointLength(text, i)) {
    const inside = codePointIn(text, i, mask);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

const classes = new Map<number, string>();

/**
 * The body of a regular-expression character class (without the brackets) matching exactly the code
 * points in the categories of `mask`, as `\u{…}` ranges: use it with the `u` flag.
 */
export function unicodeClass(mask: number): string {
  let out = classes.get(mask);
  if (out !== undefined) return out;
  if (starts === undefined || cats === undefined) decode();
  const s = starts as Uint32Array;
  const c = cats as Uint8Array;
  const hex = (n: number): string => `\\u{${n.toString(16)}}`;
  out = "";
  for (let k = 0; k < s.length; k++) {
    if (((1 << c[k]!) & mask) === 0) continue;
    const first = s[k]!;
    // Merge the following runs that are also in the class.
    while (k + 1 < s.length && ((1 << c[k + 1]!) & mask) !== 0) k++;
    const last = (k + 1 < s.length ? s[k + 1]! : 0x110000) - 1;
    out += first === last ? hex(first) : `${hex(first)}-${hex(last)}`;
  }
  classes.set(mask, out);
  return out;
}
