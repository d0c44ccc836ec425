import type { Answers } from "./answers";

/** True when consent was obtained and covers these recipients and this purpose (seed 002 "Partial Consent"). */
export function consentCoversSharing(answers: Answers): boolean {
  return answers.consent?.kind === "obtained" && answers.consent.coversThisSharing === "yes";
}

/**
 * True when the consent recorded can itself be the UK GDPR lawful basis for this sharing: obtained,
 * covering these recipients and this purpose, and explicit (seed 002: "The UK GDPR sets a high standard
 * for consent to share information, and requires that it must be specific, time limited and able to be
 * withdrawn"; implicit consent within a service is not that standard, so a basis is still asked for then).
 */
export function consentIsLawfulBasis(answers: Answers): boolean {
  return consentCoversSharing(answers) && answers.consent?.kind === "obtained" && answers.consent.form !== "implicit";
}
