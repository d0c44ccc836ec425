import { hasWordChar, isUpperAt } from "./chars";
import { type Line, lineText } from "./lines";
import { listMarkerEnd } from "./list-markers";
import { leadingWords } from "./salutations";

/**
 * What one line at the foot of a message looks like, for telling a signature block from the
 * practitioner's own closing sentences.
 */
export type SignatureLineKind =
  /** "Sarah Jones", "J. Smith BA MSc": capitalised words only. */
  | "name"
  /** A phone number, e-mail or web address, postcode or "Tel:" / "Mob:" line. */
  | "contact"
  /** A short line that is not a sentence: a job title, team, organisation, address, working days. */
  | "label"
  /** A sentence: first person, a question, a full stop after several words, or mostly lower-case words. */
  | "prose"
  /** A bulleted or numbered line: the practitioner's content, never a signature. */
  | "list"
  /** A line about a child or family member (date of birth, NHS number): never a signature. */
  | "data"
  /** Nothing but punctuation ("--", "_____"). */
  | "rule";

const EMAIL = /[^\s@<>()[\]]@[^\s@<>()[\]]+\.[a-z]/iu;
const URL = /\b(?:https?:\/\/|www\.)/iu;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/u;
const CONTACT_LABEL =
  /^(?:t|m|e|w|f|tel|telephone|phone|ph|mob|mobile|cell|email|e-mail|fax|ext|extension|web|website|dd|direct dial|direct line|direct|office|switchboard|landline|work mobile|teams)\b\s*[:.]/iu;
const CHILD_DATA = /\b(?:dob|d\.o\.b|date of birth|nhs (?:no|number)|ni (?:no|number)|born on|aged \d|child'?s? name)\b/iu;
const FIRST_PERSON = new Set(["i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "me", "we", "we're", "we've", "my"]);
const POST_NOMINAL = /^[A-Z][A-Za-z]{0,5}$/u;

/** True when the text holds a phone number: a run of digits, spaces and ()+-. with nine or more digits. */
function hasPhone(t: string): boolean {
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    if (c >= "0" && c <= "9") {
      digits++;
      if (digits >= 9) return true;
    } else if (!" ()+-.\u00a0".includes(c)) {
      digits = 0;
    }
  }
  return false;
}

/** True when the line carries a way to reach the sender. */
export function isContactText(t: string): boolean {
  return EMAIL.test(t) || URL.test(t) || hasPhone(t) || CONTACT_LABEL.test(t) || POSTCODE.test(t);
}

/** Words of a job title; a name line followed by one of these reads as a signature even without a phone. */
const ROLE_WORDS = new Set([
  "worker", "officer", "lead", "manager", "nurse", "visitor", "practitioner", "coordinator", "co-ordinator",
  "constable", "sergeant", "detective", "inspector", "teacher", "headteacher", "head", "senco", "dsl",
  "deputy", "senior", "assistant", "consultant", "advisor", "adviser", "therapist", "psychologist", "doctor",
  "gp", "paediatrician", "midwife", "administrator", "director", "designated", "safeguarding", "principal",
  "supervisor", "mentor", "caseworker", "clinician", "specialist", "navigator", "keyworker", "support",
]);

/** True when the text looks like a job title ("Social Worker", "Designated Safeguarding Lead"). */
export function hasRoleWord(t: string): boolean {
  return leadingWords(t, 0, t.length, 12).some((w) => ROLE_WORDS.has(w.lower));
}

/** Classifies the trimmed text of `line`. */
export function classifySignatureLine(body: string, line: Line): SignatureLineKind {
  const length = line.contentEnd - line.contentStart;
  const t = lineText(body, line, 300);
  if (!hasWordChar(t, 0, t.length)) return "rule";
  if (CHILD_DATA.test(t)) return "data";
  const contact = isContactText(t);
  if (length > 200) return contact && length <= 300 ? "contact" : "prose";
  const last = t.charAt(t.length - 1);
  if (listMarkerEnd(t, 0, t.length) >= 0) return contact ? "contact" : "list";
  if (contact && length <= 100 && !".?!".includes(last)) return "contact";
  if (isProse(t)) return "prose";
  if (contact) return "contact";
  if (last === ":") return "prose";
  return isNameText(t) ? "name" : "label";
}

function isProse(t: string): boolean {
  const last = t.charAt(t.length - 1);
  if (last === "?") return true;
  const words = leadingWords(t, 0, t.length, 40);
  if (words.length > 12) return true;
  if (words.some((w) => FIRST_PERSON.has(w.lower))) return true;
  if ((last === "." || last === "!") && words.length >= 5) return true;
  const lower = words.filter((w) => !w.capitalised).length;
  return lower >= 3 && lower * 2 >= words.length;
}

/** True for a person's name, possibly with initials, post-nominals and pronouns in brackets. */
export function isNameText(t: string): boolean {
  if (t.length > 60 || /\d/u.test(t)) return false;
  const words = leadingWords(t, 0, t.length, 10);
  if (words.length === 0 || words.length > 7) return false;
  let names = 0;
  for (const w of words) {
    const raw = t.slice(w.start, w.end);
    if (w.capitalised) names++;
    else if (!["de", "van", "von", "der", "la", "le", "bin", "al", "da", "she", "her", "he", "him", "they", "them", "hers", "his"].includes(w.lower)) return false;
    if (!w.capitalised && POST_NOMINAL.test(raw)) names++;
  }
  // "Sarah", "Sarah Jones", "J. R. Smith", "Dr Amir Khan MBChB".
  return names >= 1 && names <= 6 && isUpperAt(t, words[0]?.start ?? 0);
}
