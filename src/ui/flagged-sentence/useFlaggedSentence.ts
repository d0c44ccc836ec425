import { useId, useMemo } from "react";
import type { SentenceFlag } from "../../core/check/result";
import type { FlaggedSentenceProps, FlaggedSentenceState } from "./FlaggedSentence.types";
import { acronymExpansionEdit, opinionPrefixEdit, sentenceMarks, sentenceSegments, type TextEdit } from "./segments";

/** Each sentence flag in plain English. */
export const SENTENCE_FLAG_TEXTS: Readonly<Record<SentenceFlag, string>> = {
  "unmarked-opinion": "An opinion that is not marked as opinion: mark it, or say what was seen.",
  "unattributed-report": "A report that does not say who said it: attribute it.",
  "evaluative-label": "A judgement word about a person: describe the behaviour seen instead.",
  acronym: "An acronym that is not spelled out: readers in other agencies may not know it.",
};

/** The fixes that are safe to apply with one click for this sentence. */
export function sentenceFixes(props: Pick<FlaggedSentenceProps, "sentence" | "acronyms">): TextEdit[] {
  const fixes: TextEdit[] = [];
  if (props.sentence.flags.includes("unmarked-opinion")) fixes.push(opinionPrefixEdit(props.sentence));
  const seen = new Set<string>();
  for (const a of props.acronyms ?? []) {
    if (a.start < props.sentence.start || a.end > props.sentence.end || seen.has(a.text)) continue;
    const edit = acronymExpansionEdit(a);
    if (edit) {
      seen.add(a.text);
      fixes.push(edit);
    }
  }
  return fixes;
}

/** Props to state: segments, explanations and fixes computed once per sentence. */
export function useFlaggedSentence(props: FlaggedSentenceProps): FlaggedSentenceState {
  const id = useId();
  const { sentence, identifiers, acronyms } = props;
  const derived = useMemo(() => {
    const marks = sentenceMarks(sentence, identifiers, acronyms);
    const segments = sentenceSegments(sentence, marks);
    return {
      segments,
      explanations: segments.flatMap((s) => (s.mark ? [{ text: s.text, why: s.mark.why, kind: s.mark.kind }] : [])),
      flagTexts: sentence.flags.map((f) => SENTENCE_FLAG_TEXTS[f]),
      fixes: props.onFix ? sentenceFixes({ sentence, acronyms }) : [],
    };
  }, [sentence, identifiers, acronyms, props.onFix]);
  return { ...derived, busy: props.busy === true, onFix: props.onFix, ids: { explanations: `${id}-why` } };
}
