import { answersValidation, problemForPerson, QUESTIONS, questionForField, STEPS, type Problem } from "../../../src/core/decision";

/**
 * The error summary's wording: every problem the validation can give reads as an instruction that names
 * its question, never as a field path or a list of raw values, and points at a question that exists.
 */

const problemsOf = (answers: unknown): readonly Problem[] => {
  const v = answersValidation(answers);
  return v.kind === "incomplete" ? v.problems : [];
};

describe("problemForPerson", () => {
  test.each<[string, Problem, string, string]>([
    ["a value outside the list becomes the question and what to do", { step: "consent", field: "consent.form", message: 'must be "explicit-written", "explicit-verbal" or "implicit"' }, "consent.form", "How was consent given? Choose an answer."],
    ["a required text names the question, not 'the reasons is required'", { step: "decision", field: "decision.reasons", message: "the reasons is required" }, "decision.reasons", "Your reasons, in your own words. Write your answer."],
    ["what is missing, named by the guidance, is kept as an instruction", { step: "consent", field: "consent.givenAt", message: "missing: the date and time verbal consent was given (seed 002)" }, "consent.givenAt", "Add the date and time verbal consent was given (seed 002)."],
    ["an explanation from the guidance is kept, as a sentence", { step: "consent", field: "consent.reason", message: "the reason is a statutory duty or court order, but the purpose in step 1 is not" }, "consent.reason", "The reason is a statutory duty or court order, but the purpose in step 1 is not."],
    ["a whole step left unanswered says what the step needs", { step: "right-way", field: "rightWay", message: "missing: Right information, right way: confirm each principle and resolve each flag" }, "rightWay.necessary", "Right information, right way: confirm each principle and resolve each flag."],
  ])("%s", (_, problem, questionId, text) => {
    const person = problemForPerson(problem);
    expect(person.questionId).toBe(questionId);
    expect(person.text).toBe(text);
  });

  test("the step is named as the checklist heads it", () => {
    expect(problemForPerson({ step: "consent", field: "consent.form", message: "missing" }).stepLabel).toBe("Step 4: Consent");
    expect(problemForPerson({ step: null, field: "", message: "this SafeShare reads answers format version 1" })).toEqual({
      stepLabel: "",
      questionId: undefined,
      text: "This SafeShare reads answers format version 1.",
      inline: "This SafeShare reads answers format version 1.",
    });
  });

  test("a field deeper than any question belongs to the nearest question above it", () => {
    expect(questionForField("consent.whose.0.competence.understandsQuestion")?.answer).toBe("consent");
    expect(questionForField("rightWay.flagResolutions.0.resolution.reason")?.answer).toBe("rightWay");
  });

  test("every problem of a range of partial answer sets reads as plain English and points at a real question", () => {
    const sets: unknown[] = [
      {},
      { purpose: { kind: "child-in-need" }, consent: { kind: "obtained", whose: [], coversThisSharing: "yes" } },
      { purpose: { kind: "child-in-need" }, decision: { kind: "share", reasons: "", whatShared: "" } },
      { purpose: { kind: "significant-harm" }, identifiable: "yes", confidential: "yes", consent: { kind: "not-sought" } },
      { purpose: { kind: "other" }, lawfulBasis: { article6: "consent" }, advice: { kind: "sought", from: [] } },
      { purpose: { kind: "statutory-duty-or-court-order", which: "court-order" }, consent: { kind: "obtained", form: "implicit", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" } },
    ];
    const ids = new Set(QUESTIONS.map((q) => q.id));
    const steps = new Set(STEPS.map((s) => `Step ${s.number}: ${s.title}`));
    let seen = 0;
    for (const answers of sets) {
      for (const problem of problemsOf(answers)) {
        seen++;
        const person = problemForPerson(problem);
        // No field paths, no raw value lists, no "is required" grammar.
        expect(person.text).not.toMatch(/must be "|is required|cannot be empty|^missing|[a-z]+\.[a-z]+:/);
        expect(person.text).toMatch(/^[A-Z"].*[.?!)]$/);
        if (problem.step) expect(steps.has(person.stepLabel)).toBe(true);
        if (problem.field) expect(ids.has(person.questionId ?? "")).toBe(true);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(20);
  });
});
