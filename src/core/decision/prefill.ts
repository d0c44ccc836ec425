import type { IdentifierType, SpecialCategory } from "../check/result";
import type { Analysis } from "./analysis";
import type { Answers } from "./answers";
import { consentIsLawfulBasis } from "./consent-basis";
import { type RaisedFlag, raisedFlagsFrom } from "./flags";

/**
 * What the analysis already knows, in checklist terms (product.md: "pre-filling what the analysis
 * already knows"): identifiers found mean the information identifies someone; special category cues
 * mean an Article 9 condition is required; unsecured recipients, identifiers, unmarked opinions,
 * unattributed reports and acronyms are flags that step 6 lists until each is resolved.
 */
export interface Prefill {
  /** True when an analysis was given (flag ids in the answers can then be checked against it). */
  readonly analysed: boolean;
  /** "yes" when the analysis found a personal identifier or a person named; otherwise the practitioner answers. */
  readonly identifiable: "yes" | undefined;
  /** The kinds of identifier found, each once. */
  readonly identifierTypes: readonly IdentifierType[];
  /**
   * The people named in the message ("Lily", "Mrs Evans"), each once, at most five: a name identifies a
   * living person as surely as a date of birth does (UK GDPR personal data), so it settles step 2 too.
   */
  readonly namedPeople: readonly string[];
  /** The special categories cued, each once: non-empty means step 5 needs an Article 9 condition. */
  readonly specialCategories: readonly SpecialCategory[];
  /** Every flag to resolve in step 6. */
  readonly flags: readonly RaisedFlag[];
}

/** The prefill of an analysis. */
export function prefillFrom(analysis: Analysis): Prefill {
  const identifierTypes = [...new Set(analysis.identifiers.map((i) => i.type))];
  const namedPeople = [...new Set((analysis.personMentions ?? []).filter((m) => m.kind === "name" || m.kind === "title-name").map((m) => m.text.trim()).filter(Boolean))].slice(0, MAX_NAMES);
  return {
    analysed: true,
    identifiable: identifierTypes.length > 0 || namedPeople.length > 0 ? "yes" : undefined,
    identifierTypes,
    namedPeople,
    specialCategories: [...new Set(analysis.specialCategory.map((s) => s.category))],
    flags: raisedFlagsFrom(analysis),
  };
}

/** Names listed in the prefill (and so in a validation message): enough to recognise the message. */
const MAX_NAMES = 5;

/** The prefill when there is no analysis (a decision recorded without a message, or a bare CLI run). */
export const EMPTY_PREFILL: Prefill = { analysed: false, identifiable: undefined, identifierTypes: [], namedPeople: [], specialCategories: [], flags: [] };

/** True when step 5 must name an Article 9 condition. */
export function article9Required(prefill: Prefill): boolean {
  return prefill.specialCategories.length > 0;
}

/**
 * The answers with what can be known filled in where the practitioner has not answered: "identifiable:
 * yes" when identifiers were found, and consent "not sought: statutory duty or court order" when that is
 * the purpose (consent must not be sought then, so there is nothing to ask). Answers already given win.
 */
export function answersWithPrefill(answers: Answers, prefill: Prefill): Answers {
  const filled: Answers = { ...answers };
  if (filled.identifiable === undefined && prefill.identifiable !== undefined) filled.identifiable = prefill.identifiable;
  if (filled.consent === undefined && filled.purpose?.kind === "statutory-duty-or-court-order") {
    filled.consent = { kind: "not-sought", reason: "statutory-duty-or-court-order" };
  }
  // Explicit consent that covers this sharing is the lawful basis unless another is recorded (Article 6(1)(a);
  // and the Article 9(2)(a) condition when special category information was found).
  if (filled.lawfulBasis === undefined && consentIsLawfulBasis(filled)) {
    filled.lawfulBasis = prefill.specialCategories.length > 0 ? { article6: "consent", article9: "explicit-consent" } : { article6: "consent" };
  }
  return filled;
}
