/**
 * Builds the one phrase trie the classifier walks, from the per-family lexicons. Families added
 * later win when the same phrase appears twice, so the order below is the order of precedence.
 */
import type { Entry, Tag } from "./lexicon/entry";
import { COGNITION_ADJECTIVES, COGNITION_VERBS, OPINION_MARKERS } from "./lexicon/cognition";
import { EVALUATIVES } from "./lexicon/evaluative";
import { HEDGES, HEDGE_LINKS, MODALS } from "./lexicon/hedges";
import { ATTRIBUTIONS, HEARSAY, HEARSAY_CLAUSE } from "./lexicon/hearsay";
import { NEUTRALS } from "./lexicon/neutral";
import { PREDICTIONS, RECOMMEND_VERBS, RECOMMENDATIONS } from "./lexicon/recommendations";
import {
  REPORT_HEAR,
  REPORT_INHERENT,
  REPORT_PERCEIVE,
  REPORT_SAY,
  REPORT_STRICT,
  REPORT_SUGGEST,
  REPORT_TELL,
  RECORD_SHOWS,
} from "./lexicon/reporting";
import { trieAdd, trieCreate, type PhraseTrie } from "./trie";

function addAll(trie: PhraseTrie<Entry>, phrases: readonly string[], tag: Tag): void {
  for (const p of phrases) trieAdd(trie, p, { tag });
}

function build(): PhraseTrie<Entry> {
  const trie = trieCreate<Entry>();
  addAll(trie, EVALUATIVES, "evaluative");
  addAll(trie, PREDICTIONS, "prediction");
  addAll(trie, RECOMMENDATIONS, "recommendation");
  addAll(trie, RECOMMEND_VERBS, "recommend-verb");
  addAll(trie, HEDGES, "hedge");
  addAll(trie, HEDGE_LINKS, "hedge-link");
  addAll(trie, MODALS, "modal");
  addAll(trie, COGNITION_VERBS, "cognition");
  addAll(trie, COGNITION_ADJECTIVES, "cognition-adj");
  addAll(trie, REPORT_SAY, "report-say");
  addAll(trie, REPORT_STRICT, "report-strict");
  addAll(trie, REPORT_TELL, "report-tell");
  addAll(trie, REPORT_INHERENT, "report-inherent");
  addAll(trie, REPORT_PERCEIVE, "report-perceive");
  addAll(trie, REPORT_HEAR, "report-hear");
  addAll(trie, REPORT_SUGGEST, "report-suggest");
  addAll(trie, HEARSAY, "hearsay");
  addAll(trie, HEARSAY_CLAUSE, "hearsay-clause");
  addAll(trie, RECORD_SHOWS, "record-shows");
  addAll(trie, ATTRIBUTIONS, "attribution");
  addAll(trie, OPINION_MARKERS, "marker");
  addAll(trie, NEUTRALS, "neutral");
  return trie;
}

/** The phrase trie over every cue family, built once at module load. */
export const CUE_TRIE: PhraseTrie<Entry> = build();
