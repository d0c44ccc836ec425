import type { AcronymResult, Span } from "../../check/result";
import { expansionAt } from "./expansion";
import { GLOSSARY } from "./glossary";
import { findTerms, type TermOccurrence } from "./terms";
import { looksLikeUnknownAcronym } from "./unknown-acronyms";

export { CASE_TERMS, GLOSSARY, GLOSSARY_ENTRIES } from "./glossary";
export { findTerms, glossaryKeyOf, type TermOccurrence } from "./terms";
export { expansionAt, isExpandedAt } from "./expansion";

/**
 * Acronyms and jargon not expanded at their first use, searched only inside `within` (the labelled new
 * text). One result per term, at its first use, when that use is not expanded in brackets
 * ("Child and Adolescent Mental Health Services (CAMHS)" or "CAMHS (Child and Adolescent Mental Health
 * Services)"). Later uses are never reported: either the first use explained the term or it has been
 * flagged once already. Variants of one term share it (s47, S.47, S47). Glossary terms are always
 * candidates; unknown all-capital tokens only when they look like acronyms (see unknown-acronyms.ts).
 */
export function findAcronyms(body: string, within: readonly Span[]): AcronymResult[] {
  const seen = new Set<string>();
  const out: AcronymResult[] = [];
  // Text inside an expansion just read ("S.47 (section 47 enquiry)") is explanation, not a new use.
  let explainedUntil = -1;
  for (const span of within) {
    const from = Math.max(0, span.start);
    const to = Math.min(body.length, span.end);
    if (to <= from) continue;
    for (const term of findTerms(body, from, to, looksLikeUnknownAcronym)) {
      if (term.start < explainedUntil) continue;
      if (seen.has(term.key)) continue;
      seen.add(term.key);
      const expanded = expansionAt(body, term);
      if (expanded !== null) {
        explainedUntil = expanded.end;
        continue;
      }
      out.push(resultFor(term));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The public result for an unexpanded term. */
function resultFor(term: TermOccurrence): AcronymResult {
  const expansion = GLOSSARY.get(term.key);
  return expansion === undefined
    ? { text: term.text, start: term.start, end: term.end }
    : { text: term.text, start: term.start, end: term.end, expansion };
}
