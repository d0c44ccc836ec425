import type { Span } from "../../check/result";
import { CASE_TERMS } from "../acronyms/glossary";
import { findTerms } from "../acronyms/terms";
import { regionOf, spansOverlap, type SearchRegions } from "../identifiers/regions";
import { compilePhrases, matchPhrases, wordsOf, type PhraseMatcher, type Word } from "../special-category/phrase-matcher";
import { isTopicMention } from "../topic-mention";
import { CASE_VOCABULARY, NOT_CASE_VOCABULARY } from "./vocabulary";

export type { SearchRegions } from "../identifiers/regions";
export { CASE_VOCABULARY, NOT_CASE_VOCABULARY } from "./vocabulary";

/** One piece of safeguarding vocabulary found in the body. */
export interface CaseVocabularyHit extends Span {
  text: string;
  /** Short plain-English reason ("describes harm or abuse"). */
  why: string;
  /** True when found in a quoted reply or forwarded chain. */
  quoted: boolean;
}

/** Compiled on first use. An empty reason marks an idiom that suppresses a hit ("no harm in asking"). */
let matcher: PhraseMatcher<string> | undefined;

function vocabularyMatcher(): PhraseMatcher<string> {
  matcher ??= compilePhrases<string>([...CASE_VOCABULARY, ...NOT_CASE_VOCABULARY.map((p) => [p, ""] as const)]);
  return matcher;
}

/**
 * Safeguarding vocabulary (words of harm, abuse, neglect, injury, exploitation, disclosure, self-harm;
 * child protection processes; case glossary terms such as ICPC, s47, MARAC) that marks a message as
 * carrying case content. Ordinary work email produces nothing: organisational terms (GDPR, DBS, DSL,
 * SENCO) and generic words (concern, risk, referral, safeguarding) are not counted on their own. Searches
 * quoted replies (`quoted: true`) but never `excluded`. Sorted by start, no overlaps.
 * `words` may be passed when the caller has already split the body with `wordsOf`.
 */
export function findCaseVocabulary(body: string, regions: SearchRegions, words?: readonly Word[]): CaseVocabularyHit[] {
  const out: CaseVocabularyHit[] = [];
  for (const m of matchPhrases(body, words ?? wordsOf(body), vocabularyMatcher())) {
    if (m.value === "") continue;
    if (isTopicMention(body, m.start, m.end)) continue;
    const where = regionOf(regions, m.start, m.end);
    if (where === null) continue;
    out.push({ start: m.start, end: m.end, text: m.text, why: m.value, quoted: where.quoted });
  }
  // Phrase hits are sorted and non-overlapping, so a binary search answers "already covered?".
  const phraseHits = out.slice();
  for (const t of findTerms(body, 0, body.length)) {
    if (!t.known || !CASE_TERMS.has(t.key)) continue;
    // "section 47" is also a vocabulary phrase; keep one hit per place.
    if (spansOverlap(phraseHits, t.start, t.end)) continue;
    if (isTopicMention(body, t.start, t.end)) continue;
    const where = regionOf(regions, t.start, t.end);
    if (where === null) continue;
    // The term alone, not its expansion: this reason is quoted in the hold message, and the on-send
    // handler leaves the glossary's expansions out (build/onsend.config.js).
    const why = `safeguarding term: ${t.key}`;
    out.push({ start: t.start, end: t.end, text: t.text, why, quoted: where.quoted });
  }
  return out.sort((a, b) => a.start - b.start);
}

