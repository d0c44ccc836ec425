/**
 * The small word lists and patterns person-mentions.ts reads positions with: what stands after a name
 * (an age in brackets, a year group, a date of birth), what makes a capitalised word a thing or a place,
 * and the words for the reader of a message to a member of the public. Kept apart so that the finder
 * reads as the rules it applies.
 */

/** "you" and "your" said to a member of the public (see {@link PersonContext.addressee}). */
export const ADDRESSEE_WORDS: ReadonlySet<string> = new Set(["you", "your", "you're", "yours", "yourself", "you've", "you'll"]);
/** After "the woman", "the lad": where that one person lives or stays. */
export const WHERE_SOMEONE_IS = /^\s+(?:in (?:room|flat|bed|bedroom) \w+|at (?:number|no\.?|flat) \w+|(?:from|at|in) (?:the )?flats?\b|who (?:lives|is staying|stays)|(?:living|staying) (?:at|in)|from number|at \d+ [A-Z]|at (?:our|your|the) (?:[A-Z][a-z]+ ){1,3}(?:placement|home|house)\b)/;
/** "the young person … in your Year 10": one pupil of a year group (singular references only). */
export const IN_YEAR_GROUP = /^\s+(?:(?:at|in) [^.,;]{0,40}?)?in (?:your|our|my|the) (?:Year|year|Y) ?\d{1,2}\b/;
/** Everyday words that are also common surnames ("Ethan Ward", "Mia Green"), after a first name and before a year group. */
export const SURNAME_WORDS: ReadonlySet<string> = new Set("ward|green|hill|park|lane|king|young|white|black|brown|west|north|south|day|house|church|bank|court|rose|page|little|long|summer|winter|grey|gray|marsh|field|wood|bishop|cook|baker|mason|fox|hunt|knight|price|hall|road|street|way".split("|"));
/** " Y6", " Year 9", " 9RB": a year group or a form after a name. */
export const YEAR_CODE_AFTER = /^,?\s+(?:(?:[Yy]|[Yy]r|[Yy]ear)\s?\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b)/;
/** " 14/02/2013": a date with a four-digit year right after a name. */
export const FULL_DATE_AFTER = /^\s+\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b/;
/** Words after "X family" that make it a service: "the Leighton Buzzard family hub". */
export const FAMILY_SERVICES: ReadonlySet<string> = new Set("hub|hubs|centre|centres|center|team|teams|service|services|support|worker|workers|group|groups|court|courts|law|network|partnership|programme|programmes|network".split("|"));
/** Nouns after a relation that make it a thing for them: "the baby clinic", "the parent group". */
export const FOR_RELATIONS: ReadonlySet<string> = new Set("clinic|clinics|massage|group|groups|room|unit|bank|box|club|class|classes|session|sessions|friendly|weigh|yoga|sensory|rhyme|rhymes|signing|led|support|forum|network|show|food|formula".split("|"));
/** Nouns after "partner" or "carer" that make it an organisation's: "their partner agencies". */
export const PARTNER_THINGS: ReadonlySet<string> = new Set("agency|agencies|organisation|organisations|organization|organizations|services|service|schools|school|providers|provider|boards|board|forum|networks|network|colleagues|training|assessment|assessments|support|group|groups|payments|allowance".split("|"));
/** Things labelled by a letter: "Paper B", "Appendix C", "Plan B", "Room D". */
export const LABELLED: ReadonlySet<string> = new Set(
  "paper|appendix|annex|annexe|option|plan|part|table|section|room|block|level|phase|stage|tier|grade|band|group|form|type|category|model|schedule|version|wing|zone|site|floor|gate|step|question|item|point|vitamin|hepatitis|class|unit|ward|bay|exhibit|figure|route|scenario|case|team|area|sheet|tab|column|row|box|list|page|priority|lot".split("|"),
);
/** A subject line that speaks of one person. */
export const HEADLINE_PRONOUN = /\b(?:he|she|him|her|his|he's|she's)\b/i;
/** Words that ask for a person's identifier in a subject line. */
export const IDENTIFIER_WORD = /\b(?:dob|d\.o\.b|date of birth|nhs (?:no|number))\b/i;
/** " 12 and lives…" after "Reece is": an age, not a time, a count or a measure. */
export const IS_AGE = /^\s+(?:only\s+|just\s+|now\s+)?\d{1,2}\b(?!\s*(?:%|[:.]\d|am\b|pm\b|minutes|mins|hours|hrs|days|weeks|miles|places|people|of\b|out\b|per\b|x\b))/i;
/** "Bubbles (our young person at Willowbank)": who the person is to the writer, in brackets after the name. */
export const BRACKET_ROLE = /^\s*\(\s*(?:our|my|a|the)\s+(?:young person|yp|child|pupil|student|resident|client|service user|foster child|looked after child)\b/i;
/** "Leo Brennan 5H": a school class code right after a name (upper case, so "Band 8a" is not one). */
export const CLASS_CODE = /^\s\d{1,2}[A-Z]\b/;

/** Ages said in words: "aged 6", "she's 14", "a 4-year-old", "15yo" (not "he's 9.2kg"). */
export const AGE = /\b(?:aged?\s+\d{1,2}\b|age\s*:\s*\d{1,2}\s*(?:years?|yrs?|months?|mths?|weeks?)?\b(?!\s*(?:-|–|to\b|\+))|(?:he's|she's|he is|she is|who is|who's)\s+(?:only\s+|just\s+)?\d{1,2}\b(?![.,]\d)(?!\s*(?:%|kg|g\b|lb|minutes|mins|hours|days|weeks|am|pm|:))|\d{1,2}\s?(?:-\s?)?(?:years?|yrs?|months?|weeks?|mths?)(?:\s?-\s?|\s)old\b|\d{1,2}\s?(?:yo|y\/o|yrs)\b)/gi;
/** "Tyler (14)", "Tyler, 14," — an age in brackets or commas right after a name. */
export const BRACKET_AGE = /^\s*(?:\(\s*(?:\d{1,2}\s*(?:yrs?|years?|y)?|(?:year|yr|y)\s*\d{1,2}(?:\s*(?:and|&|,|\/)\s*(?:year|yr|y)?\s*\d{1,2})*|\d{1,2}[A-Z]{1,2}|dob[^)]*|d\.o\.b[^)]*|aged?\s*\d{1,2})\s*\)|,\s*\d{1,2}\s*(?:(?:months?|mths?|yrs?|years?|weeks?)(?:\s*old)?\s*)?(?:,|\.(?!\d)|$))/i;

/** What an organisation has rather than a person: "Harbour's response", "WhatsApp's settings". */
export const ORGANISATION_THINGS = new Set(
  "response|responses|policy|policies|team|teams|service|services|website|consultation|board|guidance|report|staff|offices|office|approach|view|position|settings|app|platform|members|annual|new|latest|own|training|strategy|procedures|plan".split("|"),
);

export const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "around", "across", "into", "via", "towards", "outside", "within", "throughout"]);

/** Words that end an organisation's or a place's name: "Oakfield Primary", "Bailey House". */
export const ORG_ENDINGS = new Set(
  "council|police|trust|hospital|school|academy|college|university|primary|secondary|junior|infant|nursery|centre|center|house|road|street|lane|avenue|close|way|drive|court|place|square|park|gardens|crescent|terrace|grove|hill|green|mews|estate|ward|unit|team|service|services|partnership|board|hub|surgery|practice|clinic|church|group|project|foundation|association|children's|health|circle|club|network|forum|collective|alliance".split("|"),
);

/** Shapes no first name has: "Supporting", "Safeguarding" (-ing), "Cyberstalking". */
export const NOT_A_NAME_SHAPE = /^[a-z]{3,}ing$/;

/**
 * A case number as the subject of a child protection step ("the initial conference for 2291847"), and a
 * hospital number ("Hosp no K448210"): a person known by the number their record is filed under.
 */
export const CASE_NUMBER = /\b(?:(?:conference|icpc|rcpc|core group|strategy (?:meeting|discussion)|review|referral|assessment|case)\s+(?:for|of|re|regarding|about|on)\s+(?:case\s+|child\s+|ref(?:erence)?\.?\s*)?(\d{6,10})\b(?![/.:]\d)|(?:hosp(?:ital)?|patient|mrn|unit)\s*(?:no\.?|number|num)?\s*:?\s*([A-Z]{0,2}\d{5,10})\b)/gi;
/** "Jayden in Year 9": a capitalised word before a year group is a pupil's name. */
export const IN_YEAR_AFTER = /^\s+in (?:Year|year|Yr|Y) ?\d{1,2}\b/;
/** "the respondent father", "the applicant mother": a parent by their part in proceedings. */
export const PARTY_WORDS = new Set(["respondent", "applicant", "birth", "biological", "maternal", "paternal", "putative"]);
/** Last words only an organisation's name has (unlike "Green", "Hill" or "Lane", which are surnames too). */
export const GROUP_ENDINGS = /^(?:circle|club|network|forum|collective|alliance|group|project|foundation|association|partnership|hub|board|trust|council|academy|college|nursery|centre|clinic|surgery|charity|society|service|services)$/;

/**
 * A home address: "14 Orchard Close", "Flat 4, 22 Larch Road", "Flat 7 Marlow House". As a subject line, it
 * names the household the message is about.
 */
export const HOME_ADDRESS = /\b(?:(?:flat|apartment|room) \d+[a-z]?,? )?\d{1,4}[a-z]? [A-Z][a-z]+ (?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Court|Gardens|Place|Grove|Terrace|Rise|Walk|Mews|Row|View|Park)\b|\b(?:flat|apartment) \d+[a-z]?,? [A-Z][a-z]+ (?:House|Court|Lodge|Tower|Heights|Point|Mansions)\b/i;
