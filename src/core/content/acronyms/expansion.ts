import type { Span } from "../../check/result";
import { GLOSSARY } from "./glossary";
import type { TermOccurrence } from "./terms";

/** Small words ignored when comparing expansions and reading initials. */
const MINOR: ReadonlySet<string> = new Set(["and", "of", "the", "for", "in", "on", "to", "a", "an", "or", "under", "with", "at", "by"]);

/** Most characters of bracketed text read as a possible expansion. */
const MAX_EXPANSION = 160;

/** Words of `text` (letters, apostrophes; hyphenated parts split: "Multi-Agency" gives two words). */
function wordsIn(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z']*/g) ?? [];
}

/** The letters of a term that an expansion's initials should spell ("A&E" gives "AE"; "s47" gives "S"). */
function termLetters(term: string): string {
  return term.replace(/[^A-Za-z]/g, "").toUpperCase();
}

/** The letters to spell for a term; none for section numbers, which are checked by glossary words only. */
function lettersOf(term: TermOccurrence): string {
  return /^(?:s\d|section )/.test(term.key) ? "" : termLetters(term.key);
}

/** True when `letters` is a subsequence of `initials` starting at its first character. */
function spellsFromStart(letters: string, initials: string): boolean {
  if (letters.length === 0 || initials[0] !== letters[0]) return false;
  let j = 0;
  for (let i = 0; i < initials.length && j < letters.length; i++) if (initials[i] === letters[j]) j++;
  return j === letters.length;
}

/** Word stem for loose comparison: lower case, first five letters ("services" ~ "service"). */
function stem(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/**
 * True when `words` share enough meaningful words with the glossary expansion of `key`: at least two, or
 * at least half of them. This accepts "s47 (child protection enquiry)" and "ICO (interim care order)".
 */
function sharesGlossaryWords(key: string, words: readonly string[]): boolean {
  const gloss = GLOSSARY.get(key);
  if (gloss === undefined) return false;
  const wanted = new Set(wordsIn(gloss).filter((w) => !MINOR.has(w.toLowerCase()) && w.length > 2).map(stem));
  if (wanted.size === 0) return false;
  let shared = 0;
  const seen = new Set<string>();
  for (const w of words) {
    const s = stem(w);
    if (wanted.has(s) && !seen.has(s)) {
      seen.add(s);
      shared++;
    }
  }
  return shared >= 2 || shared * 2 >= wanted.size;
}

/**
 * True when bracketed text after a term expands it: the initials of its words spell the term, or it
 * shares enough words with the glossary expansion.
 */
function expandsAfter(term: TermOccurrence, inner: string): boolean {
  const words = wordsIn(inner);
  if (words.length === 0) return false;
  const initials = words.map((w) => (w[0] ?? "").toUpperCase()).join("");
  const letters = lettersOf(term);
  if (letters.length > 0 && words.length >= Math.min(letters.length, 2) && spellsFromStart(letters, initials)) return true;
  return sharesGlossaryWords(term.key, words);
}

/**
 * True when the words before "(TERM)" expand it: reading back at most a few words more than the term has
 * letters, some word starts the term's initials, or the words share enough with the glossary expansion.
 */
function expandsBefore(term: TermOccurrence, before: string): boolean {
  const words = wordsIn(before);
  const letters = lettersOf(term);
  const reach = Math.max(letters.length, 2) + 4;
  const tail = words.slice(-reach);
  if (letters.length > 0) {
    const initials = tail.map((w) => (w[0] ?? "").toUpperCase()).join("");
    for (let i = 0; i < initials.length; i++) {
      if (initials.length - i >= Math.min(letters.length, 2) && spellsFromStart(letters, initials.slice(i))) return true;
    }
  }
  return sharesGlossaryWords(term.key, tail);
}

/**
 * Where an occurrence is expanded: "TERM (expansion)" or "expansion (TERM)", the expansion checked
 * loosely (initials or glossary words). Only brackets count, as the issue defines. Returns the span of the
 * term with its expansion, or null when the occurrence is not expanded.
 */
export function expansionAt(body: string, term: TermOccurrence): Span | null {
  const after = /^[ \u00a0]?[([]([^()[\]\n]{2,160})[)\]]/.exec(body.slice(term.end, term.end + MAX_EXPANSION + 4));
  if (after !== null && expandsAfter(term, after[1] ?? "")) return { start: term.start, end: term.end + after[0].length };
  const open = body[term.start - 1];
  if (open === "(" || open === "[") {
    let close = term.end;
    if (body[close] === "s") close++;
    if (body[close] === ")" || body[close] === "]") {
      const from = Math.max(0, term.start - 1 - MAX_EXPANSION);
      let before = body.slice(from, term.start - 1);
      const nl = before.lastIndexOf("\n");
      if (nl >= 0) before = before.slice(nl + 1);
      if (expandsBefore(term, before)) return { start: term.start - 1 - before.length, end: close + 1 };
    }
  }
  return null;
}

/** True when the occurrence is expanded where it stands (see `expansionAt`). */
export function isExpandedAt(body: string, term: TermOccurrence): boolean {
  return expansionAt(body, term) !== null;
}
