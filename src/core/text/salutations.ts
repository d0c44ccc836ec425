import { isLetterAt, isSpaceCode, isUpperAt } from "./chars";

/**
 * Greetings ("Hi Sarah,", "Dear Ms Evans", "Good morning all,") and sign-offs ("Kind regards,",
 * "Many thanks", "Best wishes, Sarah"). Matching works on words, so spacing and punctuation between them
 * do not matter, and only a bounded prefix of a line is ever read.
 */

/** A word of a line: a run of letters and apostrophes (or a lone "&", read as "and"). */
export interface Word {
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
}

const MAX_WORDS = 16;

/** The first words of `text[start, end)`, at most `limit` of them. Bounded work whatever the length. */
export function leadingWords(text: string, start: number, end: number, limit = MAX_WORDS): Word[] {
  const words: Word[] = [];
  let i = start;
  // Never read more than a few hundred characters looking for words.
  const stop = Math.min(end, start + 400);
  while (i < stop && words.length < limit) {
    if (text.charCodeAt(i) === 38 /* & */) {
      words.push({ lower: "and", start: i, end: i + 1, capitalised: false });
      i++;
      continue;
    }
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    while (i < stop && (isLetterAt(text, i) || isApostrophe(text.charCodeAt(i)) || isInnerHyphen(text, i))) i++;
    words.push({ lower: text.slice(s, i).toLowerCase(), start: s, end: i, capitalised: isUpperAt(text, s) });
  }
  return words;
}

/**
 * The first word of `text[start, end)` exactly as `leadingWords` would read it, without building the
 * list: every line of a message is asked "are you a greeting? a sign-off?", and almost none are.
 */
function firstWordLower(text: string, start: number, end: number): string {
  const stop = Math.min(end, start + 400);
  let i = start;
  while (i < stop && text.charCodeAt(i) !== 38 && !isLetterAt(text, i)) i++;
  if (i >= stop) return "";
  if (text.charCodeAt(i) === 38) return "and";
  const s = i;
  while (i < stop && i - s < 40 && (isLetterAt(text, i) || isApostrophe(text.charCodeAt(i)) || isInnerHyphen(text, i))) i++;
  return text.slice(s, i).toLowerCase();
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isInnerHyphen(text: string, i: number): boolean {
  return text.charCodeAt(i) === 45 && isLetterAt(text, i + 1) && isLetterAt(text, i - 1);
}

/** True when `text[from, to)` holds only whitespace and the punctuation allowed between words of a phrase. */
function onlyGlue(text: string, from: number, to: number, glue: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !glue.includes(text.charAt(i))) return false;
  }
  return true;
}

const SIGN_OFF_PHRASES: readonly (readonly string[])[] = [
  "kind regards", "kindest regards", "best regards", "warm regards", "warmest regards", "many regards",
  "regards", "with regards", "with kind regards", "with kindest regards", "with best regards",
  "with warm regards", "with best wishes", "with warm wishes", "best wishes", "all best wishes",
  "warm wishes", "warmest wishes", "good wishes", "kind wishes", "best", "all the best", "all best",
  "many thanks", "many thanks again", "many many thanks", "thanks", "thanks again", "thanks very much",
  "thanks so much", "thanks a lot", "thanks all", "thanks everyone", "thank you", "thank you very much",
  "thank you so much", "thank you again", "thank you all", "with thanks", "with many thanks",
  "with grateful thanks", "thanks in advance", "many thanks in advance", "thank you in advance",
  "thanks and regards", "thanks and kind regards", "thanks and best wishes", "many thanks and best wishes",
  "many thanks and kind regards", "kind regards and thanks", "regards and thanks", "cheers", "ta",
  "yours sincerely", "yours faithfully", "yours truly", "yours", "sincerely", "respectfully",
  "speak soon", "take care", "kr", "br", "thx", "thanks again for your help",
].map((p) => p.split(" "));

/** The words a sign-off can start with: a line starting with anything else is not one. */
const SIGN_OFF_FIRST = new Set(SIGN_OFF_PHRASES.map((p) => p[0] ?? ""));

const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "la", "le", "bin", "al", "da", "di", "du", "of"]);

/** Words that may follow a greeting in place of a name ("Hi all", "Morning team"). */
const GREETING_AUDIENCE = new Set([
  "all", "team", "everyone", "everybody", "both", "there", "colleagues", "folks", "guys", "you", "again",
  "sir", "madam", "or", "and", "to", "whom", "it", "may", "concern",
]);

/** Words that open a greeting; the second group needs a name or audience after it ("Morning Sarah"). */
const GREETING_OPENERS: readonly (readonly string[])[] = [
  "hi", "hello", "hey", "hiya", "dear", "greetings", "good morning", "good afternoon", "good evening",
  "good day", "to whom it may concern", "dear sir or madam", "dear sir madam", "dear all",
].map((p) => p.split(" "));
const BARE_TIME_OPENERS: readonly (readonly string[])[] = ["morning", "afternoon", "evening", "all"].map((p) => [p]);
/** The words a greeting can start with. */
const GREETING_FIRST = new Set([...GREETING_OPENERS, ...BARE_TIME_OPENERS].map((p) => p[0] ?? ""));

/** Index in `words` after the longest phrase of `phrases` that the words start with, or 0. */
function matchPhrase(text: string, words: readonly Word[], phrases: readonly (readonly string[])[]): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.length <= best || phrase.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const w = words[k];
      if (w === undefined || w.lower !== phrase[k]) ok = false;
      else if (k > 0) {
        const prev = words[k - 1];
        if (prev === undefined || !onlyGlue(text, prev.end, w.start, "")) ok = false;
      }
    }
    if (ok) best = phrase.length;
  }
  return best;
}

/** True when the word looks like part of a person's name or a title ("Sarah", "O'Neill", "J", "Ms"). */
function isNameWord(w: Word): boolean {
  return w.capitalised || NAME_PARTICLES.has(w.lower);
}

/**
 * Where the name after a greeting or sign-off ends: consumes up to `maxNames` name words (or audience
 * words for greetings), allowing dots, hyphens and spaces between them. Returns the index in `words` after
 * the last one consumed.
 */
function consumeNames(text: string, words: readonly Word[], from: number, maxNames: number, audience: boolean): number {
  let k = from;
  while (k < words.length && k - from < maxNames) {
    const w = words[k];
    const prev = words[k - 1];
    if (w === undefined || w.lower === "i") break;
    if (!(isNameWord(w) || (audience && GREETING_AUDIENCE.has(w.lower)))) break;
    // A comma or dash may separate the salutation from the name ("Kind regards, Sarah"), never two parts
    // of the name, so "Hello, Sarah, Chloe was…" stops at the second comma.
    const glue = k === from ? ",.-–—'’" : ".-'’/()";
    if (prev !== undefined && !onlyGlue(text, prev.end, w.start, glue)) break;
    k++;
  }
  return k;
}

/** Result of matching a salutation at the start of a line. */
export interface SalutationMatch {
  /** End of the salutation's own words (before any name that follows). */
  phraseEnd: number;
  /** Start of the name after a sign-off ("Kind regards, Sarah Jones"), if there is one. */
  nameStart?: number;
  /** End of everything matched, names and trailing punctuation included. */
  end: number;
}

/** Skips trailing punctuation such as ",", "!", "." or a dash after a salutation. */
function skipTrailingPunctuation(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && ",.!:;-–—".includes(text.charAt(i))) i++;
  return i;
}

/**
 * Matches a sign-off that makes up the whole of `text[start, end)`: "Kind regards", "Thanks,",
 * "Best wishes, Sarah", "Many thanks - Sarah Jones". Returns null for "Thanks for your help with this."
 */
export function matchSignOff(text: string, start: number, end: number): SalutationMatch | null {
  if (end - start > 90 || !SIGN_OFF_FIRST.has(firstWordLower(text, start, end))) return null;
  const words = leadingWords(text, start, end);
  const first = words[0];
  if (first === undefined || !onlyGlue(text, start, first.start, "*_\"'“‘(")) return null;
  const n = matchPhrase(text, words, SIGN_OFF_PHRASES);
  const last = words[n - 1];
  if (n === 0 || last === undefined) return null;
  const phraseEnd = last.end;
  const afterNames = consumeNames(text, words, n, 5, false);
  const lastName = words[afterNames - 1];
  const nameFirst = words[n];
  const matchedEnd = afterNames > n && lastName !== undefined ? lastName.end : phraseEnd;
  if (words.length > afterNames) return null;
  const tail = skipTrailingPunctuation(text, matchedEnd, end);
  if (!onlyGlue(text, tail, end, ".!)*_\"'”’")) return null;
  const match: SalutationMatch = { phraseEnd, end: matchedEnd };
  if (afterNames > n && nameFirst !== undefined) {
    // A name joined by a comma or dash belongs to the sender ("Kind regards, Sarah"); "Thanks Sarah" more
    // often thanks the reader, so the whole line stays the sign-off.
    if (!onlyGlue(text, phraseEnd, nameFirst.start, "")) match.nameStart = nameFirst.start;
  }
  return match;
}

/**
 * A "weak" sign-off: a short line starting with thanks ("Many thanks for your help with this.") that ends
 * the message only when a name and signature lines follow it.
 */
export function isThanksLine(text: string, start: number, end: number): boolean {
  if (end - start > 90) return false;
  const words = leadingWords(text, start, end, 3);
  const a = words[0]?.lower;
  const b = words[1]?.lower;
  return a === "thanks" || a === "thank" || a === "cheers" || (a === "many" && b === "thanks") ||
    (a === "with" && b === "thanks");
}

/**
 * Matches a greeting at the start of `text[start, end)` ("Hi Sarah,", "Dear Ms Evans", "Good morning all")
 * and returns its end (after trailing punctuation), or -1. With `whole`, the greeting must be all there is.
 */
export function matchGreeting(text: string, start: number, end: number, whole: boolean): number {
  if (!GREETING_FIRST.has(firstWordLower(text, start, end))) return -1;
  const words = leadingWords(text, start, end, 10);
  const first = words[0];
  if (first === undefined || !onlyGlue(text, start, first.start, "*_")) return -1;
  let n = matchPhrase(text, words, GREETING_OPENERS);
  let needsName = false;
  if (n === 0) {
    n = matchPhrase(text, words, BARE_TIME_OPENERS);
    needsName = true;
  }
  const opener = words[n - 1];
  if (n === 0 || opener === undefined) return -1;
  const k = consumeNames(text, words, n, 5, true);
  if (needsName && k === n) return -1;
  if (whole) {
    const lastWord = words[k - 1];
    if (lastWord === undefined || words.length !== k) return -1;
    // "Hi Sarah,", "Dear all -", "Morning team!" — only punctuation may follow the names.
    return onlyGlue(text, lastWord.end, end, ",.!:;-–—)") ? end : -1;
  }
  // Inside a longer line the greeting must be closed by a comma, "!" or dash so "Hi Sarah Jones asked…"
  // is not cut; bare "Morning," is not split either ("Morning, Chloe arrived late"). Shorter name runs are
  // tried too, for "Hello Sarah, Chloe…" read as far as the comma.
  for (let kk = k; kk >= (needsName ? n + 1 : n); kk--) {
    const w = words[kk - 1];
    if (w === undefined) break;
    const punct = text.charAt(w.end);
    if (punct !== "," && punct !== "!" && punct !== "-" && punct !== "–" && punct !== "—") continue;
    const after = skipTrailingPunctuation(text, w.end, end);
    if (after < end && isSpaceCode(text.charCodeAt(after))) return after;
  }
  return -1;
}

/** True when all of `text[start, end)` is a greeting. */
export function isGreeting(text: string, start: number, end: number): boolean {
  return end - start <= 90 && matchGreeting(text, start, end, true) >= 0;
}

/** True when all of `text[start, end)` is a sign-off, optionally with the sender's name. */
export function isSignOff(text: string, start: number, end: number): boolean {
  return matchSignOff(text, start, end) !== null;
}
