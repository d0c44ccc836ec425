/**
 * Is a capitalised word a person's name? Mid-sentence capitals are names unless they are days,
 * months, places or known words; a sentence-initial capital is a name only when the word is not a
 * common English word the classifier knows ("Oscar is…" versus "The flat is…").
 */
import { forms } from "./lexicon/entry";
import { AGENCY_NOUNS, PERSON_NOUNS, PLACE_NOUNS, TITLES } from "./lexicon/people";
import { CLAUSE_OPENERS, DETERMINERS, SKIP_BEFORE_VERB } from "./lexicon/function-words";
import { CUE_TRIE } from "./cue-trie";
import { tokenAt, type Token } from "./tokens";

/** Capitalised words that are not people. */
const NOT_NAMES = new Set(
  forms(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|" +
      "september|october|november|december|christmas|easter|year|wales|england|scotland|leeds|london|team|" +
      "around|family|nurse|partnership|programme|plan|service|services|conference|court|council|unit|centre|" +
      "there|it|this|that|these|those|what|when|where|who|why|how|is|are|was|were|do|does|did|please|as|at|on|" +
      "in|after|before|during|following|since|if|although|however|yesterday|today|tomorrow|following|opinion|" +
      "dear|hi|hello|thanks|thank|regards|note|re|fw|fwd|subject|ps|and|but|or|so|because|while|whilst|then|" +
      "also|both|all|no|not|yes|one|two|three|four|five|six|seven|eight|nine|ten|our|my|your|his|her|their|its|" +
      "we|i|you|he|she|they|ok|okay|with|without|for|from|to|of|by|about|over|under|later|earlier|initially|" +
      "she|last|next|every|each|some|any|many|most|several|neither|either|nor|unfortunately|fortunately|overall|" +
      "summary|background|analysis|assessment|recommendation|recommendations|actions|action|outcome|update",
  ),
);

/** True when the word token at `i` reads as (part of) a person's name. */
export function isNameLike(tokens: readonly Token[], i: number): boolean {
  const t = tokenAt(tokens, i);
  if (t === undefined || t.type !== "word" || !t.cap) return false;
  const w = t.lower;
  if (NOT_NAMES.has(w) || PLACE_NOUNS.has(w)) return false;
  const prev = tokenAt(tokens, i - 1);
  if (prev !== undefined && prev.type === "word" && TITLES.has(prev.lower)) return true;
  if (i === 0 || (prev !== undefined && prev.type === "punct")) {
    // Sentence-initial: a known word is not a name.
    if (PERSON_NOUNS.has(w) || AGENCY_NOUNS.has(w) || DETERMINERS.has(w) || CLAUSE_OPENERS.has(w)) return false;
    if (SKIP_BEFORE_VERB.has(w) || CUE_TRIE.root.next.has(w)) return false;
  }
  return true;
}
