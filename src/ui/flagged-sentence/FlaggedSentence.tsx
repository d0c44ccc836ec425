import type { FlaggedSentenceProps } from "./FlaggedSentence.types";
import { renderFlaggedSentence } from "./renderFlaggedSentence";
import { useFlaggedSentence } from "./useFlaggedSentence";
import { useFlaggedSentenceStyles } from "./useFlaggedSentenceStyles.styles";

/** One flagged sentence: cue words highlighted, each explained, with one-click fixes where safe. Render inside a `<ul>`. */
export function FlaggedSentence(props: FlaggedSentenceProps) {
  const state = useFlaggedSentence(props);
  return renderFlaggedSentence(state, useFlaggedSentenceStyles());
}
