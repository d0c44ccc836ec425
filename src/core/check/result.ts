import type { AttachmentContentResult } from "../attachments/check-attachment";
import type { AttachmentMismatch } from "../attachments/mismatch";
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
  | "acronym"
  /** Phrasing the learned component weighed (content/kinds/model): no single rule's word, the sentence's pattern. */
  | "pattern";

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

/** The kinds of personal identifier the check finds, in the order they are reported. */
export const IDENTIFIER_TYPES = ["nhs-number", "ni-number", "date-of-birth", "postcode", "phone", "email"] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

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

/** The special categories of personal data (UK GDPR Article 9, with criminal allegations under Article 10). */
export const SPECIAL_CATEGORIES = ["health", "ethnicity", "religion", "sex-life", "criminal-allegation", "political-opinion", "trade-union", "genetic-biometric"] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

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

/** Where in the message something was found. */
export type MessagePart = "body" | "subject" | "attachment";

/** A person the message is about (not the professionals writing or reading it). Offsets are into its part. */
export interface PersonMentionResult extends Span {
  text: string;
  kind: "name" | "title-name" | "initials" | "relation" | "age" | "reference" | "pronoun";
  /** 2: identifies one person on its own ("Kayden", "her dad", "aged 6"); 1: needs the context ("she", "the child"). */
  weight: 1 | 2;
  in: MessagePart;
  /** For an attachment: its index in the message's attachments. */
  attachment?: number;
  quoted: boolean;
}

/** A statement about an identifiable person: the window (sentence, subject, file name) where a person and their life meet. */
export interface CaseContentResult extends Span {
  in: MessagePart;
  attachment?: number;
  /** The person as written ("Kayden", "her dad", "Mr Kemp"); "" for a file named as a case record. */
  person: string;
  /** What is said about them, as written ("supervised"), or the case-record word in a file's name. */
  said: string;
  /** What kind of information that is ("contact and living arrangements", "a case record"). */
  about: string;
  quoted: boolean;
}

/** What the subject line carries, in the subject's own offsets. */
export interface SubjectFindingsResult {
  identifiers: IdentifierResult[];
  specialCategory: SpecialCategoryResult[];
  caseVocabulary: (Span & { text: string; why: string; quoted: boolean })[];
}

export interface CheckResult {
  id?: string;
  verdict: Verdict;
  /** Plain-English reasons for the verdict; empty for a `pass`. */
  verdictReasons: string[];
  /** The verdict in one plain sentence: the main reason for a hold, or what made a pass close, or "". */
  verdictSummary: string;
  /** For a pass that was close, why it still passed, one plain sentence each. */
  closeCalls: string[];
  recipients: RecipientResult[];
  sentences: SentenceResult[];
  identifiers: IdentifierResult[];
  acronyms: AcronymResult[];
  specialCategory: SpecialCategoryResult[];
  skipped: SkippedRegion[];
  /** The people the message is about, in the body, the subject and the attachments' names. */
  personMentions: PersonMentionResult[];
  /** The statements about an identifiable person that make the message case content. */
  caseContent: CaseContentResult[];
  /** Identifiers, special category cues and safeguarding terms in the subject line. */
  subjectFindings: SubjectFindingsResult;
  /**
   * Present (true) when the body says more about people than is listed (40 statements about someone
   * named, or 400 sentences about people once someone is; see content/people/case-content.ts
   * `SURE_WINDOWS_LISTED`): `personMentions` and `caseContent` are then those of the body up to that
   * point. The verdict is the same either way: the message is held.
   */
  peopleListsStopped?: true;
  /** What each attachment's contents say, when they were read (`checkMessage`'s `contents`); absent otherwise. */
  attachmentContents?: AttachmentContentResult[];
  /** Attachments that seem to be about someone else than the message (`attachmentMismatches`); absent when none. */
  attachmentMismatches?: AttachmentMismatch[];
}
