import type { Need, Prefill, Problem, Question, RaisedFlag, Step } from "../../core/decision";
import type { CompanionField, DraftAnswers, FlagResolutionDraft } from "./answer-form";

/** Props of {@link ChecklistStep}: one step of the core's checklist, rendered from its question data. */
export interface ChecklistStepProps {
  readonly step: Step;
  readonly draft: DraftAnswers;
  readonly prefill: Prefill;
  readonly onChange: (draft: DraftAnswers) => void;
  /** Problems from `answersValidation` for this step (shown after a record attempt). */
  readonly problems?: readonly Problem[];
  readonly disabled?: boolean;
}

/** One asked question with its current value and any problem. */
export interface QuestionView {
  readonly question: Question;
  readonly value: unknown;
  readonly problem: string | undefined;
  readonly companions: readonly { readonly field: CompanionField; readonly value: unknown; readonly problem: string | undefined }[];
  /** Show the child's age input after this question. */
  readonly childAge: number | undefined | null;
}

/** A flag raised by the analysis, under the principle it threatens (step 6). */
export interface FlagView {
  readonly flag: RaisedFlag;
  readonly question: string;
  readonly resolution: FlagResolutionDraft | undefined;
}

/** The state {@link renderChecklistStep} draws. */
export interface ChecklistStepState {
  readonly step: Step;
  readonly need: Need;
  /** Needs of the step's answers (a step can hold two, e.g. lawful basis and public interest). */
  readonly questions: readonly QuestionView[];
  /** Step 6: the flags grouped under their principle question's id. */
  readonly flagsByQuestion: ReadonlyMap<string, readonly FlagView[]>;
  /** Problems of this step that belong to no question shown. */
  readonly stepProblems: readonly string[];
  readonly disabled: boolean;
  readonly headingId: string;
  readonly onAnswer: (question: Question, value: unknown) => void;
  readonly onCompanion: (field: CompanionField, value: unknown) => void;
  readonly onChildAge: (age: number | undefined) => void;
  readonly onFlag: (flagId: string, resolution: FlagResolutionDraft | undefined) => void;
  /**
   * Step 6: confirm (or clear) every principle at once, except those whose flags are not resolved yet;
   * undefined when the step shows fewer than two principles to confirm.
   */
  readonly confirmAll: { readonly checked: boolean | "mixed"; readonly onChange: (checked: boolean) => void } | undefined;
  /**
   * An optional step whose every answer the core fills in (step 5 with consent as the lawful basis)
   * shows those answers in a line each, with "Change", instead of all its choices: the answers for
   * `summary`, undefined when the step is shown in full.
   */
  readonly summary: readonly { readonly question: string; readonly answer: string }[] | undefined;
  readonly onExpand: () => void;
}
