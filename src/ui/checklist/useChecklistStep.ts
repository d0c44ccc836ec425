import { useId } from "react";
import { type AnswerKey, flagPrinciple, flagQuestion, type Need, type Problem, problemForPerson, questionPath } from "../../core/decision";
import {
  askedQuestions,
  CHILD_AGE_FIELD,
  childAge,
  companionsAfter,
  companionValue,
  draftNeeds,
  type DraftAnswers,
  flagResolution,
  questionValue,
  withAnswer,
  withChildAge,
  withCompanion,
  withFlagResolution,
} from "./answer-form";
import type { ChecklistStepProps, ChecklistStepState, FlagView, QuestionView } from "./ChecklistStep.types";

export { questionPath };

/** The step's need: the strongest need of its answers. */
function stepNeed(keys: readonly AnswerKey[], needs: Record<AnswerKey, Need>): Need {
  const list = keys.map((k) => needs[k]);
  return list.find((n) => n.kind === "required") ?? list.find((n) => n.kind === "optional") ?? list[0] ?? { kind: "required" };
}

/** The step's state from the draft (pure; exported for tests). */
export function checklistStepView(props: Pick<ChecklistStepProps, "step" | "draft" | "prefill" | "problems">): Pick<ChecklistStepState, "need" | "questions" | "flagsByQuestion" | "stepProblems"> {
  const { step, draft, prefill } = props;
  const needs = draftNeeds(draft, prefill);
  const problems = props.problems ?? [];
  const used = new Set<Problem>();
  const problemFor = (path: string): string | undefined => {
    const found = problems.filter((p) => p.field === path);
    found.forEach((p) => used.add(p));
    return found.length ? found.map((p) => problemForPerson(p).inline).join(" ") : undefined;
  };
  const asked = askedQuestions(step.id, draft, prefill);
  const questions: QuestionView[] = asked.map((question) => ({
    question,
    value: questionValue(question, draft),
    problem: problemFor(questionPath(question)),
    companions: companionsAfter(question.id, draft).map((field) => ({ field, value: companionValue(field, draft), problem: problemFor(`${field.answer}.${field.field}`) })),
    childAge: question.id === CHILD_AGE_FIELD.after && asked.some((q) => q.id.startsWith("consent.child.")) ? (childAge(draft) ?? null) : undefined,
  }));
  const flagsByQuestion = new Map<string, FlagView[]>();
  if (step.id === "right-way" && asked.length > 0) {
    for (const flag of prefill.flags) {
      const id = `rightWay.${flagPrinciple(flag)}`;
      const list = flagsByQuestion.get(id) ?? [];
      list.push({ flag, question: flagQuestion(flag), resolution: flagResolution(draft, flag.id) });
      flagsByQuestion.set(id, list);
    }
    problemFor("rightWay.flagResolutions");
  }
  // A missing whole answer ("consent: missing") is shown on the step.
  const stepProblems = problems.filter((p) => !used.has(p)).map((p) => problemForPerson(p).text);
  return { need: stepNeed(step.answers, needs), questions, flagsByQuestion, stepProblems };
}

export function useChecklistStep(props: ChecklistStepProps): ChecklistStepState {
  const headingId = `${useId()}-heading`;
  const { draft, onChange } = props;
  const update = (f: (d: DraftAnswers) => DraftAnswers) => onChange(f(draft));
  return {
    step: props.step,
    ...checklistStepView(props),
    disabled: props.disabled === true,
    headingId,
    onAnswer: (question, value) => update((d) => withAnswer(d, question, value)),
    onCompanion: (field, value) => update((d) => withCompanion(d, field, value)),
    onChildAge: (age) => update((d) => withChildAge(d, age)),
    onFlag: (flagId, resolution) => update((d) => withFlagResolution(d, flagId, resolution)),
  };
}
