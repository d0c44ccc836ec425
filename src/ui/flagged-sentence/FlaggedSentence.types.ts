import type { AcronymResult, IdentifierResult, SentenceResult } from "../../core/check/result";
import type { Segment, TextEdit } from "./segments";

/** Props of {@link FlaggedSentence}: one sentence of the message, its flags and cues, and the safe fixes. */
export interface FlaggedSentenceProps {
  readonly sentence: Pick<SentenceResult, "start" | "end" | "text" | "kind" | "cues" | "flags">;
  readonly identifiers?: readonly Pick<IdentifierResult, "start" | "end" | "type">[];
  readonly acronyms?: readonly Pick<AcronymResult, "start" | "end" | "text" | "expansion">[];
  /** Apply a fix to the draft. Fixes are offered only when this is given. */
  readonly onFix?: ((edit: TextEdit) => void) | undefined;
  readonly busy?: boolean;
}

/** The state {@link renderFlaggedSentence} draws. */
export interface FlaggedSentenceState {
  readonly segments: readonly Segment[];
  /** The sentence's flags in plain English. */
  readonly flagTexts: readonly string[];
  /** The marked words and why each is marked, in order. */
  readonly explanations: readonly { readonly text: string; readonly why: string; readonly kind: string }[];
  readonly fixes: readonly TextEdit[];
  readonly busy: boolean;
  readonly onFix: ((edit: TextEdit) => void) | undefined;
  readonly ids: { readonly explanations: string };
}
