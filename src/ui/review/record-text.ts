/** A decision record in plain English: one labelled line per field, with the checklist's own wording. */
import {
  ADVICE_SOURCE_TERMS,
  ARTICLE6_TERMS,
  ARTICLE9_TERMS,
  CONSENT_FORM_TERMS,
  CONSENT_PARTY_TERMS,
  type DecisionRecord,
  flagQuestion,
  HARM_CONCERN_TERMS,
  NOT_INFORMING_REASON_TERMS,
  NOT_SOUGHT_REASON_TERMS,
  PUBLIC_INTEREST_CIRCUMSTANCE_TERMS,
  PURPOSE_TERMS,
  type Review,
} from "../../core/decision";

export interface RecordLine {
  readonly label: string;
  readonly value: string;
}

const yn = (v: string): string => (v === "yes" ? "Yes" : v === "no" ? "No" : "Not sure");

export const DECISION_LABELS: Record<DecisionRecord["decision"], string> = { share: "Share", "share-limited": "Share limited information", "do-not-share": "Do not share" };
export const RECOMMENDATION_LABELS: Record<DecisionRecord["recommendation"]["value"], string> = { ...DECISION_LABELS, "seek-advice": "Seek advice" };
export const CHANNEL_LABELS: Record<DecisionRecord["message"]["kind"], string> = { email: "Email", "teams-chat": "Teams chat", "teams-channel": "Teams channel" };
export const CONSENT_STATUS_LABELS: Record<string, string> = { obtained: "Consent obtained", refused: "Consent refused", "not-sought": "Consent not sought", "not-needed": "Consent not needed" };
const CLASS_LABELS: Record<string, string> = { internal: "inside the organisation", secure: "secure", unverified: "not known to be secure", personal: "personal (webmail)", lookalike: "lookalike of a trusted domain", invalid: "not a valid address" };

export function purposeText(p: DecisionRecord["purpose"]): string {
  const base = PURPOSE_TERMS[p.kind].label;
  if (p.kind === "significant-harm") return `${base} (${HARM_CONCERN_TERMS[p.concern].label})`;
  if (p.kind === "statutory-duty-or-court-order") return `${base}: ${p.detail}`;
  if (p.kind === "other") return `${base}: ${p.text}`;
  return base;
}

export function consentText(c: DecisionRecord["consent"]): string {
  if (!c) return "Not needed";
  const whose = "whose" in c ? ` — whose: ${c.whose.map((w) => CONSENT_PARTY_TERMS[w.kind].label).join("; ")}` : "";
  if (c.kind === "obtained") return `Obtained, ${CONSENT_FORM_TERMS[c.form].label}${c.givenAt ? ` at ${c.givenAt}` : ""}; covers this sharing: ${yn(c.coversThisSharing)}${whose}`;
  if (c.kind === "refused") return `Refused${whose}`;
  return `Not sought: ${NOT_SOUGHT_REASON_TERMS[c.reason].label}${c.detail ? ` (${c.detail})` : ""}`;
}

export function messageRefText(m: DecisionRecord["message"]): string {
  if (m.kind === "email") return `Email${m.headerId ? `, SafeShare header id ${m.headerId}` : ", not sent"}`;
  if (m.kind === "teams-chat") return `Teams chat ${m.chatId}${m.messageId ? `, message ${m.messageId}` : " (the posted message carries this record's id)"}`;
  return `Teams channel ${m.channelId} in team ${m.teamId}${m.messageId ? `, message ${m.messageId}` : " (the posted message carries this record's id)"}`;
}

/** Every field of the record, labelled, in the order a reviewer reads them. */
export function recordLines(r: DecisionRecord, review: Review | null): RecordLine[] {
  const lines: RecordLine[] = [
    { label: "Decision", value: DECISION_LABELS[r.decision] },
    { label: "SafeShare recommended", value: `${RECOMMENDATION_LABELS[r.recommendation.value]} (rules: ${r.recommendation.rules.join(", ")})` },
    { label: "Decided at (UTC)", value: r.decidedAt },
    { label: "Practitioner", value: `${r.practitioner.upn} (object id ${r.practitioner.objectId})` },
    { label: "Team", value: r.team },
    { label: "Where", value: messageRefText(r.message) },
    { label: "Subject", value: r.subject ?? "Not recorded (organisation policy)" },
    { label: "Recipients", value: r.recipients.length === 0 ? "None" : r.recipients.map((x) => `${x.address} (${CLASS_LABELS[x.class] ?? x.class})`).join("; ") },
    { label: "Purpose", value: purposeText(r.purpose) },
    { label: "Reasons, in the practitioner's words", value: r.reasons },
    { label: "What was shared", value: r.whatShared ?? "Nothing" },
    { label: "What was withheld", value: r.whatWithheld ?? "Not stated" },
    { label: "Consent", value: consentText(r.consent) },
    { label: "Lawful basis (UK GDPR Article 6)", value: r.article6 ? ARTICLE6_TERMS[r.article6].label : "Not needed" },
    { label: "Article 9 condition", value: r.article9 ? ARTICLE9_TERMS[r.article9].label : "Not needed" },
    {
      label: "Public interest",
      value: r.publicInterest
        ? `${r.publicInterest.circumstances.map((c) => PUBLIC_INTEREST_CIRCUMSTANCE_TERMS[c].label).join("; ") || "No circumstances listed"}. Proportionate: ${yn(r.publicInterest.proportionate)}. Another equally effective means: ${yn(r.publicInterest.otherMeans)}. Vulnerability: ${r.publicInterest.vulnerability}. Impact: ${r.publicInterest.impact}. Reasoning: ${r.publicInterest.reasoning}`
        : "Not needed",
    },
    { label: "A child may be at risk of significant harm", value: r.significantHarm ? "Yes" : "No" },
    {
      label: "Informing the individual",
      value: !r.inform ? "Not needed" : r.inform.kind === "already-informed" ? "Already informed" : r.inform.kind === "will-inform" ? "Will inform" : `Not informing: ${NOT_INFORMING_REASON_TERMS[r.inform.reason].label} (${r.inform.detail})`,
    },
    { label: "Advice", value: r.advice.kind === "none" ? "None sought" : `From ${r.advice.from.map((s) => ADVICE_SOURCE_TERMS[s].label).join(", ")}: ${r.advice.summary}` },
    {
      label: "Flags and how each was resolved",
      value:
        r.flags.length === 0
          ? "None raised"
          : r.flags
              .map((f) => `${flagQuestion(f.flag)} → ${f.resolution.kind === "fixed" ? "fixed" : f.resolution.kind === "overridden" ? `overridden: ${f.resolution.reason}` : f.resolution.kind === "confirmed-another-way" ? `confirmed with the recipient: ${f.resolution.how}` : "not sent"}`)
              .join(" | "),
    },
    { label: "SHA-256 of the shared text", value: r.sharedTextSha256 ?? "Nothing was shared" },
    { label: "App version", value: r.appVersion },
    { label: "Previous record's hash", value: r.previousHash ?? "None (the practitioner's first record)" },
    { label: "Record hash", value: r.recordHash },
    { label: "Record id", value: r.recordId },
    { label: "Reviewed", value: review ? `By ${review.reviewedBy} at ${review.reviewedAt}${review.comment ? `: ${review.comment}` : ""}` : "Not yet" },
  ];
  return lines;
}
