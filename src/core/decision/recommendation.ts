import type { AnswerKey, Answers } from "./answers";
import { consentCoversSharing } from "./consent-basis";
import { isRiskyAddressFlag } from "./flags";
import { EMPTY_PREFILL, type Prefill } from "./prefill";
import { type RuleId, RULES, SIGNIFICANT_HARM_NOTICE } from "./rules";
import type { SeedQuote } from "./seeds";
import { significantHarmConcern } from "./significant-harm";
import type { RecommendationValue } from "./vocabulary";

/**
 * The recommendation: a pure function from the answers (and the analysis's prefill) to one of
 * share | share-limited | do-not-share | seek-advice, with the rule path that produced it. The
 * practitioner decides; the recommendation is shown with its rules so they can see why.
 */

/** One rule on the path, with its words and its seed sentence. */
export interface RuleStep {
  readonly rule: RuleId;
  readonly says: string;
  readonly source: SeedQuote;
}

/** A recommendation, or the answer the flow is waiting for. */
export type Recommendation =
  | {
      readonly kind: "recommendation";
      readonly value: RecommendationValue;
      readonly path: readonly RuleStep[];
      /** The last rule's words, followed by the significant-harm notice when it applies. */
      readonly explanation: string;
      /** Present when a child may be at risk of significant harm: why sharing is never discouraged. */
      readonly significantHarm: typeof SIGNIFICANT_HARM_NOTICE | null;
    }
  | { readonly kind: "pending"; readonly awaiting: AnswerKey; readonly path: readonly RuleStep[] };

/**
 * The recommendation for an answer set. Complete answers always yield `kind: "recommendation"`: a decision
 * not to share needs only its purpose and reasons, so where the flow stops short of an end for want of
 * answers it was not asked for, it ends at `decision.not-to-share`.
 */
export function recommendationFrom(answers: Answers, prefill: Prefill = EMPTY_PREFILL): Recommendation {
  const flow = flowRecommendation(answers, prefill);
  if (flow.kind === "recommendation" || answers.decision?.kind !== "do-not-share" || flow.awaiting === "purpose" || significantHarmConcern(answers)) return flow;
  const rule = RULES["decision.not-to-share"];
  return { kind: "recommendation", value: "do-not-share", path: [...flow.path, { rule: "decision.not-to-share", says: rule.says, source: rule.source }], explanation: rule.says, significantHarm: null };
}

function flowRecommendation(answers: Answers, prefill: Prefill): Recommendation {
  const path: RuleStep[] = [];
  const harm = significantHarmConcern(answers);
  const pass = (rule: RuleId): void => void path.push({ rule, says: RULES[rule].says, source: RULES[rule].source });
  const pending = (awaiting: AnswerKey): Recommendation => ({ kind: "pending", awaiting, path });
  // A look-alike, invalid or disguised address that was neither corrected nor confirmed with the recipient:
  // whatever the rest says, not to this address (a reason cannot make it the right person).
  const unconfirmed = prefill.flags.filter((f) => {
    if (!isRiskyAddressFlag(f)) return false;
    const r = answers.rightWay?.flagResolutions.find((x) => x.flagId === f.id)?.resolution;
    return !(r && (r.kind === "fixed" || r.kind === "confirmed-another-way"));
  });
  const end = (rule: RuleId): Recommendation => {
    pass(rule);
    const value = RULES[rule].leadsTo as RecommendationValue;
    if (unconfirmed.length > 0 && (value === "share" || value === "share-limited")) {
      pass("recipient.unconfirmed-address");
      const addresses = [...new Set(unconfirmed.map((f) => (isRiskyAddressFlag(f) ? f.address : "")))].join(", ");
      return { kind: "recommendation", value: "do-not-share", path, explanation: `${RULES["recipient.unconfirmed-address"].says} (${addresses})`, significantHarm: null };
    }
    const notice = harm && (value === "share" || value === "share-limited") ? SIGNIFICANT_HARM_NOTICE : null;
    return { kind: "recommendation", value, path, explanation: notice ? `${RULES[rule].says} ${notice.says}` : RULES[rule].says, significantHarm: notice };
  };

  // 1. Is there a clear and legitimate purpose?
  if (!answers.purpose) return pending("purpose");
  if (answers.purpose.kind === "none") return end("purpose.none");
  pass("purpose.legitimate");

  // 2. Does the information enable an individual to be identified? Identifiers found settle it.
  if (prefill.identifiable === "yes" && answers.identifiable !== "yes") pass("identifiable.identifiers-found");
  else if (!answers.identifiable) return pending("identifiable");
  else if (answers.identifiable === "no") return end("identifiable.no");
  else pass("identifiable.yes");

  // 3. Is the information confidential? Unanswered is fine once consent covers this sharing: both
  // branches of the flow then end in "share" (not confidential; or confidential, with consent).
  if (!answers.confidential) {
    if (!consentCoversSharing(answers)) return pending("confidential");
  } else if (answers.confidential === "no") return end("confidential.no");
  else if (answers.confidential === "unsure") {
    // Seeking advice must not delay protecting a child; otherwise advice comes first.
    if (harm) pass("confidential.unsure-significant-harm");
    else if (answers.advice?.kind === "sought") pass("confidential.unsure-advised");
    else return end("confidential.unsure");
  } else pass("confidential.yes");

  // 4. Do you have consent?
  const consent = answers.consent;
  if (!consent) return pending("consent");
  if (consent.kind === "not-sought" && consent.reason === "statutory-duty-or-court-order") return end("consent.statutory-duty");
  if (consentCoversSharing(answers)) return end("consent.obtained");
  pass(consent.kind === "obtained" ? "consent.partial" : consent.kind === "refused" ? "consent.refused" : "consent.not-sought");

  // 5. Is there another reason to share (a lawful basis, and a sufficient public interest)?
  if (harm) return end(answers.publicInterest?.proportionate === "no" ? "public-interest.significant-harm-limited" : "public-interest.significant-harm");
  if (!answers.lawfulBasis) return pending("lawfulBasis");
  // Consent cannot be the basis here: there is no consent that covers this sharing.
  if (answers.lawfulBasis.article6 === "none" || answers.lawfulBasis.article6 === "consent") return end("lawful-basis.none");
  pass("lawful-basis.present");

  const pi = answers.publicInterest;
  if (!pi) return pending("publicInterest");
  if (pi.proportionate === "unsure" || pi.otherMeans === "unsure") return end("public-interest.unsure");
  if (pi.otherMeans === "yes") return end("public-interest.other-means");
  const justified = pi.circumstances.length > 0 || pi.preventOrDetectCrime === "yes" || pi.protectOthers === "yes";
  if (!justified) {
    return pi.preventOrDetectCrime === "unsure" || pi.protectOthers === "unsure" ? end("public-interest.unsure") : end("public-interest.not-satisfied");
  }
  return end(pi.proportionate === "no" ? "public-interest.limited" : "public-interest.satisfied");
}

/** The rule ids of a recommendation's path, in order (what the record keeps). */
export function rulePathIds(recommendation: Recommendation): RuleId[] {
  return recommendation.path.map((s) => s.rule);
}
