import { z } from "zod";
import { UtcTimeSchema } from "./ids";
import {
  ADVICE_SOURCES,
  ARTICLE6_BASES,
  ARTICLE9_CONDITIONS,
  CONSENT_FORMS,
  HARM_CONCERNS,
  NOT_INFORMING_REASONS,
  NOT_SOUGHT_REASONS,
  PUBLIC_INTEREST_CIRCUMSTANCES,
} from "./vocabulary";

/**
 * The answers format: what the practitioner answered, step by step. The same shape is posted by the
 * task pane, the Teams share page and `safeshare decide --answers FILE.json`.
 *
 * Every step is optional here because earlier answers make later steps unnecessary (see
 * `stepApplicability`); which steps an answer set still needs is `answersValidation`'s job, so a
 * missing step is reported as "missing", not as a schema error. Unions are discriminated on `kind`.
 */

/** Free text written by the practitioner: trimmed, not empty, bounded. */
const text = (what: string, max = 4000) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, { message: `${what} cannot be empty` })
    .max(max, { message: `${what} must be at most ${max} characters` });

const yesNoUnsure = z.enum(["yes", "no", "unsure"], { message: 'must be "yes", "no" or "unsure"' });
const yesNo = z.enum(["yes", "no"], { message: 'must be "yes" or "no"' });
const confirmed = z.boolean({ message: "must be true or false" });
const kindUnion = <T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(options: T, kinds: string) =>
  z.discriminatedUnion("kind", options, { message: `kind must be one of ${kinds}` });

/** Step 1: the legitimate purpose. */
export const PurposeSchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("significant-harm"), concern: z.enum(HARM_CONCERNS, { message: 'must be "evidence" or "reasonable-cause"' }) }),
    z.strictObject({ kind: z.literal("child-in-need") }),
    z.strictObject({ kind: z.literal("crime-prevention") }),
    z.strictObject({
      kind: z.literal("statutory-duty-or-court-order"),
      which: z.enum(["statutory-duty", "court-order"], { message: 'must be "statutory-duty" or "court-order"' }),
      detail: text("which duty or order"),
    }),
    z.strictObject({ kind: z.literal("multi-agency-meeting") }),
    z.strictObject({ kind: z.literal("other"), text: text("the purpose") }),
    z.strictObject({ kind: z.literal("none") }),
  ],
  '"significant-harm", "child-in-need", "crime-prevention", "statutory-duty-or-court-order", "multi-agency-meeting", "other", "none"',
);
export type Purpose = z.infer<typeof PurposeSchema>;

/** Seed 004 / seed 000 competence questions, each answered for this child on this occasion. */
export const ChildCompetenceSchema = z.strictObject({
  /** Age in years, when known (seed 004: 16 and 17 are presumed to have capacity; 12 or over may generally be expected to). */
  age: z.number().int().min(0).max(17).optional(),
  understandsQuestion: confirmed,
  understandsWhatShared: confirmed,
  understandsReasons: confirmed,
  understandsImplications: confirmed,
  appreciatesAlternatives: confirmed,
  weighsUp: confirmed,
  expressesOwnView: confirmed,
  consistentView: confirmed,
});
export type ChildCompetence = z.infer<typeof ChildCompetenceSchema>;

/** Whose consent was sought. */
export const ConsentPartySchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("child"), competence: ChildCompetenceSchema }),
    z.strictObject({ kind: z.literal("parental-responsibility") }),
    z.strictObject({ kind: z.literal("adult-concerned") }),
    z.strictObject({ kind: z.literal("information-provider") }),
  ],
  '"child", "parental-responsibility", "adult-concerned", "information-provider"',
);
export type ConsentPartyAnswer = z.infer<typeof ConsentPartySchema>;

const whose = z.array(ConsentPartySchema).min(1, { message: "say whose consent (at least one person)" });

/** Step 4: consent obtained, refused, or not sought (with the reason). */
export const ConsentSchema = kindUnion(
  [
    z.strictObject({
      kind: z.literal("obtained"),
      form: z.enum(CONSENT_FORMS, { message: 'must be "explicit-written", "explicit-verbal" or "implicit"' }),
      /** When verbal consent was given (required for explicit verbal consent). */
      givenAt: UtcTimeSchema.optional(),
      whose,
      /** Does the consent cover these recipients and this purpose? (seed 002 "Partial Consent"). */
      coversThisSharing: yesNo,
    }),
    z.strictObject({ kind: z.literal("refused"), whose }),
    z.strictObject({
      kind: z.literal("not-sought"),
      reason: z.enum(NOT_SOUGHT_REASONS, { message: `must be one of ${NOT_SOUGHT_REASONS.join(", ")}` }),
      detail: text("the detail", 2000).optional(),
    }),
  ],
  '"obtained", "refused", "not-sought"',
);
export type Consent = z.infer<typeof ConsentSchema>;

/** Step 5a: the UK GDPR lawful basis, and the Article 9 condition when special category data is present. */
export const LawfulBasisSchema = z.strictObject({
  article6: z.enum(ARTICLE6_BASES, { message: `must be one of ${ARTICLE6_BASES.join(", ")}` }),
  article9: z.enum(ARTICLE9_CONDITIONS, { message: `must be one of ${ARTICLE9_CONDITIONS.join(", ")}` }).optional(),
});
export type LawfulBasis = z.infer<typeof LawfulBasisSchema>;

/** Step 5b: the public-interest test (seed 002's questions; seed 000's circumstances). */
export const PublicInterestSchema = z.strictObject({
  circumstances: z.array(z.enum(PUBLIC_INTEREST_CIRCUMSTANCES, { message: `must be one of ${PUBLIC_INTEREST_CIRCUMSTANCES.join(", ")}` })).default([]),
  /** Is the intended disclosure proportionate to the intended aim? */
  proportionate: yesNoUnsure,
  /** Is there another equally effective means of achieving the same aim? */
  otherMeans: yesNoUnsure,
  /** Is the disclosure necessary to prevent or detect crime and uphold the rights and freedoms of the public? */
  preventOrDetectCrime: yesNoUnsure,
  /** Is it necessary to disclose the information, to protect others? */
  protectOthers: yesNoUnsure,
  /** What is the vulnerability of those who are at risk? */
  vulnerability: text("the vulnerability of those at risk", 2000),
  /** What is the impact of disclosure likely to be on the individual? */
  impact: text("the likely impact on the individual", 2000),
  /** The practitioner's public-interest reasoning, in their words. */
  reasoning: text("the public-interest reasoning"),
});
export type PublicInterest = z.infer<typeof PublicInterestSchema>;

/** How one flag raised by the analysis was resolved. */
export const FlagResolutionSchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("fixed") }),
    z.strictObject({ kind: z.literal("overridden"), reason: text("the reason for overriding", 1000) }),
    // For a look-alike, invalid or disguised address, the only way on besides correcting it: the recipient
    // said it is theirs by another channel (a phone call to a known number, in person).
    z.strictObject({ kind: z.literal("confirmed-another-way"), how: text("how the address was confirmed with the recipient", 300) }),
  ],
  '"fixed", "overridden", "confirmed-another-way"',
);
export type FlagResolution = z.infer<typeof FlagResolutionSchema>;

/** Step 6: right information, right way. Each principle is confirmed; each raised flag is resolved. */
export const RightWaySchema = z.strictObject({
  necessary: confirmed,
  proportionate: confirmed,
  relevant: confirmed,
  adequate: confirmed,
  accurate: confirmed,
  timely: confirmed,
  secure: confirmed,
  /** Has the practitioner established with the recipient whether they intend to pass it on? (seed 000). */
  onwardSharingEstablished: confirmed,
  flagResolutions: z
    .array(z.strictObject({ flagId: z.string().min(1).max(200), resolution: FlagResolutionSchema }))
    .default([]),
});
export type RightWay = z.infer<typeof RightWaySchema>;

/** Step 7: informing the individual. */
export const InformSchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("already-informed") }),
    z.strictObject({ kind: z.literal("will-inform") }),
    z.strictObject({
      kind: z.literal("not-informing"),
      reason: z.enum(NOT_INFORMING_REASONS, { message: `must be one of ${NOT_INFORMING_REASONS.join(", ")}` }),
      detail: text("why informing would be unsafe", 2000),
    }),
  ],
  '"already-informed", "will-inform", "not-informing"',
);
export type Inform = z.infer<typeof InformSchema>;

/** Step 8: advice sought, or none. */
export const AdviceSchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("none") }),
    z.strictObject({
      kind: z.literal("sought"),
      from: z.array(z.enum(ADVICE_SOURCES, { message: `must be one of ${ADVICE_SOURCES.join(", ")}` })).min(1, { message: "say whom advice was sought from" }),
      summary: text("a summary of the advice", 2000),
    }),
  ],
  '"none", "sought"',
);
export type Advice = z.infer<typeof AdviceSchema>;

/** Step 9: the decision, in the practitioner's words. */
export const DecisionSchema = kindUnion(
  [
    z.strictObject({ kind: z.literal("share"), reasons: text("the reasons"), whatShared: text("what is being shared") }),
    z.strictObject({
      kind: z.literal("share-limited"),
      reasons: text("the reasons"),
      whatShared: text("what is being shared"),
      whatWithheld: text("what is being withheld").optional(),
    }),
    z.strictObject({ kind: z.literal("do-not-share"), reasons: text("the reasons"), whatWithheld: text("what was asked for or withheld").optional() }),
  ],
  '"share", "share-limited", "do-not-share"',
);
export type Decision = z.infer<typeof DecisionSchema>;

/** A whole answer set (version 1 of the answers format). */
export const AnswersSchema = z.strictObject({
  version: z.literal(1, { message: "this SafeShare reads answers format version 1" }).default(1),
  purpose: PurposeSchema.optional(),
  identifiable: yesNo.optional(),
  confidential: yesNoUnsure.optional(),
  consent: ConsentSchema.optional(),
  lawfulBasis: LawfulBasisSchema.optional(),
  publicInterest: PublicInterestSchema.optional(),
  rightWay: RightWaySchema.optional(),
  inform: InformSchema.optional(),
  advice: AdviceSchema.optional(),
  decision: DecisionSchema.optional(),
});
/** A parsed answer set. */
export type Answers = z.infer<typeof AnswersSchema>;
/** An answer set as written in a file (defaults not yet applied). */
export type AnswersInput = z.input<typeof AnswersSchema>;
/** The name of one answer in the answer set. */
export type AnswerKey = Exclude<keyof Answers, "version">;
