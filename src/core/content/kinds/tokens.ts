/**
 * A single-pass tokenizer for one sentence. It is the only place that scans characters: everything
 * after it works on the token array with Set/Map look-ups, so classification stays linear in the
 * length of the sentence whatever the input (1 MB sentences, random Unicode, unpaired surrogates).
 */

/** What a token is. Only the punctuation the classifier reasons about is kept. */
export type TokenType = "word" | "punct";

/** One token of the sentence. `start`/`end` index the original text (UTF-16, `end` exclusive). */
export interface Token {
  type: TokenType;
  /** Lower-cased text with curly apostrophes straightened; contractions expanded ("n't" → "not"). */
  lower: string;
  start: number;
  end: number;
  /** First character is an ASCII capital: a name, a title or the first word of the sentence. */
  cap: boolean;
  /** The word carried a possessive "'s" / "s'" (stripped from `lower`): "Oscar's" → "oscar". */
  poss: boolean;
}

/**
 * `tokens[k]`, or undefined when `k` is negative. Every look back that may step before the first token
 * goes through here: in V8, `tokens[-1]` is not an element read but a property look-up along the
 * prototype chain, and a site that ever does one stays on the slow generic path (a phrase-matching loop
 * that read `words[-1]` on every unmatched word ran ten times slower than the same loop without it).
 */
export function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 ? tokens[k] : undefined;
}

/** Punctuation kept as tokens: clause boundaries, quotes, the "Opinion:" label, the question mark. */
const KEPT_PUNCT = new Map<number, string>([
  [0x2c, ","],
  [0x3a, ":"],
  [0x3b, ";"],
  [0x3f, "?"],
  [0x21, "!"],
  [0x22, '"'],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x28, "("],
  [0x29, ")"],
  [0x2014, "-"],
  [0x2013, "-"],
]);

/** Non-ASCII code units that are punctuation or space rather than letters. */
const NON_WORD_HIGH = new Set<number>([
  0x00a0, 0x00ab, 0x00bb, 0x00b7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a,
  0x201b, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b,
  0x200c, 0x200d, 0x2039, 0x203a, 0x00a7, 0x00b6,
]);

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

/** Letters, digits and (conservatively) any non-ASCII code unit that is not known punctuation. */
function isWordChar(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  return !NON_WORD_HIGH.has(c) && !(c >= 0x2000 && c <= 0x200a);
}

/** Contractions split off the end of a word: the suffix (lower-case, straight apostrophe) → the word it stands for. */
const CONTRACTION_SUFFIX: ReadonlyArray<readonly [string, string]> = [
  ["n't", "not"],
  ["'m", "am"],
  ["'re", "are"],
  ["'ve", "have"],
  ["'ll", "will"],
  ["'d", "would"],
];

/** Pronouns and function words whose "'s" means "is"/"has", not a possessive. */
const S_IS = new Set(["it", "he", "she", "that", "there", "what", "who", "where", "here", "this", "let"]);

/** Irregular "n't" stems: "can't" → "can", "won't" → "will", "shan't" → "shall". */
const NT_STEM = new Map([
  ["ca", "can"],
  ["wo", "will"],
  ["sha", "shall"],
]);

function push(out: Token[], type: TokenType, lower: string, start: number, end: number, cap: boolean, poss: boolean): void {
  out.push({ type, lower, start, end, cap, poss });
}

/**
 * Split a word (which may contain apostrophes) into tokens, expanding contractions and possessives.
 * `lowered` is the whole sentence lower-cased once (see `tokenize`), or undefined to lower each word.
 */
function pushWord(text: string, lowered: string | undefined, start: number, end: number, apostrophe: boolean, out: Token[]): void {
  let lower = lowered !== undefined ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  const c0 = text.charCodeAt(start);
  const cap = c0 >= 0x41 && c0 <= 0x5a;
  // `apostrophe`: the scan saw one inside the word. Most words have none, and skip the searches below.
  if (!apostrophe) {
    push(out, "word", lower, start, end, cap, false);
    return;
  }
  if (lower.indexOf("\u2019") >= 0 || lower.indexOf("\u2018") >= 0) lower = lower.replace(/[\u2018\u2019]/g, "'");
  if (lower.indexOf("'") < 0) {
    push(out, "word", lower, start, end, cap, false);
    return;
  }
  for (const [suffix, full] of CONTRACTION_SUFFIX) {
    if (lower.length > suffix.length && lower.endsWith(suffix)) {
      const cut = end - suffix.length;
      let stem = lower.slice(0, lower.length - suffix.length);
      if (suffix === "n't") stem = NT_STEM.get(stem) ?? stem;
      push(out, "word", stem, start, cut, cap, false);
      push(out, "word", full, cut, end, false, false);
      return;
    }
  }
  if (lower.endsWith("'s")) {
    const stem = lower.slice(0, -2);
    if (S_IS.has(stem)) {
      push(out, "word", stem, start, end - 2, cap, false);
      push(out, "word", "is", end - 2, end, false, false);
    } else {
      push(out, "word", stem, start, end, cap, true);
    }
    return;
  }
  if (lower.endsWith("s'")) {
    push(out, "word", lower.slice(0, -1), start, end, cap, true);
    return;
  }
  push(out, "word", lower, start, end, cap, false);
}

/**
 * Tokenise one sentence. Words may contain inner apostrophes ("mum's", "don't"), inner hyphens
 * ("well-mannered", "non-accidental") and inner dots or colons between digits ("4.2", "10:30").
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Lower-case the sentence once and slice each word from it, rather than one toLowerCase per word.
  // Slicing gives each word's own lower case unless a mapping changes the length ("İ" → "i̇") or depends
  // on the next word (a capital sigma is "ς" only at the end of a word): then each word is lowered alone.
  let lowered: string | undefined = text.toLowerCase();
  if (lowered.length !== n || text.indexOf("\u03a3") >= 0) lowered = undefined;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      let apostrophe = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          i++;
          continue;
        }
        // Join across ' - . : only when a word character follows, so a trailing quote or
        // full stop is not swallowed.
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (!isWordChar(next)) break;
        if (isApostrophe(d) || d === 0x2d) {
          if (d !== 0x2d) apostrophe = true;
          i++;
          continue;
        }
        const prev = text.charCodeAt(i - 1);
        const digits = prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39;
        if ((d === 0x2e || d === 0x3a || d === 0x2c) && digits) {
          i++;
          continue;
        }
        break;
      }
      // A possessive written after a plural ("parents'") ends in an apostrophe: keep it with the word.
      if (i < n && isApostrophe(text.charCodeAt(i)) && text.charCodeAt(i - 1) === 0x73) {
        apostrophe = true;
        i++;
      }
      pushWord(text, lowered, start, i, apostrophe, out);
      continue;
    }
    if (c === 0x20) {
      i++; // a space, by far the commonest non-word character: no map look-up
      continue;
    }
    const kept = KEPT_PUNCT.get(c);
    if (kept !== undefined) push(out, "punct", kept, i, i + 1, false, false);
    else if (c === 0x27 || c === 0x2018 || c === 0x2019) push(out, "punct", "'", i, i + 1, false, false);
    i++;
  }
  return out;
}
