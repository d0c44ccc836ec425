import { type SeedQuote, seedQuote } from "./seeds";
import type { RecommendationValue } from "./vocabulary";

/**
 * The rules of the recommendation flow: seed 002's "When?" questions (legitimate purpose → identifiable
 * → confidential → consent → another reason to share) as seed 000's seven questions explain them. Each
 * rule either ends the flow with a recommendation or lets it continue, and quotes the sentence it encodes.
 */

/** One rule: what it says to the practitioner, what it leads to, and the seed sentence behind it. */
export interface Rule {
  readonly says: string;
  readonly leadsTo: RecommendationValue | "continue";
  readonly source: SeedQuote;
}

/** Every rule of the flow, by id. */
export const RULES = {
  "purpose.none": {
    says: "There is no clear and legitimate purpose for sharing, so do not share.",
    leadsTo: "do-not-share",
    source: seedQuote("002", "No – then do not share information"),
  },
  "purpose.legitimate": {
    says: "There is a legitimate purpose for sharing.",
    leadsTo: "continue",
    source: seedQuote("000", "If you are asked to or wish to share information about a child, you need to have a good reason or legitimate purpose to share information."),
  },
  "identifiable.no": {
    says: "The information does not identify anyone: you can share it, but consider how.",
    leadsTo: "share",
    source: seedQuote("000", "If the information is anonymised, it can lawfully be shared as long as the purpose is legitimate."),
  },
  "identifiable.identifiers-found": {
    says: "The message contains personal identifiers (a name, a number, a date of birth, an address…), so it identifies a person: it is personal information.",
    leadsTo: "continue",
    source: seedQuote("000", "If, however, the information does allow a person to be identified, it is personal information and is subject to data protection and other laws."),
  },
  "identifiable.yes": {
    says: "The information identifies a person: it is personal information.",
    leadsTo: "continue",
    source: seedQuote("000", "If, however, the information does allow a person to be identified, it is personal information and is subject to data protection and other laws."),
  },
  "confidential.no": {
    says: "The information is not confidential: you can share it, but consider how (on a lawful basis, as personal information).",
    leadsTo: "share",
    source: seedQuote("002", "No – you can share but should consider how"),
  },
  "confidential.unsure": {
    says: "You are not sure whether the information is confidential: seek advice.",
    leadsTo: "seek-advice",
    source: seedQuote("000", "This is a complex area and you should seek advice if you are unsure."),
  },
  "confidential.unsure-advised": {
    says: "You are not sure whether the information is confidential and have sought advice: treat it as confidential.",
    leadsTo: "continue",
    source: seedQuote("000", "This is a complex area and you should seek advice if you are unsure."),
  },
  "confidential.unsure-significant-harm": {
    says: "You are not sure whether the information is confidential; a child may be at risk of significant harm, so treat it as confidential and do not delay.",
    leadsTo: "continue",
    source: seedQuote("002", "If the need to share is urgent, and seeking consent will lead to unjustified delay in making enquiries about allegations of significant harm to a child, or if safeguarding is paramount, take immediate action and share the information without consent, but remember to record the reason for the decision."),
  },
  "confidential.yes": {
    says: "The information is confidential.",
    leadsTo: "continue",
    source: seedQuote("002", "Is the information confidential?"),
  },
  "consent.statutory-duty": {
    says: "A statutory duty or court order requires the sharing: you must share, even if the information is confidential and consent has not been given (consent must not be sought). Inform the individual where possible, unless your organisation is challenging a court order.",
    leadsTo: "share",
    source: seedQuote("000", "In such situations you must share the information, even if it is confidential and consent has not been given, unless in the case of a court order your organisation is prepared to challenge it and is likely to receive legal advice."),
  },
  "consent.obtained": {
    says: "You have consent that covers this sharing: you can share, but consider how.",
    leadsTo: "share",
    source: seedQuote("002", "Yes – you can share but should consider how"),
  },
  "consent.partial": {
    says: "The consent given does not cover these recipients or this purpose: treat this as sharing without consent.",
    leadsTo: "continue",
    source: seedQuote("002", "Where consent has been given to share information with some, but not all, agencies, does this include the agency you want to share it with?"),
  },
  "consent.refused": {
    says: "Consent was refused. That does not by itself stop you sharing: is there another reason to share?",
    leadsTo: "continue",
    source: seedQuote("000", "However, even if consent is refused, that does not automatically preclude you from sharing confidential information."),
  },
  "consent.not-sought": {
    says: "Consent was not sought, for a reason the guidance recognises: is there another reason to share?",
    leadsTo: "continue",
    source: seedQuote("000", "If consent is refused, or there are good reasons not to seek consent to share confidential information, is there a sufficient public interest to share information?"),
  },
  "public-interest.significant-harm": {
    says: "There is evidence or reasonable cause to believe a child is suffering or at risk of significant harm: share.",
    leadsTo: "share",
    source: seedQuote("000", "Where there is a clear risk of significant harm to a child, the public interest test will almost certainly be satisfied."),
  },
  "public-interest.significant-harm-limited": {
    says: "A child may be at risk of significant harm and sharing is justified; you judged that sharing everything would not be proportionate, so share the information that is necessary and proportionate.",
    leadsTo: "share-limited",
    source: seedQuote("004", "When there is evidence or reasonable cause to believe that a child is suffering, or is at risk of suffering, significant harm, or information relates to the prevention of significant harm to a child or serious harm to an adult (including through the prevention, detection and prosecution of serious crime), then sharing confidential information without consent will almost certainly be justified on the basis that it is in the public interest."),
  },
  "lawful-basis.none": {
    says: "Without consent there is no other lawful reason to share (no public function, legal obligation, vital interests or legitimate interests): do not share.",
    leadsTo: "do-not-share",
    source: seedQuote("002", "Is there another reason to share information such as to fulfil a public function or to protect the vital interests of the individual?"),
  },
  "lawful-basis.present": {
    says: "There is a lawful basis other than consent: weigh the public interest.",
    leadsTo: "continue",
    source: seedQuote("000", "Under the GDPR and Data Protection Act 2018 you may share information without consent if, in your judgement, there is a lawful basis to do so, such as where safety may be at risk."),
  },
  "public-interest.unsure": {
    says: "You are not sure whether the public interest justifies sharing without consent: seek advice (your line manager, safeguarding lead, Caldicott Guardian or legal).",
    leadsTo: "seek-advice",
    source: seedQuote("000", "In deciding whether the public interest justifies disclosing confidential information without consent, you should be able to seek advice from your line manager, a nominated individual whose role is to support you in these circumstances, and/or legal advice."),
  },
  "public-interest.other-means": {
    says: "There is another equally effective means of achieving the same aim without sharing confidential information: use it, and do not share.",
    leadsTo: "do-not-share",
    source: seedQuote("002", "Is there another equally effective means of achieving the same aim?"),
  },
  "public-interest.not-satisfied": {
    says: "No public interest (protecting a child or adult from harm, preventing or detecting crime, protecting others) outweighs the duty of confidence: do not share, and respect the wishes of those who do not consent.",
    leadsTo: "do-not-share",
    source: seedQuote("000", "Where possible, share information with consent, and where possible, respect the wishes of those who do not consent to having their information shared."),
  },
  "public-interest.limited": {
    says: "The public interest justifies sharing, but not everything: share only the limited information that is necessary and proportionate.",
    leadsTo: "share-limited",
    source: seedQuote("000", "There will be cases where sharing limited information without consent is justified to enable practitioners to reach an informed decision about whether further information should be shared or action should be taken."),
  },
  "public-interest.satisfied": {
    says: "The public interest in sharing overrides the interest in maintaining confidentiality, and sharing is proportionate: share.",
    leadsTo: "share",
    source: seedQuote("000", "The key factors in deciding whether or not to share confidential information are necessity and proportionality, i.e. whether the proposed sharing is likely to make an effective contribution to preventing the risk and whether the public interest in sharing information overrides the interest in maintaining confidentiality."),
  },
  // A decision not to share made before the checklist is finished: recorded with its purpose and reasons.
  "decision.not-to-share": {
    says: "You decided not to share, so the sharing checklist was not needed: the record keeps the purpose you considered, your decision and your reasons.",
    leadsTo: "do-not-share",
    source: seedQuote("000", "You should record your decision and the reasons for it whether or not you decide to share information."),
  },
  // Not a step of seed 002's flow: a guard on its end, for an address that may not be the right person.
  "recipient.unconfirmed-address": {
    says: "Do not send it to this address yet: it may not be the person it seems (a look-alike, invalid or disguised address), and sending it securely would only deliver it safely to the wrong person. Correct the address, or confirm it with the recipient by phone or in person, then share.",
    leadsTo: "do-not-share",
    source: seedQuote("002", "Ensure you are giving the right information to the right person, and that it is shared securely."),
  },
} as const satisfies Record<string, Rule>;

/** The id of a rule of the flow. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in flow order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * Rules that only the analysis of a real message can reach (an answers file alone has no recipients):
 * tested with an analysis, not by an example answers file.
 */
export const ANALYSIS_RULE_IDS: readonly RuleId[] = ["recipient.unconfirmed-address"];

/** The rules that end the flow from answers alone: one example answers file exists per rule (`examples/answers/<id>.json`). */
export const TERMINAL_RULE_IDS: readonly RuleId[] = RULE_IDS.filter((id) => RULES[id].leadsTo !== "continue" && !ANALYSIS_RULE_IDS.includes(id));

/**
 * Why SafeShare never discourages sharing when a child may be at risk of significant harm, in the
 * seeds' words (shown with every such recommendation).
 */
export const SIGNIFICANT_HARM_NOTICE = {
  says:
    "Where a child may be suffering or at risk of significant harm, the public interest test will almost certainly be satisfied, and fears about sharing information must not stand in the way of protecting a child: SafeShare will not recommend against sharing. Share what is necessary and proportionate, securely, and record your reasons.",
  sources: [
    seedQuote("000", "Where there is a clear risk of significant harm to a child, the public interest test will almost certainly be satisfied."),
    seedQuote("000", "Fears about sharing information cannot be allowed to stand in the way of the need to promote the welfare and protect the safety of children."),
    seedQuote("003", "Where there is a clear risk of significant harm to a child, or serious harm to adults practitioners should be confident that they can (and should) share information."),
  ],
} as const;
