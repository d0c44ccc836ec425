import type { Token } from "../tokens";

/**
 * The features the learned component weighs for one sentence: its words one and two at a time (with the
 * sentence's start and end as words of their own, so "^ worth" and "? $" are features), and what the
 * rules found (the label they chose, each cue before precedence chose among them, the cues they set
 * aside). Each counts once however often it occurs: a date of birth is three numbers, not three times
 * the evidence of one. Names are shared by training
 * (scripts/train-kinds-model.ts) and use (kind-model.ts): change one, retrain.
 */
export interface SentenceFeature {
  name: string;
  /** Token indices covered [from, to); -1 for features of the sentence as a whole. */
  from: number;
  to: number;
}

/**
 * The word the model sees for a token. Only the model's vocabulary (the commonest words of the training
 * sentences: "said", "would", "think", "per", "that"…) is seen as itself; any other word is seen by its
 * shape — "<cap>" (a name, a place, a first word) or "<word>" — and every number as "<num>". A sentence's
 * kind is in how it is said, not what it is about: with every word, the model learned that "asleep in
 * class" is reported (schools report it) and "paediatric assessment" opinion.
 */
export function modelWord(t: Token, vocabulary: { has(word: string): boolean }): string {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return "<num>";
  if (vocabulary.has(t.lower)) return t.lower;
  return t.cap ? "<cap>" : "<word>";
}

/** The sentence's start and end, as words. */
export const START = "^";
export const END = "$";

/** Every feature of one sentence, with the tokens each covers (for training, and to explain a decision). */
export function sentenceFeatures(tokens: readonly Token[], ruleKind: string, evidence: readonly string[], vocabulary: { has(word: string): boolean }): SentenceFeature[] {
  const out: SentenceFeature[] = [];
  const n = tokens.length;
  let prev = START;
  for (let i = 0; i <= n; i++) {
    const w = i < n ? modelWord(tokens[i]!, vocabulary) : END;
    // Punctuation only beside a word: a colon after a date ("19 March: …") heads a chronology entry, one
    // after a source ("Per the nursery manager: …") passes a report on; alone it says neither.
    if (i < n && tokens[i]!.type === "word") out.push({ name: `u:${w}`, from: i, to: i + 1 });
    out.push({ name: `b:${prev} ${w}`, from: Math.max(0, i - 1), to: Math.min(n, i + 1) });
    prev = w;
  }
  // The features of the sentence as a whole: the rules' label and what they found.
  out.push({ name: `rule:${ruleKind}`, from: -1, to: -1 });
  for (const e of evidence) out.push({ name: `cue:${e}`, from: -1, to: -1 });
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.name) && seen.add(f.name) !== undefined);
}
