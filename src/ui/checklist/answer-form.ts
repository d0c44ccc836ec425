import type { z } from "zod";
import {
  AdviceSchema,
  type AnswerKey,
  type Answers,
  AnswersSchema,
  answerNeeds,
  article9Required,
  ConsentSchema,
  DecisionSchema,
  InformSchema,
  LawfulBasisSchema,
  type Need,
  type Prefill,
  PublicInterestSchema,
  PurposeSchema,
  QUESTIONS,
  type Question,
  RightWaySchema,
  type StepId,
} from "../../core/decision";

/**
 * The checklist as a form: how the core's questions (`QUESTIONS`, data) map onto the answers format
 * (`AnswersSchema`) while the practitioner is still filling it in. Holds no checklist rules: which steps
 * are needed comes from `answerNeeds`, which fields a choice brings with it comes from the answer
 * schemas' variants (e.g. the purpose "statutory duty or court order" has `which` and `detail`), and
 * validation is `answersValidation`. What is here is only the plumbing between inputs and that format.
 *
 * A draft may hold incomplete answers (a consent with no reason yet); `parsedAnswers` keeps only the
 * answers that are already valid, which is what the recommendation reads.
 */

/** The answers while they are being written: each answer as the form holds it (possibly incomplete). */
export type DraftAnswers = { readonly version: 1 } & { readonly [K in AnswerKey]?: unknown };

/** An empty draft, with what the analysis settles already filled in ("identifiable: yes" when identifiers were found). */
export function draftFrom(prefill: Prefill): DraftAnswers {
  return prefill.identifiable ? { version: 1, identifiable: prefill.identifiable } : { version: 1 };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Answers that are unions on `kind`: their variants decide which fields follow the choice. */
const UNION_SCHEMAS = {
  purpose: PurposeSchema,
  consent: ConsentSchema,
  inform: InformSchema,
  advice: AdviceSchema,
  decision: DecisionSchema,
} as const;
type UnionKey = keyof typeof UNION_SCHEMAS;
const isUnionKey = (key: AnswerKey): key is UnionKey => key in UNION_SCHEMAS;

/** The schema of each answer. */
const ANSWER_SCHEMAS: Record<AnswerKey, z.ZodType> = {
  purpose: PurposeSchema,
  identifiable: AnswersSchema.shape.identifiable,
  confidential: AnswersSchema.shape.confidential,
  consent: ConsentSchema,
  lawfulBasis: LawfulBasisSchema,
  publicInterest: PublicInterestSchema,
  rightWay: RightWaySchema,
  inform: InformSchema,
  advice: AdviceSchema,
  decision: DecisionSchema,
};

/** The fields of the variant of a union answer chosen by `kind` (undefined when there is no such variant). */
export function variantFields(key: AnswerKey, kind: unknown): string[] | undefined {
  if (!isUnionKey(key) || typeof kind !== "string") return undefined;
  for (const option of UNION_SCHEMAS[key].options as readonly { shape: Record<string, unknown> & { kind: { value: unknown } } }[]) {
    if (option.shape.kind.value === kind) return Object.keys(option.shape);
  }
  return undefined;
}

/** The answers of a draft that are valid on their own (what the recommendation and the skip logic read). */
export function parsedAnswers(draft: DraftAnswers): Answers {
  const out: Record<string, unknown> = { version: 1 };
  for (const key of Object.keys(ANSWER_SCHEMAS) as AnswerKey[]) {
    const value = draft[key];
    if (value === undefined) continue;
    const parsed = ANSWER_SCHEMAS[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Answers;
}

/**
 * The draft as the answers format (for validation and the record): empty strings dropped, and a choice
 * never made dropped too (an "advice" with no kind picked is no answer, not a wrong one: an optional
 * question left alone must not stop the record).
 */
export function answersInput(draft: DraftAnswers): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== "").map(([k, x]) => [k, strip(x)]));
    return v;
  };
  const out = strip(draft) as Record<string, unknown>;
  for (const key of Object.keys(UNION_SCHEMAS) as UnionKey[]) {
    const value = out[key];
    if (isObj(value) && value.kind === undefined) delete out[key];
  }
  return out;
}

/** Which answers are needed, given the draft so far. */
export function draftNeeds(draft: DraftAnswers, prefill: Prefill): Record<AnswerKey, Need> {
  return answerNeeds(parsedAnswers(draft), prefill);
}

/** Fields of an answer that the checklist does not ask as a question of its own, with their labels. */
export interface CompanionField {
  readonly answer: AnswerKey;
  readonly field: string;
  readonly label: string;
  readonly kind: "text" | "number";
  readonly optional: boolean;
  /** Shown right after this question. */
  readonly after: string;
}

/**
 * The free-text fields the answer variants carry beside a question (the detail of a statutory duty, the
 * summary of the advice…). Their presence follows the chosen variant, as for questions.
 */
export const COMPANION_FIELDS: readonly CompanionField[] = [
  { answer: "purpose", field: "detail", label: "Which duty or order? (name it)", kind: "text", optional: false, after: "purpose.statutory" },
  { answer: "consent", field: "detail", label: "Anything to add about why consent was not sought (optional)", kind: "text", optional: true, after: "consent.reason" },
  { answer: "inform", field: "detail", label: "Why informing would be unsafe, in your words", kind: "text", optional: false, after: "inform.reason" },
  { answer: "advice", field: "summary", label: "What was the advice?", kind: "text", optional: false, after: "advice" },
  { answer: "decision", field: "whatWithheld", label: "What are you withholding, or what was asked for (optional)", kind: "text", optional: true, after: "decision.whatShared" },
];

/** The child's age, asked with the competence questions (optional). */
export const CHILD_AGE_FIELD = { label: "The child's age (optional; 16 and 17 year olds are presumed able to decide)", after: "consent.whose" } as const;

const answerOf = (draft: DraftAnswers, key: AnswerKey): Obj | undefined => (isObj(draft[key]) ? (draft[key] as Obj) : undefined);

/** The first part of a question's field (`whose[].competence.x` → `whose`). */
const headField = (field: string): string => field.split(/[.[]/)[0] ?? field;

const childEntry = (draft: DraftAnswers): Obj | undefined => {
  const whose = answerOf(draft, "consent")?.whose;
  return Array.isArray(whose) ? (whose.find((w) => isObj(w) && w.kind === "child") as Obj | undefined) : undefined;
};

/** Is this question asked, given the draft? (Its answer is needed, and its field belongs to the chosen variant.) */
export function questionAsked(question: Question, draft: DraftAnswers, prefill: Prefill, needs: Record<AnswerKey, Need> = draftNeeds(draft, prefill)): boolean {
  if (needs[question.answer].kind === "not-needed") return false;
  if (question.id === "rightWay.flagResolutions") return false; // the flags are listed one by one instead
  if (question.id === "lawfulBasis.article9") return article9Required(prefill);
  if (question.id === "advice") return true;
  if (question.id === "consent.givenAt") return answerOf(draft, "consent")?.form === "explicit-verbal";
  if (question.id.startsWith("consent.child.")) return childEntry(draft) !== undefined;
  if (isUnionKey(question.answer) && question.field !== "kind") {
    const fields = variantFields(question.answer, answerOf(draft, question.answer)?.kind);
    return fields !== undefined && fields.includes(headField(question.field));
  }
  return true;
}

/** The questions of a step that are asked now, in order. */
export function askedQuestions(step: StepId, draft: DraftAnswers, prefill: Prefill): Question[] {
  const needs = draftNeeds(draft, prefill);
  return QUESTIONS.filter((q) => q.step === step && questionAsked(q, draft, prefill, needs));
}

/**
 * Step 4 asks "Do you have consent?" and "How was consent given?" as one choice in the forms ("Consent
 * obtained: explicit consent, in writing", …, "Consent refused", "Consent not sought"): the two answers
 * are still the core's two fields (`consent.kind`, `consent.form`), but a share with consent takes one
 * click for them instead of two. The folded choice's values are `obtained/<form>`.
 */
const OBTAINED_AS = "obtained/";

/** The step's questions with "how consent was given" folded into "do you have consent" (see {@link OBTAINED_AS}). */
export function withConsentFormFolded(questions: readonly Question[]): Question[] {
  const kind = questions.find((q) => q.id === "consent.kind");
  const form = QUESTIONS.find((q) => q.id === "consent.form");
  if (!kind || kind.type.kind !== "choice" || !form || form.type.kind !== "choice") return [...questions];
  const forms = form.type.options;
  const options = kind.type.options.flatMap((o) =>
    o.value === "obtained" ? forms.map((f) => ({ ...f, value: `${OBTAINED_AS}${f.value}`, label: `${o.label}: ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}` })) : [o],
  );
  const folded: Question = { ...kind, type: { ...kind.type, options }, help: [...kind.help, ...form.help] };
  return questions.filter((q) => q.id !== "consent.form").map((q) => (q === kind ? folded : q));
}

/** Companion fields shown after a question, given the draft. */
export function companionsAfter(questionId: string, draft: DraftAnswers): CompanionField[] {
  return COMPANION_FIELDS.filter((c) => c.after === questionId && (variantFields(c.answer, answerOf(draft, c.answer)?.kind) ?? []).includes(c.field));
}

/** The value a question's input shows: a string, a list of strings, a boolean, a number, or undefined. */
export function questionValue(question: Question, draft: DraftAnswers): unknown {
  const key = question.answer;
  if (question.field === "") return draft[key];
  const answer = answerOf(draft, key);
  if (question.id === "advice") {
    if (answer?.kind === "none") return ["none"];
    return Array.isArray(answer?.from) ? answer.from : [];
  }
  if (question.id === "consent.whose") {
    return Array.isArray(answer?.whose) ? (answer.whose as Obj[]).map((w) => w.kind) : [];
  }
  if (question.id === "consent.kind" && answer?.kind === "obtained" && typeof answer.form === "string") return `${OBTAINED_AS}${answer.form}`;
  if (question.id.startsWith("consent.child.")) {
    const competence = childEntry(draft)?.competence;
    const v = isObj(competence) ? competence[question.field.split(".").pop() ?? ""] : undefined;
    return v === true ? "yes" : v === false ? "no" : undefined;
  }
  return answer?.[question.field];
}

/** Set one field of an answer object. */
function withField(draft: DraftAnswers, key: AnswerKey, field: string, value: unknown): DraftAnswers {
  return { ...draft, [key]: { ...(answerOf(draft, key) ?? {}), [field]: value } };
}

const RIGHT_WAY_DEFAULT = {
  necessary: false,
  proportionate: false,
  relevant: false,
  adequate: false,
  accurate: false,
  timely: false,
  secure: false,
  onwardSharingEstablished: false,
  flagResolutions: [],
};

/** The draft with a question answered. `value` is what the input gives (see {@link questionValue}). */
export function withAnswer(draft: DraftAnswers, question: Question, value: unknown): DraftAnswers {
  const key = question.answer;
  if (question.field === "") return { ...draft, [key]: value };

  if (question.id === "advice") {
    const list = Array.isArray(value) ? (value as string[]) : [];
    const previous = answerOf(draft, "advice");
    // "none" is exclusive: choosing it clears the sources, choosing a source clears "none".
    const wasNone = previous?.kind === "none";
    const sources = list.filter((v) => v !== "none");
    if (list.includes("none") && (!wasNone || sources.length === 0)) return { ...draft, advice: { kind: "none" } };
    if (sources.length === 0) return { ...draft, advice: undefined };
    return { ...draft, advice: { kind: "sought", from: sources, summary: previous?.summary } };
  }

  if (question.id === "consent.kind" && typeof value === "string" && value.startsWith(OBTAINED_AS)) {
    return withField(withAnswer(draft, question, "obtained"), "consent", "form", value.slice(OBTAINED_AS.length));
  }

  if (question.id === "consent.whose") {
    const kinds = Array.isArray(value) ? (value as string[]) : [];
    const existing = Array.isArray(answerOf(draft, "consent")?.whose) ? (answerOf(draft, "consent")?.whose as Obj[]) : [];
    const whose = kinds.map((kind) => existing.find((w) => w.kind === kind) ?? (kind === "child" ? { kind, competence: {} } : { kind }));
    return withField(draft, "consent", "whose", whose);
  }

  if (question.id.startsWith("consent.child.")) {
    const name = question.field.split(".").pop() ?? "";
    const consent = answerOf(draft, "consent") ?? {};
    const whose = (Array.isArray(consent.whose) ? (consent.whose as Obj[]) : []).map((w) =>
      w.kind === "child" ? { ...w, competence: { ...(isObj(w.competence) ? w.competence : {}), [name]: value === "yes" } } : w,
    );
    return withField(draft, "consent", "whose", whose);
  }

  if (isUnionKey(key) && question.field === "kind") {
    // Keep what was already written that the new choice still has (e.g. reasons when switching share → limited).
    const fields = variantFields(key, value) ?? ["kind"];
    const previous = answerOf(draft, key) ?? {};
    const kept = Object.fromEntries(Object.entries(previous).filter(([k]) => k !== "kind" && fields.includes(k)));
    return { ...draft, [key]: { kind: value, ...kept } };
  }

  if (key === "rightWay") return { ...draft, rightWay: { ...RIGHT_WAY_DEFAULT, ...(answerOf(draft, key) ?? {}), [question.field]: value } };
  if (key === "publicInterest") return { ...draft, publicInterest: { circumstances: [], ...(answerOf(draft, key) ?? {}), [question.field]: value } };
  return withField(draft, key, question.field, value);
}

/** The value of a companion field. */
export function companionValue(field: CompanionField, draft: DraftAnswers): unknown {
  return answerOf(draft, field.answer)?.[field.field];
}

/** The draft with a companion field written. */
export function withCompanion(draft: DraftAnswers, field: CompanionField, value: unknown): DraftAnswers {
  return withField(draft, field.answer, field.field, value === "" ? undefined : value);
}

/** The child's age as the form holds it. */
export function childAge(draft: DraftAnswers): number | undefined {
  const competence = childEntry(draft)?.competence;
  return isObj(competence) && typeof competence.age === "number" ? competence.age : undefined;
}

/** The draft with the child's age set (undefined clears it). */
export function withChildAge(draft: DraftAnswers, age: number | undefined): DraftAnswers {
  const consent = answerOf(draft, "consent") ?? {};
  const whose = (Array.isArray(consent.whose) ? (consent.whose as Obj[]) : []).map((w) => {
    if (w.kind !== "child") return w;
    const { age: _old, ...rest } = isObj(w.competence) ? w.competence : {};
    void _old;
    return { ...w, competence: age === undefined ? rest : { ...rest, age } };
  });
  return withField(draft, "consent", "whose", whose);
}

/** How a flag is resolved in the draft. */
export type FlagResolutionDraft = { kind: "fixed" } | { kind: "overridden"; reason: string } | { kind: "confirmed-another-way"; how: string };

/** The resolution of one flag, if any. */
export function flagResolution(draft: DraftAnswers, flagId: string): FlagResolutionDraft | undefined {
  const list = answerOf(draft, "rightWay")?.flagResolutions;
  if (!Array.isArray(list)) return undefined;
  const entry = (list as Obj[]).find((r) => r.flagId === flagId);
  return entry && isObj(entry.resolution) ? (entry.resolution as FlagResolutionDraft) : undefined;
}

/** The draft with a flag resolved (or unresolved with `undefined`). */
export function withFlagResolution(draft: DraftAnswers, flagId: string, resolution: FlagResolutionDraft | undefined): DraftAnswers {
  const rightWay = { ...RIGHT_WAY_DEFAULT, ...(answerOf(draft, "rightWay") ?? {}) };
  const others = (rightWay.flagResolutions as Obj[]).filter((r) => r.flagId !== flagId);
  return { ...draft, rightWay: { ...rightWay, flagResolutions: resolution ? [...others, { flagId, resolution }] : others } };
}

/** Drop resolutions of flags the analysis no longer raises (after a fix changed the message). */
export function withKnownFlags(draft: DraftAnswers, flagIds: ReadonlySet<string>): DraftAnswers {
  const rightWay = answerOf(draft, "rightWay");
  if (!rightWay || !Array.isArray(rightWay.flagResolutions)) return draft;
  return { ...draft, rightWay: { ...rightWay, flagResolutions: (rightWay.flagResolutions as Obj[]).filter((r) => flagIds.has(String(r.flagId))) } };
}
