/**
 * Fact, opinion or reported: the kind of each sentence of an outgoing message, with the words that
 * decided it and the flags a practitioner should look at (shared/spec/recording-kinds.md).
 */
import type { SentenceFlag, SentenceKind, Cue } from "../../check/result";
import { classifyText } from "./classify";

/** The label of one sentence: its kind, the cue words behind it, and its flags. */
export interface SentenceClassification {
  kind: SentenceKind;
  cues: Cue[];
  flags: SentenceFlag[];
}

/** Classify one sentence. Cue offsets are relative to `text` (the caller shifts them). */
export function classifySentence(text: string): SentenceClassification {
  return classifyText(text);
}
