/**
 * The shape of a lexicon entry. Each cue family lives in its own file under lexicon/ and contributes
 * phrases tagged with how the classifier should treat them; context (who the subject is, what
 * follows) is decided in classify.ts, not here.
 */

/** How a matched phrase is handled by the classifier. */
export type Tag =
  /** Consumes the words and yields nothing ("good morning", "safe and well check", "looked after"). */
  | "neutral"
  /** The writer marks the sentence as their opinion ("in my view", "my assessment is"). */
  | "marker"
  /** Always a hedge ("probably", "it is likely that"). */
  | "hedge"
  /** A linking verb that hedges only when it introduces an impression: "appeared tired", not "appeared at the door". */
  | "hedge-link"
  /** A modal verb: speculation or obligation depending on what follows ("may have", "could be", "must have"). */
  | "modal"
  /** A judgement word ("chaotic", "aggressive", "well cared for"). */
  | "evaluative"
  /** A recommendation ("should", "would benefit from"). */
  | "recommendation"
  /** A prediction ("will struggle", "at risk of"). */
  | "prediction"
  /** A cognition verb: the writer's opinion in the first person, someone else's report otherwise. */
  | "cognition"
  /** A cognition adjective after "be" ("concerned", "worried", "of the view"). */
  | "cognition-adj"
  /** A speech verb that needs content to be a report ("said that…", not "said nothing"). */
  | "report-say"
  /** A speech verb that is also an everyday action: a report only before "that", a quotation or a colon. */
  | "report-strict"
  /** A speech verb with a listener before its content ("told me that…", not "told me to leave"). */
  | "report-tell"
  /** A verb that is a report whatever follows ("denied", "disclosed", "alleged"). */
  | "report-inherent"
  /** Someone else's observation ("noticed", "observed"): a report when the subject is not the writer. */
  | "report-perceive"
  /** "heard": hearsay when followed by "that"/"from"/"about", a sound otherwise. */
  | "report-hear"
  /** "suggests"/"indicates": a report from a person, an inference from a thing, a recommendation from the writer. */
  | "report-suggest"
  /** "records show", "check showed": another agency's records are its report; the writer's own are fact. */
  | "record-shows"
  /** "according to". */
  | "attribution"
  /** Hearsay with no source ("apparently", "rumour has it"). */
  | "hearsay"
  /** "I understand (that)", "I gather": hearsay when a clause follows. */
  | "hearsay-clause"
  /** A noun naming a view or account ("view", "account"): attribution in "X's view is that" / "in X's view". */
  | "view-noun"
  /** A first-person recommendation verb ("recommend", "propose"): writer's opinion, someone else's report. */
  | "recommend-verb";

/** A lexicon entry. */
export interface Entry {
  tag: Tag;
}

/** Split a "|"-separated list of forms ("say|says|said|saying"). */
export function forms(list: string): string[] {
  return list.split("|").filter((f) => f !== "");
}

/**
 * Every "a b" for a in `first` and b in `second` ("records show", "are often"). Loops, not `flatMap`
 * (ES2019): core runs on ES2016 engines.
 */
export function phrasePairs(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of first) for (const b of second) out.push(`${a} ${b}`);
  return out;
}
