import type { Cue, SentenceFlag, SentenceKind } from "../../../check/result";
import type { SentenceAnalysis, SentenceClassification } from "../classify";
import type { Token } from "../tokens";
import { END, sentenceFeatures, START, type SentenceFeature } from "./features";
import { BIAS, SCALE, VOCABULARY, WEIGHTS } from "./weights";

/** The kinds in the order of the model's weights. */
export const MODEL_KINDS = ["fact", "opinion", "reported"] as const satisfies readonly SentenceKind[];

/** Three weights, in `scale`ths: fact, opinion, reported. */
export type KindWeights = readonly [number, number, number];

/**
 * A trained model: integer weights per feature and kind, and a bias per kind. Features are numbered:
 * their weights sit in one flat array (three per feature), word pairs are kept by their first word then
 * their second, so scoring a sentence looks its words up without building a string for each pair, and
 * "seen already" is a stamp per feature number, not a set (the check labels every sentence of a
 * message; see bench/check.bench.ts).
 */
export interface KindModel {
  bias: KindWeights;
  scale: number;
  /** Weights of feature n at 3n (fact), 3n + 1 (opinion), 3n + 2 (reported). */
  weights: Int32Array;
  /**
   * Every vocabulary word and shape: its number, and its own feature's (-1 when it has none alone). Also
   * the vocabulary itself for features.ts `modelWord` (no token is ever "^", "$" or "<num>").
   */
  words: ReadonlyMap<string, { readonly word: number; readonly unigram: number }>;
  /** Word pairs by their words' numbers (`first * words.size + second`): see `PairTable`. */
  bigrams: PairTable;
  /** Features of the sentence as a whole: "rule:fact", "cue:opinion:hedge", by the text after the colon. */
  rules: ReadonlyMap<string, number>;
  cues: ReadonlyMap<string, number>;
  /** For each feature, the sentence that last counted it (see `kindProbabilities`). */
  stamps: Int32Array;
  sentence: number;
}

/** A model from its features' names and weights (as scripts/train-kinds-model.ts names them). */
export function modelFrom(bias: KindWeights, scale: number, vocabulary: ReadonlySet<string>, entries: Iterable<readonly [string, KindWeights]>): KindModel {
  const list = [...entries];
  const weights = new Int32Array(list.length * 3);
  const words = new Map<string, { word: number; unigram: number }>();
  const wordOf = (w: string) => {
    let e = words.get(w);
    if (e === undefined) words.set(w, (e = { word: words.size, unigram: -1 }));
    return e;
  };
  // Number the words first: a pair's key needs the final count. Every vocabulary word has a number, so
  // scoring asks one map per token (a word the map lacks is seen by its shape).
  for (const w of [...vocabulary].sort()) wordOf(w);
  for (const shape of [START, END, "<num>", "<cap>", "<word>"]) wordOf(shape);
  for (const [name] of list) {
    if (name.startsWith("u:")) wordOf(name.slice(2));
    else if (name.startsWith("b:")) for (const w of pairOf(name)) wordOf(w);
  }
  // A pair's key must stay an int32 in the pair table.
  if (words.size * words.size >= 0x7fffffff) throw new Error(`kinds model: ${words.size} words is too many to key word pairs`);
  const pairs: [number, number][] = [];
  const rules = new Map<string, number>();
  const cues = new Map<string, number>();
  list.forEach(([name, w], n) => {
    weights[3 * n] = w[0];
    weights[3 * n + 1] = w[1];
    weights[3 * n + 2] = w[2];
    if (name.startsWith("u:")) wordOf(name.slice(2)).unigram = n;
    else if (name.startsWith("b:")) {
      const [first, second] = pairOf(name);
      pairs.push([wordOf(first).word * words.size + wordOf(second).word, n]);
    } else if (name.startsWith("rule:")) rules.set(name.slice(5), n);
    else if (name.startsWith("cue:")) cues.set(name.slice(4), n);
  });
  return { bias, scale, weights, words, bigrams: pairTable(pairs), rules, cues, stamps: new Int32Array(list.length), sentence: 0 };
}

/**
 * Word pairs' feature numbers by key, in open addressing over two typed arrays: every token of every
 * sentence asks for one, and a Map's look-up of a number cost as much as the rest of the scoring.
 */
interface PairTable {
  /** Key + 1 at each slot (0: empty). */
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly mask: number;
}

function pairTable(pairs: readonly (readonly [number, number])[]): PairTable {
  let capacity = 16;
  while (capacity < pairs.length * 2) capacity *= 2;
  const keys = new Int32Array(capacity);
  const values = new Int32Array(capacity);
  const mask = capacity - 1;
  for (const [key, value] of pairs) {
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (keys[slot] !== 0 && keys[slot] !== key + 1) slot = (slot + 1) & mask;
    keys[slot] = key + 1;
    values[slot] = value;
  }
  return { keys, values, mask };
}

/** The feature number of the pair `key`, or -1. */
function pairAt(table: PairTable, key: number): number {
  const { keys, mask } = table;
  for (let slot = Math.imul(key, 0x9e3779b1) & mask; ; slot = (slot + 1) & mask) {
    const k = keys[slot]!;
    if (k === 0) return -1;
    if (k === key + 1) return table.values[slot]!;
  }
}

function pairOf(name: string): [string, string] {
  const space = name.indexOf(" ");
  return [name.slice(2, space), name.slice(space + 1)];
}

/** A feature's number, by its name; undefined for one the model does not know. */
function featureNumber(model: KindModel, name: string): number | undefined {
  if (name.startsWith("u:")) {
    const n = model.words.get(name.slice(2))?.unigram;
    return n === undefined || n < 0 ? undefined : n;
  }
  if (name.startsWith("b:")) {
    const [first, second] = pairOf(name);
    const a = model.words.get(first);
    const b = model.words.get(second);
    const n = a === undefined || b === undefined ? -1 : pairAt(model.bigrams, a.word * model.words.size + b.word);
    return n < 0 ? undefined : n;
  }
  if (name.startsWith("rule:")) return model.rules.get(name.slice(5));
  if (name.startsWith("cue:")) return model.cues.get(name.slice(4));
  return undefined;
}

/** A feature's weights, by its name; undefined for one the model does not know. */
export function weightOf(model: KindModel, name: string): KindWeights | undefined {
  const n = featureNumber(model, name);
  return n === undefined ? undefined : [model.weights[3 * n]!, model.weights[3 * n + 1]!, model.weights[3 * n + 2]!];
}

/**
 * How sure the model must be before it overrules each of the rules' labels. Below this the rules' label
 * stands: their reasons are the words that caused it, which is what a practitioner is shown. An opinion
 * the rules found has a cue word the spec names (a hedge, a judgement word), so it takes most to overrule.
 * Chosen on the leave-one-writer-out runs of scripts/train-kinds-model.ts, not on the held-out sentences.
 */
export const OVERRULE_AT: Readonly<Record<"fact" | "opinion" | "reported", number>> = { fact: 0.7, opinion: 0.95, reported: 0.9 };

let shipped: KindModel | undefined;
const SUM = new Float64Array(3);

/** The model shipped in weights.ts, read on first use (about 10,000 lines of text). */
export function shippedModel(): KindModel {
  if (shipped !== undefined) return shipped;
  const entries: [string, KindWeights][] = [];
  for (const line of WEIGHTS.split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab < 0) continue;
    const [f, o, r] = line.slice(tab + 1).split(",").map(Number) as [number, number, number];
    entries.push([line.slice(0, tab), [f, o, r]]);
  }
  shipped = modelFrom(BIAS, SCALE, new Set(VOCABULARY.split(" ")), entries);
  return shipped;
}

/**
 * The model's probability of each kind (fact, opinion, reported) for one sentence: the same sum as over
 * `sentenceFeatures`, looked up word by word.
 */
export function kindProbabilities(model: KindModel, tokens: readonly Token[], ruleKind: string, evidence: readonly string[]): [number, number, number] {
  const w = model.weights;
  // The three sums in one small array: a closure that adds to three captured variables kept them on the heap.
  const sum = SUM;
  sum[0] = model.bias[0];
  sum[1] = model.bias[1];
  sum[2] = model.bias[2];
  // Each feature once (as in training): a feature counted in this sentence carries its number as a stamp.
  const stamps = model.stamps;
  if (model.sentence === 0x7fffffff) {
    stamps.fill(0);
    model.sentence = 0;
  }
  const stamp = ++model.sentence;
  const add = (n: number | undefined): void => {
    if (n === undefined || n < 0 || stamps[n] === stamp) return;
    stamps[n] = stamp;
    sum[0] = sum[0]! + w[3 * n]!;
    sum[1] = sum[1]! + w[3 * n + 1]!;
    sum[2] = sum[2]! + w[3 * n + 2]!;
  };
  const words = model.words;
  const pairs = model.bigrams;
  const size = words.size;
  // The same word as modelWord gives, with one look-up: every vocabulary word and shape is in `words`.
  const num = words.get("<num>")!;
  const cap = words.get("<cap>")!;
  const other = words.get("<word>")!;
  let prev = words.get(START)!.word;
  for (let i = 0; i <= tokens.length; i++) {
    let known: { readonly word: number; readonly unigram: number };
    if (i === tokens.length) known = words.get(END)!;
    else {
      const t = tokens[i]!;
      const c = t.lower.charCodeAt(0);
      known = c >= 48 && c <= 57 ? num : (words.get(t.lower) ?? (t.cap ? cap : other));
      if (t.type === "word") add(known.unigram);
    }
    add(pairAt(pairs, prev * size + known.word));
    prev = known.word;
  }
  add(model.rules.get(ruleKind));
  for (const e of evidence) add(model.cues.get(e));
  const f = sum[0]! / model.scale;
  const o = sum[1]! / model.scale;
  const r = sum[2]! / model.scale;
  const m = Math.max(f, o, r);
  const ef = Math.exp(f - m);
  const eo = Math.exp(o - m);
  const er = Math.exp(r - m);
  const z = ef + eo + er;
  return [ef / z, eo / z, er / z];
}

/**
 * The label of a sentence: the rules' unless the model is sure of another kind (`OVERRULE_AT`). When the
 * model decides, the reason shown is the words that weighed most for its kind against the rules' — the
 * phrasing that, across the labelled sentences it learned from, marks a writer's view or a passed-on
 * account — so the practitioner still sees which words to look at.
 */
export function combineKinds(model: KindModel, analysis: SentenceAnalysis): SentenceClassification {
  const { rules, tokens, evidence } = analysis;
  const p = kindProbabilities(model, tokens, rules.kind, evidence);
  const best = p[1] > p[0] && p[1] >= p[2] ? 1 : p[2] > p[0] && p[2] > p[1] ? 2 : 0;
  const kind = MODEL_KINDS[best];
  if (kind === rules.kind || p[best] < OVERRULE_AT[rules.kind as (typeof MODEL_KINDS)[number]]) return rules;
  // An opinion the rules found rests on a word the spec names as a signal (a hedge, a judgement word, a
  // recommendation): the model may say whose view it is (reported), never that it is no view at all.
  // Leave-one-writer-out, overruling those to fact was right 17 times and wrong 7: not worth "Mum
  // appeared drunk when I arrived" read as a fact because "appeared" so often means "arrived".
  if (kind === "fact" && rules.kind === "opinion") return rules;
  // The spec's own rule 3 ("she said nothing and left", the writer's own records): not a report.
  if (kind === "reported" && rules.kind === "fact" && evidence.some(isSpecDismissal)) return rules;
  if (kind === "fact") return { kind, cues: [], flags: [] };
  const against = MODEL_KINDS.indexOf(rules.kind as (typeof MODEL_KINDS)[number]);
  // Only now are the features named one by one: the words behind an overruling are shown.
  const cues = telling(model, sentenceFeatures(tokens, rules.kind, evidence, model.words), best, against)
    .map((x) => patternCue(analysis, x, kind))
    .filter((c): c is Cue => c !== undefined);
  const flags: SentenceFlag[] = [];
  if (kind === "opinion" && !evidence.some((e) => e.startsWith("marker:"))) flags.push("unmarked-opinion");
  // A report the rules saw, all of it without a source ("apparently", "it is said"), is still unattributed.
  const reports = evidence.filter((e) => e.startsWith("report:"));
  if (kind === "reported" && reports.length > 0 && reports.every((e) => e.includes(":unnamed"))) flags.push("unattributed-report");
  return { kind, cues, flags };
}

/**
 * A report cue the rules set aside for a reason the spec itself gives: a speech verb that says nothing
 * ("would not say where he had been", "refused to say", "told me to leave") or the writer's own record
 * ("according to our records"). Not
 * "to say" after a verb other than a contact verb: that one is a weak rule ("texted at 11pm to say…" is
 * a report it misses), so the model may overrule it.
 */
const SPEC_DISMISSALS = new Set(["dismissed:negated-speech", "dismissed:refusal", "dismissed:instruction", "dismissed:own-record"]);

export function isSpecDismissal(evidence: string): boolean {
  return SPEC_DISMISSALS.has(evidence);
}

/** Words that carry no meaning of their own: shown as a reason only when nothing else weighed. */
const PLAIN_WORDS = new Set(["the", "a", "an", "of", "to", "and", "in", "on", "at", "for", "is", "was", "it", "that", "this", "with", "as", "by", "be", "^", "$", "<num>", "<cap>", "<word>"]);

/**
 * The word features that weighed most for kind `best` over kind `against`: one, and a second that weighed
 * nearly as much (not overlapping), those with a meaningful word before those of only "the", "of",
 * punctuation and numbers.
 */
function telling(model: KindModel, features: readonly SentenceFeature[], best: number, against: number): SentenceFeature[] {
  const scored: { x: SentenceFeature; by: number; plain: boolean }[] = [];
  for (const x of features) {
    if (x.from < 0) continue;
    const w = weightOf(model, x.name);
    if (w === undefined) continue;
    const by = w[best]! - w[against]!;
    if (by <= 0) continue;
    const words = x.name.slice(2).split(" ");
    scored.push({ x, by, plain: words.every((word) => PLAIN_WORDS.has(word) || !/[a-z]/.test(word)) });
  }
  scored.sort((a, b) => Number(a.plain) - Number(b.plain) || b.by - a.by || a.x.from - b.x.from);
  const out: SentenceFeature[] = [];
  let first = 0;
  for (const { x, by, plain } of scored) {
    if (out.length === 2) break;
    if (out.some((y) => x.from < y.to && y.from < x.to)) continue;
    // A second phrase only when it weighed about as much as the first: "Per" alone, not "Per" and "nursery".
    if (out.length === 1 && (by < first * 0.6 || plain)) break;
    if (out.length === 0) first = by;
    out.push(x);
  }
  return out.sort((a, b) => a.from - b.from);
}

function patternCue(analysis: SentenceAnalysis, x: SentenceFeature, kind: "opinion" | "reported"): Cue | undefined {
  // A pair that ends on punctuation ("assessment ,") is shown as its word.
  let from = x.from;
  let to = x.to;
  while (from < to && analysis.tokens[from]?.type === "punct") from++;
  while (to > from && analysis.tokens[to - 1]?.type === "punct") to--;
  const first = analysis.tokens[from];
  const last = analysis.tokens[to - 1];
  if (first === undefined || last === undefined || from >= to) return undefined;
  const text = analysis.text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text,
    rule: "pattern",
    why:
      kind === "opinion"
        ? `'${text}' reads as your own judgement or advice rather than something you saw: mark it as your opinion, or say what you saw`
        : `'${text}' reads as passing on what someone else said or wrote: say who it came from and when`,
  };
}
