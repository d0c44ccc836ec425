/**
 * The sentence classifier: one tokenisation, one left-to-right walk over the phrase trie, a few
 * bounded looks around each cue, then the precedence rules of recording-kinds.md:
 *   1. someone else's statement or opinion → `reported`;
 *   2. the writer's judgement about anything (including about a report) → `opinion`;
 *   3. everything else → `fact`.
 * How 1 and 2 combine: an opinion cue counts unless it sits inside a report's content (after the
 * reporting verb, up to the next "but"/";"), or inside the writer's own speech or question ("I told
 * mum that…", "I asked whether…"). Any counted opinion cue makes the sentence an opinion; otherwise a
 * report makes it reported.
 */
import type { Cue, CueRule, SentenceFlag, SentenceKind } from "../../check/result";
import {
  agentAfter,
  findSubject,
  hasContent,
  isAdverb,
  isPerson,
  isPersonOrAgency,
  isUnidentified,
  sourceSpan,
  strongClauseEnds,
  trailingSource,
  weakClauseEnds,
  type ContentMode,
  type Subject,
} from "./context";
import { CUE_TRIE } from "./cue-trie";
import { OPINION_LABELS, VIEW_NOUNS } from "./lexicon/cognition";
import type { Tag } from "./lexicon/entry";
import { EVALUATIVES } from "./lexicon/evaluative";
import { BE_FORMS, CLAUSE_OPENERS, DATE_CONTEXT, DETERMINERS, QUESTION_VERBS } from "./lexicon/function-words";
import { LINK_NOT_IMPRESSION, SPECULATIVE_AFTER_MODAL } from "./lexicon/hedges";
import { AGENCY_NOUNS, PERSON_NOUNS } from "./lexicon/people";
import { ANONYMOUS_SOURCE } from "./lexicon/hearsay";
import { CONTACT_VERBS } from "./lexicon/reporting";
import { isNameLike } from "./names";
import { tokenAt, tokenize, type Token } from "./tokens";
import { trieMatch } from "./trie";
import { cueWhy, othersViewWhy } from "./why";

/** The label of one sentence. */
export interface SentenceClassification {
  kind: SentenceKind;
  cues: Cue[];
  flags: SentenceFlag[];
}

/** Which side of the decision a cue supports. */
type Side = "opinion" | "marker" | "report";

/** A cue found during the walk, in token indices. */
interface Found {
  side: Side;
  rule: CueRule;
  from: number;
  to: number;
  /** For reports: the source is identifiable. */
  attributed: boolean;
  /** For reports: the head of the source phrase, or -1. */
  source: number;
  /** For reports: the report's content comes before the verb ("…, mum said"). */
  trailing: boolean;
  /** For evaluative cues: the judgement is applied to a person. */
  label: boolean;
  /** Override for the plain-English reason. */
  why: string | undefined;
}

const EVALUATIVE_WORDS = new Set(EVALUATIVES.filter((e) => e.indexOf(" ") < 0));
const POSSESSIVE_PRONOUNS = new Set(["my", "our", "his", "her", "their", "your", "its"]);
const VIEW_MODIFIERS = new Set(["professional", "own", "clinical", "medical", "initial", "overall", "current", "clear"]);
/** View nouns that, after "my"/"our", mark the writer's opinion ("my concern is…", "our assessment"). */
const MARKING_VIEWS = new Set([
  "view", "views", "opinion", "assessment", "concern", "concerns", "impression", "sense", "feeling", "judgement",
  "judgment", "belief", "worry", "worries", "fear", "fears", "conclusion", "analysis", "hypothesis", "perception",
  "recommendation", "recommendations", "thinking", "thoughts", "formulation", "suspicion",
]);
const LINK_VERBS = new Set([
  ...BE_FORMS, "seems", "seemed", "seem", "appears", "appeared", "appear", "looked", "looks", "look", "presented",
  "presents", "became", "becomes", "remains", "remained", "felt", "feels", "sounded", "sounds",
]);
const LABEL_SKIP = new Set(["not", "very", "really", "quite", "so", "too", "a", "an", "and", "extremely", "being",
  "rather", "more", "most", "less", "as", "always", "often", "sometimes", "also", "both", "increasingly", "fairly",
  "generally", "quite", "highly", "deeply", "particularly", "at", "times", "can", "be", "been", "become", "have"]);
const SPEECH_OR_SIGHT = new Set(["spoke", "said", "stated", "explained", "heard", "saw", "seen", "visible", "marked",
  "labelled", "written", "told", "speak", "speaks", "see", "hear", "audible", "wrote"]);
const FEEL_FORMS = new Set(["feel", "feels", "felt", "feeling"]);
const LYING_NOT = new Set(["on", "in", "under", "next", "face", "down", "across", "beside", "there", "asleep",
  "awake", "flat", "still", "at", "by", "around", "with", "against", "near", "beneath", "underneath", "inside", "outside"]);

function isWord(t: Token | undefined): t is Token & { type: "word" } {
  return t !== undefined && t.type === "word";
}

function lowerAt(tokens: readonly Token[], k: number): string {
  return tokenAt(tokens, k)?.lower ?? "";
}

/** Mutable state for one walk. */
interface Walk {
  tokens: Token[];
  found: Found[];
  /** Clause ends, computed on first use: most sentences have no cue that needs them. */
  strongEnd: Int32Array | undefined;
  weakEnd: Int32Array | undefined;
  /** Cues up to this token index are inside the writer's own speech or question: ignored. */
  suppressUntil: number;
  /**
   * Report cues the rules set aside, and why: "negated-speech", "instruction", "refusal", "own-record" (the
   * spec's rule 3 and the writer's own record: the learned component may not turn such a sentence into a
   * report, kind-model.ts) and "infinitive-behaviour" (this rule's own guess, which it may).
   */
  dismissed: string[];
}

function add(walk: Walk, side: Side, rule: CueRule, from: number, to: number, extra?: Partial<Found>): void {
  if (from <= walk.suppressUntil) return;
  // Written out rather than `{ …defaults, ...extra }`: the ES2016 bundles lower object spread to helper
  // calls, one per cue, and this runs for every cue of every sentence.
  walk.found.push({
    side,
    rule,
    from,
    to,
    attributed: extra?.attributed ?? false,
    source: extra?.source ?? -1,
    trailing: extra?.trailing ?? false,
    label: extra?.label ?? false,
    why: extra?.why,
  });
}

function addReport(walk: Walk, rule: CueRule, from: number, to: number, source: number, unidentified: boolean,
  why?: string, trailing = false): void {
  add(walk, "report", rule, from, to, {
    attributed: source >= 0 && !unidentified,
    source: unidentified ? -1 : source,
    trailing,
    why,
  });
}

function strongEnds(walk: Walk): Int32Array {
  walk.strongEnd ??= strongClauseEnds(walk.tokens);
  return walk.strongEnd;
}

function weakEnds(walk: Walk): Int32Array {
  walk.weakEnd ??= weakClauseEnds(walk.tokens, strongEnds(walk));
  return walk.weakEnd;
}

/** Suppress cues from `i` to the end of its weak clause: the writer's own words or question. */
function suppressClause(walk: Walk, i: number): void {
  const end = weakEnds(walk)[i] ?? i;
  if (end > walk.suppressUntil) walk.suppressUntil = end;
}

/** Is the evaluative word at `from..to` applied to a person? */
function appliedToPerson(tokens: readonly Token[], from: number, to: number): boolean {
  // "a controlling partner", "a polite and well-mannered boy"
  for (let k = to; k < tokens.length && k < to + 4; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (t.type === "punct") {
      if (t.lower === ",") continue;
      break;
    }
    if (t.lower === "and" || EVALUATIVE_WORDS.has(t.lower) || isAdverb(t) || t.lower === "very") continue;
    if (t.lower === "young" && isWord(tokens[k + 1])) continue;
    if (PERSON_NOUNS.has(t.lower) && !/^(he|she|they|him|her|them|himself|herself|themselves)$/.test(t.lower)) {
      return !t.poss;
    }
    break;
  }
  // "Dad is aggressive", "Mr Osei presented as evasive", "the parents are not working openly"
  let k = from - 1;
  for (let steps = 0; k >= 0 && steps < 6; steps++, k--) {
    const t = tokens[k];
    if (!isWord(t)) {
      if (t !== undefined && t.lower === ",") continue;
      return false;
    }
    if (LINK_VERBS.has(t.lower)) break;
    if (!LABEL_SKIP.has(t.lower) && !EVALUATIVE_WORDS.has(t.lower) && !isAdverb(t)) return false;
  }
  if (k < 0) return false;
  // Step back over auxiliaries from the link verb to the subject head.
  let h = k - 1;
  for (let steps = 0; h >= 0 && steps < 4; steps++) {
    const t = tokens[h];
    if (!isWord(t)) return false;
    if (/^(has|have|had|not|also|always|often|can|could|may|might|will|would|is|was|be|been|still|now|never)$/.test(t.lower)) {
      h--;
      continue;
    }
    break;
  }
  return h >= 0 && isPerson(tokens, h);
}

/** A cognition or speech verb with someone else as subject: a report when it carries content. */
function thirdPartyReport(walk: Walk, subj: Subject, i: number, end: number, mode: ContentMode | "inherent" | "perceive",
  why?: string): void {
  const tokens = walk.tokens;
  const content = mode === "inherent" || mode === "perceive" ? true : hasContent(tokens, end, mode);
  const unidentified = isUnidentified(tokens, subj.idx);
  if (content) {
    addReport(walk, "reporting-verb", i, end, subj.idx, unidentified, why);
    return;
  }
  if (mode === "say" || mode === "strict" || mode === "tell") {
    const src = trailingSource(tokens, i, end, subj);
    if (src >= 0) addReport(walk, "reporting-verb", i, end, src, isUnidentified(tokens, src), why, true);
    // "told me to leave": an instruction, not an account of anything — behaviour (rule 3).
    else if (mode === "tell" && isInstruction(tokens, end)) walk.dismissed.push("instruction");
  }
}

/** Verbs of not saying, before "to say" / "to tell": "refused to say where he had been". */
const REFUSALS = new Set(["refused", "refuses", "refuse", "declined", "declines", "decline", "failed", "fails", "unwilling", "reluctant"]);

/** After a telling verb: a listener then "to" ("told me to leave", "told the boys to go upstairs"). */
function isInstruction(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + 4; k++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (t.lower === "to") return k > end;
    if (t.lower === "that") return false;
  }
  return false;
}

/** Is the verb at `i` negated ("did not", "never", "has not") within the words just before it? */
function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = lowerAt(tokens, k);
    if (w === "not" || w === "never") return true;
    if (!/^(did|does|do|has|have|had|would|will|could|can|was|were|is|are|also|still|even|ever)$/.test(w)) return false;
  }
  return false;
}

/** Does a content clause or quotation start at `k` ("that…", a quote mark, a colon)? */
function contentClauseAt(tokens: readonly Token[], k: number): boolean {
  const t = tokenAt(tokens, k);
  if (t === undefined) return false;
  if (t.type !== "word") return /^["'“‘:]/.test(t.lower);
  if (t.lower === "that") return true;
  // "did not tell me that…": a listener first.
  const next = tokenAt(tokens, k + 1);
  return /^(me|us|him|her|them|anyone|anybody)$/.test(t.lower) && next !== undefined && next.lower === "that";
}

/** Handle a speech verb (say/tell/strict/inherent/perceive/hear). */
function onSpeech(walk: Walk, tag: Tag, i: number, end: number): void {
  const tokens = walk.tokens;
  const verb = lowerAt(tokens, end - 1);
  const prev = tokenAt(tokens, i - 1);
  // "the alleged assault": an allegation with no source.
  if (verb === "alleged" && isWord(prev) && DETERMINERS.has(prev.lower)) {
    add(walk, "report", "hearsay", i, end);
    return;
  }
  const mode: ContentMode | "inherent" | "perceive" =
    tag === "report-tell" ? "tell" : tag === "report-strict" ? "strict" : tag === "report-inherent" ? "inherent"
      : tag === "report-perceive" ? "perceive" : "say";
  // "did not explain the delay", "never said where she was going": behaviour, not a report, unless a
  // content clause or quotation follows ("did not say that he hit her" still passes on what was said).
  if ((mode === "say" || mode === "tell" || mode === "strict") && negatedBefore(tokens, i) && !contentClauseAt(tokens, end)) {
    walk.dismissed.push("negated-speech");
    return;
  }
  let subj = findSubject(tokens, i, verb);
  if (subj.kind === "infinitive") {
    // "rang to say that…": the caller is the source; "refused to say" is behaviour.
    const contact = tokenAt(tokens, subj.idx - 1);
    if (!isWord(contact) || !CONTACT_VERBS.has(contact.lower)) {
      // "refused to say", "declined to tell us": saying nothing (rule 3). Any other verb before "to say" is
      // only this rule's guess ("texted at 11pm to say…" is a report it misses).
      walk.dismissed.push(isWord(contact) && REFUSALS.has(contact.lower) ? "refusal" : "infinitive-behaviour");
      return;
    }
    subj = findSubject(tokens, subj.idx - 1, contact.lower);
    if (subj.kind !== "third" && subj.kind !== "you") return;
    thirdPartyReport(walk, subj, i, end, mode === "perceive" ? "say" : mode === "inherent" ? "say" : mode);
    return;
  }
  if (tag === "report-hear") {
    const next = lowerAt(tokens, end);
    if (next !== "that" && next !== "from" && next !== "about" && next !== "rumours" && next !== "reports") return;
    const agent = next === "from" ? agentAfter(tokens, end) : -1;
    if (subj.kind === "writer") {
      if (agent >= 0) addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
      else add(walk, "report", "hearsay", i, end);
    } else if (subj.kind === "third") {
      addReport(walk, "reporting-verb", i, end, subj.idx, isUnidentified(tokens, subj.idx));
    }
    return;
  }
  switch (subj.kind) {
    case "writer": {
      if (subj.passive) {
        // "I was told that…", "I have been informed that…"; "I was told to leave" is an instruction.
        if (mode !== "inherent" && mode !== "perceive" && !hasContent(tokens, end, mode === "tell" ? "say" : mode)) return;
        const agent = agentAfter(tokens, end);
        addReport(walk, "reporting-verb", i, end, agent, agent >= 0 && isUnidentified(tokens, agent));
        return;
      }
      // The writer's own words: a record of what the writer said, not a claim made now.
      if (mode !== "perceive") suppressClause(walk, i);
      return;
    }
    case "it": {
      if (!subj.passive) return;
      const agent = agentAfter(tokens, end);
      if (agent >= 0) addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
      else add(walk, "report", "hearsay", subj.idx, end);
      return;
    }
    case "you":
    case "third": {
      if (subj.passive) {
        const agent = agentAfter(tokens, end);
        // "was seen by the school nurse" is an appointment, not an observation passed on.
        if (agent >= 0 && verb !== "seen") {
          addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
          return;
        }
        const next = lowerAt(tokens, end);
        // "he is said to be…", "mum is alleged to have…", "was accused of…": no source given.
        if ((next === "to" && mode !== "tell") || mode === "inherent") add(walk, "report", "hearsay", i, end);
        return;
      }
      thirdPartyReport(walk, subj, i, end, mode);
      return;
    }
    case "none": {
      const src = mode === "perceive" ? -1 : trailingSource(tokens, i, end, subj);
      if (src >= 0) addReport(walk, "reporting-verb", i, end, src, isUnidentified(tokens, src), undefined, true);
      return;
    }
    default:
      return;
  }
}

/** "suggests"/"indicates": a report from a person, an inference from a thing, a recommendation from the writer. */
function onSuggest(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  const verb = lowerAt(tokens, end - 1);
  const subj = findSubject(tokens, i, verb);
  if (subj.kind === "writer") {
    if (subj.passive) return;
    add(walk, "marker", "recommendation", i, end);
    return;
  }
  if (subj.kind === "it" && subj.passive) {
    const agent = agentAfter(tokens, end);
    if (agent >= 0) addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
    else add(walk, "report", "hearsay", subj.idx, end);
    return;
  }
  if ((subj.kind === "third" || subj.kind === "you") && isPersonOrAgency(tokens, subj.idx) && !subj.passive) {
    thirdPartyReport(walk, subj, i, end, "say");
    return;
  }
  if (subj.kind === "third" || subj.kind === "it" || subj.kind === "noun") add(walk, "opinion", "hedge", i, end);
}

/**
 * "<keeper> records show …": the keeper (an agency, a person, a name or a possessive before the record
 * noun) is the source of a report. With no keeper ("the records show") or the writer's own ("our records",
 * "my notes"), nothing: the writer's own record is fact.
 */
function onRecordShows(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  let keeper = -1;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k];
    if (!isWord(t) || DETERMINERS.has(t.lower)) break;
    if (t.lower === "my" || t.lower === "our") {
      walk.dismissed.push("own-record");
      return;
    }
    // A capital at the start of the sentence is not a name ("Attendance records show").
    const named = k > 0 || PERSON_NOUNS.has(t.lower) || AGENCY_NOUNS.has(t.lower);
    if (t.poss || (named && isPersonOrAgency(tokens, k))) keeper = k;
  }
  if (keeper >= 0) addReport(walk, "reporting-verb", i, end, keeper, isUnidentified(tokens, keeper));
}

/** Cognition verbs: the writer's marked opinion, someone else's reported view, or "it is believed". */
function onCognition(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  const verb = lowerAt(tokens, i);
  const subj = findSubject(tokens, i, lowerAt(tokens, end - 1));
  const feel = FEEL_FORMS.has(verb);
  switch (subj.kind) {
    case "writer":
      if (!subj.passive) add(walk, "marker", "cognition", i, end);
      return;
    case "it":
      if (subj.passive) {
        const agent = agentAfter(tokens, end);
        if (agent >= 0) addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
        else add(walk, "report", "hearsay", subj.idx, end);
      } else if (feel) add(walk, "opinion", "hedge", i, end);
      return;
    case "you":
    case "third": {
      if (subj.passive) {
        const agent = agentAfter(tokens, end);
        if (agent >= 0) addReport(walk, "reporting-verb", i, end, agent, isUnidentified(tokens, agent));
        else if (lowerAt(tokens, end) === "to") add(walk, "report", "hearsay", i, end);
        return;
      }
      if (feel && !isPersonOrAgency(tokens, subj.idx)) {
        add(walk, "opinion", "hedge", i, end); // "the flat felt cold"
        return;
      }
      const verbText = tokens.slice(i, end).map((t) => t.lower).join(" ");
      thirdPartyReport(walk, subj, i, end, feel ? "feel" : "cog", othersViewWhy(verbText));
      return;
    }
    default:
      return;
  }
}

/** Cognition adjectives after "be": "I am concerned" (marked opinion), "the school is worried" (report). */
function onCognitionAdjective(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  let k = i - 1;
  while (k >= 0 && isWord(tokens[k]) && /^(not|very|really|still|also|increasingly|extremely|deeply|particularly|so|more|less|now|quite|too|genuinely|always)$/.test(lowerAt(tokens, k))) k--;
  const be = lowerAt(tokens, k);
  if (!BE_FORMS.has(be) && !/^(remain|remains|remained|feel|feels|felt|became|become|becomes)$/.test(be)) return;
  const subj = findSubject(tokens, k + 1, "x");
  if (subj.kind === "writer") {
    add(walk, "marker", "cognition", i, end);
    return;
  }
  if (subj.kind === "third" || subj.kind === "you") {
    const what = tokens.slice(i, end).map((t) => t.lower).join(" ");
    addReport(walk, "reporting-verb", i, end, subj.idx, isUnidentified(tokens, subj.idx), othersViewWhy(what));
  }
}

/** "appeared tired" versus "appeared at the door"; "looked like" versus "looked at". */
function onHedgeLink(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  const verb = lowerAt(tokens, i);
  let n = end;
  while (isWord(tokens[n]) && isAdverb(tokens[n] as Token)) n++;
  const next = tokens[n];
  if (!isWord(next)) return;
  const w = next.lower;
  const family = verb.charAt(0);
  if (family === "p") {
    if (w === "as") add(walk, "opinion", "hedge", i, end);
    return;
  }
  if (w === "to") {
    if (family === "a" || lowerAt(tokens, n + 1) === "be") add(walk, "opinion", "hedge", i, end);
    return;
  }
  if (w === "like" || w === "as" || w === "that" || w === "if") {
    add(walk, "opinion", "hedge", i, end);
    return;
  }
  if (LINK_NOT_IMPRESSION.has(w)) return;
  if (family === "s" && !isPersonOrAgency(tokens, findSubject(tokens, i, verb).idx)) {
    // "the alarm sounded loudly" is a sound; "mum sounded drunk" is an impression.
    const s = findSubject(tokens, i, verb);
    if (s.kind !== "it") return;
  }
  add(walk, "opinion", "hedge", i, end);
}

/** Modals: "may have", "could be", "must have" speculate; "must attend" obliges; "May" can be a month. */
function onModal(walk: Walk, i: number, end: number): void {
  const tokens = walk.tokens;
  const t = tokens[i] as Token;
  const w = t.lower;
  const next = lowerAt(tokens, end);
  const after = lowerAt(tokens, end + 1);
  switch (w) {
    case "may": {
      const prev = tokenAt(tokens, i - 1);
      const c = next.charCodeAt(0);
      if (t.cap && (i > 0 || (c >= 0x30 && c <= 0x39))) return; // "on 3 May", "May 2023"
      if (isWord(prev) && DATE_CONTEXT.has(prev.lower) && t.cap) return;
      add(walk, "opinion", "hedge", i, end);
      return;
    }
    case "might":
      add(walk, "opinion", "hedge", i, end);
      return;
    case "could": {
      let k = end;
      if (next === "not" || next === "never") return;
      while (/^(also|well|possibly|potentially|easily|even)$/.test(lowerAt(tokens, k))) k++;
      const v = lowerAt(tokens, k);
      if (!SPECULATIVE_AFTER_MODAL.has(v) && k === end) return;
      if (v === "be" && /^(heard|seen|smelt|smelled|contacted|reached|found|located|traced)$/.test(lowerAt(tokens, k + 1))) return;
      add(walk, "opinion", "hedge", i, end);
      return;
    }
    case "would":
      if (next === "have") add(walk, "opinion", "hedge", i, end);
      return;
    case "can":
    case "cannot":
      if (next === "have" || (next === "not" && after === "have")) add(walk, "opinion", "hedge", i, end);
      return;
    case "must":
      if (next === "have" || next === "be") add(walk, "opinion", "hedge", i, end);
      else add(walk, "opinion", "recommendation", i, end);
      return;
    default:
      return;
  }
}

/**
 * "X's view is that…" / "in X's view" (someone else's, reported) and "my view is…" / "my concern"
 * (the writer's, marked). Returns the token index to resume from, or -1 when this is not one.
 */
function onViewNoun(walk: Walk, i: number): number {
  const tokens = walk.tokens;
  let p = i - 1;
  if (VIEW_MODIFIERS.has(lowerAt(tokens, p))) p--;
  const owner = tokenAt(tokens, p);
  if (!isWord(owner) || !(owner.poss || POSSESSIVE_PRONOUNS.has(owner.lower))) return -1;
  const noun = lowerAt(tokens, i);
  let inForm = false;
  let inIdx = i;
  for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (t.lower === "in") {
      inForm = true;
      inIdx = k;
      break;
    }
  }
  const be = lowerAt(tokens, i + 1);
  const thatForm =
    /^(is|was|are|were|remains|remained)$/.test(be) &&
    (lowerAt(tokens, i + 2) === "that" || CLAUSE_OPENERS.has(lowerAt(tokens, i + 2)) || isNameLike(tokens, i + 2));
  const writer = owner.lower === "my" || owner.lower === "our";
  if (writer) {
    if (noun === "understanding" && (thatForm || inForm)) {
      add(walk, "report", "hearsay", p, i + 1);
      return i + 1;
    }
    if (MARKING_VIEWS.has(noun)) {
      add(walk, "marker", "opinion-marker", inForm ? p - 1 : p, i + 1);
      return i + 1;
    }
    return -1;
  }
  if (!inForm && !thatForm) return -1;
  if (inForm && !/^(view|views|opinion|assessment|words|judgement|judgment|experience|understanding|belief|eyes|mind)$/.test(noun)) return -1;
  // The owner: "the school's" → school; "his" → an identifiable person already named.
  // Cue the frame ("In the school's view" / "view is that"); the owner is the source.
  if (inForm) addReport(walk, "attribution", inIdx, i + 1, p, isUnidentified(tokens, p));
  else addReport(walk, "attribution", i, lowerAt(tokens, i + 2) === "that" ? i + 3 : i + 2, p, isUnidentified(tokens, p));
  return i + 1;
}

/** "asked (her) whether/why/about…": what follows is a question, not a claim. "asked me to…" is a request. */
function asksQuestion(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const w = lowerAt(tokens, k);
    if (/^(whether|if|why|what|how|when|where|who|which|about)$/.test(w)) return true;
    if (w === "to" || w === "that" || !isWord(tokens[k])) return false;
  }
  return false;
}

/** "doing well", "managing her depression well": an assessment. "as well", "Mum is well": not. */
function wellIsJudgement(tokens: readonly Token[], i: number): boolean {
  const prev = lowerAt(tokens, i - 1);
  const next = tokens[i + 1];
  if (prev === "as" || (isWord(next) && /^(as|being|known|over|before|after)$/.test(next.lower))) return false;
  if (/^(really|very|quite|so|extremely|particularly|fairly|reasonably|not|remarkably|exceptionally|incredibly)$/.test(prev)) return true;
  if (isWord(next) && !/^(and|with|at|in|since|to|for|now|so|overall|considering|despite)$/.test(next.lower)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const u = tokens[k];
    if (!isWord(u)) return false;
    if (u.lower.length > 4 && (u.lower.endsWith("ing") || u.lower.endsWith("ed"))) return true;
  }
  return false;
}

/** Walk the sentence once, collecting cues. */
function walkSentence(tokens: Token[]): Walk {
  const walk: Walk = { tokens, found: [], strongEnd: undefined, weakEnd: undefined, suppressUntil: -1, dismissed: [] };
  // "Opinion: …", "Professional opinion: …"
  for (let k = 0; k < tokens.length && k < 5; k++) {
    const t = tokens[k] as Token;
    if (t.type === "punct") {
      if (t.lower === ":" && k > 0 && OPINION_LABELS.has(lowerAt(tokens, k - 1))) add(walk, "marker", "opinion-marker", k - 1, k + 1);
      break;
    }
  }
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.type !== "word") {
      i++;
      continue;
    }
    if (QUESTION_VERBS.has(t.lower) && asksQuestion(tokens, i)) {
      suppressClause(walk, i); // "I asked whether she felt safe": a question, not a claim
      i++;
      continue;
    }
    if (VIEW_NOUNS.has(t.lower)) {
      const resume = onViewNoun(walk, i);
      if (resume >= 0) {
        i = resume;
        continue;
      }
    }
    const m = trieMatch(CUE_TRIE, tokens, i);
    if (m === undefined) {
      i++;
      continue;
    }
    const end = m.end;
    handle(walk, m.entry.tag, i, end);
    i = end;
  }
  return walk;
}

function handle(walk: Walk, tag: Tag, i: number, end: number): void {
  const tokens = walk.tokens;
  switch (tag) {
    case "neutral":
      return;
    case "marker":
      add(walk, "marker", "opinion-marker", i, end);
      return;
    case "hedge": {
      const first = lowerAt(tokens, i);
      const prev = lowerAt(tokens, i - 1);
      if ((first === "evidence" || first === "signs" || first === "sign") && /^(no|any|not|without)$/.test(prev)) return;
      if (first === "clearly" && SPEECH_OR_SIGHT.has(prev)) return;
      add(walk, "opinion", "hedge", i, end);
      return;
    }
    case "hedge-link":
      onHedgeLink(walk, i, end);
      return;
    case "modal":
      onModal(walk, i, end);
      return;
    case "evaluative": {
      if (lowerAt(tokens, i) === "lying" && end === i + 1 && LYING_NOT.has(lowerAt(tokens, end))) return;
      if (lowerAt(tokens, i) === "well" && end === i + 1 && !wellIsJudgement(tokens, i)) return;
      add(walk, "opinion", "evaluative", i, end, { label: appliedToPerson(tokens, i, end) });
      return;
    }
    case "recommendation": {
      const first = lowerAt(tokens, i);
      const next = lowerAt(tokens, end);
      if (first === "should" && (next === "you" || next === "i" || next === "we")) return;
      const subj = findSubject(tokens, i, first);
      add(walk, subj.kind === "writer" ? "marker" : "opinion", "recommendation", i, end);
      return;
    }
    case "prediction":
      add(walk, "opinion", "prediction", i, end);
      return;
    case "recommend-verb": {
      const verb = lowerAt(tokens, end - 1);
      const subj = findSubject(tokens, i, verb);
      if (subj.kind === "writer" && !subj.passive) add(walk, "marker", "recommendation", i, end);
      else if ((subj.kind === "third" || subj.kind === "you") && !subj.passive) {
        addReport(walk, "reporting-verb", i, end, subj.idx, isUnidentified(tokens, subj.idx));
      } else add(walk, "opinion", "recommendation", i, end);
      return;
    }
    case "cognition":
      onCognition(walk, i, end);
      return;
    case "cognition-adj":
      onCognitionAdjective(walk, i, end);
      return;
    case "report-say":
    case "report-strict":
    case "report-tell":
    case "report-inherent":
    case "report-perceive":
    case "report-hear":
      if (lowerAt(tokens, i) === "in") {
        addReport(walk, "attribution", i, end, i + 1, false); // "in her words"
        return;
      }
      onSpeech(walk, tag, i, end);
      return;
    case "report-suggest":
      onSuggest(walk, i, end);
      return;
    case "record-shows":
      onRecordShows(walk, i, end);
      return;
    case "attribution": {
      const next = lowerAt(tokens, end);
      // "according to our records": the writer's own record.
      if (next === "my" || next === "our") {
        walk.dismissed.push("own-record");
        return;
      }
      let head = -1;
      for (let k = end; k < tokens.length && k < end + 5; k++) {
        const u = tokens[k];
        if (!isWord(u)) break;
        head = k;
        if (!DETERMINERS.has(u.lower) && !u.poss && isWord(tokens[k + 1]) && !/^(and|of)$/.test(lowerAt(tokens, k + 1))) {
          const n = tokens[k + 1] as Token;
          if (!(n.cap || PERSON_NOUNS.has(n.lower) || /^(nurse|teacher|visitor|officer|worker|manager|staff)$/.test(n.lower))) break;
        }
      }
      addReport(walk, "attribution", i, end, head, head < 0 || isUnidentified(tokens, head));
      return;
    }
    case "hearsay":
      add(walk, "report", "hearsay", i, end);
      return;
    case "hearsay-clause": {
      const last = lowerAt(tokens, end - 1);
      const next = tokens[end];
      const clause =
        last === "is" || last === "was" || last === "understanding" ||
        (isWord(next) && next.lower !== "your" && next.lower !== "why" && next.lower !== "how" && next.lower !== "what" &&
          next.lower !== "this" && (next.lower === "that" || CLAUSE_OPENERS.has(next.lower) || isNameLike(tokens, end) ||
            PERSON_NOUNS.has(next.lower)));
      if (clause) add(walk, "report", "hearsay", i, end);
      return;
    }
    default:
      return;
  }
}

function toCue(text: string, tokens: readonly Token[], f: Found): Cue {
  const start = tokens[f.from]?.start ?? 0;
  const end = tokens[f.to - 1]?.end ?? start;
  const t = text.slice(start, end);
  return { start, end, text: t, rule: f.rule, why: f.why ?? cueWhy(f.rule, t) };
}

function sourceCue(text: string, tokens: readonly Token[], head: number): Cue | undefined {
  const [s, e] = sourceSpan(tokens, head);
  const a = tokens[s];
  const b = tokens[e - 1];
  if (a === undefined || b === undefined) return undefined;
  const t = text.slice(a.start, b.end);
  return { start: a.start, end: b.end, text: t, rule: "source", why: cueWhy("source", t) };
}

/** Classify one sentence by the rules alone. Cue offsets are relative to `text`. */
export function classifyText(text: string): SentenceClassification {
  return analyseSentence(text).rules;
}

/**
 * What the rules made of one sentence: their label, the tokens, and every cue the walk found before
 * precedence chose among them, as short tags ("opinion:hedge", "report:reporting-verb:named",
 * "dismissed:refusal"; "overruled" when cues were found and the label is still fact) — what the learned
 * component weighs beside the words (model/kind-model.ts).
 */
export interface SentenceAnalysis {
  text: string;
  rules: SentenceClassification;
  tokens: Token[];
  evidence: string[];
}

/** The rules' label of one sentence with the evidence behind it (see {@link SentenceAnalysis}). */
export function analyseSentence(text: string): SentenceAnalysis {
  const tokens = tokenize(text);
  const walk = walkSentence(tokens);
  const evidence = walk.dismissed.map((d) => `dismissed:${d}`);
  for (const f of walk.found) {
    evidence.push(f.side === "report" ? `report:${f.rule}:${f.attributed ? "named" : "unnamed"}${f.trailing ? ":trailing" : ""}` : `${f.side}:${f.rule}${f.label ? ":label" : ""}`);
  }
  const rules = decide(text, tokens, walk);
  if (rules.kind === "fact" && walk.found.length > 0) evidence.push("overruled");
  return { text, rules, tokens, evidence };
}

/** The precedence rules of recording-kinds.md over the cues one walk found. */
function decide(text: string, tokens: Token[], walk: Walk): SentenceClassification {
  const found = walk.found;
  const isQuestion = tokens.length > 0 && tokens.some((t, k) => t.type === "punct" && t.lower === "?" && k >= tokens.length - 3);

  // Which opinion-side cues sit inside a report's content?
  let scopeUntil = -1;
  let trailingAt = -1;
  const counted: Found[] = [];
  const reports: Found[] = [];
  for (const f of found) {
    if (f.side === "report") {
      reports.push(f);
      if (f.trailing) trailingAt = Math.max(trailingAt, f.from);
      else scopeUntil = Math.max(scopeUntil, strongEnds(walk)[f.from] ?? f.from);
      continue;
    }
    if (f.from <= scopeUntil) continue;
    counted.push(f);
  }
  const opinion = trailingAt < 0 ? counted : counted.filter((f) => f.from > trailingAt);
  const marked = opinion.some((f) => f.side === "marker");

  if (isQuestion && !marked) return { kind: "fact", cues: [], flags: [] };
  if (opinion.length > 0) {
    const flags: SentenceFlag[] = [];
    if (!marked) flags.push("unmarked-opinion");
    if (opinion.some((f) => f.rule === "evaluative" && f.label)) flags.push("evaluative-label");
    return { kind: "opinion", cues: opinion.map((f) => toCue(text, tokens, f)), flags };
  }
  if (reports.length > 0) {
    const cues: Cue[] = [];
    for (const f of reports) {
      cues.push(toCue(text, tokens, f));
      if (f.source >= 0 && f.attributed) {
        const s = sourceCue(text, tokens, f.source);
        if (s !== undefined && !cues.some((c) => c.start === s.start && c.end === s.end)) cues.push(s);
      }
    }
    cues.sort((a, b) => a.start - b.start);
    const attributed = reports.some((f) => f.attributed) && !ANONYMOUS_SOURCE.test(text);
    const flags: SentenceFlag[] = attributed ? [] : ["unattributed-report"];
    return { kind: "reported", cues, flags };
  }
  return { kind: "fact", cues: [], flags: [] };
}
