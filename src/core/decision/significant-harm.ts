import type { Answers } from "./answers";

/**
 * True when the answers say there is evidence or reasonable cause to believe a child is suffering or at
 * risk of significant harm: the purpose says so (seed 001's "established" or "suspected" risk), or the
 * public-interest step names seed 000's first two circumstances. Then the public interest test "will
 * almost certainly be satisfied" (seed 000) and SafeShare never discourages sharing.
 */
export function significantHarmConcern(answers: Answers): boolean {
  if (answers.purpose?.kind === "significant-harm") return true;
  const circumstances = answers.publicInterest?.circumstances ?? [];
  return circumstances.includes("child-suffering-evidence") || circumstances.includes("child-reasonable-cause");
}
