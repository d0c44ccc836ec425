/**
 * Safeguarding vocabulary that marks a message as carrying case content, grouped by the reason shown to
 * the practitioner. Phrase syntax as in special-category/phrase-matcher.ts (`=` exact case, `*` prefix).
 *
 * Precision rules: ordinary work email must not match. So no bare "concern", "risk", "safeguarding",
 * "referral", "support", "meeting", "report", "safe", "missing" or "plan": only phrases that are about a
 * person being harmed or a safeguarding process about a person ("safeguarding concern", "went missing",
 * "child protection plan"). "Abuse" and "harm" are words of harm on their own; "grooming" is kept
 * (dog grooming is rare in agency email) but "groom" is not.
 */
export const CASE_VOCABULARY: ReadonlyArray<readonly [phrase: string, why: string]> = [
  ...group("describes harm or abuse", [
    "hit her", "hit him", "hit them", "hit the child", "hit the baby", "hitting her", "hitting him", "hurt her",
    "hurt him", "was hurt", "been hurt", "got hurt", "threatened her", "threatened him", "threatened them",
    "threatened to kill", "was beaten", "been beaten", "shaken baby", "was attacked", "been attacked",
    "physically attacked", "left home alone", "left alone at home", "left unsupervised", "marks on her",
    "marks on his", "marks on their", "mark on her", "mark on his", "stab wound", "burn mark", "burn marks",
    "cigarette burn", "cigarette burns", "sexually abused", "verbal abuse", "black eye", "cut on her lip",
    "cut on his lip", "split lip", "taken her card", "took her card", "taken her money", "took her money",
    "touched her inappropriately", "touched him inappropriately", "touched them inappropriately",
    "touching her inappropriately", "touching him inappropriately", "inappropriate touching",
    "touched her private", "touched his private", "touched her privates", "touched his privates",
    "sexually touched", "sexual touching", "sexual activity with", "sexual contact with",
    "harm", "harmed", "harming", "significant harm", "risk of harm", "at risk of harm", "serious harm",
    "abuse", "abused", "abusing", "abusive", "abuser", "physical abuse", "emotional abuse", "sexual abuse",
    "psychological abuse", "financial abuse", "online abuse", "child abuse", "neglect", "neglected", "neglecting",
    "neglectful", "self neglect", "maltreatment", "ill treatment", "cruelty", "non accidental",
    "non accidental injury",
    "smacked", "smacking", "slapped", "punched", "kicked", "strangled", "strangulation",
    "choked", "beat her", "beat him", "threats to kill",
    "violence", "violent", "injured", "injury", "injuries", "bruise", "bruises",
    "bruised", "bruising", "burns", "burnt", "scald", "scalded", "fracture",
    "fractured", "bite mark", "bite marks", "cuts to", "wounds", "head injury", "unexplained injury",
    "unexplained injuries", "malnourished", "underweight", "unkempt", "soiled", "head lice", "home conditions",
    "poor home conditions", "dirty home", "left unsupervised", "home alone",
  ]),
  ...group("describes domestic abuse", [
    "domestic abuse", "domestic violence", "domestic incident", "domestic assault", "coercive control",
    "coercive and controlling", "controlling behaviour", "controlling behavior", "honour based",
    "honour based violence",
    "forced marriage", "stalking", "harassment", "non molestation", "non molestation order", "occupation order",
    "refuge",
  ]),
  ...group("describes exploitation", [
    "female genital cutting",
    "exploitation", "exploited", "exploiting", "sexual exploitation", "criminal exploitation", "county lines",
    "grooming", "groomed", "trafficking", "trafficked", "modern slavery", "cuckooing", "radicalisation",
    "radicalised", "radicalization", "radicalized", "sextortion", "female genital mutilation",
  ]),
  ...group("describes a disclosure or allegation", [
    "disclosed that", "disclosed to", "disclosure of abuse", "disclosure of harm", "witnessed domestic",
    "witnessed violence", "witnessed abuse",
    "disclosed", "made a disclosure", "has disclosed", "she disclosed", "he disclosed",
    "they disclosed", "allegation", "allegations", "alleged", "allegedly", "alleges",
    "victim", "victims", "perpetrator", "perpetrators",
  ]),
  ...group("describes self-harm or suicide risk", [
    "self harm", "self harming", "self harmed", "selfharm", "self injury", "suicidal", "suicide",
    "suicidal thoughts", "suicidal ideation", "overdose", "overdosed", "ligature", "cutting herself",
    "cutting himself", "cutting themselves",
  ]),
  ...group("names a safeguarding process", [
    "looked after children", "taken into care", "came into care", "in local authority care", "child at risk",
    "children at risk", "adult at risk", "adults at risk", "at risk of significant harm", "at risk of exploitation",
    "child protection", "child protection plan", "child protection conference", "child protection enquiry",
    "child protection investigation", "strategy discussion", "strategy meeting", "section 47", "section 17",
    "section 20", "child in need", "children in need", "child in need plan", "looked after child",
    "child looked after", "taken into care", "care order", "interim care order", "care proceedings",
    "supervision order", "emergency protection order", "police protection", "special guardianship", "kinship care",
    "foster placement", "placement breakdown", "core group", "core group meeting",
    "case conference", "single assessment", "child and family assessment",
    "early help assessment", "safeguarding concern", "safeguarding concerns", "safeguarding referral",
    "welfare concern", "welfare concerns", "welfare check", "safe and well check", "safeguarding adult review",
    "safeguarding practice review", "serious case review", "domestic homicide review", "lado referral",
    "allegation against", "allegations against", "missing from home", "missing from care", "missing episode",
    "missing episodes", "went missing", "reported missing", "return home interview", "missing from education",
    "safety plan", "contextual safeguarding", "prevent referral",
    "channel panel", "public law outline", "pre proceedings", "family court", "contact arrangements",
    "supervised contact", "parental responsibility", "unaccompanied asylum seeking", "unaccompanied minor",
  ]),
];

/**
 * Ordinary idioms that contain a word of harm. Matched like vocabulary (longest phrase wins) but produce
 * no hit: "there's no harm in asking" is not case content.
 */
export const NOT_CASE_VOCABULARY: readonly string[] = [
  "no harm", "no harm done", "do no harm", "does no harm", "did no harm", "any harm in", "harm in asking",
  "abuse of process", "abuse of power", "abuse of the system", "abuse of position", "in care homes",
  "disclosed in the annual", "risk of harm to the project",
];

/** Pairs each phrase of a list with the reason. */
function group(why: string, phrases: readonly string[]): Array<readonly [string, string]> {
  return phrases.map((p) => [p, why] as const);
}
