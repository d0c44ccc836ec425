import { prefillFrom, STEPS } from "../../src/core/decision";
import { type DraftAnswers, draftFrom, withFlagResolution } from "../../src/ui/checklist/answer-form";
import { checklistStepView, confirmAllOf } from "../../src/ui/checklist/useChecklistStep";

/**
 * Step 6's one tick for every principle: it confirms the principles that have nothing left to resolve,
 * leaves one whose flag is still open for the flag, and shows "mixed" while only some are ticked.
 */
const step = STEPS.find((s) => s.id === "right-way")!;
const analysis = {
  recipients: [{ address: "mum@gmail.com", field: "to" as const, class: "personal" as const, flags: [] }],
  sentences: [],
  identifiers: [],
  acronyms: [],
  specialCategory: [],
};
const prefill = prefillFrom(analysis);
const start: DraftAnswers = { ...draftFrom(prefill), purpose: { kind: "child-in-need" }, confidential: "yes", consent: { kind: "refused", whose: [{ kind: "adult-concerned" }] } } as DraftAnswers;

const allOf = (draft: DraftAnswers) => {
  const view = checklistStepView({ step, draft, prefill, problems: [] });
  let next = draft;
  const all = confirmAllOf(view.questions, view.flagsByQuestion, draft, (d) => (next = d));
  return { all, view, apply: (checked: boolean) => (all?.onChange(checked), next) };
};

test("one tick confirms every principle without an open flag, and leaves the flagged one for its flag", () => {
  const { all, view, apply } = allOf(start);
  expect(view.flagsByQuestion.size).toBeGreaterThan(0);
  expect(all?.checked).toBe(false);
  const after = apply(true);
  const rightWay = (after as { rightWay?: Record<string, unknown> }).rightWay ?? {};
  const flagged = [...view.flagsByQuestion.keys()].map((id) => id.replace("rightWay.", ""));
  const confirms = view.questions.filter((v) => v.question.type.kind === "confirm").map((v) => v.question.field);
  for (const field of confirms) expect(rightWay[field] === true).toBe(!flagged.includes(field));
  expect(allOf(after).all?.checked).toBe("mixed");
});

test("once the flags are resolved, one tick confirms them all, and unticking clears them all", () => {
  let draft = start;
  for (const flag of prefill.flags) draft = withFlagResolution(draft, flag.id, { kind: "overridden", reason: "Agreed with Mum." });
  const ticked = allOf(draft).apply(true);
  expect(allOf(ticked).all?.checked).toBe(true);
  expect(allOf(allOf(ticked).apply(false)).all?.checked).toBe(false);
});
