import { z } from "zod";
import { type SeedQuote, seedQuote } from "./seeds";

/**
 * The closed lists the checklist chooses from: purposes, consent forms, reasons not to seek consent,
 * lawful bases, Article 9 conditions, advice sources, outcomes. Each value has plain-English wording
 * and the seed sentence it comes from, so the task pane, the record and the docs say the same thing.
 */

/** A value's wording and where the guidance names it. */
export interface Term {
  readonly label: string;
  readonly source: SeedQuote;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: purpose

/** The legitimate purposes of product.md step 1, plus "none" (which ends the flow). */
export const PURPOSE_KINDS = [
  "significant-harm",
  "child-in-need",
  "crime-prevention",
  "statutory-duty-or-court-order",
  "multi-agency-meeting",
  "other",
  "none",
] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** Wording of each purpose. */
export const PURPOSE_TERMS: Readonly<Record<PurposeKind, Term>> = {
  "significant-harm": {
    label: "A child is suffering, or is at risk of, significant harm",
    source: seedQuote("000", "Sharing information is essential in working to protect children from significant harm."),
  },
  "child-in-need": {
    label: "A child in need, or early help",
    source: seedQuote("000", "Early sharing of information is the key to providing effective early help where there are emerging problems."),
  },
  "crime-prevention": {
    label: "Prevention or detection of crime",
    source: seedQuote("000", "To prevent significant harm arising to children or serious harm to adults, including through the prevention, detection and prosecution of serious crime"),
  },
  "statutory-duty-or-court-order": {
    label: "A statutory duty or a court order requires it",
    source: seedQuote("000", "In some situations you are required by law to share information"),
  },
  "multi-agency-meeting": {
    label: "A multi-agency meeting (strategy discussion, conference, panel)",
    source: seedQuote("000", "Often it is only when information from a number of sources is shared and put together, that it becomes clear that a child has suffered, or is likely to suffer, significant harm."),
  },
  other: {
    label: "Another legitimate purpose (say what)",
    source: seedQuote("000", "you need to have a good reason or legitimate purpose to share information"),
  },
  none: {
    label: "There is no legitimate purpose",
    source: seedQuote("002", "No – then do not share information"),
  },
};

/**
 * What the concern about significant harm rests on (seed 001's two bases for a concern, which are seed
 * 000's "evidence" and "reasonable cause to believe").
 */
export const HARM_CONCERNS = ["evidence", "reasonable-cause"] as const;
export type HarmConcern = (typeof HARM_CONCERNS)[number];
export const HARM_CONCERN_TERMS: Readonly<Record<HarmConcern, Term>> = {
  evidence: {
    label: "There is evidence that the child is suffering, or is at risk of suffering, significant harm",
    source: seedQuote("001", "An established risk (e.g. where there is evidence that a child has suffered harm)."),
  },
  "reasonable-cause": {
    label: "There is reasonable cause to believe the child may be suffering, or at risk of, significant harm",
    source: seedQuote("001", "Or a suspected or potential risk (e.g. where it is reasonable for a practitioner to believe that information sharing is necessary to protect a child from harm that may happen without intervention)."),
  },
};

// ---------------------------------------------------------------------------------------------------
// Step 4: consent

/** How consent was given (product.md step 4; seed 000 "What constitutes consent?"; seed 002 on verbal consent). */
export const CONSENT_FORMS = ["explicit-written", "explicit-verbal", "implicit"] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];
export const CONSENT_FORM_TERMS: Readonly<Record<ConsentForm, Term>> = {
  "explicit-written": {
    label: "Explicit consent, in writing",
    source: seedQuote("000", "It can be expressed either verbally or in writing, although written consent is preferable since that reduces the scope for subsequent dispute."),
  },
  "explicit-verbal": {
    label: "Explicit consent, given verbally (record the date and time)",
    source: seedQuote("002", "a clear record of verbal consent obtained stating the date, time and what information is to be held/shared"),
  },
  implicit: {
    label: "Implicit consent, within the service",
    source: seedQuote("000", "Consent can legitimately be implied if the context is such that information sharing is intrinsic to the activity or service"),
  },
};

/** Whose consent (seed 000 "Whose consent should be sought?"; seed 004 section 9). */
export const CONSENT_PARTIES = ["child", "parental-responsibility", "adult-concerned", "information-provider"] as const;
export type ConsentParty = (typeof CONSENT_PARTIES)[number];
export const CONSENT_PARTY_TERMS: Readonly<Record<ConsentParty, Term>> = {
  child: {
    label: "The child or young person",
    source: seedQuote("000", "A child or young person who has the capacity to understand and make their own decisions may give (or refuse) consent to sharing."),
  },
  "parental-responsibility": {
    label: "A person with parental responsibility",
    source: seedQuote("000", "In most cases, where a child cannot consent or where you have judged that they are not competent to consent, a person with Parental Responsibility should be asked to consent on behalf of the child."),
  },
  "adult-concerned": {
    label: "The adult the information is about",
    source: seedQuote("000", "It is also owed to the person to whom the information relates, if different from the information provider."),
  },
  "information-provider": {
    label: "The person who gave the information in confidence",
    source: seedQuote("000", "Where there is a duty of confidence it is owed to a person who has provided the information on the understanding it is to be kept confidential."),
  },
};

/**
 * Seed 004's and seed 000's questions for judging whether a child has sufficient understanding to
 * consent, or refuse consent, to sharing. Keys are the answer fields.
 */
export const CHILD_COMPETENCE_QUESTIONS = {
  understandsQuestion: "Can the child understand the question being asked of them?",
  understandsWhatShared: "Does the child have a reasonable understanding of what information might be shared?",
  understandsReasons: "Does the child have a reasonable understanding of the main reason or reasons for sharing the information?",
  understandsImplications: "Does the child have a reasonable understanding of the implications of sharing that information, and of not sharing it?",
  appreciatesAlternatives: "Can the child appreciate and consider the alternative courses of action open to them?",
  weighsUp: "Can the child weigh up one aspect of the situation against another?",
  expressesOwnView: "Can the child express a clear personal view on the matter, as distinct from repeating what someone else thinks they should do?",
  consistentView: "Is the child reasonably consistent in their view on the matter, rather than constantly changing their mind?",
} as const;
export type ChildCompetenceQuestion = keyof typeof CHILD_COMPETENCE_QUESTIONS;

/**
 * Reasons not to seek consent: seed 000 and seed 004 "When not to seek consent", the statutory duty or
 * court order (where consent must not be sought), seed 001's parent-not-available case, and seed 001 /
 * seed 003's reminder that consent is not the default basis where another lawful basis applies.
 */
export const NOT_SOUGHT_REASONS = [
  "child-increased-risk",
  "adult-serious-harm",
  "prejudice-serious-crime",
  "unjustified-delay",
  "statutory-duty-or-court-order",
  "parent-unreachable-urgent",
  "another-lawful-basis",
] as const;
export type NotSoughtReason = (typeof NOT_SOUGHT_REASONS)[number];
export const NOT_SOUGHT_REASON_TERMS: Readonly<Record<NotSoughtReason, Term>> = {
  "child-increased-risk": {
    label: "Seeking consent would place a child at increased risk of significant harm",
    source: seedQuote("000", "Place a child at increased risk of significant harm"),
  },
  "adult-serious-harm": {
    label: "Seeking consent would place an adult at risk of serious harm",
    source: seedQuote("000", "Place an adult at risk of serious harm"),
  },
  "prejudice-serious-crime": {
    label: "Seeking consent would prejudice the prevention, detection or prosecution of a serious crime",
    source: seedQuote("000", "Prejudice the prevention, detection or prosecution of a serious crime (i.e. a crime involving Significant Harm to a child or serious harm to an adult)"),
  },
  "unjustified-delay": {
    label: "Seeking consent would lead to unjustified delay in making enquiries about significant harm",
    source: seedQuote("000", "Lead to unjustified delay in making enquiries about allegations of Significant Harm to a child or serious harm to an adult."),
  },
  "statutory-duty-or-court-order": {
    label: "A statutory duty or court order applies: consent must not be sought",
    source: seedQuote("000", "You should not seek consent where you are required by law to share information through a statutory duty or court order."),
  },
  "parent-unreachable-urgent": {
    label: "The parent cannot be reached and the matter is urgent",
    source: seedQuote("001", "where to seek consent is either not practical because the parent is not available"),
  },
  "another-lawful-basis": {
    label: "Consent is not the basis relied on: another lawful basis applies",
    source: seedQuote("003", "It is not necessary to seek consent to share information for the purposes of safeguarding and promoting the welfare of a child, providing there is a lawful basis for the sharing."),
  },
};

// ---------------------------------------------------------------------------------------------------
// Step 5: lawful basis and public interest

/** UK GDPR Article 6 bases (seed 001: "There are six lawful bases"), plus "none applies". */
export const ARTICLE6_BASES = [
  "public-task",
  "legal-obligation",
  "vital-interests",
  "legitimate-interests",
  "consent",
  "contract",
  "none",
] as const;
export type Article6Basis = (typeof ARTICLE6_BASES)[number];
export const ARTICLE6_TERMS: Readonly<Record<Article6Basis, Term>> = {
  "public-task": {
    label: "Public task (Article 6(1)(e))",
    source: seedQuote("001", "If you work in a public sector organisation, it is likely that public task or legal obligation will be the most appropriate lawful basis for you to use when sharing information to safeguard or protect the welfare of a child."),
  },
  "legal-obligation": {
    label: "Legal obligation (Article 6(1)(c))",
    source: seedQuote("002", "The processing/sharing of information is necessary to meet any legal obligation to which the data controller is subject"),
  },
  "vital-interests": {
    label: "Vital interests (Article 6(1)(d))",
    source: seedQuote("002", "The processing is necessary in order to protect the vital interests of the data subject"),
  },
  "legitimate-interests": {
    label: "Legitimate interests (Article 6(1)(f))",
    source: seedQuote("001", "it is likely that the lawful basis of using legitimate interests may be more appropriate"),
  },
  consent: {
    label: "Consent (Article 6(1)(a))",
    source: seedQuote("003", "Consent is also a lawful basis in UK GDPR"),
  },
  contract: {
    label: "Contract (Article 6(1)(b))",
    source: seedQuote("003", "Consent is one lawful basis for processing information, but there are five others."),
  },
  none: {
    label: "No lawful basis applies",
    source: seedQuote("002", "No – do not share"),
  },
};

/**
 * UK GDPR Article 9(2) conditions for special category data (seed 001: "nine for sharing of special
 * category information"; seed 002 Appendix 1 lists the older Schedule 3 conditions they replace). The
 * substantial public interest condition is split by the Data Protection Act 2018 Schedule 1 paragraph a
 * safeguarding practitioner relies on, because the record must say which.
 */
export const ARTICLE9_CONDITIONS = [
  "explicit-consent",
  "employment-social-protection",
  "vital-interests",
  "not-for-profit-body",
  "made-public",
  "legal-claims",
  "substantial-public-interest-safeguarding",
  "substantial-public-interest-statutory",
  "substantial-public-interest-crime",
  "health-or-social-care",
  "public-health",
  "archiving-research",
] as const;
export type Article9Condition = (typeof ARTICLE9_CONDITIONS)[number];
export const ARTICLE9_TERMS: Readonly<Record<Article9Condition, Term>> = {
  "explicit-consent": {
    label: "Explicit consent (Article 9(2)(a))",
    source: seedQuote("002", "The data subject has given explicit consent to the processing of the personal data."),
  },
  "employment-social-protection": {
    label: "Employment, social security and social protection law (Article 9(2)(b))",
    source: seedQuote("001", "There are six lawful bases for sharing personal information and nine for sharing of special category information"),
  },
  "vital-interests": {
    label: "Vital interests, where consent cannot be given (Article 9(2)(c))",
    source: seedQuote("002", "in order to protect the vital interests (life or death) of the data subject or another person"),
  },
  "not-for-profit-body": {
    label: "Not-for-profit body, about its members (Article 9(2)(d))",
    source: seedQuote("001", "There are six lawful bases for sharing personal information and nine for sharing of special category information"),
  },
  "made-public": {
    label: "Made public by the person (Article 9(2)(e))",
    source: seedQuote("000", "Information that is not already lawfully in the public domain or readily available from another public source"),
  },
  "legal-claims": {
    label: "Legal claims or proceedings (Article 9(2)(f))",
    source: seedQuote("002", "is necessary for the purpose of, or in connection with, any legal proceedings (including prospective legal proceedings)"),
  },
  "substantial-public-interest-safeguarding": {
    label: "Substantial public interest: safeguarding of children and individuals at risk (Article 9(2)(g); DPA 2018 Schedule 1 paragraph 18)",
    source: seedQuote("001", "Sharing information for safeguarding purposes can be justified solely based on preventing harm to a child."),
  },
  "substantial-public-interest-statutory": {
    label: "Substantial public interest: statutory and government purposes (Article 9(2)(g); DPA 2018 Schedule 1 paragraph 6)",
    source: seedQuote("002", "for the exercise of any functions conferred on any person by or under an enactment"),
  },
  "substantial-public-interest-crime": {
    label: "Substantial public interest: preventing or detecting unlawful acts (Article 9(2)(g); DPA 2018 Schedule 1 paragraph 10)",
    source: seedQuote("002", "Information should only be shared by partners for the purposes of safeguarding and promoting the welfare of children and vulnerable adults and for the prevention and detection of related crime."),
  },
  "health-or-social-care": {
    label: "Health or social care (Article 9(2)(h))",
    source: seedQuote("002", "The processing is necessary for medical purposes and is undertaken by"),
  },
  "public-health": {
    label: "Public health (Article 9(2)(i))",
    source: seedQuote("000", "for example, in the NHS where a person has a specific disease about which environmental health services must be notified"),
  },
  "archiving-research": {
    label: "Archiving, research or statistics (Article 9(2)(j))",
    source: seedQuote("001", "There are six lawful bases for sharing personal information and nine for sharing of special category information"),
  },
};

/** Seed 000's circumstances in which sharing without consent "will normally be justified in the public interest". */
export const PUBLIC_INTEREST_CIRCUMSTANCES = ["child-suffering-evidence", "child-reasonable-cause", "prevent-serious-harm-or-crime"] as const;
export type PublicInterestCircumstance = (typeof PUBLIC_INTEREST_CIRCUMSTANCES)[number];
export const PUBLIC_INTEREST_CIRCUMSTANCE_TERMS: Readonly<Record<PublicInterestCircumstance, Term>> = {
  "child-suffering-evidence": {
    label: "There is evidence that the child is suffering or is at risk of suffering significant harm",
    source: seedQuote("000", "When there is evidence that the child is suffering or is at risk of suffering significant harm"),
  },
  "child-reasonable-cause": {
    label: "There is reasonable cause to believe that a child may be suffering or at risk of significant harm",
    source: seedQuote("000", "Where there is reasonable cause to believe that a child may be suffering or at risk of significant harm"),
  },
  "prevent-serious-harm-or-crime": {
    label: "To prevent significant harm to children or serious harm to adults, including through the prevention, detection and prosecution of serious crime",
    source: seedQuote("000", "To prevent significant harm arising to children or serious harm to adults, including through the prevention, detection and prosecution of serious crime"),
  },
};

// ---------------------------------------------------------------------------------------------------
// Step 6: right information, right way

/** The seven principles (seed 000's golden rule 6; seed 002 "Principles"), each confirmed before sharing. */
export const PRINCIPLES = ["necessary", "proportionate", "relevant", "adequate", "accurate", "timely", "secure"] as const;
export type Principle = (typeof PRINCIPLES)[number];
export const PRINCIPLE_TERMS: Readonly<Record<Principle, Term>> = {
  necessary: {
    label: "Necessary: only the information needed for the purpose, only to those who need it",
    source: seedQuote("000", "Share only the information which is necessary for the purpose for which it is being shared"),
  },
  proportionate: {
    label: "Proportionate to the need and the level of risk",
    source: seedQuote("002", "Any information shared must be proportionate to the need and level of risk."),
  },
  relevant: {
    label: "Relevant to the purpose",
    source: seedQuote("002", "Only information that is relevant to the purposes should be shared with those who need it."),
  },
  adequate: {
    label: "Adequate: of the right quality to be understood and relied on (no unexplained acronyms)",
    source: seedQuote("002", "Information should be of the right quality to ensure that it can be understood and relied upon."),
  },
  accurate: {
    label: "Accurate and up to date, with fact and opinion clearly distinguished",
    source: seedQuote("002", "Information should be accurate and up to date and should clearly distinguish between fact and opinion."),
  },
  timely: {
    label: "Timely",
    source: seedQuote("002", "Information should be shared in a timely fashion to reduce the risk of harm."),
  },
  secure: {
    label: "Secure: shared in the most secure way available",
    source: seedQuote("002", "Information should be shared in the most secure way available."),
  },
};

// ---------------------------------------------------------------------------------------------------
// Steps 7 and 8: inform, advice

/** Reasons for not informing the individual (seed 000: do not "inform them that the information will be shared" where to do so would …). */
export const NOT_INFORMING_REASONS = ["child-increased-risk", "adult-serious-harm", "prejudice-serious-crime", "unjustified-delay"] as const;
export type NotInformingReason = (typeof NOT_INFORMING_REASONS)[number];
export const NOT_INFORMING_REASON_TERMS: Readonly<Record<NotInformingReason, Term>> = {
  "child-increased-risk": NOT_SOUGHT_REASON_TERMS["child-increased-risk"],
  "adult-serious-harm": NOT_SOUGHT_REASON_TERMS["adult-serious-harm"],
  "prejudice-serious-crime": NOT_SOUGHT_REASON_TERMS["prejudice-serious-crime"],
  "unjustified-delay": NOT_SOUGHT_REASON_TERMS["unjustified-delay"],
};

/** Whom advice was sought from (product.md step 8; seed 000 on the public-interest decision). */
export const ADVICE_SOURCES = [
  "manager",
  "designated-safeguarding-lead",
  "information-governance-lead",
  "caldicott-guardian",
  "legal",
  "other-practitioner",
  "professional-body",
] as const;
export type AdviceSource = (typeof ADVICE_SOURCES)[number];
export const ADVICE_SOURCE_TERMS: Readonly<Record<AdviceSource, Term>> = {
  manager: { label: "Line manager", source: seedQuote("000", "you should be able to seek advice from your line manager") },
  "designated-safeguarding-lead": {
    label: "Designated safeguarding lead",
    source: seedQuote("000", "all organisations working with children will have a named person who undertakes a lead role for safeguarding children, so consulting this person may also be helpful."),
  },
  "information-governance-lead": {
    label: "Information governance lead",
    source: seedQuote("000", "Seek advice from other practitioners, or your information governance lead, if you are in any doubt about sharing the information concerned"),
  },
  "caldicott-guardian": {
    label: "Caldicott Guardian",
    source: seedQuote("000", "If you are working in the NHS or Local Authority the Caldicott Guardian may be helpful"),
  },
  legal: { label: "Legal advice", source: seedQuote("000", "a nominated individual whose role is to support you in these circumstances, and/or legal advice") },
  "other-practitioner": {
    label: "Another practitioner",
    source: seedQuote("000", "Seek advice from other practitioners, or your information governance lead, if you are in any doubt about sharing the information concerned"),
  },
  "professional-body": {
    label: "A professional body (for example the GMC or the RCN)",
    source: seedQuote("000", "Advice can also be sought from professional bodies, for example the General Medical Council or the Royal College of Nursing."),
  },
};

// ---------------------------------------------------------------------------------------------------
// Outcomes

/** What SafeShare recommends; the practitioner decides. */
export const RECOMMENDATION_VALUES = ["share", "share-limited", "do-not-share", "seek-advice"] as const;
export type RecommendationValue = (typeof RECOMMENDATION_VALUES)[number];

/** What the practitioner decided (step 9). */
export const DECISION_KINDS = ["share", "share-limited", "do-not-share"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DecisionKindSchema = z.enum(DECISION_KINDS);

/** Where the information goes: an email, a Teams chat, a Teams channel. */
export const CHANNELS = ["email", "teams-chat", "teams-channel"] as const;
export type Channel = (typeof CHANNELS)[number];
