/**
 * Whether a sensitive term is named as a subject (training, policy, an event) rather than said of
 * someone: "the domestic abuse awareness training", "our self-harm policy", "the child sexual
 * exploitation conference". Case vocabulary and special category cues skip such mentions, so that
 * ordinary email about training and guidance is not held as case content. A sentence that also names a
 * person ("Mum has started the domestic abuse course") still counts.
 */

/**
 * Nouns of training, guidance and events, which make the term before them a subject. Never "service", "team",
 * "worker", "panel", "meeting", "referral", "plan" or "unit", which attach to a person's case ("referred
 * to the domestic abuse service").
 */
const TOPIC_NOUNS = new Set(
  (
    "training|trainings|trainer|course|courses|conference|conferences|toolkit|toolkits|tool|tools|policy|policies|" +
    "procedure|procedures|awareness|webinar|webinars|workshop|workshops|seminar|seminars|e-learning|elearning|" +
    "module|modules|guidance|guide|strategy|strategies|week|month|day|forum|forums|network|networks|newsletter|" +
    "newsletters|leaflet|leaflets|poster|posters|campaign|campaigns|champion|champions|lead|leads|coordinator|" +
    "co-ordinator|subgroup|sub-group|board|partnership|framework|protocol|protocols|audit|audits|briefing|" +
    "briefings|session|sessions|event|events|research|statistics|lecture|presentation|resources|resource|" +
    "materials|curriculum|lesson|lessons|assembly|charity|charities|helpline|website|log|logs|register|registers|tracker|" +
    // "the CCE strategic group", "the DA steering group": a governance body's adjective.
    "strategic|steering|operational"
  ).split("|"),
);

/**
 * People a sentence can be about ("partner" is left out: in work email it is mostly a partner agency, and
 * "mum's partner" names mum). With one of them in the sentence, a term followed by a topic noun is
 * still counted ("Mum has started the domestic abuse course"): the topic rule is only for messages about
 * the subject itself.
 */
const PERSON_WORDS = new Set(
  (
    "he|she|him|her|his|hers|himself|herself|mum|mother|mom|dad|father|stepdad|stepmum|stepfather|stepmother|" +
    "parent|parents|carer|carers|child|children|son|daughter|baby|toddler|infant|boy|girl|brother|sister|" +
    "sibling|siblings|grandma|grandmother|nan|nana|grandad|granddad|grandfather|aunt|uncle|cousin|" +
    "boyfriend|girlfriend|husband|wife|family|pupil|student|victim|perpetrator|suspect|young|teenager|niece|nephew"
  ).split("|"),
);

/**
 * One particular person: a topic led by "a talk on" is still about someone when the sentence says "he",
 * "her" or "Mum" ("he has been speaking about the abuse"), but not when it says "children" or "families".
 */
const SPECIFIC_PERSON_WORDS = new Set(
  "he|she|him|her|his|hers|himself|herself|mum|mother|mom|dad|father|stepdad|stepmum|stepfather|stepmother|son|daughter|baby|brother|sister|grandma|nan|nana|grandad|boyfriend|girlfriend|husband|wife".split("|"),
);

/** Words that may stand between a term and its topic noun: "domestic violence and abuse strategy". */
const JOINERS = new Set(
  "and|or|from|care|home|awareness|prevention|support|response|safeguarding|abuse|violence|exploitation|harm|neglect|related|reduction|specialist|multi-agency|partnership".split("|"),
);

/** Is the term at [start, end) followed (over at most two joining words) by a topic noun, in a sentence about nobody? */
export function isTopicMention(body: string, start: number, end: number): boolean {
  // "bruising in babies", "self-harm among teenagers": a term said of a whole group is a subject.
  if (OF_A_GROUP.test(body.slice(end, end + 40))) return true;
  // "thanks to DS Whitlock for her talk on coercive control": the speaker's talk, about nobody.
  if (SPEAKERS_TALK.test(body.slice(Math.max(0, start - 60), start))) return true;
  if (hasTopicLead(body, start) && !sentenceMentionsPerson(body, start, end, SPECIFIC_PERSON_WORDS)) return true;
  let topical = false;
  for (const w of followingWords(body, end)) {
    if (TOPIC_NOUNS.has(w)) {
      topical = true;
      break;
    }
    if (!JOINERS.has(w)) return false;
  }
  return topical && !sentenceMentionsPerson(body, start, end);
}

/**
 * The (at most three, lower-case) words right after a term, within 80 characters, with only white space,
 * "&" and "-" between them: "abuse awareness training", "& exploitation work". The words of
 * `/^(?:[\s&-]*[A-Za-z][A-Za-z'-]*){1,3}/` on the next 80 characters, read without making the slice:
 * this runs for every term found.
 */
export function followingWords(body: string, end: number): string[] {
  const limit = Math.min(body.length, end + 80);
  const out: string[] = [];
  let i = end;
  while (out.length < 3) {
    let s = i;
    while (s < limit && JOINING_MARK.test(body.charAt(s))) s++;
    if (s >= limit || !isLetter(body.charCodeAt(s))) break;
    let e = s + 1;
    while (e < limit && isWordTail(body.charCodeAt(e))) e++;
    out.push(body.slice(s, e).toLowerCase());
    i = e;
  }
  return out;
}

/** What may stand between the words after a term: white space (as `\s` has it), "&" and "-". */
const JOINING_MARK = /[\s&-]/;

/** A letter, an apostrophe or a hyphen: the rest of a word after its first letter ("abuse-related", "children's"). */
function isWordTail(c: number): boolean {
  return isLetter(c) || c === 39 || c === 45;
}

/** "her talk on", "his session about the", "their presentation on how to spot": a speaker's own talk. */
const SPEAKERS_TALK = /\b(?:her|his|their)\s+(?:talk|talks|session|sessions|presentation|input|slot|lecture|workshop|training|keynote)\s+(?:on|about|around|covering)\s+(?:[a-z'-]+\s+){0,3}$/i;

/** A group in general right after a term: "in babies", "among young people", "in non-mobile infants". */
const OF_A_GROUP =
  /^\s+(?:in|among|amongst)\s+(?:(?:non-mobile|young|older|teenage|adolescent|school-age|pre-school|primary|secondary|under-\d+s?)\s+)?(?:babies|infants|children|young people|teenagers|adolescents|girls|boys|men|women|adults|families|pupils|students|under-\d+s|toddlers)\b/i;

/** How far the sentence is looked at around a term (characters each way). */
const SENTENCE_REACH = 300;

/** Words before a term that belong to its name ("child sexual exploitation", "young people's mental health"). */
const TERM_MODIFIERS = new Set(["child", "children", "children's", "young", "youth", "teenage", "adolescent", "adult", "adults", "people's"]);

/** ".", "!", "?" or a line feed. */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** Does the sentence around [start, end), outside the term and a modifier just before it, name a person? */
function sentenceMentionsPerson(body: string, start: number, end: number, people: ReadonlySet<string> = PERSON_WORDS): boolean {
  const before = /([A-Za-z']+)\s+$/.exec(body.slice(Math.max(0, start - 20), start));
  const termStart = before && TERM_MODIFIERS.has((before[1] ?? "").toLowerCase()) ? start - before[0].length : start;
  // The sentence, but no further than SENTENCE_REACH either way: a hostile line with no full stop must not
  // make every hit scan the whole line.
  let from = termStart;
  while (from > 0 && termStart - from < SENTENCE_REACH && !isSentenceEnd(body.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < body.length && to - end < SENTENCE_REACH && !isSentenceEnd(body.charCodeAt(to))) to++;
  const around = `${body.slice(from, termStart)} ${body.slice(end, to)}`.toLowerCase();
  const words = around.match(/[a-z]+/g) ?? [];
  return words.some((w) => people.has(w));
}

/**
 * Words just before a term that make it the subject of a talk, a course or a piece of work: "a talk on
 * exploitation", "awareness of neglect", "tackling domestic abuse", "speaking about county lines".
 */
const TOPIC_LEADS = new Set(
  (
    "about|on|around|regarding|into|re|tackling|tackle|preventing|prevent|prevention|reducing|reduce|addressing|" +
    "address|recognising|recognizing|recognise|recognize|identifying|identify|understanding|understand|" +
    "responding|respond|awareness|combating|combatting|ending|end|challenging|discussing|exploring|covering|" +
    "covers|cover|including|includes|themed|theme|topic|topics|focus|focusing|focussing|focused|focussed"
  ).split("|"),
);

/** Words that may stand between a lead and its term: "about the impact of domestic abuse". */
const LEAD_JOINERS = new Set(
  "the|a|an|of|and|to|child|children|children's|young|people|people's|adult|adults|impact|effects|effect|signs|risks|issues|issue|harms|forms|types|topic|topics|such|as|with|how|to|spot|what|is|are|related".split(
    "|",
  ),
);

/** Nouns and verbs of talking, teaching and work that a lead such as "on" or "about" must follow. */
const TALK_WORDS = new Set(
  (
    "talk|talks|talked|talking|slot|slots|stall|stand|speak|speaks|spoke|speaking|speaker|present|presents|presented|presenting|presentation|" +
    "session|sessions|training|course|courses|webinar|webinars|workshop|workshops|seminar|seminars|briefing|" +
    "briefings|guidance|policy|policies|information|advice|research|expert|expertise|learning|learn|lecture|" +
    "conference|event|events|module|modules|article|articles|paper|papers|report|reports|leaflet|leaflets|" +
    "resources|resource|toolkit|survey|consultation|strategy|campaign|work|working|group|subgroup|forum|network|" +
    "newsletter|update|updates|bulletin|data|figures|statistics|audit|evidence|practice|discussion|week|month|day"
  ).split("|"),
);

/** Is the term at `start` led by a topic word ("a talk on", "tackling", "awareness of") over a few joining words? */
function hasTopicLead(body: string, start: number): boolean {
  // The last words before the term, nearest first: at most six are looked at (five and the one before a
  // lead), so they are read backwards rather than every word of the 80 characters before it.
  const words = wordsBefore(body, start, Math.max(0, start - 80), 6);
  for (let i = 0; i < words.length && i < 5; i++) {
    const w = words[i]!;
    if (TOPIC_LEADS.has(w)) {
      // "on" and "about" are leads only after a word of talking or teaching: "talk on", "training about".
      if (w === "on" || w === "about" || w === "around" || w === "into" || w === "regarding" || w === "re" || w === "including") {
        const prev = words[i + 1];
        return prev !== undefined && TALK_WORDS.has(prev);
      }
      return true;
    }
    if (!LEAD_JOINERS.has(w)) return false;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Up to `max` words (lower case) ending before `end` and starting at or after `from`, nearest first: a word
 * is a letter then letters, apostrophes and hyphens (as /[A-Za-z][A-Za-z'-]*\/g reads them forwards).
 */
function wordsBefore(body: string, end: number, from: number, max: number): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < max) {
    // Skip to the last word character before i.
    while (i > from) {
      const c = body.charCodeAt(i - 1);
      if (isLetter(c) || c === 39 || c === 45) break;
      i--;
    }
    if (i <= from) break;
    let j = i;
    while (j > from) {
      const c = body.charCodeAt(j - 1);
      if (isLetter(c) || c === 39 || c === 45) j--;
      else break;
    }
    // A word starts with a letter: leading apostrophes and hyphens are not part of it.
    let s = j;
    while (s < i && !isLetter(body.charCodeAt(s))) s++;
    if (s < i) out.push(body.slice(s, i).toLowerCase());
    i = j;
  }
  return out;
}
