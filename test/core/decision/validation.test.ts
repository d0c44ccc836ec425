import { AnalysisSchema, answersValidation, prefillFrom, type Problem, problemText, recommendationFrom } from "../../../src/core/decision";
import type { AnswersInput } from "../../../src/core/decision";
import { ALL_CONFIRMED, ANALYSIS, baseAnswers, COMPETENT_CHILD, PUBLIC_INTEREST } from "./fixtures";

type ConsentInput = NonNullable<AnswersInput["consent"]>;

const problemsOf = (input: unknown, analysis = false): Problem[] => {
  const v = answersValidation(input, analysis ? prefillFrom(ANALYSIS) : undefined);
  return v.kind === "incomplete" ? [...v.problems] : [];
};
const fields = (problems: Problem[]) => problems.map((p) => p.field);

describe("answers validation: complete, or exactly what is missing per step", () => {
  it("accepts a complete answer set", () => {
    expect(answersValidation(baseAnswers()).kind).toBe("complete");
  });

  it("names every missing answer with its step, in checklist order", () => {
    const problems = problemsOf({ purpose: { kind: "child-in-need" } });
    expect(problems.map((p) => [p.step, p.field])).toEqual([
      ["identifiable", "identifiable"],
      ["confidential", "confidential"],
      ["consent", "consent"],
      ["lawful-basis", "lawfulBasis"],
      ["lawful-basis", "publicInterest"],
      ["right-way", "rightWay"],
      ["inform", "inform"],
      ["advice", "advice"],
      ["decision", "decision"],
    ]);
    expect(problemText(problems[0] as Problem)).toBe("step 2 (identifiable) identifiable: missing: Does the information identify a living person?");
  });

  it("asks for nothing more once there is no legitimate purpose", () => {
    expect(fields(problemsOf({ purpose: { kind: "none" } }))).toEqual(["advice", "decision"]);
  });

  it("skips consent and the public interest when the information is not confidential", () => {
    expect(answersValidation(baseAnswers({ confidential: "no", consent: undefined, publicInterest: undefined })).kind).toBe("complete");
  });

  it("skips the public interest test once consent covers the sharing", () => {
    const answers = baseAnswers({ consent: { kind: "obtained", form: "explicit-written", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" }, publicInterest: undefined });
    expect(answersValidation(answers).kind).toBe("complete");
  });

  it("skips right information, right way for a decision not to share", () => {
    expect(answersValidation(baseAnswers({ rightWay: undefined, decision: { kind: "do-not-share", reasons: "Not proportionate." } })).kind).toBe("complete");
  });

  it("makes the public interest test optional when a child may be at risk of significant harm", () => {
    expect(answersValidation(baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" }, publicInterest: undefined })).kind).toBe("complete");
  });

  it("reports schema errors in their step, with the field path", () => {
    const problems = problemsOf(baseAnswers({ consent: { kind: "not-sought", reason: "too-busy" } as never, confidential: "maybe" as never }));
    expect(problems.map((p) => [p.step, p.field])).toEqual([
      ["confidential", "confidential"],
      ["consent", "consent.reason"],
    ]);
    expect(problems[1]?.message).toMatch(/child-increased-risk/);
  });

  it("refuses unknown fields at the top level and inside a step", () => {
    const problems = problemsOf({ ...baseAnswers(), extra: 1, decision: { kind: "share", reasons: "r", whatShared: "w", colour: "blue" } });
    expect(problems.map(problemText)).toEqual(expect.arrayContaining(['answers (file): unknown field "extra"', 'step 9 (decision) decision: unknown field "colour"']));
  });
});

describe("consent must not be sought where a statutory duty or court order applies", () => {
  const statutory = { kind: "statutory-duty-or-court-order", which: "statutory-duty", detail: "Notifiable disease." } as const;

  it("flags consent sought (obtained or refused) under a statutory duty", () => {
    const consents: ConsentInput[] = [
      { kind: "obtained", form: "explicit-written", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" },
      { kind: "refused", whose: [{ kind: "adult-concerned" }] },
    ];
    for (const consent of consents) {
      const problems = problemsOf(baseAnswers({ purpose: statutory, consent }));
      expect(problems).toEqual([expect.objectContaining({ step: "consent", field: "consent.kind", message: expect.stringMatching(/must not be sought/) })]);
    }
  });

  it("pre-fills 'not sought: statutory duty or court order' when consent is left out", () => {
    const v = answersValidation(baseAnswers({ purpose: statutory, consent: undefined, publicInterest: undefined }));
    expect(v.kind === "complete" && v.answers.consent).toEqual({ kind: "not-sought", reason: "statutory-duty-or-court-order" });
  });

  it("flags the statutory reason without a statutory purpose, and another reason with one", () => {
    expect(fields(problemsOf(baseAnswers({ consent: { kind: "not-sought", reason: "statutory-duty-or-court-order" } })))).toEqual(["consent.reason"]);
    expect(fields(problemsOf(baseAnswers({ purpose: statutory, consent: { kind: "not-sought", reason: "child-increased-risk" } })))).toEqual(["consent.reason"]);
  });
});

describe("consent details", () => {
  it("needs the date and time of explicit verbal consent", () => {
    const consent: ConsentInput & { kind: "obtained" } = { kind: "obtained", form: "explicit-verbal", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" };
    expect(fields(problemsOf(baseAnswers({ consent })))).toEqual(["consent.givenAt"]);
    expect(answersValidation(baseAnswers({ consent: { ...consent, givenAt: "2026-11-24T15:30:00Z" } })).kind).toBe("complete");
  });

  it("expects explicit consent for special category information", () => {
    const consent: ConsentInput = { kind: "obtained", form: "implicit", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" };
    const problems = problemsOf(baseAnswers({ consent, lawfulBasis: { article6: "consent", article9: "health-or-social-care" } }), true);
    expect(fields(problems)).toContain("consent.form");
  });

  it("records a decision not to share with the purpose considered, the decision, its reasons and what was withheld: nothing else", () => {
    const v = answersValidation({ version: 1, purpose: { kind: "child-in-need" }, decision: { kind: "do-not-share", reasons: "The school only needs the dates.", whatWithheld: "The GP's letter." } }, prefillFrom(ANALYSIS));
    expect(v.kind).toBe("complete");
    expect(fields(problemsOf({ version: 1, decision: { kind: "do-not-share", reasons: "Not needed." } }))).toEqual(["purpose"]);
  });

  it("asks for a person with parental responsibility when the child is not judged competent", () => {
    const child = { kind: "child", competence: { ...COMPETENT_CHILD, weighsUp: false } } as const;
    const problems = problemsOf(baseAnswers({ consent: { kind: "refused", whose: [child] } }));
    expect(problems).toEqual([expect.objectContaining({ field: "consent.whose", message: expect.stringMatching(/parental responsibility.*weighsUp|weighsUp.*parental responsibility/) })]);
    expect(answersValidation(baseAnswers({ consent: { kind: "refused", whose: [child, { kind: "parental-responsibility" }] } })).kind).toBe("complete");
  });
});

describe("lawful basis", () => {
  it("refuses consent as the basis without consent", () => {
    expect(fields(problemsOf(baseAnswers({ lawfulBasis: { article6: "consent" } })))).toEqual(["lawfulBasis.article6"]);
  });

  it("refuses 'no lawful basis' when a child may be at risk of significant harm", () => {
    const problems = problemsOf(baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" }, lawfulBasis: { article6: "none" } }));
    expect(problems).toEqual([expect.objectContaining({ field: "lawfulBasis.article6", message: expect.stringMatching(/safeguarding/) })]);
  });

  it("refuses sharing without a lawful basis", () => {
    expect(fields(problemsOf(baseAnswers({ confidential: "no", consent: undefined, publicInterest: undefined, lawfulBasis: { article6: "none" } })))).toEqual(["lawfulBasis.article6"]);
  });

  it("needs an Article 9 condition when special category information was found", () => {
    expect(fields(problemsOf(baseAnswers(), true))).toContain("lawfulBasis.article9");
  });
});

describe("pre-filling from the analysis", () => {
  const resolved = {
    ...ALL_CONFIRMED,
    flagResolutions: prefillFrom(ANALYSIS).flags.map((f) => ({ flagId: f.id, resolution: { kind: "overridden", reason: "Checked with the manager." } as const })),
  };
  const withAnalysis = (overrides = {}) => baseAnswers({ lawfulBasis: { article6: "public-task", article9: "substantial-public-interest-safeguarding" }, rightWay: resolved, ...overrides });

  it("accepts answers that resolve every flag", () => {
    expect(answersValidation(withAnalysis(), prefillFrom(ANALYSIS)).kind).toBe("complete");
  });

  it("answers 'identifiable' from the identifiers found, and refuses 'no'", () => {
    const v = answersValidation(withAnalysis({ identifiable: undefined }), prefillFrom(ANALYSIS));
    expect(v.kind === "complete" && v.answers.identifiable).toBe("yes");
    expect(problemsOf(withAnalysis({ identifiable: "no" }), true)).toEqual([expect.objectContaining({ field: "identifiable", message: expect.stringMatching(/date-of-birth/) })]);
  });

  it("cannot confirm 'secure' until each unsecured recipient is resolved, and lists the accuracy flags", () => {
    const problems = problemsOf(withAnalysis({ rightWay: ALL_CONFIRMED }), true);
    const secure = problems.filter((p) => p.field === "rightWay.secure").map((p) => p.message);
    expect(secure).toEqual([expect.stringMatching(/s\.jones@gmail\.com.*secure route/), expect.stringMatching(/duty@herts\.police\.uk/)]);
    expect(problems.filter((p) => p.field === "rightWay.accurate")).toHaveLength(2);
    expect(problems.filter((p) => p.field === "rightWay.necessary").map((p) => p.message)).toEqual([expect.stringMatching(/date of birth.*needed/)]);
    expect(problems.filter((p) => p.field === "rightWay.adequate").map((p) => p.message)).toEqual([expect.stringMatching(/CAMHS/)]);
  });

  it("refuses resolutions of flags that were never raised, and duplicates", () => {
    const rightWay = { ...resolved, flagResolutions: [...resolved.flagResolutions, { flagId: "identifier:phone:1-2", resolution: { kind: "fixed" } as const }, resolved.flagResolutions[0]!] };
    const messages = problemsOf(withAnalysis({ rightWay }), true).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/no flag "identifier:phone:1-2"/), expect.stringMatching(/resolved 2 times/)]));
  });

  it("needs each principle confirmed and the onward-sharing question answered before sharing", () => {
    const problems = problemsOf(baseAnswers({ rightWay: { ...ALL_CONFIRMED, timely: false, onwardSharingEstablished: false } }));
    expect(fields(problems)).toEqual(["rightWay.timely", "rightWay.onwardSharingEstablished"]);
  });
});

describe("consistency with significant harm", () => {
  it("refuses 'no legitimate purpose' with evidence of significant harm", () => {
    const problems = problemsOf({ purpose: { kind: "none" }, publicInterest: { ...PUBLIC_INTEREST, circumstances: ["child-suffering-evidence"] }, advice: { kind: "none" }, decision: { kind: "do-not-share", reasons: "r" } });
    expect(fields(problems)).toEqual(["purpose.kind"]);
  });
});

describe("a decision not to share, recorded", () => {
  it("builds a verifiable record from the purpose, the decision, its reasons and what was withheld", async () => {
    const { recordFromAnswers, verifyChain } = await import("../../../src/core/decision");
    const { context } = await import("./fixtures");
    const built = recordFromAnswers({ answers: { version: 1, purpose: { kind: "child-in-need" }, decision: { kind: "do-not-share", reasons: "They only need the dates.", whatWithheld: "The assessment." } }, analysis: ANALYSIS, context: context({}) });
    if (built.kind !== "record") throw new Error(JSON.stringify(built));
    expect(built.record).toMatchObject({ decision: "do-not-share", recommendation: { value: "do-not-share", rules: ["purpose.legitimate", "identifiable.yes", "decision.not-to-share"] }, consent: null, advice: { kind: "none" } });
    expect(verifyChain([built.record]).ok).toBe(true);
  });
});

describe("share with consent: consent, the right-way confirmations and the decision (issue 12)", () => {
  const shareWithConsent = (consent: ConsentInput, extra: Partial<AnswersInput> = {}): AnswersInput => ({
    version: 1,
    purpose: { kind: "child-in-need" },
    identifiable: "yes",
    confidential: "yes",
    consent,
    rightWay: { ...ALL_CONFIRMED, flagResolutions: [] },
    decision: { kind: "share", reasons: "Mum agreed in writing to the referral.", whatShared: "The referral form." },
    ...extra,
  });
  const explicit: ConsentInput = { kind: "obtained", form: "explicit-written", whose: [{ kind: "parental-responsibility" }], coversThisSharing: "yes" };

  it("needs no lawful basis, public interest, informing or advice: the lawful basis is consent", () => {
    const v = answersValidation(shareWithConsent(explicit));
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    expect(v.answers.lawfulBasis).toEqual({ article6: "consent" });
    expect(v.answers.publicInterest).toBeUndefined();
  });

  it("needs no answer on confidentiality either: both branches of the flow end in share once consent covers it", () => {
    const v = answersValidation(shareWithConsent(explicit, { confidential: undefined }));
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    const result = recommendationFrom(v.answers);
    expect(result.kind === "recommendation" && result.value).toBe("share");
    expect(result.kind === "recommendation" && result.path.map((p) => p.rule)).not.toContain("confidential.yes");
    // Without consent that covers it, confidentiality is asked as before.
    expect(fields(problemsOf(shareWithConsent({ ...explicit, coversThisSharing: "no" }, { confidential: undefined })))).toContain("confidential");
  });

  it("with special category information found, the Article 9 condition is explicit consent", () => {
    const prefill = { ...prefillFrom(ANALYSIS), flags: [] };
    const v = answersValidation(shareWithConsent(explicit), prefill);
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    expect(v.answers.lawfulBasis).toEqual({ article6: "consent", article9: "explicit-consent" });
  });

  it("keeps a lawful basis the practitioner chose instead", () => {
    const v = answersValidation(shareWithConsent(explicit, { lawfulBasis: { article6: "public-task" } }));
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    expect(v.answers.lawfulBasis).toEqual({ article6: "public-task" });
  });

  it("still asks for a lawful basis with implicit consent, and the full path once consent does not cover this sharing", () => {
    expect(fields(problemsOf(shareWithConsent({ ...explicit, form: "implicit" })))).toEqual(["lawfulBasis"]);
    expect(fields(problemsOf(shareWithConsent({ ...explicit, coversThisSharing: "no" })))).toEqual(["lawfulBasis", "publicInterest", "inform", "advice"]);
  });
});

describe("a person named in the message settles 'identifiable' like an identifier does", () => {
  const named = { ...ANALYSIS, identifiers: [], personMentions: [{ kind: "name" as const, text: "Lily" }, { kind: "relation" as const, text: "Mum" }, { kind: "title-name" as const, text: "Mrs Evans" }, { kind: "name" as const, text: "Lily" }] };

  it("pre-fills yes and lists each name once (relations and pronouns are not names)", () => {
    const prefill = prefillFrom(named);
    expect(prefill.identifiable).toBe("yes");
    expect(prefill.namedPeople).toEqual(["Lily", "Mrs Evans"]);
    expect(prefillFrom({ ...named, personMentions: [{ kind: "relation", text: "Mum" }] }).identifiable).toBeUndefined();
  });

  it("refuses 'no' for a message that names someone, saying who", () => {
    const problems = answersValidation(baseAnswers({ identifiable: "no" }), prefillFrom(named));
    expect(problems.kind === "incomplete" ? problems.problems.map((p) => p.message) : []).toContain('the message names Lily, Mrs Evans: the information identifies a person, so answer "yes"');
  });

  it("reads the names from a `safeshare check --json` result (an older one without them still parses)", () => {
    expect(AnalysisSchema.parse({ personMentions: [{ start: 0, end: 4, text: "Lily", kind: "name", weight: 2, in: "body", quoted: false }] }).personMentions).toHaveLength(1);
    expect(AnalysisSchema.parse({}).personMentions).toEqual([]);
  });
});
