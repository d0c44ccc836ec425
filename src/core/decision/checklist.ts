import type { AnswerKey } from "./answers";
import { type SeedQuote, seedQuote } from "./seeds";
import type { StepId } from "./steps";
import {
  ADVICE_SOURCE_TERMS,
  ARTICLE6_TERMS,
  ARTICLE9_TERMS,
  CHILD_COMPETENCE_QUESTIONS,
  CONSENT_FORM_TERMS,
  CONSENT_PARTY_TERMS,
  HARM_CONCERN_TERMS,
  NOT_INFORMING_REASON_TERMS,
  NOT_SOUGHT_REASON_TERMS,
  PRINCIPLE_TERMS,
  PUBLIC_INTEREST_CIRCUMSTANCE_TERMS,
  PURPOSE_TERMS,
  type Term,
} from "./vocabulary";

/**
 * The checklist as data: every question the task pane, the Teams share page and the docs show, with
 * its wording (the current national advice: Working Together 2023 and the 2024 information sharing
 * advice as seed 001 restates it), help text quoting the guidance with the seed it comes from, the
 * answer type, the answer field it fills, and when it is asked. No surface holds wording of its own.
 */

/** A choice offered by a question. */
export interface Option {
  readonly value: string;
  readonly label: string;
  readonly source: SeedQuote;
}

/** How a question is answered. */
export type AnswerType =
  | { readonly kind: "choice"; readonly options: readonly Option[] }
  | { readonly kind: "choices"; readonly options: readonly Option[] }
  | { readonly kind: "yes-no" }
  | { readonly kind: "yes-no-unsure" }
  | { readonly kind: "confirm" }
  | { readonly kind: "text" }
  | { readonly kind: "time" }
  | { readonly kind: "number" };

/** One question of the checklist. */
export interface Question {
  readonly id: string;
  readonly step: StepId;
  /** The answer this question fills, and the field inside it (dotted; "" for the whole answer). */
  readonly answer: AnswerKey;
  readonly field: string;
  readonly wording: string;
  readonly help: readonly SeedQuote[];
  readonly type: AnswerType;
  /** When the question is asked, in plain English; absent means always within its step. */
  readonly askedWhen?: string;
}

const options = <K extends string>(terms: Readonly<Record<K, Term>>): Option[] =>
  (Object.keys(terms) as K[]).map((value) => ({ value, label: terms[value].label, source: terms[value].source }));

/** Every question, in the order asked. */
export const QUESTIONS: readonly Question[] = [
  // 1. Purpose
  {
    id: "purpose.kind",
    step: "purpose",
    answer: "purpose",
    field: "kind",
    wording: "What is the legitimate purpose for sharing this information?",
    help: [
      seedQuote("000", "Is there a legitimate purpose for you or your agency to share the information?"),
      seedQuote("001", "The first and most important consideration is always whether sharing information is likely to support the safeguarding or promote the wellbeing of a child."),
    ],
    type: { kind: "choice", options: options(PURPOSE_TERMS) },
  },
  {
    id: "purpose.concern",
    step: "purpose",
    answer: "purpose",
    field: "concern",
    wording: "What is the concern based on?",
    help: [seedQuote("001", "A concern should be based on:")],
    type: { kind: "choice", options: options(HARM_CONCERN_TERMS) },
    askedWhen: "the purpose is significant harm",
  },
  {
    id: "purpose.statutory",
    step: "purpose",
    answer: "purpose",
    field: "which",
    wording: "Is it a statutory duty or a court order? Which one?",
    help: [seedQuote("000", "These situations are relatively unusual and where they apply you will know or be told about them.")],
    type: { kind: "choice", options: [
      { value: "statutory-duty", label: "A statutory duty", source: seedQuote("000", "In some situations you are required by law to share information") },
      { value: "court-order", label: "A court order", source: seedQuote("000", "There will also be times when a court will make an order for certain information or case files to be brought before the court.") },
    ] },
    askedWhen: "the purpose is a statutory duty or court order (then also: which duty or order, in `detail`)",
  },
  {
    id: "purpose.other",
    step: "purpose",
    answer: "purpose",
    field: "text",
    wording: "Describe the purpose.",
    help: [seedQuote("000", "You will need to be guided by your agency's policies and procedures, any local information sharing protocols, and - where applicable - by your professional code.")],
    type: { kind: "text" },
    askedWhen: "the purpose is other",
  },
  // 2. Identifiable
  {
    id: "identifiable",
    step: "identifiable",
    answer: "identifiable",
    field: "",
    wording: "Does the information identify a living person (or could it, with other information)?",
    help: [
      seedQuote("000", "Does the information enable a person to be identified?"),
      seedQuote("003", "Personal Data - Under the UK GDPR, personal data covers information which could be used to identify a person (also sometimes called the ‘data subject’)."),
    ],
    type: { kind: "yes-no" },
    askedWhen: "there is a legitimate purpose (pre-filled yes when the message contains identifiers)",
  },
  // 3. Confidential
  {
    id: "confidential",
    step: "confidential",
    answer: "confidential",
    field: "",
    wording: "Is the information confidential: private or sensitive, not already public, and given in circumstances where the person could expect it not to be shared?",
    help: [
      seedQuote("000", "Personal information of a private or sensitive nature; and"),
      seedQuote("000", "Information that is not already lawfully in the public domain or readily available from another public source; and"),
      seedQuote("000", "Information that has been shared in circumstances where the person giving information could reasonably expect that it would not be shared with others."),
      seedQuote("000", "This is a complex area and you should seek advice if you are unsure."),
    ],
    type: { kind: "yes-no-unsure" },
    askedWhen: "the information identifies someone",
  },
  // 4. Consent
  {
    id: "consent.kind",
    step: "consent",
    answer: "consent",
    field: "kind",
    wording: "Do you have consent to share? (obtained, refused, or not sought)",
    help: [
      seedQuote("001", "Consent should not be seen as the default basis for sharing information in a child safeguarding context, as it is unlikely to be appropriate in most cases."),
      seedQuote("001", "You do not need consent to share personal information about a child and/or members of their family if a child is at risk or there is a perceived risk of harm."),
    ],
    type: { kind: "choice", options: [
      { value: "obtained", label: "Consent obtained", source: seedQuote("002", "Do you have consent?") },
      { value: "refused", label: "Consent refused", source: seedQuote("002", "There may be times when consent is sought and refused.") },
      { value: "not-sought", label: "Consent not sought (say why)", source: seedQuote("000", "When not to seek consent") },
    ] },
    askedWhen: "the information is confidential (pre-filled 'not sought: statutory duty or court order' for that purpose; consent must not be sought then)",
  },
  {
    id: "consent.form",
    step: "consent",
    answer: "consent",
    field: "form",
    wording: "How was consent given?",
    help: [seedQuote("000", "Consent can be 'explicit' or 'implicit'."), seedQuote("002", "Where sensitive personal information is being shared explicit consent is expected")],
    type: { kind: "choice", options: options(CONSENT_FORM_TERMS) },
    askedWhen: "consent was obtained",
  },
  {
    id: "consent.givenAt",
    step: "consent",
    answer: "consent",
    field: "givenAt",
    wording: "When was verbal consent given (date and time)?",
    help: [seedQuote("002", "a clear record of verbal consent obtained stating the date, time and what information is to be held/shared")],
    type: { kind: "time" },
    askedWhen: "consent was explicit and verbal",
  },
  {
    id: "consent.coversThisSharing",
    step: "consent",
    answer: "consent",
    field: "coversThisSharing",
    wording: "Does the consent cover these recipients and this purpose?",
    help: [
      seedQuote("002", "Where consent has been given to share information with some, but not all, agencies, does this include the agency you want to share it with?"),
      seedQuote("000", "Understand the limits of any consent given, especially if the information has been provided by a third party;"),
    ],
    type: { kind: "yes-no" },
    askedWhen: "consent was obtained",
  },
  {
    id: "consent.whose",
    step: "consent",
    answer: "consent",
    field: "whose",
    wording: "Whose consent was sought?",
    help: [seedQuote("000", "You may also need to consider whose consent should be sought."), seedQuote("004", "Where parental consent is required, the consent of one such person is sufficient.")],
    type: { kind: "choices", options: options(CONSENT_PARTY_TERMS) },
    askedWhen: "consent was obtained or refused",
  },
  ...(Object.keys(CHILD_COMPETENCE_QUESTIONS) as (keyof typeof CHILD_COMPETENCE_QUESTIONS)[]).map(
    (key): Question => ({
      id: `consent.child.${key}`,
      step: "consent",
      answer: "consent",
      field: `whose[].competence.${key}`,
      wording: CHILD_COMPETENCE_QUESTIONS[key],
      help: [
        seedQuote("004", "When assessing whether a particular child on a particular occasion has sufficient understanding to consent, or refuse consent, to sharing of information about them, consider:"),
        seedQuote("004", "A young person aged 16 & 17 are presumed in law to have capacity to make their own decisions, including consent to information sharing."),
        seedQuote("004", "Children aged 12 or over may generally be expected to have sufficient understanding and some younger children may also have sufficient understanding."),
      ],
      type: { kind: "yes-no" },
      askedWhen: "the child's consent was sought",
    }),
  ),
  {
    id: "consent.reason",
    step: "consent",
    answer: "consent",
    field: "reason",
    wording: "Why was consent not sought?",
    help: [
      seedQuote("000", "There will be some circumstances where you should not seek consent from the individual or their family, or inform them that the information will be shared, for example where to do so would:"),
      seedQuote("000", "Consent from the individual is not required in these situations and should not be sought because of the potential consequences of refusal."),
    ],
    type: { kind: "choice", options: options(NOT_SOUGHT_REASON_TERMS) },
    askedWhen: "consent was not sought",
  },
  // 5. Lawful basis and public interest
  {
    id: "lawfulBasis.article6",
    step: "lawful-basis",
    answer: "lawfulBasis",
    field: "article6",
    wording: "What is the UK GDPR Article 6 lawful basis for sharing?",
    help: [
      seedQuote("001", "Under data protection law, you must have a valid lawful basis to share personal information:"),
      seedQuote("001", "If you work in a public sector organisation, it is likely that public task or legal obligation will be the most appropriate lawful basis for you to use when sharing information to safeguard or protect the welfare of a child."),
    ],
    type: { kind: "choice", options: options(ARTICLE6_TERMS) },
    askedWhen: "the information identifies someone",
  },
  {
    id: "lawfulBasis.article9",
    step: "lawful-basis",
    answer: "lawfulBasis",
    field: "article9",
    wording: "The message contains special category information (health, ethnicity, religion, sex life, criminal allegations…). Which Article 9 condition applies?",
    help: [
      seedQuote("003", "Special category data - Under the UK GDPR, special category data relates to information about individuals which is particularly sensitive and so needs greater protection before it is shared."),
      seedQuote("001", "There are six lawful bases for sharing personal information and nine for sharing of special category information"),
    ],
    type: { kind: "choice", options: options(ARTICLE9_TERMS) },
    askedWhen: "the analysis found special category cues",
  },
  {
    id: "publicInterest.circumstances",
    step: "lawful-basis",
    answer: "publicInterest",
    field: "circumstances",
    wording: "Do any of these circumstances apply?",
    help: [seedQuote("000", "It is possible however to identify some circumstances in which sharing confidential information without consent will normally be justified in the public interest.")],
    type: { kind: "choices", options: options(PUBLIC_INTEREST_CIRCUMSTANCE_TERMS) },
    askedWhen: "the information is confidential and there is no consent covering this sharing",
  },
  ...(
    [
      ["proportionate", "Is the intended disclosure proportionate to the intended aim?", "yes-no-unsure"],
      ["vulnerability", "What is the vulnerability of those who are at risk?", "text"],
      ["impact", "What is the impact of disclosure likely to be on the individual to whom the shared information pertains?", "text"],
      ["otherMeans", "Is there another equally effective means of achieving the same aim?", "yes-no-unsure"],
      ["preventOrDetectCrime", "Is the disclosure necessary to prevent or detect crime and uphold the rights and freedoms of the public?", "yes-no-unsure"],
      ["protectOthers", "Is it necessary to disclose the information, to protect others?", "yes-no-unsure"],
      ["reasoning", "Your public-interest reasoning, in your own words.", "text"],
    ] as const
  ).map(
    ([field, wording, kind]): Question => ({
      id: `publicInterest.${field}`,
      step: "lawful-basis",
      answer: "publicInterest",
      field,
      wording,
      help: [
        seedQuote("002", "When judging the public interest, it is necessary to consider the following:"),
        seedQuote("002", "The rule of proportionality should be applied to ensure that a fair balance is achieved between the public interest and the rights of the individual's information."),
      ],
      type: { kind },
      askedWhen: "the information is confidential and there is no consent covering this sharing (optional when a child may be at risk of significant harm)",
    }),
  ),
  // 6. Right information, right way
  ...(Object.keys(PRINCIPLE_TERMS) as (keyof typeof PRINCIPLE_TERMS)[]).map(
    (p): Question => ({
      id: `rightWay.${p}`,
      step: "right-way",
      answer: "rightWay",
      field: p,
      wording: `${PRINCIPLE_TERMS[p].label}. Confirm.`,
      help: [PRINCIPLE_TERMS[p].source, seedQuote("001", "Only share relevant and accurate information with individuals or agencies/organisations that have a role in safeguarding the child and/or providing their family with support, and only share the information they need to support the provision of their services.")],
      type: { kind: "confirm" },
      askedWhen: "the decision is to share (each flag the analysis raised under this principle must be fixed or overridden first)",
    }),
  ),
  {
    id: "rightWay.onwardSharingEstablished",
    step: "right-way",
    answer: "rightWay",
    field: "onwardSharingEstablished",
    wording: "Have you established with the recipient whether they intend to pass it on?",
    help: [seedQuote("000", "Establish with the recipient whether they intend to pass it on to other people, and ensure they understand the limits of any consent which has been given;")],
    type: { kind: "confirm" },
    askedWhen: "the decision is to share",
  },
  {
    id: "rightWay.flagResolutions",
    step: "right-way",
    answer: "rightWay",
    field: "flagResolutions",
    wording: "For each flag raised: fixed, or overridden with a reason?",
    help: [seedQuote("000", "Distinguish clearly between fact and opinion;"), seedQuote("004", "Avoid the use of jargon, acronyms or information which is ambiguous"), seedQuote("000", "Share it in a secure way;")],
    type: { kind: "choices", options: [] },
    askedWhen: "the decision is to share and the analysis raised flags",
  },
  // 7. Inform
  {
    id: "inform.kind",
    step: "inform",
    answer: "inform",
    field: "kind",
    wording: "Will the person the information is about be told it is being shared?",
    help: [
      seedQuote("001", "When you have a safeguarding concern, wherever it is practicable and safe to do so, engage with the child and/or their carer(s), and explain who you intend to share information with, what information you will be sharing and why."),
      seedQuote("002", "Inform the individual that the information has been shared if they were not aware of this, as long as this would not create or increase risk of harm"),
    ],
    type: { kind: "choice", options: [
      { value: "already-informed", label: "Already informed", source: seedQuote("000", "Be open and honest with the individual (and/or their family where appropriate) from the outset about why, what, how and with whom information will, or could be shared") },
      { value: "will-inform", label: "Will inform", source: seedQuote("000", "If you decide to share confidential information without consent, you should explain to the person that you intend to share the information and why") },
      { value: "not-informing", label: "Not informing (say why)", source: seedQuote("001", "Where this is the case there are exemptions that allow for you to share the information without informing the young person / their family.") },
    ] },
    askedWhen: "the information identifies someone",
  },
  {
    id: "inform.reason",
    step: "inform",
    answer: "inform",
    field: "reason",
    wording: "Why would informing them be unsafe?",
    help: [seedQuote("001", "There will be some circumstances where informing a family about the information being shared could put a young person at risk.")],
    type: { kind: "choice", options: options(NOT_INFORMING_REASON_TERMS) },
    askedWhen: "not informing",
  },
  // 8. Advice
  {
    id: "advice",
    step: "advice",
    answer: "advice",
    field: "from",
    wording: "Did you seek advice? From whom, and what was it?",
    help: [seedQuote("001", "Seek advice promptly whenever you are uncertain or do not fully understand how the legal framework supports information sharing in a particular case.")],
    type: { kind: "choices", options: options(ADVICE_SOURCE_TERMS) },
  },
  // 9. Decision
  {
    id: "decision.kind",
    step: "decision",
    answer: "decision",
    field: "kind",
    wording: "Your decision: share, share limited information, or do not share?",
    help: [
      seedQuote("000", "Practitioners who are asked or wish to share information, must use their professional judgment to decide whether to share or not and what information it is appropriate to share, unless there is a statutory duty or court order to share."),
      seedQuote("001", "Record the reasons for your information sharing decision, irrespective of whether or not you decide to share information."),
    ],
    type: { kind: "choice", options: [
      { value: "share", label: "Share", source: seedQuote("000", "If the decision is to share, you should record what information was shared and with whom.") },
      { value: "share-limited", label: "Share limited information", source: seedQuote("000", "There will be cases where sharing limited information without consent is justified to enable practitioners to reach an informed decision about whether further information should be shared or action should be taken.") },
      { value: "do-not-share", label: "Do not share", source: seedQuote("002", "If the decision is not to share, it is good practice to record the reasons for this decision and discuss them with the requester.") },
    ] },
  },
  {
    id: "decision.reasons",
    step: "decision",
    answer: "decision",
    field: "reasons",
    wording: "Your reasons, in your own words.",
    help: [seedQuote("000", "Keep a record of your decision and the reasons for it – whether it is to share information or not.")],
    type: { kind: "text" },
  },
  {
    id: "decision.whatShared",
    step: "decision",
    answer: "decision",
    field: "whatShared",
    wording: "What are you sharing (with whom and for what purpose is taken from the message and step 1)?",
    help: [seedQuote("000", "If you decide to share, then record what you have shared, with whom and for what purpose.")],
    type: { kind: "text" },
    askedWhen: "the decision is to share",
  },
];

/** The question that stands for a whole answer when that answer is missing. */
export const QUESTION_FOR_ANSWER: Readonly<Record<AnswerKey, string>> = {
  purpose: "What is the legitimate purpose for sharing this information?",
  identifiable: "Does the information identify a living person?",
  confidential: "Is the information confidential?",
  consent: "Do you have consent to share? (obtained, refused, or not sought with the reason)",
  lawfulBasis: "What is the UK GDPR Article 6 lawful basis (and the Article 9 condition for special category data)?",
  publicInterest: "The public-interest test: is sharing without consent justified?",
  rightWay: "Right information, right way: confirm each principle and resolve each flag",
  inform: "Will the person the information is about be told it is being shared?",
  advice: "Did you seek advice? (or none)",
  decision: "Your decision and your reasons",
};

/** A golden rule of information sharing, as a seed states it. */
export interface GoldenRule {
  readonly number: number;
  readonly text: string;
  readonly source: SeedQuote;
}

const rules = (seed: "000" | "001", texts: readonly string[]): GoldenRule[] => texts.map((text, i) => ({ number: i + 1, text, source: seedQuote(seed, text) }));

/** The seven golden rules as the 2024 advice states them (seed 001): the current wording. */
export const GOLDEN_RULES_2024: readonly GoldenRule[] = rules("001", [
  "All children have a right to be protected from abuse and neglect.",
  "When you have a safeguarding concern, wherever it is practicable and safe to do so, engage with the child and/or their carer(s), and explain who you intend to share information with, what information you will be sharing and why.",
  "You do not need consent to share personal information about a child and/or members of their family if a child is at risk or there is a perceived risk of harm.",
  "Seek advice promptly whenever you are uncertain or do not fully understand how the legal framework supports information sharing in a particular case.",
  "When sharing information, ensure you and the person or agency/organisation that receives the information take steps to protect the identities of any individuals.",
  "Only share relevant and accurate information with individuals or agencies/organisations that have a role in safeguarding the child and/or providing their family with support, and only share the information they need to support the provision of their services.",
  "Record the reasons for your information sharing decision, irrespective of whether or not you decide to share information.",
]);

/** The older seven golden rules (seed 000, from the 2018 advice), kept as help text. */
export const GOLDEN_RULES_2018: readonly GoldenRule[] = rules("000", [
  "Remember that the UK General Data Protection Regulation (GDPR), Data Protection Act 2018 and human rights law are not barriers to justified information sharing, but provide a framework to ensure that personal information about living individuals is shared appropriately.",
  "Be open and honest with the individual (and/or their family where appropriate) from the outset about why, what, how and with whom information will, or could be shared, and seek their agreement, unless it is unsafe or inappropriate to do so.",
  "Seek advice from other practitioners, or your information governance lead, if you are in any doubt about sharing the information concerned, without disclosing the identity of the individual where possible.",
  "Where possible, share information with consent, and where possible, respect the wishes of those who do not consent to having their information shared.",
  "Consider safety and well-being: base your information sharing decisions on considerations of the safety and well-being of the individual and others who may be affected by their actions.",
  "Necessary, proportionate, relevant, adequate, accurate, timely and secure: ensure that the information you share is necessary for the purpose for which you are sharing it, is shared only with those individuals who need to have it, is accurate and up-to-date, is shared in a timely fashion, and is shared securely (see principles).",
  "Keep a record of your decision and the reasons for it – whether it is to share information or not. If you decide to share, then record what you have shared, with whom and for what purpose.",
]);

/** Seed 000's seven questions, which the recommendation flow follows. */
export const SEVEN_QUESTIONS: readonly { readonly text: string; readonly steps: readonly StepId[] }[] = [
  { text: "Is there a legitimate purpose for you or your agency to share the information?", steps: ["purpose"] },
  { text: "Does the information enable a person to be identified?", steps: ["identifiable"] },
  { text: "Is the information confidential?", steps: ["confidential"] },
  { text: "If the information is confidential, do you have consent to share?", steps: ["consent"] },
  { text: "If consent is refused, or there are good reasons not to seek consent to share confidential information, is there a sufficient public interest to share information?", steps: ["lawful-basis"] },
  { text: "If the decision is to share, are you sharing the right information in the right way?", steps: ["right-way", "inform"] },
  { text: "Have you properly recorded your information sharing decision?", steps: ["advice", "decision"] },
];
