import { useId, useState } from "react";
import { type AnswerKey, answersWithPrefill, flagPrinciple, flagQuestion, type Need, type Problem, problemForPerson, questionPath } from "../../core/decision";
import {
  askedQuestions,
  CHILD_AGE_FIELD,
  childAge,
  companionsAfter,
  companionValue,
  draftNeeds,
  type DraftAnswers,
  flagResolution,
  parsedAnswers,
  questionValue,
  withAnswer,
  withChildAge,
  withCompanion,
  withConsentFormFolded,
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
  const asked = withConsentFormFolded(askedQuestions(step.id, draft, prefill));
  // The folded consent choice answers "how consent was given" too, so it shows that field's problem.
  const problemOf = (question: (typeof asked)[number]): string | undefined => {
    const own = problemFor(questionPath(question));
    const form = question.id === "consent.kind" ? problemFor("consent.form") : undefined;
    return own && form ? `${own} ${form}` : (own ?? form);
  };
  const questions: QuestionView[] = asked.map((question) => ({
    question,
    value: questionValue(question, draft),
    problem: problemOf(question),
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

/** The answer a question view shows, in words: the chosen option's label, or the value written. */
function answerInWords(view: QuestionView): string | undefined {
  const { value, question } = view;
  const type = question.type;
  if (typeof value === "string" && value !== "") {
    if (type.kind === "choice") return type.options.find((o) => o.value === value)?.label;
    if (type.kind === "yes-no" || type.kind === "yes-no-unsure") return value === "yes" ? "Yes" : value === "no" ? "No" : "Not sure";
    return value;
  }
  if (typeof value === "number") return String(value);
  return undefined;
}

/**
 * What an optional step shows instead of its choices when the core will record every one of its answers
 * for the practitioner (`recorded`: the draft with `answersWithPrefill`, e.g. consent as the lawful basis;
 * see `ChecklistStepState.summary`), or undefined when it is shown in full: not optional, a question the
 * practitioner has answered or that has a problem, or one the core leaves unanswered.
 */
export function answeredSummary(need: Need, questions: readonly QuestionView[], stepProblems: readonly string[], recorded: DraftAnswers): ChecklistStepState["summary"] {
  if (need.kind !== "optional" || questions.length === 0 || stepProblems.length > 0) return undefined;
  const out: { question: string; answer: string }[] = [];
  for (const v of questions) {
    // Only answers the core fills in: a step the practitioner is answering never folds away under them.
    if (v.value !== undefined && v.value !== "") return undefined;
    const answer = answerInWords({ ...v, value: questionValue(v.question, recorded) });
    if (answer === undefined || v.problem !== undefined || v.companions.length > 0) return undefined;
    out.push({ question: v.question.wording, answer });
  }
  return out;
}

/** The draft as it would be recorded: what the core fills in (`answersWithPrefill`) where nothing is answered. */
function recordedDraft(draft: DraftAnswers, prefill: ChecklistStepProps["prefill"]): DraftAnswers {
  return answersWithPrefill(parsedAnswers(draft), prefill) as DraftAnswers;
}

export function useChecklistStep(props: ChecklistStepProps): ChecklistStepState {
  const headingId = `${useId()}-heading`;
  const [expanded, setExpanded] = useState(false);
  const { draft, onChange } = props;
  const update = (f: (d: DraftAnswers) => DraftAnswers) => onChange(f(draft));
  const view = checklistStepView(props);
  return {
    step: props.step,
    ...view,
    confirmAll: props.step.id === "right-way" ? confirmAllOf(view.questions, view.flagsByQuestion, draft, onChange) : undefined,
    summary: expanded ? undefined : answeredSummary(view.need, view.questions, view.stepProblems, recordedDraft(draft, props.prefill)),
    // "Change" puts what would be recorded into the form first, so the choices open on it, not empty.
    onExpand: () => {
      setExpanded(true);
      const recorded = recordedDraft(draft, props.prefill);
      const missing = props.step.answers.filter((k) => draft[k] === undefined && recorded[k] !== undefined);
      if (missing.length > 0) onChange(missing.reduce((d, k) => ({ ...d, [k]: recorded[k] }), draft));
    },
    disabled: props.disabled === true,
    headingId,
    onAnswer: (question, value) => update((d) => withAnswer(d, question, value)),
    onCompanion: (field, value) => update((d) => withCompanion(d, field, value)),
    onChildAge: (age) => update((d) => withChildAge(d, age)),
    onFlag: (flagId, resolution) => update((d) => withFlagResolution(d, flagId, resolution)),
  };
}
