/**
 * Recommendations and predictions: what the writer thinks ought to happen or will happen. Both are
 * judgements, so both make a sentence an opinion (recording-kinds.md: "would benefit from, should").
 */
import { forms } from "./entry";

/** Recommendations. */
export const RECOMMENDATIONS: readonly string[] = [
  ...forms("should|shouldn't|ought"),
  "would benefit", "will benefit", "would really benefit", "benefit from", "needs to", "need to", "needs to be",
  "it would be helpful", "it would be useful", "it would be beneficial", "it would be advisable", "it would be best",
  "it would be better", "it would be sensible", "it would be wise", "it would be appropriate", "would be best",
  "would be better", "would be helpful for", "it is important", "it is essential", "it is vital", "it is crucial",
  "it is imperative", "it is necessary", "is recommended", "are recommended", "it is recommended", "it is advised",
  "it is advisable", "needs support", "need support", "needs help", "need help", "must not", "mustn't",
];

/** Verbs of recommending: the writer's opinion in the first person, a report otherwise. */
export const RECOMMEND_VERBS: readonly string[] = forms(
  "recommend|recommends|recommended|recommending|propose|proposes|proposed|advocate|advocates|urge|urges|urged",
);

/** Predictions. */
export const PREDICTIONS: readonly string[] = [
  "at risk", "at risk of", "risk to", "risks to", "a risk", "poses a risk", "pose a risk", "posed a risk", "at significant risk", "at high risk", "at increased risk", "risk of", "a risk that",
  "the risk is", "risk is high", "risk is low", "high risk", "low risk", "medium risk", "significant harm",
  "likely to suffer", "in danger", "bound to", "will struggle", "will suffer",
  "will need", "will continue", "will escalate", "will deteriorate", "will worsen", "will get worse", "will be harmed",
  "will be affected", "will be at risk", "will not cope", "will cope", "will manage", "will not manage",
  "will improve", "will thrive", "will fail", "will reoffend", "will relapse", "will happen again", "will become",
  "will lose", "will end up", "will harm", "will hurt", "will abscond", "will run away", "will never",
  "will probably", "will likely", "will regret", "will not engage", "will not change", "will change",
  "would struggle", "would suffer", "would be at risk", "would be safer", "would be better", "would be harmed",
  "would not cope", "would cope", "would thrive",
];
