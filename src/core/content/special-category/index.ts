import type { SpecialCategory, SpecialCategoryResult } from "../../check/result";
import { regionOf, type SearchRegions } from "../identifiers/regions";
import { isTopicMention } from "../topic-mention";
import { CRIMINAL_PHRASES } from "./criminal";
import { ETHNICITY_PHRASES } from "./ethnicity";
import { HEALTH_PHRASES } from "./health";
import { GENETIC_BIOMETRIC_PHRASES, POLITICAL_PHRASES, TRADE_UNION_PHRASES } from "./other-categories";
import { compilePhrases, matchPhrases, wordsOf, type PhraseMatcher, type Word } from "./phrase-matcher";
import { RELIGION_PHRASES } from "./religion";
import { SEX_LIFE_PHRASES } from "./sex-life";

export type { SearchRegions } from "../identifiers/regions";
export { compilePhrases, matchPhrases, wordsOf, type PhraseMatch, type PhraseMatcher, type Word } from "./phrase-matcher";

/**
 * Every cue phrase with its category. Order matters only for exact duplicates (the later wins), and
 * criminal comes last so that "sexual assault" is a criminal allegation rather than anything else.
 */
export const SPECIAL_CATEGORY_PHRASES: ReadonlyArray<readonly [string, SpecialCategory]> = [
  ...GENETIC_BIOMETRIC_PHRASES.map((p) => [p, "genetic-biometric"] as const),
  ...TRADE_UNION_PHRASES.map((p) => [p, "trade-union"] as const),
  ...POLITICAL_PHRASES.map((p) => [p, "political-opinion"] as const),
  ...ETHNICITY_PHRASES.map((p) => [p, "ethnicity"] as const),
  ...RELIGION_PHRASES.map((p) => [p, "religion"] as const),
  ...SEX_LIFE_PHRASES.map((p) => [p, "sex-life"] as const),
  ...HEALTH_PHRASES.map((p) => [p, "health"] as const),
  ...CRIMINAL_PHRASES.map((p) => [p, "criminal-allegation"] as const),
];

/**
 * Everyday workplace phrases that contain a cue word but say nothing about a person's health or beliefs
 * in the way Article 9 means, and would otherwise hold ordinary email: leave arrangements, greetings to
 * everyone, building access. Matching takes the longest phrase, so "maternity leave" wins over
 * "maternity", "happy Eid" over "Eid", and then yields nothing.
 */
export const NOT_SPECIAL_CATEGORY: readonly string[] = [
  "maternity leave", "paternity leave", "maternity cover", "maternity pay", "adoption leave", "parental leave",
  "happy eid", "eid mubarak", "ramadan mubarak", "ramadan kareem", "happy diwali", "happy hanukkah", "happy vaisakhi",
  "happy holi", "happy passover", "merry christmas",
  "wheelchair accessible", "wheelchair access", "disabled access", "disabled parking", "disabled toilet",
  "accessible toilet", "mental health first aid", "mental health first aider", "mental health first aiders",
];

/** Compiled once, on first use: module load stays cheap for surfaces that never check a body. */
let matcher: PhraseMatcher<SpecialCategory | ""> | undefined;

/**
 * Special category (UK GDPR Article 9) and criminal offence data (Article 10) cues: health, ethnicity,
 * religion or belief, sex life / sexual orientation (with gender identity), criminal allegations,
 * political opinion, trade union membership, genetic and biometric data. Whole-word, longest-phrase
 * matching; searches quoted replies (`quoted: true`) but never `excluded`. Sorted by start.
 * `words` may be passed when the caller has already split the body with `wordsOf`.
 */
export function findSpecialCategory(body: string, regions: SearchRegions, words?: readonly Word[]): SpecialCategoryResult[] {
  matcher ??= compilePhrases<SpecialCategory | "">([...SPECIAL_CATEGORY_PHRASES, ...NOT_SPECIAL_CATEGORY.map((p) => [p, ""] as const)]);
  const out: SpecialCategoryResult[] = [];
  for (const m of matchPhrases(body, words ?? wordsOf(body), matcher)) {
    if (m.value === "") continue;
    const where = regionOf(regions, m.start, m.end);
    if (where === null) continue;
    if (isTopicMention(body, m.start, m.end)) continue;
    out.push({ category: m.value as SpecialCategory, start: m.start, end: m.end, text: m.text, quoted: where.quoted });
  }
  return out;
}
