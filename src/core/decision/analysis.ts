import { z } from "zod";
import { IDENTIFIER_TYPES, type AcronymResult, type CheckResult, type IdentifierResult, type PersonMentionResult, type RecipientFlag, type RecipientResult, type SentenceResult, type SpecialCategoryResult } from "../check/result";

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
        category: z.enum(["health", "ethnicity", "religion", "sex-life", "criminal-allegation", "political-opinion", "trade-union", "genetic-biometric"]),
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
}

// Both a `CheckResult` and the schema's output must be usable as an `Analysis` (checked by the compiler).
const analysisFromCheck = (a: CheckResult): Analysis => a;
const analysisFromSchema = (a: z.infer<typeof AnalysisSchema>): Analysis => a;
void analysisFromCheck;
void analysisFromSchema;

/** An empty analysis: nothing found (used when no analysis is given). */
export const EMPTY_ANALYSIS: Analysis = { recipients: [], sentences: [], identifiers: [], acronyms: [], specialCategory: [] };
