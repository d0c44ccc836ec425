/**
 * A sieve of words: a 65,536-bit table (8 KB) with one bit per word, at a slot hashed from the word's
 * length and its first two and last two code units. It answers "may this word be one of them?" by one
 * array read, where a Set would first hash the whole (freshly sliced) string: most words of a body are
 * none of the few hundred a finder looks for, and this rules them out before the Set is asked. A word
 * sharing a slot by chance only costs the Set look-up it would have had anyway; a word of the set is
 * never ruled out.
 *
 * Five code units and not every letter: a hash of the whole word costs a loop per word, and in the
 * on-send runtime, where the check may run before anything is compiled, loops are what cost.
 */
export interface WordSieve {
  readonly bits: Uint32Array;
}

const SLOTS = 0x10000;

/** The slot of a (non-empty) word. */
function slotOf(word: string): number {
  const n = word.length;
  const h = Math.imul(n, 0x9e3779b1) ^ Math.imul(word.charCodeAt(0), 0x85ebca6b) ^ Math.imul(word.charCodeAt(n - 1), 0xc2b2ae35);
  return (Math.imul(h ^ (word.charCodeAt(1) << 8) ^ (word.charCodeAt(n - 2) << 20), 0x27d4eb2f) ^ h) >>> 16;
}

/** A sieve holding `words` (compared exactly as given: lower-case them first where case does not matter). */
export function sieveOf(words: Iterable<string>): WordSieve {
  const bits = new Uint32Array(SLOTS / 32);
  for (const w of words) {
    const slot = slotOf(w);
    bits[slot >>> 5] = bits[slot >>> 5]! | (1 << (slot & 31));
  }
  return { bits };
}

/** False when `word` is surely not one of the sieve's words; true when it may be. */
export function mayHold(sieve: WordSieve, word: string): boolean {
  const slot = slotOf(word);
  return (sieve.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}
