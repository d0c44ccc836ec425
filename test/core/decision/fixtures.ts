import type { Analysis, AnswersInput, RecordContextInput } from "../../../src/core/decision";

/** Test data shared by the decision tests. */

export const PRACTITIONER = { upn: "jo.smith@herts.gov.uk", objectId: "0b6f3c1e-2a4d-4e8f-9c1b-7d5e3a2f1c0b" };

/** Record ids: a fixed UUID per n. */
export function recordIdN(n: number): string {
  return `3f2b1c9e-8d4a-4b6f-9e21-${n.toString(16).padStart(12, "0")}`;
}

export function context(overrides: Partial<RecordContextInput> = {}): RecordContextInput {
  return {
    recordId: recordIdN(1),
    decidedAt: "2026-11-25T09:00:00.000Z",
    practitioner: PRACTITIONER,
    team: "Family Safeguarding North",
    message: { kind: "email", headerId: "<safeshare-1@herts.gov.uk>" },
    appVersion: "0.1.0",
    policy: { version: 0, sha256: "a".repeat(64) },
    ...overrides,
  };
}

export const ALL_CONFIRMED = {
  necessary: true,
  proportionate: true,
  relevant: true,
  adequate: true,
  accurate: true,
  timely: true,
  secure: true,
  onwardSharingEstablished: true,
  flagResolutions: [],
};

export const COMPETENT_CHILD = {
  age: 15,
  understandsQuestion: true,
  understandsWhatShared: true,
  understandsReasons: true,
  understandsImplications: true,
  appreciatesAlternatives: true,
  weighsUp: true,
  expressesOwnView: true,
  consistentView: true,
};

export const PUBLIC_INTEREST: NonNullable<AnswersInput["publicInterest"]> = {
  circumstances: [],
  proportionate: "yes",
  otherMeans: "no",
  preventOrDetectCrime: "no",
  protectOthers: "no",
  vulnerability: "A baby and a toddler.",
  impact: "Mum may disengage.",
  reasoning: "Sharing is needed to keep the children safe.",
};

/** A complete answer set for sharing confidential information without consent on a public-interest basis. */
export function baseAnswers(overrides: Partial<AnswersInput> = {}): AnswersInput {
  return {
    version: 1,
    purpose: { kind: "child-in-need" },
    identifiable: "yes",
    confidential: "yes",
    consent: { kind: "refused", whose: [{ kind: "parental-responsibility" }] },
    lawfulBasis: { article6: "public-task" },
    publicInterest: { ...PUBLIC_INTEREST, protectOthers: "yes" },
    rightWay: ALL_CONFIRMED,
    inform: { kind: "will-inform" },
    advice: { kind: "none" },
    decision: { kind: "share", reasons: "To protect the children.", whatShared: "The visit notes." },
    ...overrides,
  };
}

/** An analysis with one of everything the checklist reads. */
export const ANALYSIS: Analysis = {
  recipients: [
    { address: "s.jones@gmail.com", field: "to", class: "personal", flags: [] },
    { address: "duty@herts.police.uk", field: "cc", class: "secure", flags: [{ kind: "first-time-recipient" }] },
  ],
  sentences: [
    { start: 0, end: 40, kind: "fact", flags: [] },
    { start: 41, end: 90, kind: "opinion", flags: ["unmarked-opinion"] },
    { start: 91, end: 130, kind: "reported", flags: ["unattributed-report", "acronym"] },
  ],
  identifiers: [{ type: "date-of-birth", start: 20, end: 30, quoted: false }],
  acronyms: [{ text: "CAMHS", start: 95, end: 100, expansion: "Child and Adolescent Mental Health Services" }],
  specialCategory: [{ category: "health", start: 60, end: 66, quoted: false }],
};
