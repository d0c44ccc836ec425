/**
 * Context around a cue word: who the subject of a verb is, whether a speech verb carries content,
 * where a clause ends, and who a source is. Every look is bounded to a few tokens, so the cost per
 * cue is constant and the whole sentence stays linear.
 */
import {
  BE_FORMS,
  CLAUSE_OPENERS,
  CONTENT_OPENERS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  SKIP_BEFORE_VERB,
  STRONG_BOUNDARIES,
} from "./lexicon/function-words";
import { AGENCY_NOUNS, PERSON_NOUNS, PLACE_NOUNS, THIRD_PRONOUNS, TITLES, UNIDENTIFIED } from "./lexicon/people";
import { NO_CONTENT } from "./lexicon/reporting";
import { isNameLike } from "./names";
import { tokenAt, type Token } from "./tokens";

/** Who did the verb. */
export type SubjectKind =
  /** "I" or "we": the writer. */
  | "writer"
  /** "you" in a statement ("you said that…"). */
  | "you"
  /** "please confirm", "could you tell me": a request to the reader. */
  | "request"
  /** "it is believed", "it seems". */
  | "it"
  /** "there are…". */
  | "there"
  /** "to say": an infinitive ("refused to say", "rang to say"). */
  | "infinitive"
  /** A determiner right before the word: it is a noun here ("the report", "a thought"). */
  | "noun"
  /** Anyone or anything else. */
  | "third"
  /** Nothing before the verb (start of sentence, or punctuation). */
  | "none";

/** The subject of the verb at a token index. */
export interface Subject {
  kind: SubjectKind;
  /** Token index of the subject word (the head), or -1. */
  idx: number;
  /** The verb is a passive participle ("was told", "is believed"). */
  passive: boolean;
}

const PARTICIPLES = new Set(["told", "said", "thought", "felt", "understood", "written", "heard", "known", "shown", "seen"]);

/** A lower-case "-ly" word that is not a noun: an adverb to step over. */
export function isAdverb(t: Token): boolean {
  const w = t.lower;
  return (
    !t.cap && w.length > 4 && w.endsWith("ly") && !PERSON_NOUNS.has(w) && !AGENCY_NOUNS.has(w) && w !== "bully"
  );
}

function isWord(t: Token | undefined): t is Token & { type: "word" } {
  return t !== undefined && t.type === "word";
}

const COORDINATORS = new Set(["and", "then", "but", "or"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it"]);

/** The first subject-like word of the clause that the coordinator at `j` continues, or -1. */
function coordinatedSubject(tokens: readonly Token[], j: number): number {
  let k = j - 1;
  for (let steps = 0; k >= 0 && steps < 15; steps++, k--) {
    const t = tokens[k] as Token;
    if (t.type === "punct" && (t.lower === "," || t.lower === ";" || t.lower === ":")) break;
  }
  for (let m = k + 1; m < j; m++) {
    const t = tokens[m];
    if (!isWord(t) || t.poss) continue;
    const w = t.lower;
    if (SUBJECT_PRONOUNS.has(w) || PERSON_NOUNS.has(w) || AGENCY_NOUNS.has(w) || isNameLike(tokens, m)) {
      // Step to the head of a compound ("the school nurse", "Ms Evans").
      let h = m;
      while (isWord(tokens[h + 1]) && !SUBJECT_PRONOUNS.has(w) &&
        (AGENCY_NOUNS.has((tokens[h + 1] as Token).lower) || isNameLike(tokens, h + 1))) h++;
      return h;
    }
  }
  return -1;
}

/** Find the subject of the verb at token `i` by stepping back over auxiliaries and adverbs. */
export function findSubject(tokens: readonly Token[], i: number, verb: string): Subject {
  let j = i - 1;
  let sawBe = false;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (BE_FORMS.has(t.lower)) sawBe = true;
    else if (!SKIP_BEFORE_VERB.has(t.lower) && !isAdverb(t)) break;
    j--;
  }
  const passive = sawBe && (verb.endsWith("ed") || PARTICIPLES.has(verb));
  let t = tokenAt(tokens, j);
  if (!isWord(t)) return { kind: "none", idx: -1, passive };
  if (COORDINATORS.has(t.lower)) {
    // "…answered the door and said…": the subject is the first subject of the coordinated clause.
    const head = coordinatedSubject(tokens, j);
    if (head < 0) return { kind: "none", idx: -1, passive };
    j = head;
    t = tokens[j] as Token;
  }
  const w = t.lower;
  if (w === "i" || w === "we") return { kind: "writer", idx: j, passive };
  if (w === "you") {
    const before = tokenAt(tokens, j - 1);
    const req = isWord(before) && /^(can|could|would|will|did|do|please|if|when)$/.test(before.lower);
    return { kind: req ? "request" : "you", idx: j, passive };
  }
  if (w === "please" || w === "kindly") return { kind: "request", idx: j, passive };
  if (w === "it") return { kind: "it", idx: j, passive };
  if (w === "there") return { kind: "there", idx: j, passive };
  if (w === "to") return { kind: "infinitive", idx: j, passive };
  if (DETERMINERS.has(w) && w !== "this" && w !== "that") return { kind: "noun", idx: j, passive };
  return { kind: "third", idx: j, passive };
}

/** Is the subject word a person or an agency (rather than a thing, a place or "this")? */
export function isPersonOrAgency(tokens: readonly Token[], idx: number): boolean {
  const t = tokenAt(tokens, idx);
  if (!isWord(t)) return false;
  const w = t.lower;
  if (PLACE_NOUNS.has(w) && !AGENCY_NOUNS.has(w)) return false;
  return (
    PERSON_NOUNS.has(w) || AGENCY_NOUNS.has(w) || THIRD_PRONOUNS.has(w) || w === "you" || isNameLike(tokens, idx)
  );
}

/** Is the subject word a person (for evaluative labels)? Places and things are not. */
export function isPerson(tokens: readonly Token[], idx: number): boolean {
  const t = tokenAt(tokens, idx);
  if (!isWord(t) || t.poss) return false;
  const w = t.lower;
  if (PLACE_NOUNS.has(w)) return false;
  if (PERSON_NOUNS.has(w) || w === "you") return true;
  const prev = tokenAt(tokens, idx - 1);
  if (isWord(prev) && TITLES.has(prev.lower)) return true;
  return isNameLike(tokens, idx);
}

/** The span of a source phrase ending at head `idx`: "Oscar's teacher", "Dr Patel", "the school nurse". */
export function sourceSpan(tokens: readonly Token[], idx: number): [number, number] {
  let s = idx;
  for (let k = idx - 1; k >= 0 && k >= idx - 3; k--) {
    const t = tokens[k];
    if (!isWord(t) || DETERMINERS.has(t.lower)) break;
    if (t.cap || t.poss || AGENCY_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower) || TITLES.has(t.lower)) s = k;
    else break;
  }
  return [s, idx + 1];
}

/** Does the subject phrase ending at `idx` say the source is unknown ("someone", "an anonymous caller")? */
export function isUnidentified(tokens: readonly Token[], idx: number): boolean {
  for (let k = idx; k >= 0 && k >= idx - 4; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (UNIDENTIFIED.has(t.lower)) return true;
  }
  return false;
}

/** After a passive verb ending at `from`: the index of the source after "by"/"from", or -1. */
export function agentAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.lower === "that") return -1;
    if ((t.lower === "by" || t.lower === "from") && isWord(tokens[k + 1])) {
      // The head of the agent phrase: step over determiners and modifiers to the last noun-ish word.
      let h = k + 1;
      for (let m = k + 1; m < tokens.length && m < k + 5; m++) {
        const u = tokens[m];
        if (!isWord(u) || u.lower === "that" || CONTENT_OPENERS.has(u.lower)) break;
        h = m;
        if (!DETERMINERS.has(u.lower) && !u.poss && !AGENCY_NOUNS.has(tokens[m + 1]?.lower ?? "")) break;
      }
      return h;
    }
  }
  return -1;
}

/** How a speech or thought verb takes its content. */
export type ContentMode = "say" | "strict" | "tell" | "cog" | "feel";

function opensNounPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t)) return false;
  const w = t.lower;
  return (
    OBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || PERSON_NOUNS.has(w) || AGENCY_NOUNS.has(w) || t.cap || t.poss
  );
}

/** Skip a short noun phrase ("the school nurse", "Oscar's teacher", "me") starting at `k`. */
function skipNounPhrase(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (!isWord(first)) return k;
  if (OBJECT_PRONOUNS.has(first.lower)) return k + 1;
  let m = k;
  let sawNoun = false;
  while (m < tokens.length && m < k + 4) {
    const t = tokens[m];
    if (!isWord(t)) break;
    const w = t.lower;
    if (w === "that" || (m > k && (THIRD_PRONOUNS.has(w) || w === "she" || w === "i" || w === "we"))) break;
    // A second determiner after a noun starts the content: "told the school the children were…".
    if (sawNoun && DETERMINERS.has(w)) break;
    if (DETERMINERS.has(w) || t.poss || TITLES.has(w)) m++;
    else if (AGENCY_NOUNS.has(w) || PERSON_NOUNS.has(w) || t.cap) {
      sawNoun = true;
      m++;
    } else break;
  }
  return m;
}

/** Index of the first token after the verb's listener ("told me", "said to the officer"). */
export function afterListener(tokens: readonly Token[], from: number, mode: ContentMode): number {
  let k = from;
  const t = tokens[k];
  if (mode === "tell" && isWord(t) && opensNounPhrase(tokens, k) && t.lower !== "that") k = skipNounPhrase(tokens, k);
  const u = tokens[k];
  if (isWord(u) && u.lower === "to" && opensNounPhrase(tokens, k + 1)) k = skipNounPhrase(tokens, k + 1);
  return k;
}

/**
 * Does the verb ending at `from` carry someone's content? "said that…", "said she…", "told me about…",
 * a quotation or a colon do; "said nothing", "told me to leave", "agreed to attend" do not.
 */
export function hasContent(tokens: readonly Token[], from: number, mode: ContentMode): boolean {
  let k = afterListener(tokens, from, mode);
  while (isWord(tokens[k]) && isAdverb(tokens[k] as Token)) k++;
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.type === "punct") {
    if (t.lower === ":" || t.lower === '"' || t.lower === "'") return true;
    const n = tokens[k + 1];
    return t.lower === "," && n !== undefined && (n.lower === '"' || n.lower === "'");
  }
  const w = t.lower;
  if (w === "to" || NO_CONTENT.has(w)) return false;
  if (w === "not" && tokens[k + 1]?.lower === "to") return false;
  if (w === "that") return true;
  if (mode !== "strict") {
    if (CONTENT_OPENERS.has(w)) return true;
    if (CLAUSE_OPENERS.has(w) || PERSON_NOUNS.has(w) || AGENCY_NOUNS.has(w) || t.cap) return true;
    if (mode === "say" || mode === "tell") {
      const c = w.charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) return true;
    }
    if (mode === "feel") return true; // "feels unsafe", "felt unsupported"
  }
  // "said at the meeting that…", "wrote in her diary that…", "told me on Monday that…"
  for (let m = k; m < tokens.length && m < k + 7; m++) {
    const u = tokens[m];
    if (!isWord(u)) return u !== undefined && (u.lower === ":" || u.lower === '"') && m > k;
    if (u.lower === "that") return true;
  }
  return false;
}

/**
 * Is the speech verb at `i` (ending at `end`) a trailing attribution ("…, mum said." / "…, said mum.")?
 * Returns the source head index, or -1.
 */
export function trailingSource(tokens: readonly Token[], i: number, end: number, subject: Subject): number {
  let k = end;
  if (isWord(tokens[k]) && OBJECT_PRONOUNS.has((tokens[k] as Token).lower)) k++;
  const rest: number[] = [];
  for (; k < tokens.length && rest.length < 5; k++) {
    const t = tokens[k] as Token;
    if (t.type === "word") rest.push(k);
    else if (t.lower !== "," && t.lower !== '"' && t.lower !== "'" && t.lower !== ")") break;
  }
  const atEnd = k >= tokens.length || tokens[k]?.lower === "!" || tokens[k]?.lower === "?";
  if (!atEnd) return -1;
  if (subject.kind === "third" && rest.length === 0) {
    const [s] = sourceSpan(tokens, subject.idx);
    const before = tokenAt(tokens, s - 1);
    if (before !== undefined && before.type === "punct" && before.lower === "," && s > 2) return subject.idx;
    return -1;
  }
  if (subject.kind === "none" && rest.length > 0 && rest.length <= 4) {
    const before = tokenAt(tokens, i - 1);
    const last = rest[rest.length - 1];
    if (before !== undefined && before.lower === "," && i > 2 && last !== undefined) return last;
  }
  return -1;
}

/**
 * For each token, the index of the last token of its strong clause: the content of a report runs
 * to the next "but", "however", ";" or dash, not beyond. One backward pass.
 */
export function strongClauseEnds(tokens: readonly Token[]): Int32Array {
  const ends = new Int32Array(tokens.length);
  let end = tokens.length - 1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    const boundary =
      (t.type === "punct" && (t.lower === ";" || t.lower === "-")) ||
      (t.type === "word" && STRONG_BOUNDARIES.has(t.lower));
    if (boundary) end = k - 1;
    ends[k] = boundary ? k : end;
  }
  return ends;
}

/** Does a new clause with its own subject start at token `k` ("and she…", ", but dad…")? */
function startsClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t)) return false;
  const w = t.lower;
  return (
    w === "i" || w === "we" || w === "he" || w === "she" || w === "they" || w === "it" || w === "there" ||
    PERSON_NOUNS.has(w) || (DETERMINERS.has(w) && w !== "that") || isNameLike(tokens, k)
  );
}

/** Conjunctions that may start a new clause with its own subject. */
const CLAUSE_CONJUNCTIONS = new Set(["and", "so", "because", "when", "while", "whilst", "then", "as", "until", "after", "before"]);

/**
 * For each token, the last token of its weak clause: like the strong clause but also split at a
 * comma or a conjunction that starts a new subject ("I asked mum why, and she said…"). One backward pass.
 */
export function weakClauseEnds(tokens: readonly Token[], strong: Int32Array): Int32Array {
  const ends = new Int32Array(tokens.length);
  let end = tokens.length - 1;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    const conj = t.type === "word" && CLAUSE_CONJUNCTIONS.has(t.lower);
    const boundary = (t.type === "punct" && t.lower === ",") || (conj && startsClause(tokens, k + 1));
    if (boundary) end = k - 1;
    const s = strong[k] ?? end;
    ends[k] = Math.min(boundary ? k : end, s);
  }
  return ends;
}
