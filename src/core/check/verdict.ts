import type { VerdictPolicy } from "../policy/policy";
import { IDENTIFIER_NAMES } from "./identifier-names";
import type { IdentifierResult, RecipientResult, SentenceResult, Span, SpecialCategoryResult, Verdict } from "./result";

/** Everything the verdict looks at, already computed. */
export interface VerdictInput {
  recipients: readonly RecipientResult[];
  identifiers: readonly IdentifierResult[];
  specialCategory: readonly SpecialCategoryResult[];
  caseVocabulary: readonly (Span & { text: string })[];
  sentences: readonly SentenceResult[];
  policy: VerdictPolicy;
}

export interface VerdictOutcome {
  verdict: Verdict;
  /** Plain-English reasons, most serious first; empty for `pass`. */
  reasons: string[];
}

/**
 * Whether a message needs a decision before it leaves.
 *
 * `review` when it goes to a lookalike or invalid address, or leaves the organisation carrying case
 * content (an identifier, a special category cue, safeguarding vocabulary), or goes to a personal address
 * with any such content. Sentence flags alone never hold a message unless the policy asks: a practitioner
 * stopped on every "I think" stops reading the warnings.
 */
export function verdictFor(input: VerdictInput): VerdictOutcome {
  const reasons: string[] = [];
  const { recipients, policy } = input;

  const lookalikes = recipients.filter((r) => r.class === "lookalike");
  for (const r of lookalikes) {
    reasons.push(`${r.address} looks like ${r.imitates ?? "a trusted address"} but is not: check it before anything is sent.`);
  }
  const invalid = recipients.filter((r) => r.class === "invalid");
  if (invalid.length) reasons.push(`${plural(invalid.length, "address is", "addresses are")} not valid: ${list(invalid.map((r) => r.address))}.`);

  const external = recipients.filter((r) => r.class !== "internal");
  const personal = recipients.filter((r) => r.class === "personal");
  const content = caseContentSummary(input);

  if (content && external.length && policy.reviewExternalCaseContent) {
    reasons.push(`It leaves your organisation (${list(external.map((r) => r.address))}) and carries case information: ${content}.`);
  } else if (content && personal.length && policy.reviewPersonalCaseContent) {
    reasons.push(`It goes to a personal email account (${list(personal.map((r) => r.address))}) and carries case information: ${content}.`);
  } else if (external.length && policy.reviewAllExternal) {
    reasons.push(`Your organisation asks for a decision on every message that leaves it (${list(external.map((r) => r.address))}).`);
  }

  if (policy.reviewOnSentenceFlags) {
    const flagged = input.sentences.filter((s) => s.flags.includes("unmarked-opinion") || s.flags.includes("unattributed-report"));
    if (flagged.length) reasons.push(`${plural(flagged.length, "sentence mixes", "sentences mix")} opinion or hearsay with fact without saying so.`);
  }

  return { verdict: reasons.length ? "review" : "pass", reasons };
}

/** A short description of the case content found, or "" when there is none. */
function caseContentSummary(input: VerdictInput): string {
  const parts: string[] = [];
  // Phone numbers, email addresses and postcodes are in every work email's signature and meeting
  // invitation: on their own they are not case content (alert fatigue), but they are still listed.
  const ids = new Set(input.identifiers.filter((i) => CASE_IDENTIFIERS.has(i.type)).map((i) => IDENTIFIER_NAMES[i.type]));
  if (ids.size) parts.push([...ids].join(", "));
  const categories = new Set(input.specialCategory.map((s) => CATEGORY_NAMES[s.category] ?? s.category));
  if (categories.size) parts.push(`special category information (${[...categories].join(", ")})`);
  if (input.caseVocabulary.length) {
    const words = [...new Set(input.caseVocabulary.map((v) => v.text.toLowerCase()))].slice(0, 3);
    parts.push(`safeguarding terms such as ${words.map((w) => `'${w}'`).join(", ")}`);
  }
  return parts.join("; ");
}

/** Identifiers that on their own make a message case content: they identify a person in a case record. */
const CASE_IDENTIFIERS: ReadonlySet<IdentifierResult["type"]> = new Set(["nhs-number", "ni-number", "date-of-birth"]);

const CATEGORY_NAMES: Partial<Record<SpecialCategoryResult["category"], string>> = {
  health: "health",
  ethnicity: "ethnicity",
  religion: "religion",
  "sex-life": "sex life or sexual orientation",
  "criminal-allegation": "criminal allegations",
};

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** A readable list that stays short with 50,000 recipients. */
function list(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
