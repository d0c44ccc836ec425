/**
 * Hearsay: information passed on without an identifiable source (recording-kinds.md: "it is
 * understood / believed / alleged that", "apparently", "reportedly", "rumour").
 */
import { forms } from "./entry";

/** Fixed hearsay words and phrases. */
export const HEARSAY: readonly string[] = [
  ...forms("apparently|reportedly|allegedly|supposedly|purportedly|rumour|rumours|rumor|rumors|rumoured|rumored"),
  ...forms("gossip|hearsay"),
  "rumour has it", "word is", "word has it", "the word is", "word on the street", "word on the estate",
  "word in the community", "word around", "talk on the estate", "talk in the community", "so i'm told", "so i am told", "i'm told", "i am told",
  "i gather", "we gather", "people say", "people are saying", "it is said", "it was said", "it has been said",
  "there are reports", "there were reports", "there have been reports", "there has been a report",
  "there was a report", "there is a report", "there are allegations", "there were allegations",
  "there have been allegations", "there was an allegation", "there is an allegation", "there has been an allegation",
  "there are concerns", "there were concerns", "there have been concerns", "there is a concern",
  "there was a concern", "there are suggestions", "there were suggestions", "there have been suggestions",
  "there is a suggestion", "there was a suggestion", "there are claims", "there were claims", "there is talk",
  "there was talk", "concerns have been raised", "concerns were raised", "concerns had been raised",
  "a concern was raised", "a concern has been raised", "an allegation was made", "an allegation has been made",
  "allegations have been made", "allegations were made", "it emerged", "it has emerged", "it came to light",
  "it has come to light", "it is rumoured", "it was rumoured",
  "it is understood", "it was understood", "it has been understood", "is understood to", "are understood to",
  "was understood to", "were understood to", "it is known", "it is thought", "it was thought",
];

/** Phrases before a clause that pass on hearsay: "I understand (that) the family have moved". */
export const HEARSAY_CLAUSE: readonly string[] = [
  "i understand", "we understand", "i understood", "we understood", "my understanding is", "our understanding is",
  "my understanding was", "it is my understanding", "i believe that i was told", "i am led to believe",
  "i was led to believe", "i'm led to believe",
];

/** "according to X". */
export const ATTRIBUTIONS: readonly string[] = ["according to", "as reported by", "as stated by", "as per", "as told by"];

/**
 * A source who would not be named ("a neighbour, who did not want to be named, said…"): the report is
 * unattributed even though the source is described. Whole sentence; ES2016-safe (no lookbehind).
 */
export const ANONYMOUS_SOURCE =
  /\b(?:(?:did|does|do|would|will)\s*(?:not|n't)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|(?:asked|wished|wishes|wants|wanted|prefers|preferred)\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+(?:remain|stay)\s+anonymous)|(?:refused|declined)\s+to\s+(?:give|leave|say)\s+(?:their|his|her|a)\s+name|(?:would|will)\s*(?:not|n't)\s+give\s+(?:their|his|her|a)\s+name|withheld\s+(?:their|his|her)\s+name)/i;
