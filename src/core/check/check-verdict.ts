import { checkMessage } from "./check-message";
import type { MessageInput } from "./message";
import { checkVerdictWithoutSentences, type VerdictCheck } from "./verdict-only";
import type { CheckContext } from "./verdict-inputs";

export type { VerdictCheck } from "./verdict-only";
export { checkVerdictWithoutSentences } from "./verdict-only";

/**
 * Whether a message needs a decision before it leaves, and why: exactly `checkMessage`'s `verdict`,
 * `verdictReasons` and `recipients`, for any policy. When the policy does not review on sentence flags
 * (the default) sentences cannot change the verdict, so it skips the sentence analysis, most of a long
 * message's checking time; when it does, it runs the full check.
 */
export function checkVerdict(message: MessageInput, context: CheckContext): VerdictCheck {
  if (!context.policy.verdict.reviewOnSentenceFlags) return checkVerdictWithoutSentences(message, context);
  const full = checkMessage(message, context);
  return { verdict: full.verdict, verdictReasons: full.verdictReasons, recipients: full.recipients };
}
