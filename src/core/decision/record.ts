import { z } from "zod";
import { AdviceSchema, ConsentSchema, FlagResolutionSchema, InformSchema, PublicInterestSchema, PurposeSchema } from "./answers";
import { RaisedFlagSchema } from "./flags";
import { DecisionTimeSchema, EntraObjectIdSchema, RecordIdSchema, Sha256HexSchema, UpnSchema } from "./ids";
import { RULE_IDS, type RuleId } from "./rules";
import { IDENTIFIER_TYPES, SPECIAL_CATEGORIES } from "../check/result";
import { ARTICLE6_BASES, ARTICLE9_CONDITIONS, DECISION_KINDS, RECOMMENDATION_VALUES } from "./vocabulary";

/**
 * The decision record, version 2 (product.md "The decision record"): one item per decision in the
 * SharePoint list, validated before it is written and whenever it is read.
 *
 * Privacy by design: the record holds what the guidance asks for and no more. It keeps a SHA-256 of the
 * shared text, never the text; flags by kind and position, never the flagged words; recipients by
 * address and class only; the subject only when the organisation's policy allows (otherwise null).
 */

/** The record format version this SafeShare writes: 2 adds `attachments` (issue 14). */
export const RECORD_SCHEMA_VERSION = 3;
/** The versions this SafeShare reads: version 1 is version 2 without `attachments`. */
export const READABLE_RECORD_VERSIONS: readonly number[] = [1, 2, RECORD_SCHEMA_VERSION];

/**
 * Free text, trimmed, with every line ending as "\n": a browser's textarea gives "\n", Windows tools and
 * SharePoint's multi-line text may give "\r\n", and the record's hash must not depend on which (the review
 * page recomputes it from what the list holds).
 */
const text = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/\r\n?/g, "\n"))
    .trim()
    .min(1)
    .max(max);

/** Where the message went, with its reference: the id stamped on the email, or the Teams chat/channel and message. */
export const MessageRefSchema = z.discriminatedUnion("kind", [
  /** `headerId`: the id SafeShare stamps on the email as an internet header; null when nothing was sent. */
  z.strictObject({ kind: z.literal("email"), headerId: text(998).nullable() }),
  z.strictObject({ kind: z.literal("teams-chat"), chatId: text(500), messageId: text(200).nullable() }),
  z.strictObject({ kind: z.literal("teams-channel"), teamId: text(200), channelId: text(500), messageId: text(200).nullable() }),
]);
export type MessageRef = z.infer<typeof MessageRefSchema>;

/** A recipient as the record keeps it: the address, where it was addressed and its class. */
export const RecordRecipientSchema = z.strictObject({
  address: text(320),
  field: z.enum(["to", "cc", "bcc"]),
  class: z.enum(["invalid", "lookalike", "internal", "secure", "personal", "unverified"]),
});
export type RecordRecipient = z.infer<typeof RecordRecipientSchema>;

/** A flag raised by the analysis and how it was resolved; `not-sent` when the decision was not to share. */
export const RecordFlagSchema = z.strictObject({
  flag: RaisedFlagSchema,
  resolution: z.union([FlagResolutionSchema, z.strictObject({ kind: z.literal("not-sent") })]),
});
export type RecordFlag = z.infer<typeof RecordFlagSchema>;

/**
 * An attachment as the record keeps it: its name, declared type, size and SHA-256 — never its content —
 * whether SafeShare could read it, and which kinds of finding came from it (no values: an NHS number's
 * kind, not the number).
 */
export const RecordAttachmentSchema = z.strictObject({
  name: text(255),
  contentType: z.string().max(255).nullable(),
  size: z.number().int().nonnegative().nullable(),
  /** SHA-256 of the file's bytes; null when the host gave only its name (a cloud attachment, a file not read). */
  sha256: Sha256HexSchema.nullable(),
  read: z.enum(["text", "unreadable", "not-read"]),
  /** What was found in it: the identifier kinds, whether it says something about an identifiable person, the special categories. */
  findings: z.strictObject({
    identifiers: z.array(z.enum(IDENTIFIER_TYPES)).max(IDENTIFIER_TYPES.length),
    aboutAPerson: z.boolean(),
    specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)).max(SPECIAL_CATEGORIES.length),
  }),
});
export type RecordAttachment = z.infer<typeof RecordAttachmentSchema>;

/** The most attachments a record lists (what one Outlook message can carry is far fewer). */
export const MAX_RECORD_ATTACHMENTS = 100;

const ruleIdSchema = z.string().refine((s): s is RuleId => (RULE_IDS as string[]).includes(s), { message: "not a rule of the recommendation flow" });

/**
 * The policy a decision was made under: its saved version in the site's policy list (0: the built-in
 * default, nothing saved; null: a policy file given to the CLI, not a saved version) and the SHA-256 of
 * its canonical JSON, which tells versions apart even where the number does not.
 */
export const RecordPolicySchema = z.strictObject({
  version: z.number().int().min(0).max(1_000_000).nullable(),
  sha256: Sha256HexSchema,
});
export type RecordPolicy = z.infer<typeof RecordPolicySchema>;

/**
 * Every field of a version 3 record, the record hash included (a version 1 record has no `attachments`,
 * a version 1 or 2 record no `policy`).
 */
const recordShape = {
  schemaVersion: z.union([z.literal(1), z.literal(2), z.literal(RECORD_SCHEMA_VERSION)]),
  recordId: RecordIdSchema,
  /** When the decision was recorded (UTC, whole seconds). */
  decidedAt: DecisionTimeSchema,
  practitioner: z.strictObject({ upn: UpnSchema, objectId: EntraObjectIdSchema }),
  team: text(255),
  /** The channel is `message.kind`: email, Teams chat or Teams channel. */
  message: MessageRefSchema,
  /** The subject, or null when the organisation's policy does not allow recording it. */
  subject: z.string().max(255).nullable(),
  recipients: z.array(RecordRecipientSchema),
  purpose: PurposeSchema,
  /** What SafeShare recommended, and the rules that produced it. */
  recommendation: z.strictObject({ value: z.enum(RECOMMENDATION_VALUES), rules: z.array(ruleIdSchema).min(1) }),
  decision: z.enum(DECISION_KINDS),
  reasons: text(4000),
  /** What was shared; null for a decision not to share. */
  whatShared: text(4000).nullable(),
  /** What was withheld or asked for, when the practitioner said. */
  whatWithheld: text(4000).nullable(),
  /** The consent answer; null when consent was not needed (anonymised, not confidential, no purpose). */
  consent: ConsentSchema.nullable(),
  article6: z.enum(ARTICLE6_BASES).nullable(),
  article9: z.enum(ARTICLE9_CONDITIONS).nullable(),
  /** The public-interest test and reasoning; null when it was not needed or not given. */
  publicInterest: PublicInterestSchema.nullable(),
  /** True when there was evidence or reasonable cause to believe a child is at risk of significant harm. */
  significantHarm: z.boolean(),
  /** Informed or not, and why; null when no one is identifiable. */
  inform: InformSchema.nullable(),
  advice: AdviceSchema,
  flags: z.array(RecordFlagSchema),
  /** The attachments whose contents were checked (version 2; absent in version 1 records, which predate it). */
  attachments: z.array(RecordAttachmentSchema).max(MAX_RECORD_ATTACHMENTS).optional(),
  /** SHA-256 of the text shared (or considered, when not shared); null when no text was given. */
  sharedTextSha256: Sha256HexSchema.nullable(),
  /** The policy it was decided under (version 3; absent in older records, which predate it). */
  policy: RecordPolicySchema.optional(),
  appVersion: text(64),
  /** The practitioner's previous record's hash; null for their first record. */
  previousHash: Sha256HexSchema.nullable(),
  /** SHA-256 of the canonical record without this field (so it covers `previousHash`). */
  recordHash: Sha256HexSchema,
};

/** A decision record, version 1, 2 or 3. */
export const DecisionRecordSchema = z.strictObject(recordShape);
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** A record before it is sealed: every field but the record hash. */
export const DecisionRecordDraftSchema = DecisionRecordSchema.omit({ recordHash: true });
export type DecisionRecordDraft = z.infer<typeof DecisionRecordDraftSchema>;

/** The result of reading a record. */
export type RecordParse = { readonly kind: "ok"; readonly record: DecisionRecord } | { readonly kind: "error"; readonly message: string };

/** A readable, one-line-per-problem description of why a record is invalid. */
export function recordErrorText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(record)"}: ${issue.message}`).join("\n");
}

/**
 * Read a record strictly. A record of another schema version is refused with a clear message (a newer
 * SafeShare wrote it; this one must not guess what its fields mean), never silently accepted.
 */
export function decisionRecordFrom(input: unknown): RecordParse {
  if (typeof input === "object" && input !== null && "schemaVersion" in input) {
    const version = (input as { schemaVersion: unknown }).schemaVersion;
    if (typeof version !== "number" || !READABLE_RECORD_VERSIONS.includes(version)) {
      return {
        kind: "error",
        message: `schemaVersion: this SafeShare reads decision records of versions ${READABLE_RECORD_VERSIONS.join(", ")}, not ${JSON.stringify(version)}; it was written by a different SafeShare version: update SafeShare to read it`,
      };
    }
  }
  const parsed = DecisionRecordSchema.safeParse(input);
  if (parsed.success && parsed.data.schemaVersion === 1 && parsed.data.attachments !== undefined) {
    return { kind: "error", message: "attachments: a version 1 record has no attachments; version 2 added them" };
  }
  return parsed.success ? { kind: "ok", record: parsed.data } : { kind: "error", message: recordErrorText(parsed.error) };
}
