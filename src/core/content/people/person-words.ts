/**
 * The words that point at a person in safeguarding email, grouped by how much they identify on their own.
 * Kept apart from the finder so the reasons and the tests can name them.
 */

/** A relation named once identifies one person in a family: "Mum", "her dad", "the baby", "Nan". */
export const RELATIONS = new Set(
  (
    "mum|mummy|mother|mam|mom|dad|daddy|father|stepdad|step-dad|stepfather|step-father|stepmum|step-mum|stepmother|" +
    "step-mother|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|" +
    "grandparent|grandparents|baby|brother|brothers|sister|sisters|half-brother|half-sister|stepbrother|stepsister|sibling|siblings|" +
    "son|daughter|stepson|stepdaughter|aunt|auntie|aunty|uncle|cousin|niece|nephew|partner|boyfriend|girlfriend|" +
    "husband|wife|ex|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|fiance|fiancé|fiancee|children|kids|" +
    "child|twins|toddler|infant|newborn|carer|guardian"
  ).split("|"),
);

/** Relations that, said bare ("mum said", "Dad has"), are used as a name. */
export const RELATIONS_AS_NAMES = new Set("mum|mummy|mam|mom|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa".split("|"));

/** Relations that identify only with a possessive ("her partner", "his carer"), never bare or with "the". */
export const POSSESSIVE_ONLY = new Set(["partner", "carer", "guardian", "children", "kids", "child", "ex"]);

/** Words that make a following relation someone's: "her dad", "their children", "Mum's partner". */
export const POSSESSIVES = new Set(["her", "his", "their", "your", "the", "paternal", "maternal"]);

/** Words between a possessive and its relation: "her older brother", "the new baby", "his little sister". */
export const RELATION_ADJECTIVES = new Set(["older", "younger", "eldest", "youngest", "new", "little", "big", "baby", "twin", "two", "three", "four", "other"]);

/** The writer's or reader's own family ("my son", "your mum") is not a person in a case. */
export const OWN_POSSESSIVES = new Set(["my", "our", "a", "an", "any", "every", "each", "no", "per", "one", "this", "that"]);

/** Personal pronouns: someone the context identifies. "They" is left out: in work email it is an agency. */
export const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);

/**
 * "The child", "the young person": one person, identified by the rest of the message. With "the", or
 * as the abbreviation practitioners use for one young person ("YP").
 */
export const REFERENCES = new Set(["child", "young person", "yp", "family", "parents", "pupil", "student", "girl", "boy", "victim", "suspect", "mother", "father", "baby", "children", "siblings", "household", "patient", "client", "service user", "young man", "young woman", "teenager", "learner", "woman", "man", "lady", "lad", "resident", "tenant", "little one", "eldest", "youngest"]);

/** Titles before a surname that make a person in a case: "Mr Kemp", "Ms Evans". */
export const PERSON_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "master"]);

/** Titles and ranks of professionals: "Dr Patel", "PC Jones", "DS Khan" are the people sharing, not the subject. */
export const PROFESSIONAL_TITLES = new Set(
  "dr|doctor|pc|dc|ds|di|dci|dsi|sgt|sergeant|insp|inspector|det|detective|constable|officer|cllr|councillor|prof|professor|rev|revd|reverend|sister|nurse|judge|hhj|dj".split("|"),
);

/** Words after a name that make it a professional's: "Sarah Jones, Team Manager", "Tom (social worker)". */
export const ROLE_WORDS = new Set(
  (
    "manager|worker|officer|lead|leads|coordinator|co-ordinator|nurse|visitor|teacher|head|headteacher|head-teacher|" +
    "dsl|lado|deputy|senco|practitioner|idva|isva|consultant|chair|advisor|adviser|director|administrator|admin|" +
    "assistant|clinician|therapist|psychologist|paediatrician|gp|midwife|officer|detective|constable|sergeant|" +
    "inspector|trainer|facilitator|speaker|presenter|colleague|colleagues|team|service|solicitor|barrister|" +
    "guardian|iro|mentor|keyworker|key|supervisor|principal|governor|clerk|secretary|receptionist|analyst|" +
    "researcher|partner|partners|designated|named|safeguarding|social|support|early|senior|interim|acting"
  ).split("|"),
);

/** Verbs and auxiliaries that put the capitalised word before them in a person's place: "Kayden has", "R said". */
export const PERSON_VERBS = new Set(
  (
    "said|says|told|tells|disclosed|discloses|reported|reports|explained|stated|mentioned|shared|admitted|denied|alleged|" +
    "claimed|claims|is|was|has|had|hasn't|hadn't|isn't|wasn't|will|won't|would|wouldn't|can|can't|could|couldn't|" +
    "did|didn't|does|doesn't|needs|attended|attends|lives|lived|stays|stayed|went|goes|came|comes|left|leaves|" +
    "arrived|returned|ran|cried|became|got|gets|seems|seemed|appeared|appears|looked|looks|felt|feels|wants|wanted|" +
    "refused|refuses|missed|misses|presented|moved|started|stopped|continues|continued|remains|remained|" +
    "hasnt|hadnt|isnt|wasnt|wont|cant|didnt|doesnt|" +
    "herself|himself|seemed|wasn't|weren't|lost|gained|became|turned|turns|keeps|kept|hit|hits|pushed|grabbed|" +
    "shouted|screamed|threatened|slapped|kicked|punched|spoke|speaks|talked|talks|asked|asks|answered|visited|" +
    "saw|sees|met|rang|called|phoned|texted|messaged|arrives|sleeps|slept|eats|ate|drinks|drank|uses|used|smokes|" +
    "smoked|wets|wet|self-harms|absconded|disappeared|ran|laughed|explained|stated|claimed|mentioned|weighed|weighs|" +
    "gave|gives|loves|likes|hates|took|takes|swore|lied|walked|showed|broke|stole|hid|hides|begged|screams|shouts"
  ).split("|"),
);

/**
 * Capitalised words that are not people: days, months, places in addresses, organisations and the words
 * that end their names. A name followed by one of the organisation words is that organisation's name
 * ("Oakfield Primary", "Bailey House").
 */
export const NOT_NAMES = new Set(
  (
    "is|are|was|were|do|does|did|has|have|had|oh|ah|hmm|wow|yay|ooh|aw|tool|tools|while|whilst|once|until|after|before|since|because|although|unless|though|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|paper|papers|agency|agencies|traveller|travellers|gypsy|roma|refugee|refugees|migrant|migrants|unaccompanied|disabled|deaf|autistic|mixed|provide|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|" +
    "september|october|november|december|christmas|easter|eid|diwali|ramadan|hanukkah|today|tomorrow|yesterday|" +
    "morning|afternoon|evening|thanks|thank|please|regards|hello|hi|dear|hey|yes|no|ok|okay|sorry|many|kind|best|" +
    "council|county|borough|city|district|police|constabulary|nhs|trust|hospital|school|academy|college|" +
    "university|primary|secondary|junior|infant|nursery|centre|center|house|road|street|lane|avenue|close|way|" +
    "drive|court|place|square|park|gardens|crescent|terrace|grove|hill|green|mews|estate|ward|unit|team|service|" +
    "services|department|directorate|partnership|board|office|hub|mash|front|door|teams|zoom|outlook|microsoft|" +
    "word|excel|sharepoint|onedrive|england|wales|scotland|britain|uk|london|local|authority|children's|" +
    "childrens|social|care|health|safeguarding|education|family|families|early|help|youth|justice|probation|" +
    "housing|association|foundation|charity|group|network|forum|conference|training|course|project|programme|" +
    "monday's|friday's|today's|tomorrow's|yesterday's|st|saint|church|mosque|temple|gurdwara|synagogue|surgery|" +
    "practice|clinic|medical|general|royal|queen|king|princess|prince|county's|council's|i|i'm|i've|i'll|i'd|we|" +
    "we're|we've|you|you're|they|it|this|that|the|re|fw|fwd|mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|cc|bcc|subject|" +
    "sent|date|attachments|attached|agenda|minutes|action|actions|update|urgent|important|reminder|invitation|" +
    "invite|meeting|call|notes|confidential|official|sensitive|official-sensitive|secure|private|personal|data|" +
    "protection|gdpr|level|year|term|week|day|month|module|session|section|appendix|annex|version|draft|final|" +
    "north|south|east|west|central|herts|hertfordshire|essex|kent|surrey|leeds|manchester|birmingham|bristol|hmp|" +
    "hmyoi|cafcass|ofsted|barnardo's|nspcc|refuge|women's|aid|samaritans|childline|mind|relate|english|british|" +
    "polish|romanian|muslim|christian|catholic|jewish|hindu|sikh|asian|black|white|irish|let's|covid|covid-19|" +
    "coronavirus|brexit|universal|credit|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|handbook|checklist|" +
    "toolkit|guidance|bank|holiday|orders|order|job|jobs|prevent|missing|report|remove|law|act|scheme|awareness|" +
    "strategy|plan|plans|panel|review|reviews|audit|standards|framework|protocol|pathway|adultification|" +
    "cyberstalking|stalking|exploitation|abuse|neglect|harm|risk|risks|identification|assessment|webinar|" +
    "workshop|seminar|summit|briefing|bulletin|newsletter|news|operation|op|young|people|people's|adults|adult|" +
    "children|child|parents|carers|victims|survivors|women|men|boys|girls|students|pupils|staff|professionals|" +
    "partners|agencies|leads|colleagues|everyone|team's|annual|quarterly|monthly|weekly|daily|new|next|last|" +
    "first|second|third|interim|spring|summer|autumn|winter|if|as|at|in|on|of|to|for|with|from|by|and|but|or|so|a|an|" +
    "all|any|some|our|my|your|their|its|his|her|he|she|him|them|us|me|also|just|can|could|would|should|will|" +
    "shall|might|must|what|when|where|which|who|why|how|these|those|there|here|note|page|item|option|table|part|" +
    "band|grade|scale|tier|stage|phase|type|category|zone|room|block|floor|bay|wing|gate|plan|route|line|bus|" +
    "saw|met|spoke|visited|called|rang|told|asked|said|safe|safer|safety|criminal|whatsapp|tiktok|snapchat|" +
    "instagram|facebook|youtube|roblox|fortnite|discord|google|apple|amazon|netflix|letter|file|summary|notes|form|forms"
  ).split("|"),
);
