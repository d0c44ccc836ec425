import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { type Problem, problemForPerson } from "../../core/decision";

/**
 * The answers that stop a record being made, as the GOV.UK error-summary pattern shows them (the pattern
 * practitioners know from public-sector forms): a heading that says what happened, then one link per
 * problem, in plain English and naming the question, that moves focus to the field. The summary takes
 * focus when it appears (role="alert" also announces it), so a screen-reader user hears it at once and a
 * keyboard user is one Tab from the first link.
 *
 * The questions are found by the `data-question` (question id) and `data-step` (step id) attributes that
 * `ChecklistStep` renders, in the summary's own document (the task pane runs in an iframe in the demo).
 */
export interface ErrorSummaryProps {
  readonly problems: readonly Problem[];
  /** The heading, e.g. "Not recorded yet: 2 answers need attention". */
  readonly title: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  step: { fontWeight: tokens.fontWeightSemibold },
});

/** The first control inside a question (or step) that can take focus. */
const FOCUSABLE = "input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])";

/** Move focus to the question's first control, else to its step's heading; true when something was found. */
export function focusQuestion(document: Document, questionId: string | undefined, stepId: string | undefined): boolean {
  const escape = (v: string) => v.replace(/["\\]/g, "\\$&");
  const question = questionId ? document.querySelector(`[data-question="${escape(questionId)}"]`) : null;
  const step = stepId ? document.querySelector(`[data-step="${escape(stepId)}"]`) : null;
  const control = (question ?? step)?.querySelector<HTMLElement>(FOCUSABLE);
  const target = control ?? (step?.querySelector<HTMLElement>("h3") ?? null);
  if (!target) return false;
  if (target.tagName === "H3" && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView?.({ block: "center" });
  target.focus();
  return true;
}

export function ErrorSummary(props: ErrorSummaryProps) {
  const s = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.problems.length > 0) ref.current?.focus();
  }, [props.problems]);
  if (props.problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="error-summary">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          <ul className={s.list}>
            {props.problems.map((p, i) => {
              const person = problemForPerson(p);
              return (
                <li key={`${p.field}-${i}`}>
                  <Link
                    href={`#${person.questionId ?? p.step ?? ""}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const doc = ref.current?.ownerDocument;
                      if (doc) focusQuestion(doc, person.questionId, p.step ?? undefined);
                    }}
                  >
                    {person.stepLabel && <span className={s.step}>{person.stepLabel}. </span>}
                    {person.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
