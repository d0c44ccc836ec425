import type { z } from "zod";
import { answerNeeds } from "./applicability";
import { type AnswerKey, type Answers, AnswersSchema } from "./answers";
import { QUESTION_FOR_ANSWER } from "./checklist";
import { consentCoversSharing, consentIsLawfulBasis } from "./consent-basis";
import { flagPrinciple, flagQuestion, isRiskyAddressFlag } from "./flags";
import { answersWithPrefill, EMPTY_PREFILL, type Prefill } from "./prefill";
import { significantHarmConcern } from "./significant-harm";
import { ANSWER_KEYS, type StepId, STEPS, stepOfAnswer } from "./steps";
import { CHILD_COMPETENCE_QUESTIONS, PRINCIPLE_TERMS, PRINCIPLES } from "./vocabulary";

/**
 * Validation of an answer set: complete, or exactly what is missing or wrong, per step and field.
 *
 * Choice: the rule that consent must not be sought where a statutory duty or court order applies is
 * enforced here, not in `AnswersSchema`. The schema checks each answer on its own (shape, types,
 * allowed values); rules that tie one answer to another (consent to purpose, lawful basis to consent,
 * identifiable to the analysis) live here so every broken rule is reported as a line naming the step and
 * the field, alongside what is missing, rather than as an opaque refinement error.
 */

/** One missing or wrong answer. `step` is null for a problem with the answers file as a whole. */
export interface Problem {
  readonly step: StepId | null;
  /** The answer field, dotted (for example `consent.reason`). */
  readonly field: string;
  readonly message: string;
}

/** The result of validating an answer set. */
export type AnswersValidation =
  | { readonly kind: "complete"; readonly answers: Answers }
  | { readonly kind: "incomplete"; readonly problems: readonly Problem[] };

/** "step 4 (consent) consent.reason: …": one problem as one line. */
export function problemText(problem: Problem): string {
  const step = STEPS.find((s) => s.id === problem.step);
  return `${step ? `step ${step.number} (${step.id})` : "answers"} ${problem.field || "(file)"}: ${problem.message}`;
}

/** Validate an answer set from JSON (or a form) against the analysis's prefill; complete answers come back prefilled. */
export function answersValidation(input: unknown, prefill: Prefill = EMPTY_PREFILL): AnswersValidation {
  const parsed = AnswersSchema.safeParse(input);
  if (!parsed.success) return { kind: "incomplete", problems: schemaProblems(parsed.error) };
  // What the analysis settles (and the consent a statutory duty implies) counts as answered.
  const answers = answersWithPrefill(parsed.data, prefill);
  const problems = answerProblems(answers, prefill);
  return problems.length === 0 ? { kind: "complete", answers } : { kind: "incomplete", problems };
}

/** Schema issues as problems, each placed in its step. */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const key = issue.path[0];
    const step = typeof key === "string" && (ANSWER_KEYS as readonly string[]).includes(key) ? stepOfAnswer(key as AnswerKey).id : null;
    const field = issue.path.map(String).join(".");
    let message = issue.message;
    if (issue.code === "unrecognized_keys") message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    else if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) message = "missing";
    return { step, field, message };
  });
}

/** What is missing or inconsistent in a parsed answer set (empty when it is complete). */
export function answerProblems(answers: Answers, prefill: Prefill = EMPTY_PREFILL): Problem[] {
  const problems: Problem[] = [];
  const add = (key: AnswerKey, field: string, message: string): void => void problems.push({ step: stepOfAnswer(key).id, field, message });
  const needs = answerNeeds(answers, prefill);
  const harm = significantHarmConcern(answers);
  const sharing = answers.decision !== undefined && answers.decision.kind !== "do-not-share";

  for (const key of ANSWER_KEYS) {
    if (needs[key].kind === "required" && answers[key] === undefined) {
      const extra = key === "lawfulBasis" && prefill.specialCategories.length > 0 ? `; special category information found (${prefill.specialCategories.join(", ")}), so also an Article 9 condition` : "";
      add(key, key, `missing: ${QUESTION_FOR_ANSWER[key]}${extra}`);
    }
  }

  // Step 1: a legitimate purpose, consistent with what later steps say about harm.
  if (answers.purpose?.kind === "none") {
    if (harm) add("purpose", "purpose.kind", 'you said there is evidence or reasonable cause to believe a child is at risk of significant harm: that is a legitimate purpose, choose "significant-harm"');
    if (sharing) add("decision", "decision.kind", "there is no legitimate purpose, so the information must not be shared (seed 002: \"No – then do not share information\")");
    return problems;
  }

  // Step 2: identifiers found in the message settle "identifiable".
  if (answers.identifiable === "no" && prefill.identifiable === "yes") {
    const found = [
      ...(prefill.identifierTypes.length > 0 ? [`contains ${prefill.identifierTypes.join(", ")}`] : []),
      ...(prefill.namedPeople.length > 0 ? [`names ${prefill.namedPeople.join(", ")}`] : []),
    ].join(" and ");
    add("identifiable", "identifiable", `the message ${found}: the information identifies a person, so answer "yes"`);
  }
  if (needs.consent.kind !== "not-needed" || answers.purpose?.kind === "statutory-duty-or-court-order") consentProblems(answers, prefill, add);
  if (needs.lawfulBasis.kind !== "not-needed") lawfulBasisProblems(answers, prefill, harm, sharing, add);
  if (needs.rightWay.kind !== "not-needed" && answers.rightWay) rightWayProblems(answers, prefill, add);
  return problems;
}

type Add = (key: AnswerKey, field: string, message: string) => void;

/** The child competence questions answered "no", by their wording. */
function competenceGaps(answers: Answers): string[] {
  const consent = answers.consent;
  if (!consent || consent.kind === "not-sought") return [];
  const child = consent.whose.find((w) => w.kind === "child");
  if (!child || child.kind !== "child") return [];
  return (Object.keys(CHILD_COMPETENCE_QUESTIONS) as (keyof typeof CHILD_COMPETENCE_QUESTIONS)[]).filter((k) => !child.competence[k]);
}

function consentProblems(answers: Answers, prefill: Prefill, add: Add): void {
  const consent = answers.consent;
  if (!consent) return;
  const statutoryPurpose = answers.purpose?.kind === "statutory-duty-or-court-order";
  if (statutoryPurpose && consent.kind !== "not-sought") {
    add("consent", "consent.kind", 'a statutory duty or court order applies: consent must not be sought (seed 000: "You should not seek consent where you are required by law to share information through a statutory duty or court order."); answer "not-sought" with reason "statutory-duty-or-court-order"');
  }
  if (consent.kind === "not-sought" && consent.reason === "statutory-duty-or-court-order" && !statutoryPurpose) {
    add("consent", "consent.reason", 'the reason is a statutory duty or court order, but the purpose in step 1 is not: choose purpose "statutory-duty-or-court-order" (saying which), or another reason');
  }
  if (statutoryPurpose && consent.kind === "not-sought" && consent.reason !== "statutory-duty-or-court-order") {
    add("consent", "consent.reason", 'the purpose is a statutory duty or court order: the reason consent is not sought is "statutory-duty-or-court-order"');
  }
  if (consent.kind === "obtained") {
    if (consent.form === "explicit-verbal" && !consent.givenAt) add("consent", "consent.givenAt", "missing: the date and time verbal consent was given (seed 002)");
    if (consent.form === "implicit" && prefill.specialCategories.length > 0) {
      add("consent", "consent.form", `special category information found (${prefill.specialCategories.join(", ")}): explicit consent is expected (seed 002: "Where sensitive personal information is being shared explicit consent is expected")`);
    }
  }
  if (consent.kind !== "not-sought") {
    const gaps = competenceGaps(answers);
    const others = consent.whose.some((w) => w.kind !== "child");
    if (gaps.length > 0 && !others) {
      add("consent", "consent.whose", `the child was not judged competent (${gaps.join(", ")}): a person with parental responsibility should be asked to consent on the child's behalf, and the child's views still sought (seed 000)`);
    }
  }
}

function lawfulBasisProblems(answers: Answers, prefill: Prefill, harm: boolean, sharing: boolean, add: Add): void {
  const basis = answers.lawfulBasis;
  if (!basis) return;
  const consentCovers = consentCoversSharing(answers);
  if (basis.article6 === "consent" && !consentCovers) {
    add("lawfulBasis", "lawfulBasis.article6", "consent cannot be the lawful basis: there is no consent that covers this sharing; choose another basis (public task or legal obligation in the public sector, legitimate interests in the voluntary and private sectors: seed 001), or none");
  }
  if (basis.article6 === "none") {
    if (harm) add("lawfulBasis", "lawfulBasis.article6", 'a child may be at risk of significant harm: sharing to safeguard a child has a lawful basis (seed 001: "Sharing information for safeguarding purposes can be justified solely based on preventing harm to a child."); choose public task, legal obligation, vital interests or legitimate interests');
    else if (consentCovers) add("lawfulBasis", "lawfulBasis.article6", 'consent covers this sharing, so there is a lawful basis: choose "consent" (or the basis your organisation uses)');
    else if (sharing) add("lawfulBasis", "lawfulBasis.article6", 'personal information cannot be shared without a lawful basis (seed 001: "Under data protection law, you must have a valid lawful basis to share personal information"); choose one, or decide not to share');
  }
  if (prefill.specialCategories.length > 0 && !basis.article9) {
    add("lawfulBasis", "lawfulBasis.article9", `missing: special category information found (${prefill.specialCategories.join(", ")}), so an Article 9 condition is required`);
  }
  if (basis.article9 === "explicit-consent" && !consentIsLawfulBasis(answers)) {
    add("lawfulBasis", "lawfulBasis.article9", "explicit consent cannot be the Article 9 condition: there is no explicit consent covering this sharing");
  }
}

function rightWayProblems(answers: Answers, prefill: Prefill, add: Add): void {
  const rightWay = answers.rightWay;
  if (!rightWay) return;
  const resolved = new Map<string, number>();
  for (const r of rightWay.flagResolutions) resolved.set(r.flagId, (resolved.get(r.flagId) ?? 0) + 1);
  for (const [flagId, count] of resolved) {
    if (count > 1) add("rightWay", "rightWay.flagResolutions", `flag "${flagId}" is resolved ${count} times: resolve each flag once`);
    if (prefill.analysed && !prefill.flags.some((f) => f.id === flagId)) add("rightWay", "rightWay.flagResolutions", `no flag "${flagId}" was raised by the analysis`);
  }
  for (const r of rightWay.flagResolutions) {
    const flag = prefill.flags.find((f) => f.id === r.flagId);
    if (!flag) continue;
    const risky = isRiskyAddressFlag(flag);
    if (risky && r.resolution.kind === "overridden") {
      add("rightWay", "rightWay.flagResolutions", `${flag.address} cannot be kept with a reason: correct the address, or confirm with the recipient by phone or in person that it is theirs`);
    }
    if (!risky && r.resolution.kind === "confirmed-another-way") {
      add("rightWay", "rightWay.flagResolutions", `flag "${flag.id}" is not about an address: fix it, or keep it with a reason`);
    }
  }
  for (const principle of PRINCIPLES) {
    const unresolved = prefill.flags.filter((f) => flagPrinciple(f) === principle && !resolved.has(f.id));
    for (const flag of unresolved) {
      add("rightWay", `rightWay.${principle}`, isRiskyAddressFlag(flag) ? `cannot be confirmed until ${flag.address} is corrected or confirmed with the recipient another way: ${flagQuestion(flag)}` : `cannot be confirmed until flag "${flag.id}" is fixed or overridden with a reason: ${flagQuestion(flag)}`);
    }
    if (!rightWay[principle] && unresolved.length === 0) {
      add("rightWay", `rightWay.${principle}`, `not confirmed (${PRINCIPLE_TERMS[principle].label}): confirm it, change what is shared, or decide not to share`);
    }
  }
  if (!rightWay.onwardSharingEstablished) {
    add("rightWay", "rightWay.onwardSharingEstablished", "establish with the recipient whether they intend to pass it on to other people (seed 000)");
  }
}
