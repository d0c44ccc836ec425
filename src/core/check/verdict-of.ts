import type { SentenceResult } from "./result";
import { verdictFor, type VerdictInput, type VerdictOutcome } from "./verdict";
import type { VerdictInputs } from "./verdict-inputs";

/**
 * The verdict from the computed inputs: one place that turns `verdictInputs` into `verdictFor`'s input,
 * shared by `checkMessage` and the on-send handler's `checkVerdictWithoutSentences` so that they cannot
 * weigh different things.
 */
export function verdictOf(inputs: VerdictInputs, sentences: readonly SentenceResult[]): VerdictOutcome {
  return verdictFor(verdictInputOf(inputs, sentences));
}

/** `verdictFor`'s input from the computed inputs (also what `closeCallsFor` reads). */
export function verdictInputOf(inputs: VerdictInputs, sentences: readonly SentenceResult[]): VerdictInput {
  const { people } = inputs;
  const hasCase = people.caseContent.length > 0;
  const topicWords = hasCase ? [] : distinct([...inputs.caseVocabulary, ...inputs.specialCategory].map((h) => h.text.toLowerCase()), 3);
  const peopleNamed = hasCase
    ? []
    : distinct(people.personMentions.filter((m) => m.in === "body" && (m.kind === "name" || m.kind === "title-name" || m.kind === "initials")).map((m) => m.text), 3);
  return {
    recipients: inputs.recipients,
    identifiers: inputs.identifiers,
    subjectIdentifiers: people.subject.identifiers,
    caseContent: people.caseContent,
    attachments: inputs.attachments,
    topicWords,
    peopleNamed,
    sentences,
    policy: inputs.policy.verdict,
  };
}

function distinct(items: readonly string[], max: number): string[] {
  return [...new Set(items)].slice(0, max);
}
