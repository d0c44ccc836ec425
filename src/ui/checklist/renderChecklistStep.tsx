import { Button, Checkbox, Field, Input, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { isRiskyAddressFlag } from "../../core/decision";
import { CHILD_AGE_FIELD, type FlagResolutionDraft } from "./answer-form";
import { flagUnresolved } from "./useChecklistStep";
import type { ChecklistStepState, FlagView, QuestionView } from "./ChecklistStep.types";
import type { useChecklistStepStyles } from "./useChecklistStepStyles.styles";

type Classes = ReturnType<typeof useChecklistStepStyles>;

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const YES_NO_UNSURE = [...YES_NO, { value: "unsure", label: "Not sure" }];

/** "2026-01-05T09:30" (the input's local time) from a UTC ISO time, and back. */
export function localInputFromIso(iso: unknown): string {
  if (typeof iso !== "string" || !iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function isoFromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * "What the guidance says" for the whole step: one expander (one tab stop) holding each asked question's
 * quotes under its wording. One per question put 29 tab stops between the questions of a full checklist.
 */
function StepHelp(props: { questions: readonly QuestionView[]; classes: Classes }) {
  const withHelp = props.questions.map((v) => v.question).filter((q) => q.help.length > 0);
  if (withHelp.length === 0) return null;
  const { classes } = props;
  return (
    <details className={classes.help}>
      <summary className={classes.helpSummary}>What the guidance says</summary>
      {withHelp.map((q) => (
        <div key={q.id}>
          {withHelp.length > 1 && <p className={classes.helpQuestion}>{q.wording}</p>}
          {q.help.map((h) => (
            <blockquote key={h.quote} className={classes.quote}>
              “{h.quote}” ({h.seed})
            </blockquote>
          ))}
        </div>
      ))}
    </details>
  );
}

const fieldState = (problem: string | undefined) => (problem ? { validationMessage: problem, validationState: "error" as const } : {});

function QuestionInput(props: { view: QuestionView; state: ChecklistStepState; classes: Classes }) {
  const { view, state, classes } = props;
  const problemId = `${state.headingId}-${view.question.id.replace(/[^a-z0-9]/gi, "-")}-problem`;
  const { question, value, problem } = view;
  const set = (v: unknown) => state.onAnswer(question, v);
  const disabled = state.disabled;
  const type = question.type;
  switch (type.kind) {
    case "choice":
    case "yes-no":
    case "yes-no-unsure": {
      const options = type.kind === "choice" ? type.options : type.kind === "yes-no" ? YES_NO : YES_NO_UNSURE;
      return (
        <Field label={question.wording} {...fieldState(problem)}>
          <RadioGroup value={typeof value === "string" ? value : ""} onChange={(_, d) => set(d.value)} disabled={disabled}>
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </RadioGroup>
        </Field>
      );
    }
    case "choices": {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      const options = question.id === "advice" ? [...type.options, { value: "none", label: "No advice sought" }] : type.options;
      const toggle = (v: string, on: boolean) => set(on ? [...selected.filter((s) => s !== v), v] : selected.filter((s) => s !== v));
      // A fieldset, not a Field: Field gives its one id to every control inside it.
      return (
        <fieldset className={classes.fieldset} aria-describedby={problem ? problemId : undefined}>
          <legend className={classes.legend}>{question.wording}</legend>
          {options.map((o) => (
            <Checkbox key={o.value} label={o.label} checked={selected.includes(o.value)} disabled={disabled} onChange={(_, d) => toggle(o.value, d.checked === true)} />
          ))}
          {problem && (
            <p id={problemId} className={classes.fieldProblem}>
              {problem}
            </p>
          )}
        </fieldset>
      );
    }
    case "confirm": {
      const flags = state.flagsByQuestion.get(question.id) ?? [];
      const unresolved = flags.some(flagUnresolved);
      return (
        <div>
          {flags.length > 0 && (
            <ul className={classes.flags} aria-label={`Flags to resolve before confirming: ${question.wording}`}>
              {flags.map((f) => (
                <FlagItem key={f.flag.id} view={f} state={state} classes={classes} />
              ))}
            </ul>
          )}
          <Field {...fieldState(problem)}>
            <Checkbox label={question.wording} checked={value === true} disabled={disabled || unresolved} onChange={(_, d) => set(d.checked === true)} />
          </Field>
        </div>
      );
    }
    case "text":
      return (
        <Field label={question.wording} {...fieldState(problem)}>
          <Textarea value={typeof value === "string" ? value : ""} disabled={disabled} resize="vertical" onChange={(_, d) => set(d.value)} />
        </Field>
      );
    case "time":
      return (
        <Field label={question.wording} {...fieldState(problem)}>
          <Input type="datetime-local" value={localInputFromIso(value)} disabled={disabled} onChange={(_, d) => set(isoFromLocalInput(d.value))} />
        </Field>
      );
    case "number":
      return (
        <Field label={question.wording} {...fieldState(problem)}>
          <Input type="number" value={typeof value === "number" ? String(value) : ""} disabled={disabled} onChange={(_, d) => set(d.value === "" ? undefined : Number(d.value))} />
        </Field>
      );
  }
}

/**
 * How a flag can be resolved. A look-alike, invalid or disguised address has no "keep it, because…" (a
 * reason cannot make it the right person): corrected, or confirmed with the recipient another way.
 */
const ORDINARY_FLAG = { fixed: "Fixed", other: "overridden", otherLabel: "Keep it, because…", textLabel: "Why it is kept", missing: "Give the reason", layout: "horizontal" } as const;
const ADDRESS_FLAG = {
  fixed: "I have corrected the address",
  other: "confirmed-another-way",
  otherLabel: "The recipient confirmed it is theirs, by phone or in person",
  textLabel: "How you confirmed it (who, and on what number)",
  missing: "Say how you confirmed it",
  layout: "vertical",
} as const;

function FlagItem(props: { view: FlagView; state: ChecklistStepState; classes: Classes }) {
  const { view, state, classes } = props;
  const r = view.resolution;
  const choice = r?.kind ?? "";
  const set = (res: FlagResolutionDraft | undefined) => state.onFlag(view.flag.id, res);
  const o = isRiskyAddressFlag(view.flag) ? ADDRESS_FLAG : ORDINARY_FLAG;
  const written = r?.kind === "overridden" ? r.reason : r?.kind === "confirmed-another-way" ? r.how : "";
  const other = (words: string): FlagResolutionDraft => (o.other === "overridden" ? { kind: "overridden", reason: words } : { kind: "confirmed-another-way", how: words });
  return (
    <li className={classes.flag} data-flag={view.flag.id}>
      <p className={classes.flagText}>{view.question}</p>
      <RadioGroup aria-label={`Resolve: ${view.question}`} layout={o.layout} value={choice} disabled={state.disabled} onChange={(_, d) => set(d.value === "fixed" ? { kind: "fixed" } : other(written))}>
        <Radio value="fixed" label={o.fixed} />
        <Radio value={o.other} label={o.otherLabel} />
      </RadioGroup>
      {r?.kind === o.other && (
        <Field label={o.textLabel} {...fieldState(written.trim() ? undefined : o.missing)}>
          <Textarea value={written} disabled={state.disabled} onChange={(_, d) => set(other(d.value))} />
        </Field>
      )}
    </li>
  );
}

/** Pure JSX from state: the step's heading, why it is skipped, its questions and problems. */
export function renderChecklistStep(state: ChecklistStepState, classes: Classes) {
  const { step, need } = state;
  return (
    <section className={classes.root} aria-labelledby={state.headingId} data-step={step.id}>
      <h3 id={state.headingId} className={classes.heading}>
        {step.number}. {step.title}
      </h3>
      {need.kind === "not-needed" && <p className={classes.note}>Not needed: {need.because}.</p>}
      {need.kind === "optional" && <p className={classes.note}>Optional: {need.because}.</p>}
      {state.summary && (
        <div className={classes.summary} data-testid="step-summary">
          <ul className={classes.summaryList}>
            {state.summary.map((a) => (
              <li key={a.question}>
                {a.question} <strong>{a.answer}</strong>
              </li>
            ))}
          </ul>
          <Button size="small" appearance="secondary" disabled={state.disabled} onClick={state.onExpand} aria-label={`Change: ${step.title}`}>
            Change
          </Button>
        </div>
      )}
      {!state.summary && <StepHelp questions={state.questions} classes={classes} />}
      {state.stepProblems.length > 0 && (
        <ul className={classes.problems}>
          {state.stepProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {state.confirmAll && (
        <div data-question="rightWay.all">
          <Checkbox
            label="I have checked the information against every principle below"
            checked={state.confirmAll.checked}
            disabled={state.disabled}
            onChange={(_, d) => state.confirmAll?.onChange(d.checked === true)}
          />
        </div>
      )}
      {!state.summary &&
        state.questions.map((view) => (
          <div key={view.question.id} data-question={view.question.id}>
            <QuestionInput view={view} state={state} classes={classes} />
            {view.companions.map((c) => (
              <Field key={c.field.field} label={c.field.label} {...fieldState(c.problem)}>
                <Textarea value={typeof c.value === "string" ? c.value : ""} disabled={state.disabled} onChange={(_, d) => state.onCompanion(c.field, d.value)} />
              </Field>
            ))}
            {view.childAge !== undefined && (
              <Field label={CHILD_AGE_FIELD.label}>
                <Input
                  type="number"
                  min={0}
                  max={17}
                  value={view.childAge === null ? "" : String(view.childAge)}
                  disabled={state.disabled}
                  onChange={(_, d) => state.onChildAge(d.value === "" ? undefined : Number(d.value))}
                />
              </Field>
            )}
          </div>
        ))}
    </section>
  );
}
