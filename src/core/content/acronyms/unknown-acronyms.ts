import { WELL_KNOWN } from "./not-jargon";
import { allCaps, isShoutedNeighbour, wordAfter, wordBefore } from "./terms";

/*
 * The test for unknown acronyms and the words it needs, apart from the glossary search in terms.ts: only
 * the acronym finder uses them, so the case vocabulary (and the on-send handler, which has no acronym
 * finder) leaves them out.
 *
 * SHOUTED_WORDS: ordinary English words that people type in capitals for emphasis ("PLEASE", "URGENT",
 * "NOT"). Only words of 3 to 6 letters matter, because unknown tokens are reported only at 3 to 5 letters.
 *
 * UNITS: measures and time markers written in capitals.
 */

/** Measures and time markers written in capitals (KG, MPH, GMT). */
export const UNITS: ReadonlySet<string> = new Set(
  ("KG MG ML CM MM KM MPH KPH GMT BST UTC CET HRS HR MIN MINS SEC SECS GB MB KB TB PX DPI BMI").split(" "),
);

/** Ordinary English words typed in capitals for emphasis (PLEASE, URGENT, NOT). */
export const SHOUTED_WORDS: ReadonlySet<string> = new Set(
  (
    "THE AND FOR ARE BUT NOT YOU ALL ANY CAN HAD HER WAS ONE OUR OUT DAY GET HAS HIM HIS HOW MAN NEW NOW OLD " +
    "SEE TWO WAY WHO BOY DID ITS LET PUT SAY SHE TOO USE YES YET WHY OFF OWN RUN SET TRY ASK BIG END FAR FEW " +
    "GOT LOT MAY MUM DAD SON SIS BRO AGO BAD BED BOX CAR CUT DOG EAT EYE FUN GOD HOT JOB KEY LAW LEG LIE LOW " +
    "MAP MET NOR ODD OIL PAY PEN PET RED SAD SAT SIT SUN TEA TEN TOP WAR WET WIN WON ACT ADD AGE AID AIM AIR " +
    "ART BAG BIT BUY CRY DUE EGG ERA FIT FIX FLY GAS GUN GUY HAT HIT ILL JOY KID LAY LED MIX MUD NET NOD NUT " +
    "PAN PIE POT RAN RAW ROW SAW SEA SKY TAX TIP TOY VAN WEB WHY ZIP HEY HIYA THANKS THANK THX PLS PLZ " +
    "ALSO BACK BEEN BOTH CALL CAME COME DATE DAYS DOES DONE DOWN EACH EVEN EVER FACT FEEL FIND FORM FROM FULL " +
    "GAVE GIVE GOES GOOD HAVE HELP HERE HIGH HOLD HOME HOPE INTO JUST KEEP KIND KNOW LAST LATE LEFT LESS LIFE " +
    "LIKE LINE LIST LIVE LONG LOOK LOST MADE MAKE MANY MEAN MEET MORE MOST MUCH MUST NAME NEAR NEED NEXT NICE " +
    "NONE NOTE ONCE ONLY OPEN OVER PAGE PART PASS PAST PLAN PLAY READ REAL REST ROOM SAFE SAID SAME SEEN SEND " +
    "SENT SHOW SIGN SOME SOON STAY STOP SURE TAKE TALK TELL THAN THAT THEM THEN THEY THIS TIME TOLD TRUE TURN " +
    "UPON VERY WAIT WANT WEEK WELL WENT WERE WHAT WHEN WILL WITH WORD WORK YEAR YOUR ZERO BEST CASE CARE CHILD " +
    "RISK HARM ABUSE AREA BODY BOOK CITY CODE COPY COST DEAR DEAL DOOR DRAW DROP EASY EDIT FAIL FILE FINE FIRE " +
    "FREE GIRL GOAL HALF HALL HAND HARD HEAD HEAR HOUR IDEA ITEM JOIN LAND LEAD LOVE MAIN MIND MISS MOVE NEWS " +
    "OKAY POST PULL PUSH RATE RING ROLE RULE SAVE SEAT SELF SIDE SIZE SLOW SOFT SORT STEP TEAM TEXT TOWN TYPE " +
    "UNIT USED USER VIEW VOTE WALK WALL WARD WEAR WIDE WIFE WISH ZONE " +
    "ABOUT ABOVE AFTER AGAIN ALERT ALONE ALWAYS AMEND BEING BELOW CHECK CLEAR CLOSE COULD DRAFT EARLY EMAIL " +
    "ENTER ERROR EVERY FINAL FIRST GREAT GROUP GUIDE HAPPY HOUSE LARGE LATER LEAST LEVEL LOCAL MAYBE MONEY " +
    "MONTH NEVER NIGHT NOTED ORDER OTHER PHONE PLACE POINT PRINT QUICK QUITE READY RIGHT ROUND SHALL SHARE " +
    "SINCE SMALL SORRY SOUND START STILL STUFF TODAY TOTAL UNDER UNTIL USING VALID WATCH WHERE WHICH WHILE " +
    "WHOLE WHOSE WOMAN WORLD WOULD WRITE WRONG YOUNG THEIR THERE THESE THING THINK THOSE THREE TIMES " +
    "ACTION ADVICE AGREED ANSWER BEFORE CHANGE CALLED DELETE DETAIL FRIDAY GOING MONDAY NOTICE PLEASE " +
    "PRIVATE REPORT REVIEW SAFETY SECURE SIGNED SUNDAY THANKS UPDATE URGENT SHOUT SCHOOL OFFICE PARENT " +
    "FAMILY POLICE COURT MEETING NOTES ACTIONS MINUTES AGENDA ITEMS ADDED ASKED BOOKED DONE FYI HELLO HI " +
    "ATTN WARNING CAUTION NOTICE IMPORTANT CONFIDENTIAL OFFICIAL SENSITIVE PERSONAL RESTRICTED SECRET " +
    "NO YES NOT OR IF IS IN ON AT BY TO OF UP SO DO GO ME MY WE US AN AS BE HE IT"
  ).split(" "),
);

/** True for a Roman numeral up to 39 (II, IV, VIII, XII, XXXIX): list items and section numbers. */
export function isRomanNumeral(token: string): boolean {
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(token) && token.length > 0;
}

/** Honorifics before a capitalised surname ("Mrs JONES"). */
const HONORIFICS: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord"]);

/** Title-case words that commonly precede an acronym in prose, so they are not taken for first names. */
const COMMON_SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    "The A An And Or To From With Without For Of In On At By Via Per Contact Call Ring Email Phone Please " +
    "Refer Referred Referral Ask Asked Tell Told Inform Informed Notify Notified Copy Cc Our Your Their His Her " +
    "My This That These Those Local Previous Next New Both Each Every Any No Not See Attend Attended Meeting " +
    "Dear Hi Hello Re Fw Fwd Update Via Through Under Across Within Between Following Regarding About " +
    "Chair Team Service Officer Worker Lead Manager Nurse Doctor Police School College Council Social Health " +
    "Children Child Family Families Young Adult Adults Early Help Support Mental Agency Agencies Partner Partners"
  ).split(" "),
);

/**
 * Decides whether an unknown token looks like an acronym: 3 to 5 capitals (two-letter unknowns are
 * usually initials, "JS said"), not a well-known abbreviation, unit, Roman numeral or shouted English
 * word, not part of a run of capitals ("PLEASE DO NOT FORWARD"), and not a surname written in capitals
 * after a first name or title ("Sarah JONES", "Mrs JONES").
 */
export function looksLikeUnknownAcronym(body: string, token: string, start: number, end: number): boolean {
  if (token.length < 3 || token.length > 5 || !allCaps(token)) return false;
  if (WELL_KNOWN.has(token) || UNITS.has(token) || SHOUTED_WORDS.has(token) || isRomanNumeral(token)) return false;
  const before = wordBefore(body, start);
  const after = wordAfter(body, end);
  if (isShoutedNeighbour(before) || isShoutedNeighbour(after)) return false;
  if (HONORIFICS.has(before)) return false;
  // A Title-case word right before that is not a usual sentence word is probably a first name:
  // "Sarah JONES". Precision wins here: an unknown acronym after such a word goes unreported.
  if (/^[A-Z][a-z]+$/.test(before) && !COMMON_SENTENCE_STARTERS.has(before)) return false;
  return true;
}
