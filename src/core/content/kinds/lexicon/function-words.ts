/**
 * Function words the classifier steps over or stops at when it looks for a verb's subject or a
 * speech verb's content. Kept apart from the cue lexicons because they carry no meaning of their own.
 */
import { forms } from "./entry";

/** Forms of "be": a participle after one of these is passive ("I was told", "it is believed"). */
export const BE_FORMS = new Set(forms("is|are|was|were|be|been|being|am"));

/** Auxiliaries, negation and adverbs stepped over between a subject and its verb. */
export const SKIP_BEFORE_VERB = new Set(
  forms(
    "has|have|had|did|does|do|will|would|shall|should|may|might|can|could|must|also|then|later|again|not|never|" +
      "previously|initially|subsequently|repeatedly|always|often|usually|sometimes|first|today|yesterday|" +
      "recently|now|still|just|already|both|all|herself|himself|themselves|itself|immediately|further|originally|" +
      "once|twice|since|even|only|consistently|openly|freely|very|really|quite|fairly|deeply|increasingly|" +
      "extremely|particularly|genuinely|strongly|certainly|each|too|no|longer|ever|tonight|earlier|later",
  ),
);

/** Subject pronouns and determiners that can open a reported clause ("said she…", "said the baby…"). */
export const CLAUSE_OPENERS = new Set(
  forms(
    "i|he|she|they|we|it|there|you|this|these|those|the|a|an|his|her|their|my|our|its|your|mum|dad|nobody|" +
      "no-one|everyone|everything|someone|somebody|all|both|neither|none|one|two|three|several|some|many|most|" +
      "her|him|oscar|that|he'd|she'd|every|each|any",
  ),
);

/** Words that open a report's content after a speech verb: "that", "about", "how", "whether"… */
export const CONTENT_OPENERS = new Set(forms("that|about|how|what|why|where|when|whether|if|who|which|whom"));

/** Object pronouns after "told"/"informed" ("told me that…"). */
export const OBJECT_PRONOUNS = new Set(
  forms("me|us|him|her|them|you|everyone|everybody|staff|someone|somebody|anyone|nobody|myself|herself|himself"),
);

/** Determiners and possessive pronouns that open a noun phrase. */
export const DETERMINERS = new Set(forms("the|a|an|his|her|their|my|our|its|your|this|that|these|those|another|some|any|each|every"));

/** Strong clause boundaries: a report's content does not run past these. */
export const STRONG_BOUNDARIES = new Set(forms("but|however|although|though|whereas|yet|nevertheless|nonetheless|despite"));

/** Words that make a following speech or thought a question, not a claim ("I asked whether she felt safe"). */
export const QUESTION_VERBS = new Set(
  forms("ask|asks|asked|asking|enquire|enquired|enquires|inquire|inquired|inquires|query|queried|questioned|wondered|checked"),
);

/** Month names: "May" after a number or a preposition is a date, not a modal. */
export const DATE_CONTEXT = new Set(
  forms("in|on|of|since|until|till|by|from|early|late|mid|last|next|this|during|end|beginning|start|before|after|to|and|or"),
);
