import {
  type AnswersInput,
  AnswersSchema,
  EMPTY_PREFILL,
  prefillFrom,
  recommendationFrom,
  type RecommendationValue,
  type RuleId,
  RULES,
  SEED_FILES,
  TERMINAL_RULE_IDS,
} from "../../../src/core/decision";
import { ANALYSIS, baseAnswers, COMPETENT_CHILD, PUBLIC_INTEREST } from "./fixtures";
import { seedText, seedsAvailable } from "./seed-text";

const S = SEED_FILES;

interface Row {
  name: string;
  /** The seed sentence this row encodes: [seed file, quote]. */
  seed: [string, string];
  answers: AnswersInput;
  withAnalysis?: boolean;
  value: RecommendationValue;
  path: RuleId[];
}

const noConsent = { consent: { kind: "not-sought" as const, reason: "another-lawful-basis" as const } };
const confidentialNoConsent: RuleId[] = ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.not-sought"];

// Every path of seed 002's "When?" flow, as seed 000's seven questions explain it.
const ROWS: Row[] = [
  {
    name: "no legitimate purpose: do not share",
    seed: [S["002"], "Is there a clear and legitimate purpose for sharing information? … No – then do not share information"],
    answers: { purpose: { kind: "none" }, advice: { kind: "none" }, decision: { kind: "do-not-share", reasons: "No purpose." } },
    value: "do-not-share",
    path: ["purpose.none"],
  },
  {
    name: "a decision not to share, with only its purpose and reasons: recorded as it is",
    seed: [S["000"], "You should record your decision and the reasons for it whether or not you decide to share information."],
    answers: { purpose: { kind: "child-in-need" }, decision: { kind: "do-not-share", reasons: "They only need the dates.", whatWithheld: "The assessment." } },
    value: "do-not-share",
    path: ["purpose.legitimate", "decision.not-to-share"],
  },
  {
    name: "anonymised: share, considering how",
    seed: [S["002"], "Does the information enable an individual to be identified? … No – you can share but should consider how"],
    answers: baseAnswers({ identifiable: "no" }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.no"],
  },
  {
    name: "identifiers found override an answer of 'not identifiable'",
    seed: [S["000"], "If, however, the information does allow a person to be identified, it is personal information and is subject to data protection and other laws."],
    answers: baseAnswers({ identifiable: "no", confidential: "no" }),
    withAnalysis: true,
    value: "share",
    path: ["purpose.legitimate", "identifiable.identifiers-found", "confidential.no"],
  },
  {
    name: "not confidential: share, considering how",
    seed: [S["002"], "Is the information confidential? … No – you can share but should consider how"],
    answers: baseAnswers({ confidential: "no" }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.no"],
  },
  {
    name: "unsure whether confidential, no advice yet: seek advice",
    seed: [S["000"], "This is a complex area and you should seek advice if you are unsure."],
    answers: baseAnswers({ confidential: "unsure" }),
    value: "seek-advice",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.unsure"],
  },
  {
    name: "unsure whether confidential, advice sought: treat as confidential and go on",
    seed: [S["000"], "This is a complex area and you should seek advice if you are unsure."],
    answers: baseAnswers({ confidential: "unsure", advice: { kind: "sought", from: ["information-governance-lead"], summary: "Treat it as confidential." } }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.unsure-advised", "consent.refused", "lawful-basis.present", "public-interest.satisfied"],
  },
  {
    name: "unsure whether confidential with a child at risk: no delay for advice",
    seed: [S["002"], "if safeguarding is paramount, take immediate action and share the information without consent, but remember to record the reason for the decision."],
    answers: baseAnswers({ purpose: { kind: "significant-harm", concern: "reasonable-cause" }, confidential: "unsure" }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.unsure-significant-harm", "consent.refused", "public-interest.significant-harm"],
  },
  {
    name: "statutory duty or court order: must share, consent not sought",
    seed: [S["000"], "In such situations you must share the information, even if it is confidential and consent has not been given"],
    answers: baseAnswers({ purpose: { kind: "statutory-duty-or-court-order", which: "court-order", detail: "Order of 3 Nov." }, consent: { kind: "not-sought", reason: "statutory-duty-or-court-order" } }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.statutory-duty"],
  },
  {
    name: "consent obtained and covering this sharing: share, considering how",
    seed: [S["002"], "Do you have consent? … Yes – you can share but should consider how"],
    answers: baseAnswers({ consent: { kind: "obtained", form: "explicit-written", whose: [{ kind: "parental-responsibility" }], coversThisSharing: "yes" } }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.obtained"],
  },
  {
    name: "consent that does not cover these recipients: go on as without consent",
    seed: [S["002"], "Where consent has been given to share information with some, but not all, agencies, does this include the agency you want to share it with?"],
    answers: baseAnswers({ consent: { kind: "obtained", form: "explicit-written", whose: [{ kind: "parental-responsibility" }], coversThisSharing: "no" } }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.partial", "lawful-basis.present", "public-interest.satisfied"],
  },
  {
    name: "evidence of significant harm, consent not sought: share",
    seed: [S["000"], "Where there is a clear risk of significant harm to a child, the public interest test will almost certainly be satisfied."],
    answers: baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" }, consent: { kind: "not-sought", reason: "child-increased-risk" }, publicInterest: undefined }),
    value: "share",
    path: [...confidentialNoConsent, "public-interest.significant-harm"],
  },
  {
    name: "significant harm, consent refused by a competent child: share (refusal does not preclude)",
    seed: [S["004"], "consider the safety and wellbeing of the child, even where that means overriding refusal to consent."],
    answers: baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" }, consent: { kind: "refused", whose: [{ kind: "child", competence: COMPETENT_CHILD }] } }),
    value: "share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.refused", "public-interest.significant-harm"],
  },
  {
    name: "significant harm, sharing everything not proportionate: share limited (never do not share)",
    seed: [S["004"], "then sharing confidential information without consent will almost certainly be justified on the basis that it is in the public interest."],
    answers: baseAnswers({ purpose: { kind: "significant-harm", concern: "reasonable-cause" }, ...noConsent, publicInterest: { ...PUBLIC_INTEREST, proportionate: "no", otherMeans: "yes" } }),
    value: "share-limited",
    path: [...confidentialNoConsent, "public-interest.significant-harm-limited"],
  },
  {
    name: "public-interest circumstance of evidence of harm counts as significant harm",
    seed: [S["000"], "When there is evidence that the child is suffering or is at risk of suffering significant harm"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, circumstances: ["child-suffering-evidence"], otherMeans: "unsure" } }),
    value: "share",
    path: [...confidentialNoConsent, "public-interest.significant-harm"],
  },
  {
    name: "no consent and no other lawful basis: do not share",
    seed: [S["002"], "Is there another reason to share information such as to fulfil a public function or to protect the vital interests of the individual? … No – do not share"],
    answers: baseAnswers({ ...noConsent, lawfulBasis: { article6: "none" }, decision: { kind: "do-not-share", reasons: "No basis." } }),
    value: "do-not-share",
    path: [...confidentialNoConsent, "lawful-basis.none"],
  },
  {
    name: "unsure the disclosure is proportionate: seek advice",
    seed: [S["000"], "In deciding whether the public interest justifies disclosing confidential information without consent, you should be able to seek advice from your line manager"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, proportionate: "unsure", protectOthers: "yes" } }),
    value: "seek-advice",
    path: [...confidentialNoConsent, "lawful-basis.present", "public-interest.unsure"],
  },
  {
    name: "unsure whether any public interest applies: seek advice",
    seed: [S["002"], "Is it necessary to disclose the information, to protect others?"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, protectOthers: "unsure" } }),
    value: "seek-advice",
    path: [...confidentialNoConsent, "lawful-basis.present", "public-interest.unsure"],
  },
  {
    name: "another equally effective means: do not share",
    seed: [S["002"], "Is there another equally effective means of achieving the same aim?"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, otherMeans: "yes", protectOthers: "yes" } }),
    value: "do-not-share",
    path: [...confidentialNoConsent, "lawful-basis.present", "public-interest.other-means"],
  },
  {
    name: "consent refused and no public interest: do not share, respect their wishes",
    seed: [S["000"], "where possible, respect the wishes of those who do not consent to having their information shared."],
    answers: baseAnswers({ publicInterest: PUBLIC_INTEREST }),
    value: "do-not-share",
    path: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.refused", "lawful-basis.present", "public-interest.not-satisfied"],
  },
  {
    name: "public interest justified but not everything is proportionate: share limited",
    seed: [S["000"], "There will be cases where sharing limited information without consent is justified"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, proportionate: "no", preventOrDetectCrime: "yes" } }),
    value: "share-limited",
    path: [...confidentialNoConsent, "lawful-basis.present", "public-interest.limited"],
  },
  {
    name: "preventing serious harm or crime, proportionate: share",
    seed: [S["000"], "To prevent significant harm arising to children or serious harm to adults, including through the prevention, detection and prosecution of serious crime"],
    answers: baseAnswers({ ...noConsent, publicInterest: { ...PUBLIC_INTEREST, circumstances: ["prevent-serious-harm-or-crime"] } }),
    value: "share",
    path: [...confidentialNoConsent, "lawful-basis.present", "public-interest.satisfied"],
  },
];

describe("recommendation: every path of the flow", () => {
  it.each(ROWS)("$name", (row) => {
    const prefill = row.withAnalysis ? prefillFrom(ANALYSIS) : EMPTY_PREFILL;
    const result = recommendationFrom(AnswersSchema.parse(row.answers), prefill);
    expect(result.kind).toBe("recommendation");
    if (result.kind !== "recommendation") return;
    expect(result.value).toBe(row.value);
    expect(result.path.map((s) => s.rule)).toEqual(row.path);
    // Each rule on the path carries its own seed sentence, and the row's citation names a seed file.
    for (const step of result.path) expect(step.source).toEqual(RULES[step.rule].source);
    expect(Object.values(SEED_FILES)).toContain(row.seed[0]);
  });

  (seedsAvailable() ? it.each(ROWS) : it.skip.each(ROWS))("quotes its seed exactly: $name", (row) => {
    const text = seedText(row.seed[0]);
    for (const part of row.seed[1].split(" … ")) expect(text).toContain(part.replace(/\s+/g, " ").trim());
  });

  it("walks every terminal rule of the flow at least once", () => {
    const ends = new Set(ROWS.map((r) => r.path[r.path.length - 1]));
    for (const id of TERMINAL_RULE_IDS) expect(ends).toContain(id);
  });

  it("says why it never discourages sharing when a child may be at risk of significant harm", () => {
    const result = recommendationFrom(AnswersSchema.parse(baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" } })));
    if (result.kind !== "recommendation") throw new Error("expected a recommendation");
    expect(result.significantHarm).not.toBeNull();
    expect(result.explanation).toMatch(/almost certainly be satisfied/);
    expect(result.explanation).toMatch(/fears about sharing information must not stand in the way/);
    expect(result.significantHarm?.sources.map((s) => s.quote)).toContain(
      "Fears about sharing information cannot be allowed to stand in the way of the need to promote the welfare and protect the safety of children.",
    );
  });

  it("has no significant-harm notice otherwise", () => {
    const result = recommendationFrom(AnswersSchema.parse(baseAnswers()));
    expect(result.kind === "recommendation" && result.significantHarm).toBeNull();
  });

  it.each([
    [{}, "purpose"],
    [{ purpose: { kind: "child-in-need" } }, "identifiable"],
    [{ purpose: { kind: "child-in-need" }, identifiable: "yes" }, "confidential"],
    [{ purpose: { kind: "child-in-need" }, identifiable: "yes", confidential: "yes" }, "consent"],
    [{ purpose: { kind: "child-in-need" }, identifiable: "yes", confidential: "yes", consent: { kind: "refused", whose: [{ kind: "adult-concerned" }] } }, "lawfulBasis"],
    [{ purpose: { kind: "child-in-need" }, identifiable: "yes", confidential: "yes", consent: { kind: "refused", whose: [{ kind: "adult-concerned" }] }, lawfulBasis: { article6: "public-task" } }, "publicInterest"],
  ] as [AnswersInput, string][])("waits for the next answer the flow needs (%#)", (answers, awaiting) => {
    const result = recommendationFrom(AnswersSchema.parse(answers));
    expect(result).toMatchObject({ kind: "pending", awaiting });
  });
});
