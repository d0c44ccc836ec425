/**
 * Plain-English reasons shown beside each highlighted word, written for a busy practitioner: what
 * the word signals and what to do about it, in one sentence.
 */
import type { CueRule } from "../../check/result";

/** The word-specific reasons that read better than the family's general one. */
const SPECIFIC = new Map<string, string>([
  ["seems", "'seems' signals an impression, not something you saw: say what you observed, or mark it as your opinion"],
  ["seemed", "'seemed' signals an impression, not something you saw: say what you observed, or mark it as your opinion"],
  ["probably", "'probably' is a guess: say what you saw that makes you think so, or mark it as your opinion"],
  ["likely", "'likely' is a judgement about what is probably true: mark it as your opinion and give the facts behind it"],
  ["apparently", "'apparently' passes on something without saying who said it: name the source, or check it before sharing"],
  ["reportedly", "'reportedly' passes on something without saying who reported it: name the source, or check it"],
  ["allegedly", "'allegedly' passes on an allegation without saying who made it: name the source"],
  ["should", "'should' is a recommendation, which is your opinion: mark it as yours and say what it rests on"],
  ["according to", "'according to' shows the information came from someone else: keep the source and when they said it"],
]);

/** The general reason for a cue family; `t` is the matched text. */
function general(rule: CueRule, t: string): string {
  switch (rule) {
    case "hedge":
      return `'${t}' signals an impression, guess or inference, not something you saw: say what you observed, or mark it as your opinion`;
    case "cognition":
      return `'${t}' shows this is your own judgement: that is fine when it is marked, but record the facts it rests on too`;
    case "evaluative":
      return `'${t}' is a judgement word: describe what you saw or heard that led you to it`;
    case "recommendation":
      return `'${t}' is a recommendation, which is your opinion: mark it as yours and say what it rests on`;
    case "prediction":
      return `'${t}' is a prediction about what may happen: that is an assessment, not a fact, so mark it as your opinion`;
    case "opinion-marker":
      return `'${t}' tells the reader this is your opinion`;
    case "reporting-verb":
      return `'${t}' shows this is what someone else said or thinks, not something you saw: keep who said it and when`;
    case "attribution":
      return `'${t}' attributes this to someone else: it is reported information, not a fact you checked`;
    case "hearsay":
      return `'${t}' passes on information without saying who it came from: name the source, or check it before sharing`;
    case "source":
      return `'${t}' is who this information came from`;
    case "acronym":
      return `'${t}' is an acronym: spell it out the first time`;
    case "pattern":
      return `'${t}' is phrasing that usually marks a view or a passed-on account: check how the sentence reads`;
  }
}

/** The plain-English reason for a cue with rule `rule` on the exact text `t`. */
export function cueWhy(rule: CueRule, t: string): string {
  if (rule === "hedge" || rule === "hearsay" || rule === "recommendation" || rule === "attribution") {
    const s = SPECIFIC.get(t.toLowerCase());
    if (s !== undefined) return s;
  }
  return general(rule, t);
}

/** The reason for a cognition verb whose subject is someone else ("Dr Patel believes"). */
export function othersViewWhy(t: string): string {
  return `'${t}' gives someone else's opinion: record it as theirs, not as a fact or as your view`;
}
