import { z } from "zod";
import type { Analysis, AnalysisAttachment } from "./analysis";
import { answerNeeds } from "./applicability";
import type { Answers } from "./answers";
import { sealedRecord } from "./hash";
import { decisionTimeFrom, EntraObjectIdSchema, RecordIdSchema, Sha256HexSchema, UpnSchema, UtcTimeSchema } from "./ids";
import { EMPTY_PREFILL, answersWithPrefill, prefillFrom } from "./prefill";
import { type Recommendation, recommendationFrom, rulePathIds } from "./recommendation";
import { type DecisionRecord, DecisionRecordDraftSchema, MAX_RECORD_ATTACHMENTS, MessageRefSchema, RECORD_SCHEMA_VERSION, RecordPolicySchema, type RecordAttachmentSchema, type RecordFlag, recordErrorText } from "./record";
import { significantHarmConcern } from "./significant-harm";
import { answersValidation, type Problem } from "./validation";

/**
 * Building the record of a decision from the answers, the analysis and the context the surface knows
 * (who, when, where, which message). Ids and times are inputs: core neither generates UUIDs nor reads
 * the clock.
 */

/** What the surface knows about the decision beyond the answers. */
export const RecordContextSchema = z.strictObject({
  recordId: RecordIdSchema,
  /** When the decision is recorded: an injected clock's `toISOString()` (kept to the whole second). */
  decidedAt: UtcTimeSchema.transform(decisionTimeFrom),
  practitioner: z.strictObject({ upn: UpnSchema, objectId: EntraObjectIdSchema }),
  team: z.string().trim().min(1, { message: "the team is required" }).max(255),
  message: MessageRefSchema,
  /** The message subject, recorded only when `subjectPolicy` is "record". */
  subject: z.string().max(255).nullable().default(null),
  /** The organisation's policy on recording subjects (a subject can itself identify a child). */
  subjectPolicy: z.enum(["omit", "record"]).default("omit"),
  /** SHA-256 of the text shared (use `sha256Hex`); the text itself is never recorded. */
  sharedTextSha256: Sha256HexSchema.nullable().default(null),
  appVersion: z.string().trim().min(1).max(64),
  /** The policy the check and the checklist used (core/policy/policy-version.ts: its version and digest). */
  policy: RecordPolicySchema,
  /** The practitioner's previous record's hash; null for their first record. */
  previousHash: Sha256HexSchema.nullable().default(null),
});
export type RecordContextInput = z.input<typeof RecordContextSchema>;

/** The result of recording a decision. */
export type RecordBuild =
  | { readonly kind: "record"; readonly record: DecisionRecord; readonly recommendation: Recommendation }
  | { readonly kind: "incomplete"; readonly problems: readonly Problem[] }
  | { readonly kind: "invalid-context"; readonly message: string };

/** Validate the answers and the context, and build the sealed record of the decision. */
export function recordFromAnswers(input: { answers: unknown; analysis?: Analysis; context: RecordContextInput }): RecordBuild {
  const prefill = input.analysis ? prefillFrom(input.analysis) : EMPTY_PREFILL;
  const context = RecordContextSchema.safeParse(input.context);
  if (!context.success) return { kind: "invalid-context", message: recordErrorText(context.error) };
  const validation = answersValidation(input.answers, prefill);
  if (validation.kind === "incomplete") return validation;

  const answers: Answers = answersWithPrefill(validation.answers, prefill);
  const recommendation = recommendationFrom(answers, prefill);
  const decision = answers.decision;
  const purpose = answers.purpose;
  // Validation guarantees both, and a complete recommendation; the checks keep the compiler honest.
  if (!decision || !purpose || recommendation.kind !== "recommendation") {
    return { kind: "incomplete", problems: [{ step: "decision", field: "decision", message: "missing: the decision" }] };
  }

  const needs = answerNeeds(answers, prefill);
  const needed = <K extends "consent" | "publicInterest" | "inform">(key: K): NonNullable<Answers[K]> | null =>
    needs[key].kind === "not-needed" ? null : (answers[key] ?? null);
  const resolutions = new Map((answers.rightWay?.flagResolutions ?? []).map((r) => [r.flagId, r.resolution]));
  const flags: RecordFlag[] = prefill.flags.map((flag) => ({
    flag,
    resolution: decision.kind === "do-not-share" ? { kind: "not-sent" } : (resolutions.get(flag.id) ?? { kind: "not-sent" }),
  }));
  const c = context.data;
  const lawfulBasis = needs.lawfulBasis.kind === "not-needed" ? undefined : answers.lawfulBasis;

  const draft = DecisionRecordDraftSchema.safeParse({
    schemaVersion: RECORD_SCHEMA_VERSION,
    recordId: c.recordId,
    decidedAt: c.decidedAt,
    practitioner: c.practitioner,
    team: c.team,
    message: c.message,
    subject: c.subjectPolicy === "record" ? c.subject : null,
    recipients: (input.analysis?.recipients ?? []).map((r) => ({ address: r.address, field: r.field, class: r.class })),
    purpose,
    recommendation: { value: recommendation.value, rules: rulePathIds(recommendation) },
    decision: decision.kind,
    reasons: decision.reasons,
    whatShared: decision.kind === "do-not-share" ? null : decision.whatShared,
    whatWithheld: decision.kind === "share" ? null : (decision.whatWithheld ?? null),
    consent: needed("consent"),
    article6: lawfulBasis?.article6 ?? null,
    article9: lawfulBasis?.article9 ?? null,
    publicInterest: needed("publicInterest"),
    significantHarm: significantHarmConcern(answers),
    inform: needed("inform"),
    // Optional for a decision not to share and a share with consent: left unanswered, no advice was sought.
    advice: answers.advice ?? { kind: "none" },
    flags,
    attachments: recordAttachments(input.analysis?.attachmentContents ?? []),
    sharedTextSha256: c.sharedTextSha256,
    policy: c.policy,
    appVersion: c.appVersion,
    previousHash: c.previousHash,
  });
  if (!draft.success) return { kind: "invalid-context", message: recordErrorText(draft.error) };
  return { kind: "record", record: sealedRecord(draft.data), recommendation };
}

/**
 * The attachments as the record keeps them: each file checked (an attached email's own files after it),
 * its facts and the kinds of finding in it; never its content or the values found.
 */
export function recordAttachments(contents: readonly AnalysisAttachment[]): z.input<typeof RecordAttachmentSchema>[] {
  const flat = (list: readonly AnalysisAttachment[]): AnalysisAttachment[] => list.flatMap((a) => [a, ...flat(a.inner ?? [])]);
  return flat(contents)
    .slice(0, MAX_RECORD_ATTACHMENTS)
    .map((a) => ({
      name: a.name.slice(0, 255).trim() || "(no name)",
      contentType: a.contentType?.slice(0, 255) ?? null,
      size: a.size ?? null,
      sha256: a.sha256 ?? null,
      read: a.read,
      findings: {
        identifiers: [...new Set(a.identifiers.map((i) => i.type))].sort(),
        aboutAPerson: a.caseContent.length > 0,
        specialCategories: [...new Set(a.specialCategory.map((c) => c.category))].sort(),
      },
    }));
}
