import type { Review } from "./columns";
import { flagQuestion } from "./flags";
import { decisionTimeFrom } from "./ids";
import type { DecisionRecord, RecordAttachment, RecordFlag } from "./record";
import { IDENTIFIER_NAMES } from "../check/identifier-names";
import { type Rule, RULES } from "./rules";
import {
  ADVICE_SOURCE_TERMS,
  ARTICLE6_TERMS,
  ARTICLE9_TERMS,
  CONSENT_FORM_TERMS,
  CONSENT_PARTY_TERMS,
  HARM_CONCERN_TERMS,
  NOT_INFORMING_REASON_TERMS,
  NOT_SOUGHT_REASON_TERMS,
  PUBLIC_INTEREST_CIRCUMSTANCE_TERMS,
  PURPOSE_TERMS,
} from "./vocabulary";

/**
 * A decision record in plain English, in one place: every code a record holds (decision, channel, consent,
 * recipient class, rule id, flag…) turned into the checklist's own wording. The review page's record view,
 * its trends and the CSV export (`csv-export.ts`, for the review page and `safeshare log --format csv`) all
 * read a record through these, so a manager sees the same words in the app and in a spreadsheet. No
 * function here ever returns JSON or a bare code, except a rule id this SafeShare no longer knows.
 */

/** One labelled line of the record view. */
export interface RecordLine {
  readonly label: string;
  readonly value: string;
}

/** "Yes", "No" or "Not sure" for a checklist answer. */
export const yesNoText = (v: string): string => (v === "yes" ? "Yes" : v === "no" ? "No" : "Not sure");

/** A record's boolean as "Yes" or "No". */
export const yesNo = (v: boolean): string => (v ? "Yes" : "No");

/** Text ending as a sentence: a full stop added unless it already ends with one (or ? or !). */
const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The practitioner's decision. */
export const DECISION_LABELS: Record<DecisionRecord["decision"], string> = { share: "Share", "share-limited": "Share limited information", "do-not-share": "Do not share" };

/** What SafeShare recommended (a decision, or to seek advice). */
export const RECOMMENDATION_LABELS: Record<DecisionRecord["recommendation"]["value"], string> = { ...DECISION_LABELS, "seek-advice": "Seek advice" };

/** Where the message went. */
export const CHANNEL_LABELS: Record<DecisionRecord["message"]["kind"], string> = { email: "Email", "teams-chat": "Teams chat", "teams-channel": "Teams channel" };

/** The consent status the review page filters on (the list's derived ConsentStatus column). */
export const CONSENT_STATUS_LABELS: Record<string, string> = { obtained: "Consent obtained", refused: "Consent refused", "not-sought": "Consent not sought", "not-needed": "Consent not needed" };

/** A recipient's class, as it reads after the address ("a@b.com (secure)"). */
export const CLASS_LABELS: Record<DecisionRecord["recipients"][number]["class"], string> = { internal: "inside the organisation", secure: "secure", unverified: "not known to be secure", personal: "personal (webmail)", lookalike: "lookalike of a trusted domain", invalid: "not a valid address" };

/** The purpose of sharing, with the concern, duty or words the practitioner gave. */
export function purposeText(p: DecisionRecord["purpose"]): string {
  const base = PURPOSE_TERMS[p.kind].label;
  if (p.kind === "significant-harm") return `${base} (${HARM_CONCERN_TERMS[p.concern].label})`;
  if (p.kind === "statutory-duty-or-court-order") return `${base}: ${p.detail}`;
  if (p.kind === "other") return `${base}: ${p.text}`;
  return base;
}

/** The consent answer: obtained (how, when, whether it covers this sharing), refused or not sought (why), and whose. */
export function consentText(c: DecisionRecord["consent"]): string {
  if (!c) return "Not needed";
  const whose = "whose" in c ? ` — whose: ${c.whose.map((w) => CONSENT_PARTY_TERMS[w.kind].label).join("; ")}` : "";
  if (c.kind === "obtained") return `Obtained, ${lowerFirst(CONSENT_FORM_TERMS[c.form].label)}${c.givenAt ? ` at ${decisionTimeFrom(c.givenAt)}` : ""}; covers this sharing: ${yesNoText(c.coversThisSharing)}${whose}`;
  if (c.kind === "refused") return `Refused${whose}`;
  return `Not sought: ${NOT_SOUGHT_REASON_TERMS[c.reason].label}${c.detail ? ` (${c.detail})` : ""}`;
}

/** Where the message is: the email's SafeShare header id, or the Teams chat or channel and message. */
export function messageRefText(m: DecisionRecord["message"]): string {
  if (m.kind === "email") return `Email${m.headerId ? `, SafeShare header id ${m.headerId}` : ", not sent"}`;
  if (m.kind === "teams-chat") return `Teams chat ${m.chatId}${m.messageId ? `, message ${m.messageId}` : " (the posted message carries this record's id)"}`;
  return `Teams channel ${m.channelId} in team ${m.teamId}${m.messageId ? `, message ${m.messageId}` : " (the posted message carries this record's id)"}`;
}

/** The recipients as "address (class)", joined by "; ". */
export function recipientsText(recipients: DecisionRecord["recipients"]): string {
  return recipients.length === 0 ? "None" : recipients.map((x) => `${x.address} (${CLASS_LABELS[x.class]})`).join("; ");
}

/**
 * What one rule of the recommendation flow says (`RULES[id].says`). A record written by an older SafeShare
 * may name a rule this one no longer has: its id is shown as it is, never dropped.
 */
export function ruleText(id: string): string {
  const rule: Rule | undefined = Object.hasOwn(RULES, id) ? (RULES as Readonly<Record<string, Rule>>)[id] : undefined;
  return rule?.says ?? id;
}

/** Why SafeShare recommended what it did: what each rule of the path said, in order. */
export function rulesText(ids: readonly string[]): string {
  return ids.map(ruleText).join(" ");
}

/** The recommendation and why, e.g. "Share. Why: There is a legitimate purpose for sharing. …". */
export function recommendationText(r: DecisionRecord["recommendation"]): string {
  return `${RECOMMENDATION_LABELS[r.value]}. Why: ${rulesText(r.rules)}`;
}

/** The public-interest test: circumstances, the seed's questions answered, and the practitioner's reasoning. */
export function publicInterestText(p: DecisionRecord["publicInterest"]): string {
  if (!p) return "Not needed";
  const circumstances = p.circumstances.map((c) => PUBLIC_INTEREST_CIRCUMSTANCE_TERMS[c].label).join("; ") || "No circumstances listed";
  return `${sentence(circumstances)} Proportionate: ${yesNoText(p.proportionate)}. Another equally effective means: ${yesNoText(p.otherMeans)}. Vulnerability: ${sentence(p.vulnerability)} Impact: ${sentence(p.impact)} Reasoning: ${p.reasoning}`;
}

/** Whether the individual is (or will be) informed, or why not. */
export function informText(i: DecisionRecord["inform"]): string {
  if (!i) return "Not needed";
  if (i.kind === "already-informed") return "Already informed";
  if (i.kind === "will-inform") return "Will inform";
  return `Not informing: ${NOT_INFORMING_REASON_TERMS[i.reason].label} (${i.detail})`;
}

/** The advice sought, from whom, and what it said. */
export function adviceText(a: DecisionRecord["advice"]): string {
  return a.kind === "none" ? "None sought" : `From ${a.from.map((s) => ADVICE_SOURCE_TERMS[s].label).join(", ")}: ${a.summary}`;
}

/** The lawful basis (UK GDPR Article 6), or "Not needed". */
export const article6Text = (a: DecisionRecord["article6"]): string => (a ? ARTICLE6_TERMS[a].label : "Not needed");

/** The Article 9 condition, or "Not needed". */
export const article9Text = (a: DecisionRecord["article9"]): string => (a ? ARTICLE9_TERMS[a].label : "Not needed");

/**
 * One flag and how it was resolved, as "flag: resolution — reason": the flag in the words the
 * practitioner was asked (`flagQuestion`), then fixed, overridden (with the reason given), confirmed with
 * the recipient another way (with how), or not sent.
 */
export function flagText(f: RecordFlag): string {
  const flag = flagQuestion(f.flag).replace(/\.$/, "");
  const r = f.resolution;
  const resolution = r.kind === "fixed" ? "fixed" : r.kind === "overridden" ? `overridden — ${r.reason}` : r.kind === "confirmed-another-way" ? `confirmed with the recipient another way — ${r.how}` : "not sent";
  return `${flag}: ${resolution}`;
}

/** Every flag and its resolution, joined by "; ". */
export function flagsText(flags: readonly RecordFlag[]): string {
  return flags.length === 0 ? "None raised" : flags.map(flagText).join("; ");
}

/** How many flags the practitioner overrode (the list's derived FlagsOverridden column). */
export const flagsOverridden = (flags: readonly RecordFlag[]): number => flags.filter((f) => f.resolution.kind === "overridden").length;

/** The record's own text fields, with what an empty one means. */
/** A size in words a reader uses: "24 KB", "3.1 MB". */
function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What SafeShare found in a file, in words: "a date of birth, an NHS number; about a person; health". */
function attachmentFindingsText(f: RecordAttachment["findings"]): string {
  const parts = [
    f.identifiers.map((t) => IDENTIFIER_NAMES[t]).join(", "),
    f.aboutAPerson ? "says something about an identifiable person" : "",
    f.specialCategories.length ? `special category: ${f.specialCategories.map((c) => c.replace(/-/g, " ")).join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "nothing about anyone found";
}

/** One attachment: "referral.docx (24 KB, SHA-256 1f2e…): read — a date of birth; says something about an identifiable person". */
export function attachmentText(a: RecordAttachment): string {
  const facts = [a.size !== null ? sizeText(a.size) : "", a.contentType ?? "", a.sha256 ? `SHA-256 ${a.sha256}` : ""].filter(Boolean).join(", ");
  const read = a.read === "text" ? `read — ${attachmentFindingsText(a.findings)}` : a.read === "unreadable" ? "could not be read (the practitioner was asked to check it)" : "not read";
  return `${a.name}${facts ? ` (${facts})` : ""}: ${read}`;
}

/** Every attachment checked, joined by "; " ("None checked" for none; a version 1 record predates the field). */
export function attachmentsText(attachments: DecisionRecord["attachments"]): string {
  if (attachments === undefined) return "Not recorded (a record from before attachments were checked)";
  return attachments.length === 0 ? "None checked" : attachments.map(attachmentText).join("; ");
}

export const whatSharedText = (r: DecisionRecord): string => r.whatShared ?? "Nothing";
export const whatWithheldText = (r: DecisionRecord): string => r.whatWithheld ?? "Not stated";
export const subjectText = (r: DecisionRecord): string => r.subject ?? "Not recorded (organisation policy)";
export const sharedTextHashText = (r: DecisionRecord): string => r.sharedTextSha256 ?? "Nothing was shared";
export const previousHashText = (r: DecisionRecord): string => r.previousHash ?? "None (the practitioner's first record)";

/** Every field of the record, labelled, in the order a reviewer reads them. */
export function recordLines(r: DecisionRecord, review: Review | null): RecordLine[] {
  return [
    { label: "Decision", value: DECISION_LABELS[r.decision] },
    { label: "SafeShare recommended", value: recommendationText(r.recommendation) },
    { label: "Decided at (UTC)", value: r.decidedAt },
    { label: "Practitioner", value: `${r.practitioner.upn} (object id ${r.practitioner.objectId})` },
    { label: "Team", value: r.team },
    { label: "Where", value: messageRefText(r.message) },
    { label: "Subject", value: subjectText(r) },
    { label: "Recipients", value: recipientsText(r.recipients) },
    { label: "Purpose", value: purposeText(r.purpose) },
    { label: "Reasons, in the practitioner's words", value: r.reasons },
    { label: "What was shared", value: whatSharedText(r) },
    { label: "What was withheld", value: whatWithheldText(r) },
    { label: "Consent", value: consentText(r.consent) },
    { label: "Lawful basis (UK GDPR Article 6)", value: article6Text(r.article6) },
    { label: "Article 9 condition", value: article9Text(r.article9) },
    { label: "Public interest", value: publicInterestText(r.publicInterest) },
    { label: "A child may be at risk of significant harm", value: yesNo(r.significantHarm) },
    { label: "Informing the individual", value: informText(r.inform) },
    { label: "Advice", value: adviceText(r.advice) },
    { label: "Flags and how each was resolved", value: flagsText(r.flags) },
    { label: "Attachments", value: attachmentsText(r.attachments) },
    { label: "SHA-256 of the shared text", value: sharedTextHashText(r) },
    { label: "Policy", value: decidedUnderText(r) },
    { label: "App version", value: r.appVersion },
    { label: "Previous record's hash", value: previousHashText(r) },
    { label: "Record hash", value: r.recordHash },
    { label: "Record id", value: r.recordId },
    { label: "Reviewed", value: review ? `By ${review.reviewedBy} at ${decisionTimeFrom(review.reviewedAt)}${review.comment ? `: ${review.comment}` : ""}` : "Not yet" },
  ];
}

/** Which policy the decision was made under, in words: "version 3 (SHA-256 1a2b3c4d…)". */
export function decidedUnderText(r: DecisionRecord): string {
  const p = r.policy;
  if (!p) return "Not recorded (a record made before SafeShare kept policy versions)";
  const digest = `SHA-256 ${p.sha256.slice(0, 12)}…`;
  if (p.version === null) return `A policy file given to the command line, not a saved version (${digest})`;
  if (p.version === 0) return `The built-in default: no policy was saved for the site (${digest})`;
  return `Version ${p.version} (${digest})`;
}
