/**
 * What build/onsend.config.js bundles in place of checker.ts when the policy it bakes in does not review
 * on sentence flags (the default): the verdict without the sentence segmenter, the fact/opinion
 * classifier and the acronym finder, which then cannot change it. Same export name as checker.ts, so
 * entry.ts does not know which one it got. The function throws for a policy that does review on sentence
 * flags, so a mismatched build fails safe (the failure policy), never with a wrong verdict.
 */
export { checkVerdictWithoutSentences as checkVerdict } from "../../core/check/verdict-only";
