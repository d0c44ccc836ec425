/**
 * Reporting verbs (recording-kinds.md: "said, told, disclosed, reported, alleged, claims, denies,
 * admitted, confirmed, insisted, explained"), in every tense and form, grouped by what they need
 * to carry someone's content.
 */
import { forms, phrasePairs } from "./entry";

/** Speech verbs that report only when content follows ("said that…", "said she…"), not "said nothing". */
export const REPORT_SAY: readonly string[] = [
  ...forms("say|says|said|saying|state|states|stated|stating|explain|explains|explained|explaining"),
  ...forms("mention|mentions|mentioned|mentioning|describe|describes|described|describing|recount|recounts|recounted"),
  ...forms("comment|comments|commented|reply|replies|replied|responded|acknowledge|acknowledges|acknowledged"),
  ...forms("recall|recalls|recalled|reveal|reveals|revealed|indicated|declare|declared|maintain|maintains|maintained"),
  ...forms("assert|asserts|asserted|argue|argues|argued|reiterated|clarified|specified|estimated|remarked|speculated"),
  ...forms("hinted|predicted|explains|conceded"),
  "in his words", "in her words", "in their words", "in mum's words", "in dad's words",
];

/**
 * Speech verbs whose everyday sense is also an action ("added sugar", "shared a room", "replied to my
 * text", "accepted the referral"): a report only before "that", a quotation or a colon.
 */
export const REPORT_STRICT: readonly string[] = [
  ...forms("add|adds|added|noted|answered|write|writes|wrote|written|share|shares|shared|sharing|agree|agrees|agreed"),
  ...forms("accept|accepts|accepted|texted|messaged|emailed|e-mailed|announced|repeated|stressed|emphasised"),
  ...forms("emphasized|highlighted|expressed|expresses"),
];

/** Speech verbs with a listener before the content: "told me that…" reports, "told me to leave" does not. */
export const REPORT_TELL: readonly string[] = [
  ...forms("tell|tells|told|telling|inform|informs|informed|informing|advise|advises|advised|advising"),
  ...forms("notify|notifies|notified|update|updates|updated|remind|reminds|reminded|assure|assures|assured"),
  ...forms("reassure|reassures|reassured|warn|warns|warned|promise|promises|promised|confide|confided"),
];

/** Verbs that report whatever follows ("denied hitting him", "disclosed self-harm"). */
export const REPORT_INHERENT: readonly string[] = [
  ...forms("disclose|discloses|disclosed|disclosing|allege|alleges|alleged|alleging|deny|denies|denied|denying"),
  ...forms("report|reports|reported|reporting|complain|complains|complained|complaining|insist|insists|insisted"),
  ...forms("accuse|accuses|accused|accusing|concede|concedes|conceded|contend|contends|contended|testified"),
  ...forms("admit|admits|admitted|admitting|confirm|confirms|confirmed|confirming|claim|claims|claimed|claiming"),
  ...forms("wants|wishes|prefers|dispute|disputes|disputed|refute|refutes|refuted"),
  "raised concerns", "raised a concern", "raises concerns", "raised concern", "raising concerns", "has raised concerns",
  "expressed concern", "expressed concerns", "expresses concern", "shared concerns", "shared a concern",
  "made an allegation", "made allegations", "made a disclosure", "made disclosures", "made a complaint",
  "made complaints", "made a report", "made a referral", "raised an allegation", "raised a safeguarding concern",
  // A message passed on: "Amir asked me to tell his dad that he misses him".
  "asked me to tell", "asked me to pass on", "asked me to let", "asked us to tell", "asked us to pass on", "asked us to let",
  "wanted me to know", "wanted us to know", "wants me to know", "wants us to know",
];

/** Someone else's observation: reported when the subject is not the writer. */
export const REPORT_PERCEIVE: readonly string[] = forms(
  "notice|noticed|notices|observe|observed|observes|witness|witnessed|witnesses|spotted|detected|saw|seen",
);

/** Hearing: hearsay with "that", "from", "about", a sound otherwise ("I heard shouting"). */
export const REPORT_HEAR: readonly string[] = forms("hear|hears|heard|hearing");

/** Verbs of inference: a report from a person, an inference from a thing ("the bruising suggests"). */
export const REPORT_SUGGEST: readonly string[] = forms(
  "suggest|suggests|suggested|suggesting|indicate|indicates|imply|implies|implied",
);

/** Words right after a speech verb that show it carries no content ("said nothing", "said goodbye"). */
export const NO_CONTENT = new Set(
  forms(
    "nothing|anything|little|goodbye|bye|hello|hi|sorry|thanks|thank|okay|ok|goodnight|off|much|very|" +
      "something|none|few|less|yes|so",
  ),
);

/** Verbs of contact before "to say" ("rang to say he…"): the caller is the source. */
export const CONTACT_VERBS = new Set(
  forms(
    "rang|phoned|called|emailed|texted|messaged|wrote|telephoned|contacted|came|visited|returned|attended|" +
      "rings|phones|calls|emails|texts|writes|ring|phone|call|email|text|write|contact|contacts|written|rung|" +
      "telephone|telephones|came|come|comes",
  ),
);

/**
 * A record speaking for its keeper: "police records show", "the GP's notes state", "the intelligence check
 * showed". The keeper is the source (recording-kinds.md: information whose source is another agency is
 * `reported`); "our records show" is the writer's own record, a fact.
 */
const RECORD_NOUNS = forms("record|records|notes|note|check|checks|report|chronology|file|system|database|intelligence|history|log|letter|summary|assessment");
const RECORD_VERBS = forms("show|shows|showed|shown|state|states|stated|indicate|indicates|indicated|confirm|confirms|confirmed|record|records|recorded|say|says|said|note|notes|noted|list|lists|listed|mention|mentions|mentioned|reveal|reveals|revealed");
export const RECORD_SHOWS: readonly string[] = phrasePairs(RECORD_NOUNS, RECORD_VERBS);
