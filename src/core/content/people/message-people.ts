import type { IdentifierResult, RecipientResult, SpecialCategoryResult } from "../../check/result";
import type { CaseVocabularyHit } from "../case-vocabulary";
import { findCaseVocabulary } from "../case-vocabulary";
import { findIdentifiers, NO_REGIONS, type SearchRegions } from "../identifiers";
import { findSpecialCategory } from "../special-category";
import { findGreeting } from "../../recipients/greeting";
import { isPublicMailbox } from "../../recipients/public-mailbox";
import { firstStartingAtOrAfter } from "../../text/span-search";
import { caseRecordWords } from "./attachment-words";
import { HOME_ADDRESS } from "./mention-cues";
import { attachmentText, type AttachmentInput } from "./attachments";
import { caseContentOf, scanCaseContent, SURE_WINDOWS_LISTED, type AboutHit, type CaseContentFinding, type CaseWindow, type FoundPersonMention } from "./case-content";
import type { PersonContext } from "./person-mentions";
import { NOT_NAMES } from "./person-words";

/** Vocabulary groups that, beside "she" or "the child", are enough: harm done, a disclosure, a process about someone. */
const STRONG_VOCABULARY = /^(?:describes harm or abuse|describes a disclosure or allegation|describes self-harm or suicide risk|describes domestic abuse|names a safeguarding process|safeguarding term)/;

/** A subject that is a bare case number and a word: "Re: 2291847 - rescheduled". */
const BARE_CASE_NUMBER = /(?:^|[:–-]\s*)\d{6,10}\s*(?:[–:-]|$)/;
/** A case, crime or court reference: "LCS ref 4478213", "MASH ref 25/118832", "crime ref 42/1234/25", "ZC24C00412". */
const CASE_REFERENCE = /\b(?:(?:case|crime|court|mash|lcs|mosaic|eclipse|client|child|yjs|yot|police|log)\s+)?(?:ref(?:erence)?|no\.?|number)\.?\s*:?\s*[A-Z]{0,3}\d[\d/-]{4,}\b|\b[A-Z]{2}\d{2}[A-Z]\d{5}\b/i;

/** Glossary terms that are roles, not processes: see `aboutHits`. */
const ROLE_TERM = /^safeguarding term: (?:LADO|DSL|DDSL|IRO|SENCO|IDVA|ISVA|SW|DP|HV|GP|PCSO|MP|CP lead)$/;

/** What the subject line carries, in the subject's own offsets. */
export interface SubjectFindings {
  identifiers: IdentifierResult[];
  specialCategory: SpecialCategoryResult[];
  caseVocabulary: CaseVocabularyHit[];
}

export interface MessagePeople {
  personMentions: FoundPersonMention[];
  caseContent: CaseContentFinding[];
  subject: SubjectFindings;
  /** The body's scan stopped after SURE_WINDOWS_LISTED statements about people: the lists are its first part's. */
  listsStopped: boolean;
  /**
   * The message says its people are invented ("a fictional case study", "the names and details are
   * invented"): a training scenario is about nobody, so it carries no case content (identifiers, special
   * category words and addresses are still checked as ever).
   */
  fictional: boolean;
}

export interface MessagePeopleInput {
  body: string;
  regions: SearchRegions;
  subject: string;
  attachments: readonly AttachmentInput[];
  from: string | undefined;
  recipients: readonly RecipientResult[];
  specialCategory: readonly SpecialCategoryResult[];
  caseVocabulary: readonly CaseVocabularyHit[];
}

/**
 * The people a message is about and what it says of them, across the body (quoted replies included,
 * the sender's signature not), the subject line and the attachments' names.
 */
export function messagePeople(input: MessagePeopleInput): MessagePeople {
  // A member of the public greeted at their own address ("Hi Jordan," to outlook.com) is identified by it:
  // what the message says to "you" is about them.
  // Only one reader: a group of parent helpers greeted by name is told about a trip, not their own life.
  const greeting = findGreeting(input.body);
  const greeted = input.recipients.length === 1 && isPublicReader(input.recipients[0]!) ? greeting?.names[0] : undefined;
  const addressed = greeted !== undefined;
  const context: PersonContext = { professionalNames: professionalNames(input, greeting?.names ?? []), addressee: addressed, subjectParts: loneSubjectWords(input.subject) };
  const titleContext: PersonContext = { professionalNames: context.professionalNames, titleCase: true };
  // A file is named by the subject's own words: "Ellie-Mae" over "Ellie-Mae growth chart.pdf". Not a label
  // before a colon ("Consultation: draft strategy" over "Consultation response template.docx").
  const fileContext: PersonContext = { professionalNames: context.professionalNames, titleCase: true, subjectParts: loneSubjectWords(input.subject, false) };

  const body = scanCaseContent({
    text: input.body,
    part: "body",
    regions: input.regions,
    context,
    about: aboutHits(input.specialCategory, input.caseVocabulary),
    maxSureWindows: SURE_WINDOWS_LISTED,
  });

  const subjectFindings: SubjectFindings = { identifiers: [], specialCategory: [], caseVocabulary: [] };
  const scans = [body];
  if (input.subject.trim()) {
    const s = input.subject;
    subjectFindings.identifiers = findIdentifiers(s, NO_REGIONS);
    subjectFindings.specialCategory = findSpecialCategory(s, NO_REGIONS);
    subjectFindings.caseVocabulary = findCaseVocabulary(s, NO_REGIONS);
    scans.push(scanCaseContent({ text: s, part: "subject", regions: NO_REGIONS, context: titleContext, about: aboutHits(subjectFindings.specialCategory, subjectFindings.caseVocabulary) }));
  }
  input.attachments.forEach((a, index) => {
    if (a.isInline) return;
    const text = attachmentText(a.name);
    if (!text) return;
    const about = aboutHits(findSpecialCategory(text, NO_REGIONS), findCaseVocabulary(text, NO_REGIONS));
    scans.push(scanCaseContent({ text, part: "attachment", attachment: index, regions: NO_REGIONS, context: fileContext, about }));
  });

  // Loops rather than flatMap (ES2019): classic Outlook's event runtime is ES2016.
  const personMentions: FoundPersonMention[] = [];
  const windows: CaseWindow[] = [];
  for (const scan of scans) {
    // One at a time: spreading a hostile body's hundred thousand mentions into push() overflows the stack.
    for (const m of scan.mentions) personMentions.push(m);
    for (const w of scan.windows) windows.push(w);
  }
  // "Re: Lily-Mae" over "Yes she's still open to us": a subject that is nothing but a first name names the
  // person the message is about (not a colleague's name, not an everyday word).
  const only = subjectName(input.subject);
  if (only && !context.professionalNames.has(only.text.toLowerCase()) && !personMentions.some((m) => m.in === "subject" && m.weight === 2)) {
    personMentions.push({ start: only.start, end: only.start + only.text.length, text: only.text, kind: "name", weight: 2, in: "subject", quoted: false });
  }
  // A title and surname, a relation, initials or an age are surer than a capitalised word: once the message
  // has one, "the children" are that family's too ("Dear Mr Osei, … the children will remain in care").
  // So is a home address as the subject line ("Flat 4, 22 Larch Road SW19"): the message is about a household.
  // And a case or reference number in the subject ("Query - LCS ref 4478213", "ZC24C00412 - position
  // statement"): "the young person" in the body is that case's.
  const surelyAnchored = personMentions.some((m) => m.weight === 2 && m.kind !== "name") || HOME_ADDRESS.test(input.subject) || CASE_REFERENCE.test(input.subject) || BARE_CASE_NUMBER.test(input.subject);
  // A name known only by "will" or "can" after it anchors "she" and "he" only where something about a life
  // is said beside it: "Jackie will come in my place" names a colleague, and the "she" of "our named
  // doctor… she could do a slot" is not her.
  const anchored = addressed || personMentions.some((m) => m.weight === 2 && m.loose !== true) || windows.some((w) => w.mentions.some((m) => m.weight === 2));
  const named = personMentions.filter((m) => m.weight === 2 && m.kind !== "age");
  const first = (named.find((m) => m.in === "body" && !m.quoted) ?? named[0])?.text.replace(/'s$/, "") ?? greeted?.text;
  // "she" is most likely the person named last before it in the same part ("Please don't say anything to
  // Amelia yet. Her social worker…" is Amelia's, not Mum's); with nobody before it, the first named.
  // A relation with an owner ("her mum") is not whom a later "she" is. Per part, in text order, so that each
  // window finds its person by a binary search (a hostile body has thousands of both).
  const byPart = new Map<string, FoundPersonMention[]>();
  for (const m of named) {
    if (m.kind === "relation" && /\s/.test(m.text)) continue;
    const key = `${m.in}:${m.attachment ?? ""}`;
    const list = byPart.get(key) ?? [];
    list.push(m);
    byPart.set(key, list);
  }
  const anchor = (w: CaseWindow): string | undefined => {
    const list = byPart.get(`${w.part}:${w.attachment ?? ""}`);
    const at = list ? firstStartingAtOrAfter(list, w.start) : 0;
    return (at > 0 ? list![at - 1]!.text.replace(/'s$/, "") : undefined) ?? first;
  };
  const caseContent = caseContentOf(windows, anchored, surelyAnchored, anchor);
  // A file named for a person ("Oliver T - EP consultation.docx", "Mia Lawson.pdf") is about them,
  // whatever else its name says.
  for (const m of personMentions) {
    if (m.in !== "attachment" || m.weight !== 2 || m.attachment === undefined) continue;
    if (caseContent.some((f) => f.in === "attachment" && f.attachment === m.attachment)) continue;
    const name = input.attachments[m.attachment]?.name ?? "";
    caseContent.push({ start: 0, end: attachmentText(name).length, in: "attachment", attachment: m.attachment, person: m.text, said: name, about: "a file named for them", quoted: false });
  }
  // A file named as a case record ("referral.pdf", "CP minutes 12.03.docx") is one, whoever it is about.
  input.attachments.forEach((a, index) => {
    if (a.isInline || caseContent.some((f) => f.in === "attachment" && f.attachment === index)) return;
    const text = attachmentText(a.name);
    const words = caseRecordWords(text);
    if (words.length) caseContent.push({ start: 0, end: text.length, in: "attachment", attachment: index, person: "", said: words[0]!, about: "a case record", quoted: false });
  });
  const fictional = declaresFictionalPeople(input);
  return { personMentions, caseContent: fictional ? [] : caseContent, subject: subjectFindings, listsStopped: body.stopped, fictional };
}

/**
 * "It is a fictional scenario written for training", "FICTIONAL CASE STUDY", "Case study - FICTIONAL.docx",
 * "fictional composites", "'Jaden' is an invented child … a made-up fostering household" in a case study:
 * a declaration that the people are not real. "Invented" and "made up" alone are also what people say of
 * a real account ("she says he made it up"), so they count only beside "case study", "scenario" or
 * "training" in the same sentence.
 */
const FICTION_WORD = /\b(?:fictional|fictitious|hypothetical|composite|composites)\b/i;
const INVENTED_WORD = /\b(?:invented|made-up|made up|imaginary)\b/i;
const DETAILS_CHANGED = /\((?:some |all )?(?:names and )?(?:identifying )?details (?:have been |were )?(?:changed|altered|removed)\)|\bdetails (?:have been|were) (?:changed|altered) to protect\b/i;
const CASE_STUDY_WORD = /\b(?:case stud(?:y|ies)|scenarios?|vignettes?|training)\b/i;

function declaresFictionalPeople(input: MessagePeopleInput): boolean {
  const texts = [input.subject, ...input.attachments.map((a) => a.name)];
  // Only the first few thousand characters: a declaration comes before the case study it describes.
  const body = input.body.slice(0, 6000);
  // Nearly every message has none of the words: one look at each text, no splitting (this runs on Send).
  const any = (t: string): boolean => FICTION_WORD.test(t) || INVENTED_WORD.test(t);
  // "(details changed)" after a vignette in a newsletter: the writer says no one can be told from it.
  if (DETAILS_CHANGED.test(body)) return true;
  if (!any(body) && !texts.some(any)) return false;
  for (const sentence of [...texts, ...body.split(/[.!?]\s+|\n+/)]) {
    if (!CASE_STUDY_WORD.test(sentence) && !/\b(?:names|family|household|child|people)\b/i.test(sentence)) continue;
    if (FICTION_WORD.test(sentence)) return true;
    if (INVENTED_WORD.test(sentence) && CASE_STUDY_WORD.test(sentence)) return true;
  }
  return false;
}

/** A member of the public reading at their own webmail address (see recipients/public-mailbox.ts for why only common providers). */
function isPublicReader(r: RecipientResult): boolean {
  return r.class === "personal" && isPublicMailbox(r.address);
}

function aboutHits(special: readonly SpecialCategoryResult[], vocabulary: readonly CaseVocabularyHit[]): AboutHit[] {
  const out: AboutHit[] = [];
  for (const s of special) out.push({ start: s.start, end: s.end, text: s.text, about: `special category information (${s.category})`, strong: false });
  // A safeguarding term that names a role ("he was a LADO", "she's our DSL") is not something done to anyone.
  for (const v of vocabulary) out.push({ start: v.start, end: v.end, text: v.text, about: v.why, strong: STRONG_VOCABULARY.test(v.why) && !ROLE_TERM.test(v.why) });
  return out;
}

/** The subject's one word when it is all there is after "Re:" / "Fw:": "Re: Lily-Mae", "Jordan". */
function subjectName(subject: string): { text: string; start: number } | undefined {
  const m = /^((?:\s*(?:[Rr][Ee]|[Ff][Ww][Dd]?)\s*:)*\s*)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*$/.exec(subject);
  if (!m) return undefined;
  const word = m[2] as string;
  if (word.toLowerCase().split("-").some((part) => NOT_NAMES.has(part))) return undefined;
  return { text: word, start: (m[1] as string).length };
}

/** Capitalised words that are a part of the subject on their own: "Jordan" in "Re: Jordan - Tuesdays". */
function loneSubjectWords(subject: string, labels = true): Set<string> {
  const out = new Set<string>();
  for (const part of subject.split(labels ? /\s[-–|]\s|:\s*/ : /\s[-–|]\s/)) {
    const m = /^\s*([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*$/.exec(part);
    if (m) out.add((m[1] as string).toLowerCase());
  }
  return out;
}

/**
 * Names of the people sharing rather than shared about: the sender (from the address: jo.smith@ gives
 * "jo" and "smith"), the recipients (display names and addresses) and the greeting ("Hi Sarah").
 */

export function professionalNames(input: MessagePeopleInput, greetingNames: readonly { words: readonly string[] }[]): Set<string> {
  const out = new Set<string>();
  const addWords = (s: string | undefined): void => {
    if (!s) return;
    for (const w of s.toLowerCase().split(/[^a-z\u00e0-\u024f']+/)) if (w.length >= 2) out.add(w);
  };
  const local = (address: string | undefined): string | undefined => {
    if (!address) return undefined;
    const m = /([^<\s@]+)@/.exec(address);
    return m?.[1];
  };
  addWords(local(input.from));
  const fromName = /^\s*"?([^"<@]+?)"?\s*</.exec(input.from ?? "");
  addWords(fromName?.[1]);
  // A personal address is a member of the public's: a parent, a carer, a young person. Their name, and the
  // greeting's, may be the person the message is about ("Dear Mr Osei, … contact will be supervised").
  const personal = input.recipients.some(isPublicReader);
  for (const r of input.recipients) {
    if (isPublicReader(r)) continue;
    addWords(r.displayName);
    addWords(local(r.address));
  }
  if (!personal) for (const n of greetingNames) for (const w of n.words) out.add(w);
  return out;
}
