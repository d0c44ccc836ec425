/**
 * Fact, opinion or reported: the kind of each sentence of an outgoing message, with the words that
 * decided it and the flags a practitioner should look at (shared/spec/recording-kinds.md).
 *
 * Two parts: the rules (classify.ts: cue words and the spec's precedence, each label explained by the
 * words that caused it) and a small learned model (model/: logistic regression over the sentence's words
 * and what the rules found, trained on our labelled sentences and shipped as data), which overrules the
 * rules only when it is sure of another kind — the advice, evaluations and passed-on accounts that have no
 * cue word ("worth a try", "per the nursery manager").
 */
import { analyseSentence, classifyText, type SentenceClassification } from "./classify";
import { combineKinds, shippedModel } from "./model/kind-model";

export type { SentenceClassification } from "./classify";

/** Classify one sentence. Cue offsets are relative to `text` (the caller shifts them). */
export function classifySentence(text: string): SentenceClassification {
  return combineKinds(shippedModel(), analyseSentence(text));
}

/** The rules' label alone, without the learned model: for measuring what each part adds. */
export function classifySentenceByRules(text: string): SentenceClassification {
  return classifyText(text);
}
