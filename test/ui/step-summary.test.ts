import { answersWithPrefill, prefillFrom, STEPS } from "../../src/core/decision";
import { type DraftAnswers, draftFrom, parsedAnswers, withAnswer } from "../../src/ui/checklist/answer-form";
import { answeredSummary, checklistStepView } from "../../src/ui/checklist/useChecklistStep";

/**
 * Step 5 with consent as the lawful basis: the core records "consent" (and "explicit consent" for the
 * Article 9 condition), so the step shows those two answers with "Change" instead of some twenty
 * choices; a step the practitioner answers themselves is never folded away.
 */
const lawfulBasis = STEPS.find((s) => s.id === "lawful-basis")!;
const analysis = {
  recipients: [{ address: "hv@nhs.net", field: "to" as const, class: "secure" as const, flags: [] }],
  sentences: [],
  identifiers: [],
  acronyms: [],
  specialCategory: [{ start: 0, end: 6, text: "asthma", category: "health" as const, quoted: false }],
};
const prefill = prefillFrom(analysis);
const withConsent = {
  ...draftFrom(prefill),
  purpose: { kind: "child-in-need" },
  identifiable: "yes",
  consent: { kind: "obtained", form: "explicit-written", whose: [{ kind: "parental-responsibility" }], coversThisSharing: "yes" },
} as DraftAnswers;

const summaryOf = (step: (typeof STEPS)[number], draft: DraftAnswers) => {
  const view = checklistStepView({ step, draft, prefill, problems: [] });
  return answeredSummary(view.need, view.questions, view.stepProblems, answersWithPrefill(parsedAnswers(draft), prefill) as DraftAnswers);
};

test("with explicit consent that covers the sharing, step 5 shows the lawful basis and Article 9 condition it will record", () => {
  const summary = summaryOf(lawfulBasis, withConsent);
  expect(summary?.map((a) => a.answer)).toEqual([expect.stringMatching(/^Consent/), expect.stringMatching(/[Ee]xplicit consent/)]);
});

test("without consent as the basis, step 5 is shown in full", () => {
  const implicit = { ...withConsent, consent: { ...(withConsent.consent as object), form: "implicit" } } as DraftAnswers;
  expect(summaryOf(lawfulBasis, implicit)).toBeUndefined();
  expect(summaryOf(lawfulBasis, { ...withConsent, consent: { kind: "refused", whose: [{ kind: "parental-responsibility" }] } } as DraftAnswers)).toBeUndefined();
});

test("a step the practitioner is answering is never folded into a summary", () => {
  const view = checklistStepView({ step: lawfulBasis, draft: withConsent, prefill, problems: [] });
  const article6 = view.questions.find((v) => v.question.id === "lawfulBasis.article6")!.question;
  expect(summaryOf(lawfulBasis, withAnswer(withConsent, article6, "consent"))).toBeUndefined();
});
