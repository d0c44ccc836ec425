import type { AnswerKey } from "./answers";

/**
 * The nine steps of the checklist (product.md "The checklist"), in the order the task pane asks them,
 * and which answers belong to which step. Problems and skipped steps are reported per step.
 */

/** A step of the checklist. */
export const STEP_IDS = ["purpose", "identifiable", "confidential", "consent", "lawful-basis", "right-way", "inform", "advice", "decision"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** One step: its number, its title and the answers it asks for. */
export interface Step {
  readonly id: StepId;
  readonly number: number;
  readonly title: string;
  readonly answers: readonly AnswerKey[];
}

/** The steps in order. */
export const STEPS: readonly Step[] = [
  { id: "purpose", number: 1, title: "Purpose", answers: ["purpose"] },
  { id: "identifiable", number: 2, title: "Identifiable?", answers: ["identifiable"] },
  { id: "confidential", number: 3, title: "Confidential?", answers: ["confidential"] },
  { id: "consent", number: 4, title: "Consent", answers: ["consent"] },
  { id: "lawful-basis", number: 5, title: "Lawful basis and public interest", answers: ["lawfulBasis", "publicInterest"] },
  { id: "right-way", number: 6, title: "Right information, right way", answers: ["rightWay"] },
  { id: "inform", number: 7, title: "Inform the individual", answers: ["inform"] },
  { id: "advice", number: 8, title: "Advice", answers: ["advice"] },
  { id: "decision", number: 9, title: "Decision", answers: ["decision"] },
];

/** Every answer key, in checklist order. */
export const ANSWER_KEYS: readonly AnswerKey[] = STEPS.flatMap((s) => s.answers);

/** The step an answer belongs to. */
export function stepOfAnswer(key: AnswerKey): Step {
  const step = STEPS.find((s) => s.answers.includes(key));
  // Every key is listed above; the compiler cannot see that, so fall back to the last step.
  return step ?? (STEPS[STEPS.length - 1] as Step);
}

/** "step 4 (consent)": how a step is named in messages. */
export function stepName(step: Step): string {
  return `step ${step.number} (${step.id})`;
}
