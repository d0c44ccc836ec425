/**
 * Hedges: words that turn a statement into an impression, a guess or an inference. The writer
 * did not see it; they concluded it. (recording-kinds.md: "seems, appears to be, likely, probably,
 * may have, possibly, presumably").
 */
import { forms, phrasePairs } from "./entry";

/** Unconditional hedges: single words and fixed phrases. */
export const HEDGES: readonly string[] = [
  ...forms("seem|seems|seemed|seeming|seemingly"),
  ...forms("likely|unlikely|probably|probable|improbable|possibly|perhaps|maybe|presumably|presumed|arguably"),
  ...forms("conceivably|potentially|evidently|obviously|undoubtedly|clearly|surely|doubtless|likelihood"),
  "it is possible", "it's possible", "it was possible", "it is probable", "possible that", "it may be", "it might be",
  "it is clear", "it was clear", "it is evident", "it was evident", "it is obvious", "it was obvious",
  "it is apparent", "it was apparent", "it would appear", "it would seem", "would appear", "would seem",
  "no doubt", "in all likelihood", "more than likely", "most likely", "sort of", "i guess",
  "tends to", "tend to", "tended to", "it looks like", "it looks as though", "it looks as if",
  "it sounds like", "it sounds as though", "as though", "as if",
  "consistent with", "inconsistent with", "in keeping with", "indicative of", "suggestive of",
  "evidence of", "signs of", "a sign of", "sign of", "points to", "point to", "pointed to", "amounts to", "amount to",
  "is a result of", "due to neglect", "because of neglect",
  // Weighing someone's account against the evidence ("mum's explanation does not account for the injury"):
  // only with the account as the subject, since "dad did not explain the delay" is what he did not do.
  ...phrasePairs(["explanation", "explanations", "account", "accounts", "story", "version"], [
    "does not account for", "doesn't account for", "did not account for", "didn't account for",
    "does not explain", "doesn't explain", "did not explain", "didn't explain",
    "does not fit", "doesn't fit", "did not fit", "didn't fit", "fits with", "fitted with",
    "does not match", "doesn't match", "did not match", "didn't match", "matches the", "seems",
  ]),
  "does not add up", "doesn't add up", "did not add up", "didn't add up",
  // A state generalised over time ("the children are often hungry", "mum is never at home"): a summary
  // the writer has drawn, not one thing seen as it happened.
  ...phrasePairs(["is", "are", "was", "were"], ["often", "always", "usually", "constantly", "frequently", "generally", "never", "normally", "invariably"]),
  // Nouns of likelihood: a judgement of what may be true ("a strong possibility that", "the chances are"),
  // not an event the writer saw. (Risk is a prediction: recommendations.ts.)
  // Only where the noun carries the writer's estimate: "we discussed the possibility of fostering" is an event.
  "possibility that", "strong possibility", "real possibility", "distinct possibility", "every possibility",
  "in all probability", "high probability", "the probability is", "chance that", "chances are", "good chance",
];

/**
 * Linking verbs that hedge only when they introduce an impression ("appeared tired", "looks like",
 * "sounded drunk", "appears to be") and not when they describe movement or a scene ("appeared at
 * the door", "looked at the floor", "the alarm sounded").
 */
export const HEDGE_LINKS: readonly string[] = [
  ...forms("appear|appears|appeared|appearing"),
  ...forms("look|looks|looked|looking"),
  ...forms("sound|sounds|sounded"),
  ...forms("present|presents|presented|presenting"),
];

/** Modal verbs; what follows decides between speculation, obligation, ability and the month of May. */
export const MODALS: readonly string[] = forms("may|might|could|must|would|cannot|can");

/** Words after "could" / "would" / "cannot" that make it speculation rather than ability or a plan. */
export const SPECULATIVE_AFTER_MODAL = new Set(
  forms(
    "be|have|indicate|suggest|mean|explain|point|escalate|happen|result|lead|cause|become|affect|impact|pose|" +
      "increase|harm|reflect|relate|well|possibly|easily|potentially|also|account|signal|signify",
  ),
);

/** Words after "appear"/"look"/"sound"/"present" that show movement or a place, not an impression. */
export const LINK_NOT_IMPRESSION = new Set(
  forms(
    "at|in|on|from|outside|inside|behind|through|with|by|before|into|onto|out|over|up|down|around|round|" +
      "away|back|for|after|towards|toward|across|along|under|upon|near|beside|again|suddenly|briefly|" +
      "forward|forwards|twice|once|and|but|or|then|when|while|until|the|a|an|his|her|their|my|our|your|its|" +
      "him|them|me|us|it|this|that|these|those|every|each|late|early|unannounced|alone|without|later|" +
      "today|yesterday|tonight|there|here|where|before|first|last|to", // "to" is handled separately
  ),
);
