import type { MessageInput } from "./message";
import type { CheckResult } from "./result";
import { verdictOf } from "./verdict-of";
import { type CheckContext, verdictInputs } from "./verdict-inputs";

/** The part of a `CheckResult` that decides whether a message may leave: the verdict, its reasons and the recipients. */
export type VerdictCheck = Pick<CheckResult, "verdict" | "verdictReasons" | "recipients">;

/**
 * The verdict of `checkMessage` without the sentence analysis (segmentation, the fact/opinion classifier,
 * acronyms): the on-send handler needs only the verdict, and the task pane runs the full analysis when
 * the practitioner opens it. Valid only for a policy that does not review on sentence flags, because then
 * no sentence can change the verdict; for a policy that does it throws rather than answer wrongly (use
 * `checkVerdict`, which handles both). Separate from `checkVerdict` so that a bundle built for such a
 * policy does not contain the sentence analysis at all (see build/onsend.config.js).
 */
export function checkVerdictWithoutSentences(message: MessageInput, context: CheckContext): VerdictCheck {
  if (context.policy.verdict.reviewOnSentenceFlags) {
    throw new Error("this policy reviews on sentence flags: its verdict needs the sentence analysis (checkVerdict)");
  }
  const inputs = verdictInputs(message, context);
  const verdict = verdictOf(inputs, []);
  return { verdict: verdict.verdict, verdictReasons: verdict.reasons, recipients: inputs.recipients };
}
