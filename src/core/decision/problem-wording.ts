import { QUESTIONS, type Question } from "./checklist";
import { STEPS } from "./steps";
import type { Problem } from "./validation";

/**
 * Validation problems as a practitioner reads them, for the error summary of the task pane and the Teams
 * share page (the GOV.UK error-summary pattern: a heading that says the record was not made, then one link
 * per answer that needs attention, each moving focus to its field).
 *
 * `answersValidation` speaks to whoever wrote the answers: the CLI's answers file needs the field path and
 * the exact values allowed (`consent.form: must be "explicit-written", "explicit-verbal" or "implicit"`).
 * A person at a form needs the question and what to do ("How was consent given? Choose an answer."), so the
 * messages that only say a value is missing or not one of the allowed ones are rewritten from the question's
 * own wording; those that explain something from the guidance are kept, with a capital letter.
 */
export interface PersonProblem {
  /** The step, as the checklist heads it ("Step 4: Consent"), or "" for a problem outside the steps. */
  readonly stepLabel: string;
  /** The id of the question to move focus to (a `QUESTIONS` id), or undefined when none fits. */
  readonly questionId: string | undefined;
  /** One sentence or two: what to do, naming the question (for the summary, away from the question). */
  readonly text: string;
  /**
   * The same, for beside the field: where the summary's text is the question's wording and what to do,
   * only what to do ("Choose an answer."), since the question is just above it.
   */
  readonly inline: string;
}

/** The dotted field a question fills, as validation names it (`consent.reason`, `identifiable`). */
export function questionPath(question: Question): string {
  return question.field === "" ? question.answer : `${question.answer}.${question.field.replace(/\[\]/g, "")}`;
}

/** The question a problem's field belongs to: exact, else the longest question path it lies under, else its answer's first question. */
export function questionForField(field: string): Question | undefined {
  let best: Question | undefined;
  let bestLength = -1;
  for (const q of QUESTIONS) {
    const path = questionPath(q);
    if (path === field) return q;
    if (field.startsWith(`${path}.`) && path.length > bestLength) {
      best = q;
      bestLength = path.length;
    }
  }
  if (best) return best;
  const answer = field.split(".")[0];
  return QUESTIONS.find((q) => q.answer === answer);
}

/** Messages that carry no explanation of their own: nothing chosen, or a value outside the list. */
const ONLY_SAYS_MISSING = /^(missing\b|(kind )?must be (one of )?["a-z]|.* is required$|.* cannot be empty$|say whose consent|say whom advice)/;

/** What a person does to answer a question of this type. */
function actionFor(question: Question): string {
  switch (question.type.kind) {
    case "choice":
    case "yes-no":
    case "yes-no-unsure":
      return "Choose an answer.";
    case "choices":
      return "Choose at least one.";
    case "confirm":
      return "Tick to confirm.";
    case "time":
      return "Enter the date and time.";
    case "number":
      return "Enter a number.";
    case "text":
      return "Write your answer.";
  }
}

/** `problem` in plain English, with the step it belongs to and the question to move focus to. */
export function problemForPerson(problem: Problem): PersonProblem {
  const step = STEPS.find((s) => s.id === problem.step);
  const stepLabel = step ? `Step ${step.number}: ${step.title}` : "";
  const question = problem.field ? questionForField(problem.field) : undefined;
  // "missing: the date and time verbal consent was given (seed 002)" names what is missing better than
  // the question does: its words are kept, as an instruction. "missing: <a whole question>?" (an answer
  // not given at all) is answered from the question, keeping anything said after it.
  const named = /^missing: (.+)$/.exec(problem.message)?.[1];
  let text: string;
  let inline: string | undefined;
  const wholeAnswer = problem.field !== "" && !problem.field.includes(".");
  if (wholeAnswer && problem.field === "rightWay") {
    // Already an instruction, and about the whole step (eight confirmations and the flags), not one field.
    text = sentence(named ?? problem.message);
  } else if (named !== undefined && !named.includes("?") && !wholeAnswer) {
    text = `Add ${named.replace(/\.$/, "")}.`;
  } else if (question && (named !== undefined || ONLY_SAYS_MISSING.test(problem.message))) {
    const after = named?.split("?; ")[1];
    text = `${question.wording} ${actionFor(question)}${after ? ` ${sentence(after)}` : ""}`;
    inline = `${actionFor(question)}${after ? ` ${sentence(after)}` : ""}`;
  } else {
    text = sentence(problem.message);
  }
  return { stepLabel, questionId: question?.id, text, inline: inline ?? text };
}

function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)"”]$/.test(capital) ? capital : `${capital}.`;
}
