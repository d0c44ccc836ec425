/**
 * Cognition: verbs and adjectives of thinking, believing and worrying. In the first person they
 * mark the writer's own opinion ("I think", "we are concerned"); with anyone else as subject they
 * report that person's opinion ("Dr Patel believes…"), which recording-kinds.md puts first.
 */
import { forms } from "./entry";

/** Cognition verbs in all forms. */
export const COGNITION_VERBS: readonly string[] = [
  ...forms("think|thinks|thought|thinking|believe|believes|believed|believing|feel|feels|felt|feeling"),
  ...forms("suspect|suspects|suspected|suspecting|consider|considers|considered|worry|worries|worried"),
  ...forms("fear|fears|feared|doubt|doubts|doubted|reckon|reckons|reckoned|suppose|supposes|supposed"),
  ...forms("imagine|imagines|imagined|assume|assumes|assumed|sense|senses|sensed|wonder|wonders|wondered"),
  ...forms("expect|expects|expected|anticipate|anticipates|anticipated|hope|hopes|hoped|conclude|concludes|concluded"),
  "would say", "would describe", "would characterise", "would characterize", "would argue", "would question",
  "would be surprised", "would not be surprised", "got the impression", "get the impression", "had the impression",
  "have the impression", "formed the view", "formed the impression", "came to the view", "am of the view",
  "have concerns", "has concerns", "had concerns", "have no concerns", "has no concerns", "have serious concerns",
  "have significant concerns", "remain concerned", "remains concerned", "remained concerned",
];

/** Cognition adjectives, read after a form of "be" ("I am concerned", "the school is worried"). */
export const COGNITION_ADJECTIVES: readonly string[] = [
  ...forms("concerned|worried|satisfied|dissatisfied|unsatisfied|confident|unconvinced|convinced|sure|unsure|uncertain"),
  "of the view", "of the opinion", "of the belief", "not satisfied", "not convinced", "not sure", "not confident",
];

/**
 * Phrases by which the writer marks an opinion as theirs. A "my"/"our" possessive before a view noun
 * is handled by the view-noun rule; these are the fixed forms.
 */
export const OPINION_MARKERS: readonly string[] = [
  "in my view", "in my opinion", "in my professional view", "in my professional opinion", "in my judgement",
  "in my judgment", "in my professional judgement", "in my professional judgment", "in my assessment",
  "in my experience", "in our view", "in our opinion", "in our assessment", "in our professional opinion",
  "it is my view", "it is my opinion", "it is my assessment", "it is my professional opinion", "it is my belief",
  "it is my professional judgement", "it is my judgement", "it is our view", "it is our assessment",
  "it is my understanding", "my own view", "to my mind", "personally", "for my part",
];

/**
 * Nouns naming a view or an account. "my view is that" marks the writer's opinion; "the GP's view is
 * that" and "in the school's view" attribute someone else's.
 */
export const VIEW_NOUNS = new Set(
  forms(
    "view|views|opinion|opinions|assessment|position|account|explanation|understanding|belief|beliefs|concern|" +
      "concerns|feeling|feelings|perspective|version|recollection|impression|sense|worry|worries|fear|fears|" +
      "suspicion|suspicions|wish|wishes|advice|recommendation|recommendations|conclusion|conclusions|judgement|" +
      "judgment|analysis|hypothesis|perception|stance|response|reply|answer|story|claim|allegation|complaint|" +
      "statement|words|evidence|diagnosis|formulation|thinking|thoughts|observation|observations|hope|hopes",
  ),
);

/** Labels that open an opinion paragraph: "Opinion: …", "Assessment: …". */
export const OPINION_LABELS = new Set(
  forms("opinion|assessment|analysis|view|conclusion|conclusions|judgement|judgment|recommendation|recommendations|impression"),
);
