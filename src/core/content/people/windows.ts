import type { Span } from "../../check/result";

/**
 * The stretches of text that a person mention and what is said of them must share to count as one
 * statement about one person: a sentence, a line of a list, a subject line. Found without the full
 * sentence segmenter (the on-send handler does not carry it): a window ends at `.`, `!` or `?` followed by
 * a space or the end, and at every line break. A window is never longer than {@link MAX_WINDOW}
 * characters, so a hostile line with no full stop costs the same as many short sentences.
 */
export const MAX_WINDOW = 400;

/**
 * The characters that may end a window: found by a regular expression because it runs natively even in
 * a fresh on-send runtime, where a JavaScript loop over every character of a long body is still being
 * interpreted; the loop then visits only these candidates (about one a sentence).
 */
const BREAK_CANDIDATE = /[\r\n.!?]/;

/** The windows of `text` inside `[from, to)`, in order; empty ones are left out. */
export function windowsOf(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const next = windowCursor(text, from, to);
  for (let w = next(); w !== undefined; w = next()) out.push(w);
  return out;
}

/**
 * The same windows one at a time: each call returns the next, or undefined after the last. A scan that
 * stops early (case-content.ts stops a long body after its first statements about people) then never
 * looks for the breaks of the rest: a 10-page document is usually decided in its first two.
 */
export function windowCursor(text: string, from = 0, to = text.length): () => Span | undefined {
  const ready: Span[] = [];
  let read = 0;
  let start = from;
  let done = false;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) ready.push({ start: s, end: e });
    start = end;
  };
  // A stretch with no break is cut every MAX_WINDOW characters, before the break that ends it.
  const cutBefore = (end: number): void => {
    while (start + MAX_WINDOW < end) push(start + MAX_WINDOW);
  };
  // Its own expression, so that two cursors (or a cursor and windowsOf) never share a lastIndex.
  const candidates = new RegExp(BREAK_CANDIDATE.source, "g");
  candidates.lastIndex = from;
  /** Reads on to the next break that ends a window (or the end): at least one more window, unless none is left. */
  const readOn = (): void => {
    while (ready.length === read && !done) {
      const m = candidates.exec(text);
      if (m === null || m.index >= to) {
        cutBefore(to);
        push(to);
        done = true;
        return;
      }
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        cutBefore(i);
        push(i);
        start = i + 1;
      } else if ((i + 1 >= to || isSpace(text.charCodeAt(i + 1))) && !isAbbreviationDot(text, i)) {
        cutBefore(i);
        push(i + 1);
      }
    }
  };
  return () => {
    if (ready.length === read) readOn();
    return read < ready.length ? ready[read++] : undefined;
  };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * A dot after a title or a single initial ("Mr. Kemp", "J. Smith") does not end the sentence: the
 * person and what follows stay together.
 */
function isAbbreviationDot(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let s = dot;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, dot);
  if (word.length === 1 && word >= "A" && word <= "Z") return true;
  return TITLES_WITH_DOT.has(word.toLowerCase());
}

const TITLES_WITH_DOT = new Set(["mr", "mrs", "ms", "mx", "dr", "st", "prof", "rev", "revd", "sgt", "insp", "det", "cllr", "approx", "no", "ref", "tel", "dob", "d.o.b"]);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Index of the window (sorted, non-overlapping) that contains offset `at`, or -1. */
export function windowIndexAt(windows: readonly Span[], at: number): number {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid]!;
    if (at < w.start) hi = mid - 1;
    else if (at >= w.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
