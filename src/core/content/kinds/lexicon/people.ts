/**
 * Who a sentence is about and who information came from. Person words let the classifier tell a
 * label applied to a person ("Dad is aggressive") from a judgement of a place ("the flat is filthy");
 * source words make a report attributable ("the school said…", "mum told me…").
 */
import { forms } from "./entry";

/** Family members, children and other people a sentence can be about. */
export const PERSON_NOUNS = new Set(
  forms(
    "mum|mummy|mother|mom|mam|dad|daddy|father|parent|parents|stepfather|stepdad|step-father|step-dad|stepmother|" +
      "stepmum|step-mother|step-mum|partner|partners|boyfriend|girlfriend|husband|wife|ex-partner|ex|grandmother|" +
      "grandma|gran|granny|nan|nana|nanny|grandfather|grandad|granddad|grandpa|grandparent|grandparents|uncle|aunt|" +
      "auntie|aunty|cousin|cousins|brother|brothers|sister|sisters|sibling|siblings|son|sons|daughter|daughters|" +
      "child|children|baby|babies|infant|toddler|boy|boys|girl|girls|teenager|teenagers|youngster|adult|adults|man|" +
      "men|woman|women|lady|gentleman|person|people|individual|carer|carers|couple|pupil|pupils|student|students|kid|" +
      "kids|friend|friends|neighbour|neighbours|neighbor|neighbors|lodger|visitor|he|she|they|him|them|himself|" +
      "herself|themselves|family|relative|relatives|offender|perpetrator|victim|resident|residents|tenant|occupant|" +
      "male|female|young|guardian|brother-in-law|sister-in-law|mother-in-law|father-in-law|half-brother|half-sister",
  ),
);

/** Professionals and agencies: identifiable sources of reported information. */
export const AGENCY_NOUNS = new Set(
  forms(
    "teacher|teachers|headteacher|head|deputy|tutor|senco|dsl|school|schools|academy|college|nursery|preschool|" +
      "pre-school|playgroup|childminder|gp|gps|doctor|doctors|dr|consultant|paediatrician|pediatrician|nurse|nurses|" +
      "midwife|midwives|visitor|hv|police|officer|officers|pc|dc|ds|sergeant|detective|constable|probation|housing|" +
      "landlord|worker|workers|manager|therapist|counsellor|counselor|psychologist|psychiatrist|camhs|hospital|a&e|" +
      "ambulance|paramedic|paramedics|receptionist|surgery|practice|clinic|interpreter|cafcass|solicitor|advocate|" +
      "keyworker|staff|chair|iro|lado|ofsted|referrer|caller|council|authority|yot|dwp|refuge|idva|marac|mash|" +
      "charity|colleague|colleagues|witness|witnesses|coach|pastor|imam|priest|vicar|dentist|optician|pharmacist|" +
      "physiotherapist|practitioner|professional|professionals|agency|agencies|service|services|team|unit|ward|" +
      "department|panel|court|judge|magistrate|magistrates|referral|report|minutes|log|record|records|letter|email|" +
      "chronology|notes|statement|assessment|diary|text|message|messages|interpreter|guardian|sw|social|care|" +
      "foster|residential|home|kinship|senior|duty|safeguarding|lead|designated|class|health|youth|support|" +
      "family|early|help|community|specialist|registrar|sister|matron|mentor|mentors|attendance|welfare|fire|" +
      "cps|nspcc|childline|barnardo|barnardos|lawyer|barrister|psychologists|educational|speech|therapy",
  ),
);

/** Subject pronouns that name a person already introduced: an identifiable source. */
export const THIRD_PRONOUNS = new Set(forms("he|she|they|him|her|them|his|their"));

/** The writer (and the writer's team). */
export const WRITER_PRONOUNS = new Set(forms("i|we|me|us|my|our|myself|ourselves"));

/** Words that make a source unidentifiable. */
export const UNIDENTIFIED = new Set(
  forms("someone|somebody|anyone|anybody|anonymous|anonymously|unknown|unnamed|unidentified|people|public|sources|source|various|others|some|rumour|rumours"),
);

/** Titles: the capitalised word after one is a name. */
export const TITLES = new Set(forms("mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|nurse|prof|professor|cllr"));

/** Places and things: a judgement about these is not a label on a person. */
export const PLACE_NOUNS = new Set(
  forms(
    "home|house|flat|property|room|rooms|bedroom|bedrooms|kitchen|bathroom|toilet|environment|conditions|garden|" +
      "address|accommodation|area|estate|household|hallway|lounge|living|floor|bed|cot|furniture|situation|" +
      "atmosphere|relationship|relationships|lifestyle|presentation|behaviour|behavior|parenting|care|supervision|" +
      "response|reaction|attitude|account|explanation|engagement|attendance|hygiene|diet|routine|state|level|" +
      "standard|standards|clothes|clothing|uniform|appearance|weight|risk|injury|injuries|bruising|incident|plan",
  ),
);
