import type { Span } from "../../check/result";
import { LETTER, NUMBER, inCategories } from "../../text/unicode";
import { mayHold, sieveOf, type WordSieve } from "../../text/word-sieve";

/**
 * A word-boundary phrase matcher: a trie over words, matched longest-first at every word of the body.
 *
 * Phrase syntax (one phrase per string, words separated by spaces):
 * - words match case-insensitively; a word written with a leading `=` must match exactly as written
 *   (`=GP`, `=ASD`: the capitals are what make them acronyms rather than ordinary words);
 * - a word ending in `*` matches any word that starts with it (`diabet*` matches diabetes, diabetic);
 * - in the body, words of a phrase may be separated by spaces, a line break or a hyphen, so
 *   "self harm" also matches "self-harm" and "self\nharm".
 *
 * Cost is linear: each body word starts at most one walk, and a walk is at most the longest phrase long.
 */
export interface PhraseMatch<T> extends Span {
  text: string;
  value: T;
}

interface Edge<T> {
  word: string;
  exact: boolean;
  prefix: boolean;
  node: TrieNode<T>;
}

interface TrieNode<T> {
  /** Whole-word edges by lower-cased word. */
  words: Map<string, Edge<T>[]> | undefined;
  /**
   * Prefix edges by their first two lower-case letters. The root holds hundreds of prefixes; trying each
   * against every body word made this matcher the slowest part of the whole check.
   */
  prefixIndex: Map<number, Edge<T>[]> | undefined;
  /** Prefix edges shorter than two letters (tried for every word; kept rare). */
  shortPrefixes: Edge<T>[] | undefined;
  value?: T;
}

/** A compiled phrase list. */
export interface PhraseMatcher<T> {
  root: TrieNode<T>;
  maxWords: number;
  /**
   * Which body words may start a phrase: a sieve of the root's words. Nearly every body word starts none,
   * and ruling it out by an array read spares the map look-ups (each body word met one per phrase list:
   * two or three).
   */
  startsWord: WordSieve;
  /** The root has prefix edges ("diabet*" as a first word): then every word is tried against them. */
  rootPrefixes: boolean;
}

function newNode<T>(): TrieNode<T> {
  // The maps and list are made when a first edge needs them: most of the thousands of nodes are the ends
  // of phrases, and making three empty containers for each was most of the cost of compiling.
  return { words: undefined, prefixIndex: undefined, shortPrefixes: undefined };
}

/** A body word with its offsets. */
export interface Word extends Span {
  text: string;
  lower: string;
}

/**
 * True when the code unit at `i` is part of a word: a letter or number (any script, by its Unicode
 * category). ASCII is decided by code; surrogates (halves of astral characters, or lone) never are.
 */
function isWordChar(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return inCategories(c, LETTER | NUMBER);
}

/** True for an apostrophe (straight or curly). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** One-entry memo: the special category and case vocabulary finders split the same body in turn. */
let lastBody: string | undefined;
let lastWords: Word[] = [];

/** The next possible word character: an ASCII letter or digit, or any non-ASCII code unit (then asked). */
const WORD_START = /[0-9A-Za-z\u0080-\uffff]/g;
/** A run of ASCII letters and digits, from exactly where it is set. */
const ASCII_RUN = /[0-9A-Za-z]*/y;

/** Offset of the first word character at or after `from`, or -1. */
function nextWordStart(body: string, from: number): number {
  const re = WORD_START;
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (body.charCodeAt(m.index) < 128 || isWordChar(body, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return -1;
}

/** The end of the run of word characters that starts at `from`. */
function runEnd(body: string, from: number): number {
  const n = body.length;
  let i = from;
  for (;;) {
    ASCII_RUN.lastIndex = i;
    ASCII_RUN.exec(body);
    i = ASCII_RUN.lastIndex;
    if (i < n && body.charCodeAt(i) >= 128 && isWordChar(body, i)) i++;
    else return i;
  }
}

/**
 * Splits the body into words once, so several matchers can share the work. A word is a run of letters
 * and digits, with an apostrophe tail of one or two letters ("Down's", "Jehovah's") and "&" joining
 * letters ("A&E"). Lone surrogates simply end a word. The runs are found with regular expressions, which
 * run natively even in a fresh on-send runtime, where a loop over every character of a 10,000-word body
 * is still interpreted; only non-ASCII characters are asked about one by one.
 * The result must not be mutated (it may be shared with the next caller).
 */
export function wordsOf(body: string): Word[] {
  if (body === lastBody) return lastWords;
  const out = NON_ASCII_WORD_CHARACTER.test(body) ? wordsByRuns(body) : wordsOfAsciiText(body);
  lastBody = body;
  lastWords = out;
  return out;
}

/**
 * A code unit that may be part of a word and is not ASCII: anything outside ASCII but the punctuation
 * English mail is full of (curly quotes, dashes, ellipsis, bullet, no-break space, pound sign), none of
 * which is a letter or a number. A body without one has only ASCII words, which one regular expression
 * finds whole (`wordsOfAsciiText`).
 */
const NON_ASCII_WORD_CHARACTER = /[^\x00-\x7f\u00a0\u00a3\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022]/;

/** A word of ASCII text, as `wordsByRuns` reads one: a run, "&" runs, and an apostrophe tail of one or two. */
const ASCII_WORD = /[0-9A-Za-z]+(?:&[0-9A-Za-z]+)*(?:['\u2019][0-9A-Za-z]{1,2}(?![0-9A-Za-z]))?/g;

/** `wordsOf` for a body whose only word characters are ASCII: each word is one native match. */
function wordsOfAsciiText(body: string): Word[] {
  const out: Word[] = [];
  const curly = body.includes("\u2019");
  const re = ASCII_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const text = curly ? m[0].replace(/\u2019/g, "'") : m[0];
    out.push({ start: m.index, end: m.index + m[0].length, text, lower: text.toLowerCase() });
  }
  return out;
}

/** `wordsOf` for any text: the runs of word characters, asking about each non-ASCII one. */
function wordsByRuns(body: string): Word[] {
  const out: Word[] = [];
  const n = body.length;
  // Lower-case once when that keeps offsets (it does unless the body holds letters such as "İ").
  const lowered = body.toLowerCase();
  const aligned = lowered.length === n;
  for (let start = nextWordStart(body, 0); start >= 0; ) {
    let i = runEnd(body, start);
    // "A&E": an ampersand between word characters stays inside the word.
    while (i + 1 < n && body.charCodeAt(i) === 38 && isWordChar(body, i + 1)) i = runEnd(body, i + 1);
    if (i + 1 < n && isApostrophe(body.charCodeAt(i)) && isWordChar(body, i + 1)) {
      let j = i + 1;
      while (j < n && j - i <= 3 && isWordChar(body, j)) j++;
      if (j - i <= 3) i = j;
    }
    let text = body.slice(start, i);
    let lower = aligned ? lowered.slice(start, i) : text.toLowerCase();
    if (text.includes("\u2019")) {
      text = text.replace(/\u2019/g, "'");
      lower = lower.replace(/\u2019/g, "'");
    }
    out.push({ start, end: i, text, lower });
    start = i < n ? nextWordStart(body, i) : -1;
  }
  return out;
}

/** Builds a matcher from `[phrase, value]` pairs; a later duplicate phrase replaces the earlier value. */
export function compilePhrases<T>(entries: Iterable<readonly [string, T]>): PhraseMatcher<T> {
  // Compiled on the first check of every short-lived on-send runtime, before anything is optimised: so
  // no closure or regex split per word, and a duplicate prefix is looked for in its own bucket only (the
  // root holds hundreds of prefixes, and searching them all for each new one was the slowest part).
  const root = newNode<T>();
  let maxWords = 1;
  for (const [phrase, value] of entries) {
    const trimmed = phrase.trim();
    const parts = /\s/.test(trimmed) ? trimmed.split(/\s+/) : [trimmed];
    maxWords = Math.max(maxWords, parts.length);
    let node = root;
    for (const raw of parts) {
      const exact = raw.charCodeAt(0) === 61; // "="
      let word = exact ? raw.slice(1) : raw;
      const prefix = word.endsWith("*");
      if (prefix) word = word.slice(0, -1);
      if (word.includes("\u2019")) word = word.replace(/\u2019/g, "'");
      const key = word.toLowerCase();
      const stored = exact ? word : key;
      const list = prefix ? prefixBucket(node, key) : (node.words?.get(key) ?? []);
      let edge = findEdge(list, stored, exact, prefix);
      if (!edge) {
        list.push((edge = { word: stored, exact, prefix, node: newNode() }));
        if (!prefix) (node.words ??= new Map()).set(key, list);
      }
      node = edge.node;
    }
    node.value = value;
  }
  return { root, maxWords, startsWord: sieveOf(root.words?.keys() ?? []), rootPrefixes: root.prefixIndex !== undefined || root.shortPrefixes !== undefined };
}

/** False when no phrase can start with body word `w` (see `PhraseMatcher.startsWord`). */
function mayStart<T>(matcher: PhraseMatcher<T>, w: Word): boolean {
  return matcher.rootPrefixes || mayHold(matcher.startsWord, w.lower);
}

/** The list a prefix edge for lower-case `key` belongs in (created empty when new). */
function prefixBucket<T>(node: TrieNode<T>, key: string): Edge<T>[] {
  if (key.length < PREFIX_KEY) return (node.shortPrefixes ??= []);
  const k = prefixKey(key);
  const index = (node.prefixIndex ??= new Map());
  let bucket = index.get(k);
  if (!bucket) index.set(k, (bucket = []));
  return bucket;
}

function findEdge<T>(list: readonly Edge<T>[], word: string, exact: boolean, prefix: boolean): Edge<T> | undefined {
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    if (e.word === word && e.exact === exact && e.prefix === prefix) return e;
  }
  return undefined;
}

/** Length of the key that buckets prefix edges. */
const PREFIX_KEY = 2;

/** The first prefix edge of `node` that accepts `w`, looking only in its bucket. */
function prefixEdgeFor<T>(node: TrieNode<T>, w: Word): Edge<T> | undefined {
  const bucket = node.prefixIndex !== undefined && w.lower.length >= PREFIX_KEY ? node.prefixIndex.get(prefixKey(w.lower)) : undefined;
  if (bucket !== undefined) {
    for (let k = 0; k < bucket.length; k++) if (accepts(bucket[k]!, w)) return bucket[k];
  }
  const short = node.shortPrefixes;
  if (short !== undefined) for (let k = 0; k < short.length; k++) if (accepts(short[k]!, w)) return short[k];
  return undefined;
}

/** The bucket key of a (lower-case) word: its first two code units as one number, so no string is made. */
function prefixKey(lower: string): number {
  return lower.charCodeAt(0) * 65536 + lower.charCodeAt(1);
}

/** True when `edge` accepts body word `w`. */
function accepts<T>(edge: Edge<T>, w: Word): boolean {
  if (edge.prefix) return (edge.exact ? w.text : w.lower).startsWith(edge.word);
  return edge.exact ? w.text === edge.word : w.lower === edge.word;
}

/** True when the text between two words of a phrase keeps them one phrase: spaces, one line break, hyphen. */
function joins(body: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xa0 && c !== 45 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

/** Every longest, non-overlapping match of the matcher's phrases in `body` (words `[from, to)`), in order. */
export function matchPhrases<T>(body: string, words: readonly Word[], matcher: PhraseMatcher<T>, from = 0, to = words.length): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const end = Math.min(to, words.length);
  for (let i = from; i < end; ) {
    // Most words start no phrase: ruled out here, in a loop that does nothing else.
    if (!mayStart(matcher, words[i]!)) {
      i++;
      continue;
    }
    let node: TrieNode<T> = matcher.root;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let j = i; j < end && j - i < matcher.maxWords; j++) {
      const w = words[j];
      if (w === undefined) break;
      if (j > i) {
        const prev = words[j - 1];
        if (prev === undefined || !joins(body, prev.end, w.start)) break;
      }
      let next: TrieNode<T> | undefined;
      const edges = node.words?.get(w.lower);
      if (edges !== undefined) {
        for (let k = 0; k < edges.length && next === undefined; k++) if (accepts(edges[k]!, w)) next = edges[k]!.node;
      }
      if (next === undefined) next = prefixEdgeFor(node, w)?.node;
      if (next === undefined) break;
      node = next;
      if (node.value !== undefined) {
        bestEnd = j;
        bestValue = node.value;
      }
    }
    // Read words[bestEnd] only when there was a match: `words[-1]` is not an element read but a property
    // look-up through the prototype chain, and on every unmatched word it made this loop ten times slower.
    const first = words[i];
    const last = bestEnd >= 0 ? words[bestEnd] : undefined;
    if (first !== undefined && last !== undefined && bestValue !== undefined) {
      out.push({ start: first.start, end: last.end, text: body.slice(first.start, last.end), value: bestValue });
      i = bestEnd + 1;
    } else {
      i++;
    }
  }
  return out;
}
