import type { Answers } from "./answers";

/**
 * True when the consent recorded can itself be the UK GDPR lawful basis for this sharing: obtained,
 * covering these recipients and this purpose, and explicit (seed 002: "The UK GDPR sets a high standard
 * for consent to share information, and requires that it must be specific, time limited and able to be
 * withdrawn"; implicit consent within a service is not that standard, so a basis is still asked for then).
 */
export function consentIsLawfulBasis(answers: Answers): boolean {
  const consent = answers.consent;
  return consent?.kind === "obtained" && consent.coversThisSharing === "yes" && consent.form !== "implicit";
}
