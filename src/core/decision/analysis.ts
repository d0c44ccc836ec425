import { z } from "zod";
import { MAX_RECORD_ATTACHMENTS } from "./record";
import { IDENTIFIER_TYPES, SPECIAL_CATEGORIES, type AcronymResult, type CheckResult, type IdentifierResult, type PersonMentionResult, type RecipientFlag, type RecipientResult, type SentenceResult, type SpecialCategoryResult } from "../check/result";

/**
 * The parts of a `safeshare check` result (`CheckResult`) that pre-fill the checklist, validated at
 * the edge where a result arrives as JSON (`safeshare decide --analysis FILE.json`). The result format
 * may gain fields, so unknown fields are kept, not refused.
 */

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

const RecipientSchema = z.looseObject({
  address: z.string(),
  field: z.enum(["to", "cc", "bcc"]),
  class: z.enum(["invalid", "lookalike", "internal", "secure", "personal", "unverified"]),
  reasons: z.array(z.string()).default([]),
  flags: z
    .array(
      z.looseObject({
        kind: z.enum(["distribution-list", "large-audience", "greeting-mismatch", "first-time-recipient", "display-name-address", "external-user"]),
        reason: z.string().default(""),
      }),
    )
    .default([]),
});

/** An attachment's checked contents, as much of `AttachmentContentResult` as the checklist and the record read. */
const AttachmentContentSchema: z.ZodType<AnalysisAttachment> = z.lazy(() =>
  z.looseObject({
    attachment: z.number().int().nonnegative(),
    name: z.string().max(1000),
    contentType: z.string().max(255).optional(),
    size: z.number().int().nonnegative().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    read: z.enum(["text", "unreadable"]),
    identifiers: z.array(z.looseObject({ ...span, type: z.enum(IDENTIFIER_TYPES), where: z.string().default("") })).default([]),
    caseContent: z.array(z.looseObject({ where: z.string().default("") })).default([]),
    specialCategory: z.array(z.looseObject({ category: z.enum(SPECIAL_CATEGORIES), where: z.string().default("") })).default([]),
    inner: z.array(AttachmentContentSchema).max(MAX_RECORD_ATTACHMENTS).optional(),
  }),
);

/** The analysis the checklist reads: recipients, sentences, identifiers, acronyms, special category cues. */
export const AnalysisSchema = z.looseObject({
  recipients: z.array(RecipientSchema).default([]),
  sentences: z
    .array(
      z.looseObject({
        ...span,
        text: z.string().default(""),
        kind: z.enum(["fact", "opinion", "reported"]),
        flags: z.array(z.enum(["unmarked-opinion", "unattributed-report", "evaluative-label", "acronym"])).default([]),
      }),
    )
    .default([]),
  identifiers: z
    .array(
      z.looseObject({
        ...span,
        type: z.enum(IDENTIFIER_TYPES),
        text: z.string().default(""),
        quoted: z.boolean().default(false),
      }),
    )
    .default([]),
  acronyms: z.array(z.looseObject({ ...span, text: z.string(), expansion: z.string().optional() })).default([]),
  specialCategory: z
    .array(
      z.looseObject({
        ...span,
        category: z.enum(SPECIAL_CATEGORIES),
        text: z.string().default(""),
        quoted: z.boolean().default(false),
      }),
    )
    .default([]),
  personMentions: z
    .array(
      z.looseObject({
        kind: z.enum(["name", "title-name", "initials", "relation", "age", "reference", "pronoun"]),
        text: z.string().default(""),
      }),
    )
    .default([]),
  attachmentContents: z.array(AttachmentContentSchema).max(MAX_RECORD_ATTACHMENTS).optional(),
  attachmentMismatches: z
    .array(z.looseObject({ attachment: z.number().int().nonnegative(), name: z.string().max(1000), kind: z.enum(["nhs-number", "person"]), message: z.string().max(2000) }))
    .max(MAX_RECORD_ATTACHMENTS)
    .optional(),
});

/** What the checklist needs from a `CheckResult`; a whole `CheckResult` is one. */
export interface Analysis {
  readonly recipients: readonly (Pick<RecipientResult, "address" | "field" | "class"> & { readonly flags: readonly Pick<RecipientFlag, "kind">[] })[];
  readonly sentences: readonly Pick<SentenceResult, "start" | "end" | "kind" | "flags">[];
  readonly identifiers: readonly Pick<IdentifierResult, "type" | "start" | "end" | "quoted">[];
  readonly acronyms: readonly Pick<AcronymResult, "text" | "start" | "end" | "expansion">[];
  readonly specialCategory: readonly Pick<SpecialCategoryResult, "category" | "start" | "end" | "quoted">[];
  /** The people the message is about (absent in an analysis written before they were reported). */
  readonly personMentions?: readonly Pick<PersonMentionResult, "kind" | "text">[];
  /** What the attachments' contents say, when they were read (absent otherwise). */
  readonly attachmentContents?: readonly AnalysisAttachment[];
  /** Attachments that seem to be about someone else than the message (absent when none). */
  readonly attachmentMismatches?: readonly { readonly attachment: number; readonly name: string; readonly kind: "nhs-number" | "person"; readonly message: string }[];
}

/** An attachment's checked contents as the checklist and the record read them (see `AttachmentContentResult`). */
export interface AnalysisAttachment {
  readonly attachment: number;
  readonly name: string;
  readonly contentType?: string | undefined;
  readonly size?: number | undefined;
  readonly sha256?: string | undefined;
  readonly read: "text" | "unreadable";
  readonly identifiers: readonly { readonly type: IdentifierResult["type"]; readonly start: number; readonly end: number; readonly where: string }[];
  readonly caseContent: readonly { readonly where: string }[];
  readonly specialCategory: readonly { readonly category: SpecialCategoryResult["category"]; readonly where: string }[];
  readonly inner?: readonly AnalysisAttachment[] | undefined;
}

// Both a `CheckResult` and the schema's output must be usable as an `Analysis` (checked by the compiler).
const analysisFromCheck = (a: CheckResult): Analysis => a;
const analysisFromSchema = (a: z.infer<typeof AnalysisSchema>): Analysis => a;
void analysisFromCheck;
void analysisFromSchema;

/** An empty analysis: nothing found (used when no analysis is given). */
export const EMPTY_ANALYSIS: Analysis = { recipients: [], sentences: [], identifiers: [], acronyms: [], specialCategory: [] };
