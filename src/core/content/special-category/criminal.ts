/**
 * Criminal offence data (UK GDPR Article 10): allegations, proceedings, convictions and sentences.
 * Precise phrases, not bare verbs: "charged with" and "charged by police", not "charged" ("charged the
 * phone", "we were charged for the room"); "police caution" and "was cautioned", not "caution" ("proceed
 * with caution"); "in police custody", not "custody" (a family court matter). Sexual offences are listed here.
 */
export const CRIMINAL_PHRASES: readonly string[] = [
  "arrest", "arrested", "arresting", "under arrest", "charged with", "charged by police", "police charged",
  "charge sheet", "convicted", "conviction", "convictions", "previous convictions",
  "spent conviction", "criminal record", "criminal records", "criminal history", "criminal offence", "offence",
  "offences", "offending", "offender", "offenders", "sex offender", "sex offenders", "reoffending", "re offending",
  "police caution", "cautioned", "conditional caution", "youth caution", "community resolution",
  "alleged assault", "assault", "assaulted", "assaulting", "common assault", "actual bodily harm", "=ABH",
  "grievous bodily harm", "=GBH", "wounding", "sexual assault", "sexually assaulted", "rape", "raped",
  "indecent assault", "indecent images", "indecent exposure", "sexual offence", "sexual offences",
  "child sexual abuse",
  "=IIOC", "bail", "bailed", "on bail", "bail conditions", "released under investigation", "=RUI", "remanded",
  "on remand", "in custody", "police custody", "custodial sentence", "sentenced", "prison", "imprisoned",
  "imprisonment", "jail", "jailed", "=HMP", "young offender institution", "=YOI", "probation", "probation officer",
  "community order", "suspended sentence", "electronic tag", "=MAPPA", "=PNC", "=YOT", "=YJS",
  "youth offending", "youth justice", "crown court", "magistrates court", "magistrates' court", "youth court",
  "criminal proceedings", "prosecuted", "prosecution", "=CPS", "crown prosecution", "pleaded guilty",
  "found guilty", "not guilty", "acquitted", "fined", "crime", "crimes", "criminal", "crime reference",
  "crime number", "theft", "stole", "stolen", "stealing", "shoplifting", "burglary", "robbery", "robbed",
  "criminal damage", "arson", "drug dealing", "dealing drugs", "possession with intent",
  "supplying drugs", "county lines", "knife crime", "carrying a knife", "offensive weapon", "weapon", "weapons",
  "firearm", "harassment", "stalking", "restraining order", "domestic assault", "perpetrator",
  "perpetrators", "perpetrated", "accused of", "suspected of", "police investigation",
  "under investigation", "police interview", "interviewed under caution", "voluntary interview", "=DVPO",
  "=DVPN", "=SHPO", "sexual harm prevention order", "=RSO", "registered sex offender", "trafficking",
  "modern slavery", "=FGM", "female genital mutilation", "forced marriage", "fraud",
  "murder", "murdered", "homicide", "manslaughter", "kidnap", "kidnapped", "abduction", "abducted",
  "the suspect", "a suspect", "prison sentence", "breach of bail", "breached bail", "breached his bail",
  "breached her bail", "breach of the order", "possession of cannabis", "possession of drugs",
  "possession of a knife", "possession of a weapon", "possession of class", "received a caution", "given a caution",
  "accepted a caution", "electronic tagging", "police curfew",
  "sexual abuse", "sexually abused", "sexually abusing", "terrorism", "terrorist", "terrorist offence",
];
