import type { AnswerKey, Answers } from "./answers";
import type { Prefill } from "./prefill";
import { consentCoversSharing, consentIsLawfulBasis } from "./consent-basis";
import { significantHarmConcern } from "./significant-harm";

/**
 * Which answers an answer set still needs (product.md: "skipping what earlier answers make
 * unnecessary"). An unanswered earlier question is assumed to continue the flow (identifiable: yes,
 * confidential: yes, consent: not obtained), so the list of what is needed is never too short.
 */

/** Whether one answer is needed, and why not when it is not. */
export type Need = { readonly kind: "required" } | { readonly kind: "optional"; readonly because: string } | { readonly kind: "not-needed"; readonly because: string };

const required: Need = { kind: "required" };
const notNeeded = (because: string): Need => ({ kind: "not-needed", because });

/** The need for every answer, given the answers so far and the analysis. */
export function answerNeeds(answers: Answers, prefill: Prefill): Record<AnswerKey, Need> {
  const needs: Record<AnswerKey, Need> = {
    purpose: required,
    identifiable: required,
    confidential: required,
    consent: required,
    lawfulBasis: required,
    publicInterest: required,
    rightWay: required,
    inform: required,
    advice: required,
    decision: required,
  };
  if (answers.decision?.kind === "do-not-share") needs.rightWay = notNeeded("the decision is not to share");
  // A decision not to share is recorded with the purpose that was considered, the decision, its reasons and
  // what was withheld (seed 000: record the decision and the reasons for it, whether or not you share);
  // the sharing checklist is for a share. Not where a child may be at risk of significant harm: a decision
  // not to share then goes through the whole checklist, which never recommends against sharing.
  if (answers.decision?.kind === "do-not-share" && !significantHarmConcern(answers)) {
    const because = "the decision is not to share";
    for (const key of ["identifiable", "confidential", "consent", "lawfulBasis", "publicInterest", "rightWay", "inform"] as const) needs[key] = notNeeded(because);
    needs.advice = { kind: "optional", because: "record the advice if you sought any" };
    return needs;
  }

  if (answers.purpose?.kind === "none") {
    const because = "there is no legitimate purpose, so the information is not shared";
    for (const key of ["identifiable", "confidential", "consent", "lawfulBasis", "publicInterest", "rightWay", "inform"] as const) needs[key] = notNeeded(because);
    return needs;
  }

  // Identifiers found in the message settle the question whatever was answered (validation says so).
  const identifiable = prefill.identifiable ?? answers.identifiable ?? "yes";
  if (identifiable === "no") {
    const because = "the information is anonymised";
    for (const key of ["confidential", "consent", "lawfulBasis", "publicInterest", "inform"] as const) needs[key] = notNeeded(because);
    return needs;
  }

  if ((answers.confidential ?? "yes") === "no") {
    // Not confidential, but still personal information: it needs a lawful basis (seed 001).
    const because = "the information is not confidential";
    needs.consent = notNeeded(because);
    needs.publicInterest = notNeeded(because);
    return needs;
  }

  const consent = answers.consent;
  if (consentCoversSharing(answers)) {
    // Share with consent (issue 12's proportionate path): consent, the right-way confirmations and the
    // decision. The public interest is not weighed, the lawful basis is consent unless another is
    // recorded (answersWithPrefill fills it), and the person who consented knows about the sharing.
    needs.publicInterest = notNeeded("consent covers this sharing");
    if (consentIsLawfulBasis(answers)) {
      needs.lawfulBasis = {
        kind: "optional",
        because: "consent covers this sharing, so the lawful basis is consent (Article 6(1)(a)), with explicit consent (Article 9(2)(a)) for special category information; choose another only if your organisation relies on one",
      };
    }
    needs.inform = { kind: "optional", because: "the person who consented knows the information is being shared; record it if someone else should be told" };
    needs.advice = { kind: "optional", because: "record the advice if you sought any" };
    if (answers.confidential === undefined) needs.confidential = { kind: "optional", because: "consent covers this sharing, so the answer does not change what you may do" };
  } else if (consent?.kind === "not-sought" && consent.reason === "statutory-duty-or-court-order") {
    needs.publicInterest = notNeeded("a statutory duty or court order requires the sharing");
  } else if (significantHarmConcern(answers)) {
    needs.publicInterest = {
      kind: "optional",
      because: "with evidence or reasonable cause to believe a child is at risk of significant harm the public interest test will almost certainly be satisfied; record your reasons in the decision",
    };
  } else if (answers.lawfulBasis?.article6 === "none") {
    needs.publicInterest = notNeeded("there is no lawful basis other than consent, so the information is not shared");
  }
  return needs;
}
