/**
 * The result of checking one outgoing message: the stable contract of `safeshare check` (see
 * shared/spec/cli.md). Fields may be added; the names here are never renamed.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the checked body, `end` exclusive.
 */

/** A span of the body, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Where a recipient was addressed. Teams members use `to`. */
export type RecipientField = "to" | "cc" | "bcc";

/** Exactly one class per address, decided in this order: invalid, lookalike, internal, secure, personal, unverified. */
export type RecipientClass = "invalid" | "lookalike" | "internal" | "secure" | "personal" | "unverified";

/** A warning beside the class, each with a plain-English reason. */
export type RecipientFlagKind =
  | "distribution-list"
  | "large-audience"
  | "greeting-mismatch"
  | "first-time-recipient"
  | "display-name-address"
  | "external-user";

export interface RecipientFlag {
  kind: RecipientFlagKind;
  reason: string;
}

export interface RecipientResult {
  /** The bare address (lower-cased, trailing dot removed), or the raw string when it could not be parsed. */
  address: string;
  field: RecipientField;
  class: RecipientClass;
  /** Plain-English reasons for the class and every flag, most important first. */
  reasons: string[];
  /** The display name, when the mailbox had one. */
  displayName?: string;
  /** Registrable domain (eTLD+1 from tldts), when there is one. */
  domain?: string;
  /** For `lookalike`: the trusted domain it imitates. */
  imitates?: string;
  flags: RecipientFlag[];
}

export type SentenceKind = "fact" | "opinion" | "reported";

export type SentenceFlag = "unmarked-opinion" | "unattributed-report" | "evaluative-label" | "acronym";

/** The rule family that produced a cue. */
export type CueRule =
  | "hedge"
  | "cognition"
  | "evaluative"
  | "recommendation"
  | "prediction"
  | "opinion-marker"
  | "reporting-verb"
  | "attribution"
  | "hearsay"
  | "source"
  | "acronym";

export interface Cue extends Span {
  text: string;
  rule: CueRule;
  /** Plain-English reason, shown to the practitioner. */
  why: string;
}

export interface SentenceResult extends Span {
  text: string;
  kind: SentenceKind;
  cues: Cue[];
  flags: SentenceFlag[];
}

export type IdentifierType = "nhs-number" | "ni-number" | "date-of-birth" | "postcode" | "phone" | "email";

export interface IdentifierResult extends Span {
  type: IdentifierType;
  text: string;
  /** True when found in a quoted reply / forwarded chain rather than the new text. */
  quoted: boolean;
}

export interface AcronymResult extends Span {
  text: string;
  /** The glossary expansion, when the term is known. */
  expansion?: string;
}

export type SpecialCategory =
  | "health"
  | "ethnicity"
  | "religion"
  | "sex-life"
  | "criminal-allegation"
  | "political-opinion"
  | "trade-union"
  | "genetic-biometric";

export interface SpecialCategoryResult extends Span {
  category: SpecialCategory;
  text: string;
  quoted: boolean;
}

export type SkipReason = "quoted-reply" | "signature" | "disclaimer";

export interface SkippedRegion extends Span {
  reason: SkipReason;
}

export type Verdict = "pass" | "review";

export interface CheckResult {
  id?: string;
  verdict: Verdict;
  /** Plain-English reasons for the verdict; empty for a `pass`. */
  verdictReasons: string[];
  recipients: RecipientResult[];
  sentences: SentenceResult[];
  identifiers: IdentifierResult[];
  acronyms: AcronymResult[];
  specialCategory: SpecialCategoryResult[];
  skipped: SkippedRegion[];
}
