import type { CaseContentResult, Span } from "../../check/result";
import { regionOf, type SearchRegions } from "../identifiers/regions";
import { compilePhrases, matchPhrases, wordsOf, type PhraseMatch, type PhraseMatcher } from "../special-category/phrase-matcher";
import { isTopicMention } from "../topic-mention";
import { LIFE_INFORMATION, NOT_LIFE_INFORMATION } from "./life-information";
import { findPersonMentions, prepareText, type PersonContext, type PersonMention } from "./person-mentions";
import { firstStartingAtOrAfter } from "../../text/span-search";
import { windowCursor } from "./windows";

/** Where in the message something was found. */
export type MessagePart = "body" | "subject" | "attachment";

/** A person mention, with where it is. */
export interface FoundPersonMention extends PersonMention {
  in: MessagePart;
  /** For an attachment: its index in the message's attachments. */
  attachment?: number;
  quoted: boolean;
}

/** One statement about an identifiable person (the result contract's shape, check/result.ts). */
export type CaseContentFinding = CaseContentResult;

/** Hits of the other finders, in the same text's offsets, that count as information about a person. */
export interface AboutHit extends Span {
  text: string;
  about: string;
  /** Safeguarding vocabulary of harm or a safeguarding process: enough beside a weaker reference ("she", "the child"). */
  strong: boolean;
  /** A life information phrase, not yet checked for being a topic mention. */
  life?: true;
}

let matcher: PhraseMatcher<string> | undefined;

/**
 * Life information phrases in `text` (see life-information.ts). Topic mentions are not left out here:
 * that look is made only for the hits in a window that names someone (`scanCaseContent`), since most
 * windows name nobody and the look is the costly part.
 */
export function findLifeInformation(text: string, span: Span = { start: 0, end: text.length }): AboutHit[] {
  matcher ??= compilePhrases<string>([...LIFE_INFORMATION, ...NOT_LIFE_INFORMATION.map((p) => [p, ""] as const)]);
  const words = wordsOf(text);
  const out: AboutHit[] = [];
  for (const m of matchPhrases(text, words, matcher, firstStartingAtOrAfter(words, span.start), firstStartingAtOrAfter(words, span.end)) as PhraseMatch<string>[]) {
    if (m.value !== "") out.push({ start: m.start, end: m.end, text: m.text, about: m.value, strong: false, life: true });
  }
  return out;
}

export interface CaseContentInput {
  text: string;
  part: MessagePart;
  attachment?: number;
  regions: SearchRegions;
  context: PersonContext;
  /** Case vocabulary and special category hits in `text` (their finders' output). */
  about: readonly AboutHit[];
  /**
   * Stop after this many windows that are case content whatever the rest says, or ten times as many
   * windows of any kind once someone has been named for sure (see {@link SURE_WINDOWS_LISTED}).
   */
  maxSureWindows?: number;
}

/**
 * How many windows that are surely case content (a name, a relation, initials or an age beside
 * information about a life) the body's scan lists before it stops. By then the message is held whatever
 * follows (the verdict needs one), and the pane and the CLI have the people it is about; a 10,000-word
 * chronology that names the family in every sentence would otherwise cost a third of the whole check
 * listing the same people a thousand times (bench/check.bench.ts). The result says when it stopped.
 */
export const SURE_WINDOWS_LISTED = 40;

/** One window with a person in it and what is said there, before the message as a whole is known. */
export interface CaseWindow extends Span {
  part: MessagePart;
  attachment?: number;
  quoted: boolean;
  mentions: PersonMention[];
  about: AboutHit[];
}

/** The person mentions of one part of a message, and the windows where a person and life information meet. */
export interface CaseContentScan {
  mentions: FoundPersonMention[];
  windows: CaseWindow[];
  /** The scan stopped at `maxSureWindows`: later windows were not looked at. */
  stopped: boolean;
}

/**
 * Looks through one part of a message (the body, the subject, a file name) for people and what is said
 * of them, one window at a time. Text in excluded regions (the sender's signature) is skipped.
 */
export function scanCaseContent(input: CaseContentInput): CaseContentScan {
  const { text, part, regions, context } = input;
  // The other finders' hits, sorted; life information is looked for only in windows that name someone.
  const about = [...input.about].sort((a, b) => a.start - b.start);
  const mentions: FoundPersonMention[] = [];
  const windows: CaseWindow[] = [];
  let k = 0;
  let sure = 0;
  const max = input.maxSureWindows ?? Infinity;
  const prepared = prepareText(text);
  // Someone named for sure: from then on "she" beside any life information is case content too, so a
  // body of thousands of such sentences is decided long before its end.
  let named = false;
  const nextWindow = windowCursor(text);
  for (let w = nextWindow(); w !== undefined; w = nextWindow()) {
    if (sure >= max || (named && windows.length >= max * 10)) return { mentions, windows, stopped: true };
    const where = regionOf(regions, w.start, w.end);
    while (k < about.length && about[k]!.end <= w.start) k++;
    if (where === null) continue;
    const found = findPersonMentions(text, w, context, prepared);
    for (const m of found) {
      const mention: FoundPersonMention = { start: m.start, end: m.end, text: m.text, kind: m.kind, weight: m.weight, in: part, quoted: where.quoted };
      if (input.attachment !== undefined) mention.attachment = input.attachment;
      if (m.loose) mention.loose = true;
      if (m.tells) mention.tells = m.tells;
      if (m.weight === 2 && !m.loose) named = true;
      mentions.push(mention);
    }
    if (!found.length) continue;
    const inWindow: AboutHit[] = [];
    const consider = (hit: AboutHit): void => {
      if (hit.start < w.start || hit.end > w.end || found.some((m) => m.start <= hit.start && m.end >= hit.end)) return;
      // In running text a capitalised word after another word is a name: "Sheena Mould", "the Hidden Harm
      // worker" are a person and a post, not damp and abuse.
      if (part === "body" && isProperNoun(text, hit)) return;
      if (hit.life && isTopicMention(text, hit.start, hit.end)) return;
      inWindow.push(hit);
    };
    for (let j = k; j < about.length && about[j]!.start < w.end; j++) consider(about[j]!);
    for (const hit of findLifeInformation(text, w)) consider(hit);
    inWindow.sort((a, b) => a.start - b.start);
    // "her mum", "Leah Carter (7)": the mention tells something of a life itself (who the family are, a
    // child's age), whatever else the sentence says.
    for (const m of found) if (m.tells && m.weight === 2) inWindow.push({ start: m.start, end: m.end, text: m.text, about: m.tells, strong: false });
    if (!inWindow.length) continue;
    if (found.some((m) => m.weight === 2)) sure++;
    windows.push(withAttachment({ start: w.start, end: w.end, part, quoted: where.quoted, mentions: found, about: inWindow }, input.attachment));
  }
  return { mentions, windows, stopped: false };
}

/**
 * Case content: the windows where an identifiable person and information about their life meet. A
 * name, a relation or an age with any life information, safeguarding term or special category cue
 * counts; a weaker reference ("she", "the child") counts with a safeguarding term of harm or process,
 * or with anything once the message has named someone (`anchored`). Topic mentions ("the domestic abuse
 * training") were already left out by the finders. `anchor`, the person a window's "she" most likely is, is
 * shown for a finding whose own mention is only "she" or "the child".
 */
export function caseContentOf(
  windows: readonly CaseWindow[],
  anchored: boolean,
  surelyAnchored = false,
  anchor?: (w: CaseWindow) => string | undefined,
): CaseContentFinding[] {
  const out: CaseContentFinding[] = [];
  for (const w of windows) {
    let weight = 0;
    let weak = 0;
    let person: PersonMention | undefined;
    let personWeight = 0;
    for (const m of w.mentions) {
      // Once the message has named someone, "he" and "she" are most likely that person; "the child" is
      // still how guidance speaks of any child, so it stays weak.
      const mw = m.weight === 2 || (anchored && m.kind === "pronoun") || (surelyAnchored && m.kind === "reference") ? 2 : 1;
      // Weak references do not add up: "the young person, their family and sometimes the victim" in a
      // volunteer advert is nobody in particular, however many of them there are.
      if (mw === 2) weight += 2;
      else weak = 1;
      // The person shown is the one the sentence names best: a name or relation before a pronoun.
      const rank = mw + m.weight;
      if (rank > personWeight) {
        person = m;
        personWeight = rank;
      }
    }
    // A pronoun beside a term of harm or a disclosure ("she disclosed that he hit her") is enough; "the
    // child" beside one is not, on its own: it is also how guidance and training speak of children.
    const pronounOnly = w.mentions.every((m) => m.kind === "pronoun");
    // An allegation or a disclosure is always about someone: "an allegation that a teacher has been
    // grooming a pupil" is about that teacher and that pupil.
    // Singular: "victims" and "perpetrators" in an agenda are everyone's.
    // "victim" and "perpetrator" name roles ("the child's right to be seen as a victim"), not an event.
    const allegation = w.about.find((h) => h.about === "describes a disclosure or allegation" && /^(?:alleg|disclos|made a disclosure|has disclosed|s?he disclosed|they disclosed|witnessed)/i.test(h.text) && !/s$/i.test(h.text));
    // "you" said to the member of the public greeted: what is said of their life or health ("your leaving
    // care letter", "referred you to the perinatal mental health team"), not the work vocabulary of a
    // bulletin sent to them ("our LADO will explain… the support available to you").
    const addresseeOnly = w.mentions.every((m) => m.kind === "pronoun" && /^you/i.test(m.text));
    weight += weak;
    const hit = addresseeOnly ? w.about.find((h) => h.life || h.about.startsWith("special category")) : weight >= 2 ? w.about[0] : pronounOnly ? w.about.find((h) => h.strong) : allegation;
    if (!hit || !person) continue;
    out.push(
      withAttachment(
        // "she" in the reason tells the practitioner nothing: name whom the message named instead.
        { start: w.start, end: w.end, in: w.part, person: (person.weight === 1 ? anchor?.(w) : undefined) ?? person.text.replace(/['’]s$/, ""), said: hit.text, about: hit.about, quoted: w.quoted },
        w.attachment,
      ),
    );
  }
  return out;
}

/** A one-word hit written with a capital, beside another capitalised word: part of a name ("Sheena Mould"). */
function isProperNoun(text: string, hit: Span): boolean {
  const first = text.charCodeAt(hit.start);
  if (!(first >= 65 && first <= 90) || /[\s-]/.test(text.slice(hit.start, hit.end))) return false;
  const second = text.charCodeAt(hit.start + 1);
  if (!(second >= 97 && second <= 122)) return false;
  // A capitalised word beside it: "Sheena Mould", "the Hidden Harm worker", "the Exploitation Screening
  // Tool", "the Missing and Exploitation Hub"; "on Snapchat" is still about the child.
  const before = /([A-Za-z'’]+) +$/.exec(text.slice(Math.max(0, hit.start - 30), hit.start));
  const after = /^ +(?:(?:and|&|of|for) +)?([A-Za-z]+)/.exec(text.slice(hit.end, hit.end + 30));
  return (before !== null && /^[A-Z][a-z]/.test(before[1] ?? "")) || (after !== null && /^[A-Z][a-z]/.test(after[1] ?? ""));
}

function withAttachment<T extends object>(value: T, attachment: number | undefined): T & { attachment?: number } {
  return attachment === undefined ? value : Object.assign(value, { attachment });
}
