import { z } from "zod";
import { canonicalJson } from "./canonical";
import { decisionTimeFrom, UpnSchema, UtcTimeSchema } from "./ids";
import { type DecisionRecord, decisionRecordFrom, RECORD_SCHEMA_VERSION } from "./record";
import { flagsOverridden } from "./record-text";
import { ARTICLE6_BASES, ARTICLE9_CONDITIONS, CHANNELS, DECISION_KINDS, PURPOSE_KINDS, RECOMMENDATION_VALUES } from "./vocabulary";

/**
 * The SharePoint list that holds the records, defined once: the store writes and reads items with
 * `recordToListFields` / `listFieldsToRecord`, the provisioning command creates the columns from
 * `RECORD_COLUMNS`, and the review page filters on the indexed ones and may PATCH only `REVIEW_COLUMNS`.
 *
 * Simple fields get their own typed column (filterable); structured ones (recipients, consent, flags…)
 * are canonical JSON in multi-line text columns. A few derived columns (consent status, flags
 * overridden, purpose kind) exist only so the review page can filter on them; they are recomputed from
 * the record, never read back into it, so the record (and its hash) round-trips exactly.
 */

/** Graph column types SafeShare uses (`columnDefinition` facets). */
export type ColumnType = "text" | "multilineText" | "number" | "dateTime" | "boolean" | "choice";

/** One column of the list. */
export interface ColumnSpec {
  /** Internal name (Graph `name`; the key in item `fields`). */
  readonly name: string;
  readonly displayName: string;
  readonly type: ColumnType;
  readonly indexed: boolean;
  /** Only RecordId: SharePoint rejects a second item with the same value (requires `indexed`). */
  readonly enforceUniqueValues: boolean;
  /** For text columns: the most characters SharePoint will hold (255 single-line, 63,999 multi-line). */
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  /** Set when the record is written; review columns are set later, by a manager. */
  readonly role: "record" | "derived" | "review";
}

const SINGLE = 255;
const MULTI = 63_999;

const col = (name: string, displayName: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  displayName,
  type,
  indexed: false,
  enforceUniqueValues: false,
  role: "record",
  ...(type === "text" ? { maxLength: SINGLE } : type === "multilineText" ? { maxLength: MULTI } : {}),
  ...extra,
});

/** Every column of the decision-record list, in display order. */
export const RECORD_COLUMNS: readonly ColumnSpec[] = [
  col("RecordId", "Record id", "text", { indexed: true, enforceUniqueValues: true, maxLength: 36 }),
  col("SchemaVersion", "Schema version", "number"),
  col("DecisionTime", "Decision time (UTC)", "dateTime", { indexed: true }),
  col("PractitionerUpn", "Practitioner", "text", { indexed: true }),
  col("PractitionerObjectId", "Practitioner object id", "text", { indexed: true, maxLength: 36 }),
  col("Team", "Team", "text", { indexed: true }),
  col("Channel", "Channel", "choice", { indexed: true, choices: CHANNELS }),
  col("MessageRef", "Message reference", "multilineText"),
  col("Subject", "Subject", "text"),
  col("Recipients", "Recipients", "multilineText"),
  col("Purpose", "Purpose", "multilineText"),
  col("PurposeKind", "Purpose kind", "choice", { role: "derived", choices: PURPOSE_KINDS }),
  col("Recommendation", "Recommendation", "choice", { choices: RECOMMENDATION_VALUES }),
  col("RecommendationRules", "Recommendation rules", "multilineText"),
  col("Decision", "Decision", "choice", { indexed: true, choices: DECISION_KINDS }),
  col("Reasons", "Reasons", "multilineText", { maxLength: 4000 }),
  col("WhatShared", "What was shared", "multilineText", { maxLength: 4000 }),
  col("WhatWithheld", "What was withheld", "multilineText", { maxLength: 4000 }),
  col("Consent", "Consent", "multilineText"),
  col("ConsentStatus", "Consent status", "choice", { role: "derived", indexed: true, choices: ["obtained", "refused", "not-sought", "not-needed"] }),
  col("LawfulBasis", "Lawful basis (Article 6)", "choice", { choices: ARTICLE6_BASES }),
  col("Article9Condition", "Article 9 condition", "choice", { choices: ARTICLE9_CONDITIONS }),
  col("PublicInterest", "Public interest", "multilineText"),
  col("SignificantHarm", "Significant harm", "boolean"),
  col("Inform", "Informed", "multilineText"),
  col("Advice", "Advice", "multilineText"),
  col("Flags", "Flags", "multilineText"),
  col("FlagsOverridden", "Flags overridden", "number", { role: "derived", indexed: true }),
  // Not "Attachments": every SharePoint list item has a built-in boolean field of that name (list item attachments).
  col("CheckedAttachments", "Attachments checked", "multilineText"),
  col("SharedTextSha256", "Shared text SHA-256", "text", { maxLength: 64 }),
  col("PolicyVersion", "Policy version", "number", { indexed: true }),
  col("PolicySha256", "Policy SHA-256", "text", { maxLength: 64 }),
  col("AppVersion", "App version", "text", { maxLength: 64 }),
  col("PreviousHash", "Previous record hash", "text", { maxLength: 64 }),
  col("RecordHash", "Record hash", "text", { maxLength: 64 }),
  col("Reviewed", "Reviewed", "boolean", { role: "review", indexed: true }),
  col("ReviewedBy", "Reviewed by", "text", { role: "review" }),
  col("ReviewedAt", "Reviewed at (UTC)", "dateTime", { role: "review" }),
  col("ReviewComment", "Review comment", "multilineText", { role: "review", maxLength: 4000 }),
];

/** The columns a review may PATCH; every other column is written once, with the record. */
export const REVIEW_COLUMNS: readonly string[] = RECORD_COLUMNS.filter((c) => c.role === "review").map((c) => c.name);

/** SharePoint allows at most 20 indexed columns per list. */
export const MAX_INDEXED_COLUMNS = 20;

/** The Graph `columnDefinition` body that creates a column (POST /sites/{id}/lists/{id}/columns, or in the list's `columns`). */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const base = { name: column.name, displayName: column.displayName, indexed: column.indexed, enforceUniqueValues: column.enforceUniqueValues };
  switch (column.type) {
    case "text":
      return { ...base, text: { allowMultipleLines: false, maxLength: column.maxLength ?? SINGLE } };
    case "multilineText":
      return { ...base, text: { allowMultipleLines: true, textType: "plain", linesForEditing: 6 } };
    case "number":
      return { ...base, number: { decimalPlaces: "none" } };
    case "dateTime":
      return { ...base, dateTime: { format: "dateTime", displayAs: "standard" } };
    case "boolean":
      return { ...base, boolean: {} };
    case "choice":
      return { ...base, choice: { allowTextEntry: false, choices: [...(column.choices ?? [])], displayAs: "dropDownMenu" } };
  }
}

/** Item `fields` as Graph reads and writes them (absent means empty). */
export type ListFields = Record<string, string | number | boolean | null | undefined>;

const json = (value: unknown): string => canonicalJson(value);

/** The list item fields of a record (review columns are not set here: a new record is unreviewed). */
export function recordToListFields(record: DecisionRecord): ListFields {
  const fields: ListFields = {
    Title: record.recordId,
    RecordId: record.recordId,
    SchemaVersion: record.schemaVersion,
    DecisionTime: record.decidedAt,
    PractitionerUpn: record.practitioner.upn,
    PractitionerObjectId: record.practitioner.objectId,
    Team: record.team,
    Channel: record.message.kind,
    MessageRef: json(record.message),
    Subject: record.subject,
    Recipients: json(record.recipients),
    Purpose: json(record.purpose),
    PurposeKind: record.purpose.kind,
    Recommendation: record.recommendation.value,
    RecommendationRules: json(record.recommendation.rules),
    Decision: record.decision,
    Reasons: record.reasons,
    WhatShared: record.whatShared,
    WhatWithheld: record.whatWithheld,
    Consent: json(record.consent),
    ConsentStatus: record.consent?.kind ?? "not-needed",
    LawfulBasis: record.article6,
    Article9Condition: record.article9,
    PublicInterest: json(record.publicInterest),
    SignificantHarm: record.significantHarm,
    Inform: json(record.inform),
    Advice: json(record.advice),
    Flags: json(record.flags),
    FlagsOverridden: flagsOverridden(record.flags),
    // Absent (not "[]") for a version 1 record, so that reading it back gives the record its hash was made of.
    CheckedAttachments: record.attachments === undefined ? null : json(record.attachments),
    SharedTextSha256: record.sharedTextSha256,
    // Both empty for a record older than version 3 (none was recorded).
    PolicyVersion: record.policy?.version ?? null,
    PolicySha256: record.policy?.sha256 ?? null,
    AppVersion: record.appVersion,
    PreviousHash: record.previousHash,
    RecordHash: record.recordHash,
    Reviewed: false,
  };
  for (const column of RECORD_COLUMNS) {
    const value = fields[column.name];
    if (typeof value === "string" && column.maxLength !== undefined && value.length > column.maxLength) {
      throw new RangeError(`record ${record.recordId}: column ${column.name} would hold ${value.length} characters; SharePoint holds at most ${column.maxLength}`);
    }
  }
  return fields;
}

/** The result of reading a list item back into a record. */
export type ListItemParse = { readonly kind: "ok"; readonly record: DecisionRecord } | { readonly kind: "error"; readonly message: string };

/** Read a list item's fields back into a record, validated strictly (unknown columns are ignored). */
export function listFieldsToRecord(fields: ListFields): ListItemParse {
  const problems: string[] = [];
  const str = (name: string): string | null => {
    const v = fields[name];
    return v === undefined || v === null || v === "" ? null : String(v);
  };
  const parsed = (name: string): unknown => {
    const v = str(name);
    if (v === null) return null;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      problems.push(`${name}: not valid JSON`);
      return null;
    }
  };
  // Records hold whole seconds, as SharePoint does; a client that adds ".000" must not break the hash.
  const time = str("DecisionTime");
  const decidedAt = time === null ? null : decisionTimeFrom(time);
  const candidate = {
    schemaVersion: typeof fields.SchemaVersion === "string" ? Number(fields.SchemaVersion) : (fields.SchemaVersion ?? RECORD_SCHEMA_VERSION),
    recordId: str("RecordId"),
    decidedAt,
    practitioner: { upn: str("PractitionerUpn"), objectId: str("PractitionerObjectId") },
    team: str("Team"),
    message: parsed("MessageRef"),
    subject: str("Subject"),
    recipients: parsed("Recipients"),
    purpose: parsed("Purpose"),
    recommendation: { value: str("Recommendation"), rules: parsed("RecommendationRules") },
    decision: str("Decision"),
    reasons: str("Reasons"),
    whatShared: str("WhatShared"),
    whatWithheld: str("WhatWithheld"),
    consent: parsed("Consent"),
    article6: str("LawfulBasis"),
    article9: str("Article9Condition"),
    publicInterest: parsed("PublicInterest"),
    significantHarm: fields.SignificantHarm === true || fields.SignificantHarm === "true",
    inform: parsed("Inform"),
    advice: parsed("Advice"),
    flags: parsed("Flags"),
    ...attachmentsField(parsed("CheckedAttachments")),
    sharedTextSha256: str("SharedTextSha256"),
    ...policyField(fields),
    appVersion: str("AppVersion"),
    previousHash: str("PreviousHash"),
    recordHash: str("RecordHash"),
  };
  if (problems.length > 0) return { kind: "error", message: problems.join("\n") };
  return decisionRecordFrom(candidate);
}

/** A manager's review of a record: the only change ever made to an item after it is written. */
export const ReviewSchema = z.strictObject({
  reviewedBy: UpnSchema,
  reviewedAt: UtcTimeSchema,
  comment: z.string().trim().max(4000).default(""),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The PATCH body (item `fields`) that marks a record reviewed: review columns only. */
export function reviewToListFields(review: Review): ListFields {
  return { Reviewed: true, ReviewedBy: review.reviewedBy, ReviewedAt: review.reviewedAt, ReviewComment: review.comment };
}

/** The review on a list item, or null when it has not been reviewed. */
export function listFieldsToReview(fields: ListFields): Review | null {
  if (fields.Reviewed !== true && fields.Reviewed !== "true") return null;
  const parsed = ReviewSchema.safeParse({ reviewedBy: fields.ReviewedBy, reviewedAt: fields.ReviewedAt, comment: fields.ReviewComment ?? "" });
  return parsed.success ? parsed.data : null;
}

/** True when a PATCH body touches only review columns (the store refuses anything else). */
export function isReviewPatch(fields: ListFields): boolean {
  return Object.keys(fields).every((name) => REVIEW_COLUMNS.includes(name));
}

/** A record's `policy` from its columns: absent when there is no digest (a record older than version 3). */
function policyField(fields: Readonly<Record<string, unknown>>): { policy?: unknown } {
  const sha256 = fields.PolicySha256;
  if (sha256 === null || sha256 === undefined || sha256 === "") return {};
  const version = fields.PolicyVersion;
  return { policy: { version: version === null || version === undefined || version === "" ? null : typeof version === "string" ? Number(version) : version, sha256 } };
}

/** A record's `attachments` from its column: absent when the column is empty (a version 1 record). */
function attachmentsField(value: unknown): { attachments?: unknown } {
  return value === null ? {} : { attachments: value };
}
