import { readFileSync } from "node:fs";
import path from "node:path";
import { answersValidation, EMPTY_PREFILL, prefillFrom, QUESTIONS, recommendationFrom, type Question, type StepId } from "../../src/core/decision";
import {
  answersInput,
  askedQuestions,
  childAge,
  companionsAfter,
  draftFrom,
  type DraftAnswers,
  flagResolution,
  parsedAnswers,
  questionValue,
  variantFields,
  withAnswer,
  withChildAge,
  withCompanion,
  withConsentFormFolded,
  withFlagResolution,
  withKnownFlags,
  COMPANION_FIELDS,
} from "../../src/ui/checklist/answer-form";

const q = (id: string): Question => {
  const found = QUESTIONS.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const ids = (step: StepId, draft: DraftAnswers, prefill = EMPTY_PREFILL) => askedQuestions(step, draft, prefill).map((x) => x.id);
const analysis = {
  recipients: [{ address: "mum@gmail.com", field: "to" as const, class: "personal" as const, flags: [] }],
  sentences: [],
  identifiers: [{ type: "nhs-number" as const, start: 10, end: 22, quoted: false }],
  acronyms: [],
  specialCategory: [],
};

describe("the checklist as a form (answer-form)", () => {
  it("starts from the analysis: identifiers found mean identifiable", () => {
    expect(draftFrom(prefillFrom(analysis))).toEqual({ version: 1, identifiable: "yes" });
    expect(draftFrom(EMPTY_PREFILL)).toEqual({ version: 1 });
  });

  it("asks a field only when the chosen variant of the answer has it (from the schema)", () => {
    expect(variantFields("purpose", "statutory-duty-or-court-order")).toEqual(["kind", "which", "detail"]);
    let d = draftFrom(EMPTY_PREFILL);
    expect(ids("purpose", d)).toEqual(["purpose.kind"]);
    d = withAnswer(d, q("purpose.kind"), "significant-harm");
    expect(ids("purpose", d)).toEqual(["purpose.kind", "purpose.concern"]);
    d = withAnswer(d, q("purpose.kind"), "statutory-duty-or-court-order");
    expect(ids("purpose", d)).toEqual(["purpose.kind", "purpose.statutory"]);
    expect(companionsAfter("purpose.statutory", d).map((c) => c.field)).toEqual(["detail"]);
    d = withAnswer(d, q("purpose.kind"), "other");
    expect(ids("purpose", d)).toEqual(["purpose.kind", "purpose.other"]);
  });

  it("skips steps the core says are not needed", () => {
    const d = withAnswer(draftFrom(EMPTY_PREFILL), q("purpose.kind"), "none");
    expect(ids("consent", d)).toEqual([]);
    expect(ids("decision", d)).toContain("decision.kind");
  });

  it("keeps what was written when switching between variants that share a field", () => {
    let d = withAnswer(draftFrom(EMPTY_PREFILL), q("decision.kind"), "share");
    d = withAnswer(d, q("decision.reasons"), "Because.");
    d = withAnswer(d, q("decision.whatShared"), "The notes.");
    d = withAnswer(d, q("decision.kind"), "do-not-share");
    expect(d.decision).toEqual({ kind: "do-not-share", reasons: "Because." });
  });

  it("treats 'No advice sought' as exclusive and keeps the advice summary", () => {
    let d = withAnswer(draftFrom(EMPTY_PREFILL), q("advice"), ["manager"]);
    d = withCompanion(d, COMPANION_FIELDS.find((c) => c.answer === "advice") ?? COMPANION_FIELDS[0]!, "Go ahead.");
    expect(d.advice).toEqual({ kind: "sought", from: ["manager"], summary: "Go ahead." });
    d = withAnswer(d, q("advice"), ["manager", "none"]);
    expect(d.advice).toEqual({ kind: "none" });
    expect(questionValue(q("advice"), d)).toEqual(["none"]);
    d = withAnswer(d, q("advice"), ["none", "legal"]);
    expect(d.advice).toEqual({ kind: "sought", from: ["legal"], summary: undefined });
  });

  it("asks the child competence questions only for the child's consent, stores booleans and the age", () => {
    let d = withAnswer(draftFrom(EMPTY_PREFILL), q("consent.kind"), "refused");
    expect(ids("consent", d)).toEqual(["consent.kind", "consent.whose"]);
    d = withAnswer(d, q("consent.whose"), ["child"]);
    const asked = ids("consent", d);
    expect(asked.filter((x) => x.startsWith("consent.child."))).toHaveLength(8);
    d = withAnswer(d, q("consent.child.weighsUp"), "yes");
    expect(questionValue(q("consent.child.weighsUp"), d)).toBe("yes");
    d = withChildAge(d, 13);
    expect(childAge(d)).toBe(13);
    expect((d.consent as { whose: unknown[] }).whose[0]).toEqual({ kind: "child", competence: { weighsUp: true, age: 13 } });
  });

  it("asks when verbal consent was given only for explicit verbal consent", () => {
    let d = withAnswer(draftFrom(EMPTY_PREFILL), q("consent.kind"), "obtained");
    expect(ids("consent", d)).not.toContain("consent.givenAt");
    d = withAnswer(d, q("consent.form"), "explicit-verbal");
    expect(ids("consent", d)).toContain("consent.givenAt");
  });

  it("asks whether there is consent and how it was given as one choice, writing both answers (issue 12)", () => {
    const folded = withConsentFormFolded(askedQuestions("consent", draftFrom(EMPTY_PREFILL), EMPTY_PREFILL));
    const kind = folded.find((x) => x.id === "consent.kind")!;
    const options = kind.type.kind === "choice" ? kind.type.options : [];
    expect(options.map((o) => o.label)).toEqual([
      "Consent obtained: explicit consent, in writing",
      "Consent obtained: explicit consent, given verbally (record the date and time)",
      "Consent obtained: implicit consent, within the service",
      "Consent refused",
      "Consent not sought (say why)",
    ]);
    let d = withAnswer(draftFrom(EMPTY_PREFILL), kind, "obtained/explicit-verbal");
    expect(d.consent).toMatchObject({ kind: "obtained", form: "explicit-verbal" });
    expect(questionValue(kind, d)).toBe("obtained/explicit-verbal");
    // The separate form question is not shown again, and the verbal time still follows.
    const next = withConsentFormFolded(askedQuestions("consent", d, EMPTY_PREFILL)).map((x) => x.id);
    expect(next).not.toContain("consent.form");
    expect(next).toContain("consent.givenAt");
    d = withAnswer(d, kind, "refused");
    expect(d.consent).toMatchObject({ kind: "refused" });
    expect(questionValue(kind, d)).toBe("refused");
  });

  it("resolves flags one by one and forgets flags the analysis no longer raises", () => {
    let d = withFlagResolution(draftFrom(EMPTY_PREFILL), "a", { kind: "fixed" });
    d = withFlagResolution(d, "b", { kind: "overridden", reason: "Needed." });
    expect(flagResolution(d, "b")).toEqual({ kind: "overridden", reason: "Needed." });
    d = withKnownFlags(d, new Set(["b"]));
    expect(flagResolution(d, "a")).toBeUndefined();
    expect(flagResolution(d, "b")).toBeDefined();
  });

  it("fills in an example answer set question by question and gets the core's recommendation", () => {
    const file = path.resolve(__dirname, "../../examples/answers/public-interest-satisfied.json");
    const example = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const draft = { ...(example as object), version: 1 } as DraftAnswers;
    expect(answersValidation(answersInput(draft)).kind).toBe("complete");
    const r = recommendationFrom(parsedAnswers(draft));
    expect(r.kind === "recommendation" && r.value).toBe("share");
    // An incomplete answer is not passed to the recommendation.
    const partial = { ...draft, consent: { kind: "not-sought" } } as DraftAnswers;
    expect(parsedAnswers(partial).consent).toBeUndefined();
    expect(recommendationFrom(parsedAnswers(partial)).kind).toBe("pending");
  });
});
