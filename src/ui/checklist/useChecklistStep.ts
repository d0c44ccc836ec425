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

/** True while a flag needs an answer before its principle can be confirmed. */
export function flagUnresolved(f: FlagView): boolean {
  const r = f.resolution;
  return !r || (r.kind === "overridden" && !r.reason.trim()) || (r.kind === "confirmed-another-way" && !r.how.trim());
}

/**
 * Step 6's "confirm all": the confirmable principles (no unresolved flag) set together. Eight separate
 * ticks were most of the clicks of a share with consent; each principle is still listed and can be
 * changed on its own, and one with a flag still waits for the flag.
 */
export function confirmAllOf(
  questions: readonly QuestionView[],
  flagsByQuestion: ReadonlyMap<string, readonly FlagView[]>,
  draft: DraftAnswers,
  onChange: (draft: DraftAnswers) => void,
): ChecklistStepState["confirmAll"] {
  const confirms = questions.filter((v) => v.question.type.kind === "confirm");
  if (confirms.length < 2) return undefined;
  const open = confirms.filter((v) => !(flagsByQuestion.get(v.question.id) ?? []).some(flagUnresolved));
  const ticked = confirms.filter((v) => v.value === true).length;
  return {
    checked: ticked === confirms.length ? true : ticked === 0 ? false : "mixed",
    onChange: (checked) => onChange(open.reduce((d, v) => withAnswer(d, v.question, checked), draft)),
  };
}

export function useChecklistStep(props: ChecklistStepProps): ChecklistStepState {
  const headingId = `${useId()}-heading`;
  const { draft, onChange } = props;
  const update = (f: (d: DraftAnswers) => DraftAnswers) => onChange(f(draft));
  const view = checklistStepView(props);
  return {
    step: props.step,
    ...view,
    confirmAll: props.step.id === "right-way" ? confirmAllOf(view.questions, view.flagsByQuestion, draft, onChange) : undefined,
    disabled: props.disabled === true,
    headingId,
    onAnswer: (question, value) => update((d) => withAnswer(d, question, value)),
    onCompanion: (field, value) => update((d) => withCompanion(d, field, value)),
    onChildAge: (age) => update((d) => withChildAge(d, age)),
    onFlag: (flagId, resolution) => update((d) => withFlagResolution(d, flagId, resolution)),
  };
}
