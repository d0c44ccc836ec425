import type { Span } from "../../check/result";
import { firstStartingAtOrAfter } from "../../text/span-search";
import { mayHold, sieveOf } from "../../text/word-sieve";
import {
  ADDRESSEE_WORDS, AGE, BRACKET_AGE, BRACKET_ROLE, CLASS_CODE, FAMILY_SERVICES, FOR_RELATIONS, FULL_DATE_AFTER, HEADLINE_PRONOUN, IDENTIFIER_WORD, IS_AGE,
  LABELLED, NOT_A_NAME_SHAPE, ORG_ENDINGS, ORGANISATION_THINGS, PARTNER_THINGS, PLACE_PREPOSITIONS, SURNAME_WORDS, WHERE_SOMEONE_IS, IN_YEAR_GROUP, YEAR_CODE_AFTER, CASE_NUMBER, IN_YEAR_AFTER, PARTY_WORDS, GROUP_ENDINGS, HOME_ADDRESS,
} from "./mention-cues";
import {
  NOT_NAMES, OWN_POSSESSIVES, RELATION_ADJECTIVES, PERSON_TITLES, PERSON_VERBS, POSSESSIVE_ONLY, POSSESSIVES, PROFESSIONAL_TITLES, PRONOUNS,
  REFERENCES, RELATIONS, RELATIONS_AS_NAMES, ROLE_WORDS,
} from "./person-words";

/** How a person is pointed at. */
export type PersonMentionKind = "name" | "title-name" | "initials" | "relation" | "age" | "reference" | "pronoun";

/** One mention of a person the message is about (not the professionals writing or reading it). */
export interface PersonMention extends Span {
  text: string;
  kind: PersonMentionKind;
  /**
   * 2: identifies one person on its own ("Kayden", "Mr Kemp", "her dad", "aged 6", "R");
   * 1: points at someone the rest of the message identifies ("she", "the child").
   */
  weight: 1 | 2;
  /**
   * A name known only by a verb anyone does after it ("Jackie will come", "Sam can do Tuesday"): a
   * colleague as often as a child, so it does not make "she" elsewhere in the message that person.
   */
  loose?: true;
  /**
   * What the mention itself says of a particular person's life, beside whatever else the sentence does:
   * a relation of theirs ("her mum", "Kayden's father": who their family are), their age ("Leah
   * Carter (7)", "the boy (7)") or where they live ("Kyle Dunn's address", "back at Nan's").
   */
  tells?: "family relationships" | "age" | "where they live";
}

/** What the finder knows about the people who are not the subject: the writer and the readers. */
export interface PersonContext {
  /** Lower-case first names and surnames of the sender, the recipients and the greeting. */
  professionalNames: ReadonlySet<string>;
  /**
   * The text is a subject line or a file name, where Title Case is usual: a capitalised word is then a
   * name only when the name list, a title or initials say so.
   */
  titleCase?: boolean;
  /**
   * The message greets a member of the public at a personal address ("Hi Jordan," to outlook.com): "you"
   * and "your" are then that person, and what is said of them is about their life.
   */
  addressee?: boolean;
  /**
   * Lower-case words that stand alone as a part of the subject line ("Jordan - Saturday night"): such a
   * word starting a sentence of the body ("Jordan got back at 3am") is the person the message is about.
   */
  subjectParts?: ReadonlySet<string>;
}

interface Token extends Span {
  text: string;
  lower: string;
  /** The token starts with a capital letter and goes on in lower case ("Kayden", "McDonald"). */
  capitalised: boolean;
  /** `lower` without a possessive ("kayden's" → "kayden"), for look-ups. */
  base: string;
}

/**
 * A text's tokens and age phrases, found once for all its windows (a 10,000-word body has hundreds), and
 * only as far as the windows asked for have reached: a scan that stops early (case-content.ts) never
 * reads the rest. Passed in rather than memoised on the text: comparing a new body with the last one
 * costs a scan of both whenever they differ only near the end.
 */
export interface PreparedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly ages: readonly { start: number; end: number; text: string }[];
  /** Reads tokens and ages on to `offset` (at least). */
  readTo(offset: number): void;
}

/** A prepared text for {@link findPersonMentions}: tokens and age phrases, read on demand. */
export function prepareText(text: string): PreparedText {
  const tokens: Token[] = [];
  const ages: { start: number; end: number; text: string }[] = [];
  // One lower-casing of the whole text, sliced per token, when that keeps offsets (it does unless the
  // text holds letters such as "İ"). A hand loop rather than a regular expression: this runs over every
  // word of the body on every Send.
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  const age = new RegExp(AGE.source, AGE.flags);
  let agesTo = 0;
  const readTo = (offset: number): void => {
    while (i < n && i < offset) {
      if (!isTokenLetter(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          const start = i;
          while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
          const raw = text.slice(start, i);
          tokens.push({ start, end: i, text: raw, lower: raw, capitalised: false, base: raw });
        } else i++;
        continue;
      }
      const start = i;
      let curly = false;
      // Letters and apostrophes, then hyphenated parts: "Kayden's", "O'Neill", "step-dad", "Mary-Jane".
      for (;;) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (isTokenLetter(c) || c === 39) i++;
          else if (c === 0x2019) {
            curly = true;
            i++;
          } else break;
        }
        if (i + 1 < n && text.charCodeAt(i) === 45 && isTokenLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      let raw = text.slice(start, i);
      let lower = aligned ? lowered.slice(start, i) : raw.toLowerCase();
      if (curly) {
        raw = raw.replace(/\u2019/g, "'");
        lower = lower.replace(/\u2019/g, "'");
      }
      tokens.push({ start, end: i, text: raw, lower, capitalised: isCapitalised(raw), base: base(lower) });
    }
    // Age phrases that start before `offset` (one may end after it), looked for only that far: a body
    // with no age in it would otherwise be searched to its end for the first window's ages.
    if (agesTo >= offset) return;
    const from = agesTo;
    const upTo = Math.min(n, offset + AGE_REACH);
    const part = text.slice(from, upTo);
    age.lastIndex = 0;
    for (let m = age.exec(part); m !== null; m = age.exec(part)) {
      const start = from + m.index;
      if (start >= offset) break;
      // A match cut off by the end of `part` is found again, whole, by a later call.
      if (start + m[0].length >= upTo && upTo < n) break;
      ages.push({ start, end: start + m[0].length, text: m[0] });
      agesTo = start + m[0].length;
    }
    agesTo = Math.max(agesTo, Math.min(offset, upTo - AGE_REACH));
  };
  return { text, tokens, ages, readTo };
}

/** How far past a window an age phrase can reach ("13 months old", "who's only 14"): longer than any. */
const AGE_REACH = 40;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A-Z, a-z and the Latin-1 / Latin Extended letters U+00C0–U+024F, as the token pattern had them. */
function isTokenLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * "Kayden", "McDonald", "O'Neill", "R": a capital, then lower case, with at most two capitals in all
 * and not two at the start (after Mc / Mac / O' / D'). "ED", "CAWNs" and "MASH" are acronyms, not names.
 */
function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (raw.length === 1) return true;
  let capitals = 0;
  let lower = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (capitals > 2 || !lower) return false;
  if (capitals === 1) return true;
  // The second capital of a name comes after a prefix ("McDonald", "O'Neill", "DeShawn") or a hyphen
  // ("Mary-Jane"); "AssetPlus", "WhatsApp" and "SharePoint" are products.
  return /^(?:Mc|Mac|O'|D'|De|Da|Di|Du|La|Le|Van|Von)[A-Z][a-z]/.test(raw) || /^[A-Z][a-z'’]*-[A-Z]/.test(raw);
}

/** The age phrases inside `span`. */
function agesIn(prepared: PreparedText, span: Span): { start: number; end: number; text: string }[] {
  prepared.readTo(span.end);
  const ages = prepared.ages;
  const out: { start: number; end: number; text: string }[] = [];
  for (let k = firstStartingAtOrAfter(ages, span.start); k < ages.length && ages[k]!.start < span.end; k++) if (ages[k]!.end <= span.end) out.push(ages[k]!);
  return out;
}

/** The tokens inside `span` (a binary search into the text's tokens). */
function tokensOf(prepared: PreparedText, span: Span): Token[] {
  prepared.readTo(span.end);
  const tokens = prepared.tokens;
  const lo = firstStartingAtOrAfter(tokens, span.start);
  let end = lo;
  while (end < tokens.length && tokens[end]!.end <= span.end) end++;
  return tokens.slice(lo, end);
}

/** "Kayden's" → "kayden" (possessive dropped), for look-ups. */
function base(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") ? lower.slice(0, -1) : lower;
}

/**
 * People a window of text is about: names (a capitalised word standing where a person stands: before
 * "said" or "has", with a possessive, an age in brackets; there is no first-name list, because the
 * maintained ones cost 13 KB gzipped, more than the on-send handler's budget has, and miss many recent
 * names), a title and surname,
 * initials used as a name, relations ("Mum", "her dad", "the baby"), ages, and weaker references
 * ("she", "the child"). Professionals are left out: a name that is the sender's, a recipient's or the
 * greeting's, a name after a professional title ("Dr Patel", "PC Jones") or followed by a role
 * ("Sarah Jones, Team Manager", "Tom from the MASH").
 */
export function findPersonMentions(text: string, span: Span, context: PersonContext, prepared: PreparedText = prepareText(text)): PersonMention[] {
  const tokens = tokensOf(prepared, span);
  const out: PersonMention[] = [];
  // A heading in a body ("Child Criminal Exploitation: Spotting The Signs") is read like a subject line.
  // Whether the window is in Title Case, asked only when a capitalised word needs it (most windows never do).
  let titleCased: boolean | undefined;
  const isTitle = (): boolean => (titleCased ??= isTitleCased(tokens));
  const push = (from: Token, to: Token, kind: PersonMentionKind, weight: 1 | 2, tells?: PersonMention["tells"]): void => {
    const m: PersonMention = { start: from.start, end: to.end, text: text.slice(from.start, to.end), kind, weight };
    if (tells) m.tells = tells;
    out.push(m);
  };
  // "the woman in room 4 at Elm House", "the young person at our Ashwell Road placement in your Year 10":
  // someone told apart by where they are, as surely as by a name; "the boy (7)": by an age.
  const described = (from: Token, to: Token): void => {
    const after = text.slice(to.end, to.end + 80);
    if (BRACKET_AGE.test(after.slice(0, 32))) push(from, to, "reference", 2, "age");
    else push(from, to, "reference", WHERE_SOMEONE_IS.test(after.slice(0, 40)) || (!/(?:ren|s)$/.test(to.lower) && IN_YEAR_GROUP.test(after)) ? 2 : 1);
  };

  // The token index where the last name found ends, for "Connor and Reece".
  let lastName = -2;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Most words are none of the words looked for here: one look-up and on to the next.
    if (!t.capitalised && t.text.length !== 1 && !(mayHold(LOOKED_FOR_SIEVE, t.lower) && LOOKED_FOR.has(t.lower))) continue;
    const b = t.base;

    // A title and a surname: "Mr Kemp", "Ms. Evans". A professional's title skips the name after it.
    if (PERSON_TITLES.has(b) && t.capitalised && next?.capitalised && !NOT_NAMES.has(next.base)) {
      if (!isProfessional(tokens, i, i + 1, context, text)) push(t, next, "title-name", 2);
      i++;
      continue;
    }
    if (PROFESSIONAL_TITLES.has(b) && t.capitalised && next?.capitalised) {
      i = lastOfName(tokens, i + 1);
      continue;
    }

    // "the Child Arrangements Programme", "the Baby Friendly Initiative": a thing's name.
    if (t.capitalised && next?.capitalised && prev?.lower === "the" && !PERSON_VERBS.has(next.lower)) continue;
    // Relations: "her dad", "Mum", "mum said", "the baby", "Kayden's father".
    if (RELATIONS.has(b) || RELATIONS.has(t.lower)) {
      const before = prev ? prev.base : "";
      const ownedByName = prev !== undefined && prev.capitalised && prev.lower.endsWith("'s") && !OWN_POSSESSIVES.has(before) && !NOT_NAMES.has(before);
      if (prev && OWN_POSSESSIVES.has(prev.lower)) continue;
      // "their partner agencies", "his carer's assessment team": the relation word names an organisation's thing.
      if (next && !next.capitalised && PARTNER_THINGS.has(next.lower)) continue;
      // "their children" after "parents in treatment and": a group's children; "their mum" is one family's.
      const owned =
        prev !== undefined &&
        (before === "her" || before === "his" || (before === "their" && !POSSESSIVE_ONLY.has(b) && !/(?:ren|s)$/.test(b)) || (before === "your" && context.addressee === true && !POSSESSIVE_ONLY.has(b) && !/(?:ren|s)$/.test(b)));
      if (POSSESSIVE_ONLY.has(b)) {
        // "her three children": the owner one word further back.
        const owner2 = tokens[i - 2];
        // "parents … their child's asthma": "their" with a child or a partner is anyone's, as in guidance.
        if (before === "their" && !ownedByName) push(prev!, t, "reference", 1);
        else if (owned || ownedByName) push(prev!, t, "relation", 2, "family relationships");
        else if (prev && RELATION_ADJECTIVES.has(prev.lower) && owner2 && (owner2.base === "her" || owner2.base === "his")) push(owner2, t, "relation", 2, "family relationships");
        else if (prev && before === "the" && (b === "child" || b === "children")) push(prev, t, "reference", 1);
        continue;
      }
      // "the baby clinic", "the baby massage group": a thing for babies.
      if (next && !next.capitalised && FOR_RELATIONS.has(next.lower)) continue;
      if (prev && (POSSESSIVES.has(before) || ownedByName)) {
        push(prev, t, "relation", 2, owned || ownedByName ? "family relationships" : undefined);
        continue;
      }
      // "her older brother", "the new baby": the possessive one word further back. Without one ("older
      // siblings", "new babies") it is people in general.
      const owner = tokens[i - 2];
      if (prev && RELATION_ADJECTIVES.has(prev.lower) && owner && (POSSESSIVES.has(owner.base) || (owner.capitalised && owner.lower.endsWith("'s")))) {
        push(owner, t, "relation", 2, owner.base === "the" || owner.base === "your" ? undefined : "family relationships");
        continue;
      }
      if (RELATIONS_AS_NAMES.has(b) && !(next && /^(?:and|&)$/.test(next.lower) && tokens[i + 2] && /s$/.test(tokens[i + 2]!.lower))) {
        // "Back at Nan's from tonight", "staying at Dad's": a relation's home is where the child is.
        const home = t.lower.endsWith("'s") && prev !== undefined && /^(?:at|to|from)$/.test(prev.lower) && !(next !== undefined && !next.capitalised && !/^(?:from|for|on|until|till|tonight|tomorrow|this|last|next|since|again|and|or|now)$/.test(next.lower));
        // "Mum rang", "Nan picked them up": a family member doing something is the family's news.
        const acting = next !== undefined && (PERSON_VERBS.has(next.lower) || next.lower === "has" || next.lower === "is");
        push(t, t, "relation", 2, home ? "where they live" : acting ? "family relationships" : undefined);
        continue;
      }
      // "baby Leo"; a capitalised "Baby" only before a name doing something ("Baby Leo was weighed"), as a
      // timetable's "Baby Massage with Gill" is a class.
      const afterBaby = tokens[i + 2];
      if (
        b === "baby" &&
        next?.capitalised &&
        !NOT_NAMES.has(next.base) &&
        (!t.capitalised ||
          next.text.length === 1 ||
          next.lower.endsWith("'s") ||
          (afterBaby !== undefined && (PERSON_VERBS.has(afterBaby.lower) || (afterBaby.capitalised && !NOT_NAMES.has(afterBaby.base)))))
      ) {
        push(t, next, "relation", 2);
        i++;
      }
      continue;
    }

    // "The child", "the young person", "YP".
    // "this young person's attendance" (under a case reference) points as "the" does.
    if (prev && (prev.base === "the" || prev.base === "this") && REFERENCES.has(b)) {
      described(prev, t);
      continue;
    }
    // "the respondent father", "the applicant mother".
    if (prev && PARTY_WORDS.has(prev.lower) && tokens[i - 2]?.base === "the" && /^(?:mother|father|mum|dad|parent|parents|grandmother|grandfather)$/.test(b)) {
      push(tokens[i - 2]!, t, "reference", 1);
      continue;
    }
    if (prev && (prev.base === "the" || prev.base === "this") && next && REFERENCES.has(`${b} ${next.base}`)) {
      described(prev, next);
      i++;
      continue;
    }
    // "a teacher at the school", "a pupil": someone particular, in an allegation or a disclosure.
    if (prev && (prev.lower === "a" || prev.lower === "an") && /^(?:teacher|pupil|student|child|girl|boy|parent|carer|woman|man|staff)$/.test(b)) {
      push(prev, t, "reference", 1);
      continue;
    }
    if (t.text === "YP" || t.text === "YP's") {
      push(t, t, "reference", 2);
      continue;
    }
    if (context.addressee && ADDRESSEE_WORDS.has(t.lower)) {
      push(t, t, "pronoun", 1);
      continue;
    }
    if (PRONOUNS.has(t.lower) || PRONOUNS.has(b)) {
      // "her dad": the relation after it is the mention.
      if (next && RELATIONS.has(next.base)) continue;
      push(t, t, "pronoun", 1);
      continue;
    }

    // A lower-case initial in hurried writing: "k was really upset again after contact". Not "a", "i",
    // "u" (you) or "x" (a kiss).
    if (t.text.length === 1 && /^[b-hj-tvwyz]$/.test(t.text) && next && (STRONG_PERSON_VERBS.has(next.lower) || /^(?:was|is|has|had|wasn't|isn't|hasn't|wasnt|isnt|hasnt)$/.test(next.lower)) && next.start === t.end + 1) {
      if (!prev || prev.end + 1 < t.start || !/^[a-z]$/.test(prev.text)) push(t, t, "initials", 2);
      continue;
    }

    // Initials used as a name: "R said", "R's mum", "J.B. was seen", "T.M." in a subject or file name.
    const initials = initialsAt(text, tokens, i, context.titleCase === true);
    // "A. Intra-familial abuse", "(b) Neglect": a list's letter at the start of a line.
    if (initials && initials.next === i + 1 && /^[.)]/.test(text.charAt(t.end)) && next?.capitalised && !PERSON_VERBS.has(next.lower)) {
      // Only first on its line (after a bullet at most): "Clinic letter - E. Baptiste" is a person.
      const lineStart = Math.max(span.start, text.lastIndexOf("\n", t.start - 1) + 1);
      if (/^[\s•*(-]*$/.test(text.slice(lineStart, t.start))) continue;
    }
    if (initials) {
      const after = tokens[initials.next];
      const adjacent = after !== undefined && /^\s?$/.test(text.slice(initials.end, after.start));
      const inPlace = adjacent && PERSON_VERBS.has(after!.lower);
      const possessive = /^'s\b/.test(text.slice(initials.end, initials.end + 3));
      const dotted = initials.dots;
      const beforeSurname = adjacent && after!.capitalised && !NOT_NAMES.has(after!.base) && after!.text.length > 1;
      // "Paper B", "Appendix C", "Plan B": a letter that labels the thing named before it.
      const label = prev !== undefined && LABELLED.has(prev.lower) && prev.end + 1 === t.start;
      // "J.B., 14 months, attended ED", "our young person M (15)": initials with an age after them.
      const aged = (dotted || /^\s?\(/.test(text.slice(initials.end, initials.end + 2))) && BRACKET_AGE.test(text.slice(initials.end, initials.end + 32));
      if (!label && (inPlace || possessive || (dotted && (context.titleCase || inPlace)) || beforeSurname || aged)) {
        const last = beforeSurname ? after! : tokens[initials.next - 1]!;
        if (!isProfessional(tokens, i, beforeSurname ? initials.next : initials.next - 1, context, text)) {
          const mention: PersonMention = { start: t.start, end: beforeSurname ? last.end : initials.end, text: text.slice(t.start, beforeSurname ? last.end : initials.end), kind: "initials", weight: 2 };
          if (aged) mention.tells = "age";
          out.push(mention);
        }
        i = beforeSurname ? initials.next : initials.next - 1;
        continue;
      }
    }

    // Names. Not a relation in the plural ("Working with Fathers", a course): a group, not a person.
    if (!t.capitalised || t.text.length < 2 || NOT_NAMES.has(b) || NOT_NAMES.has(t.lower) || NOT_A_NAME_SHAPE.test(b) || (ROLE_WORDS.has(b) && b !== "guardian") || (b.endsWith("s") && RELATIONS.has(b.slice(0, -1)))) continue;
    // "Ethan Ward Y6 - young carer assessment": a pupil by name and year group, whatever the surname is.
    const pupil = next !== undefined && next.capitalised && next.text.length > 1 && (!NOT_NAMES.has(next.base) || SURNAME_WORDS.has(next.base)) && next.start === t.end + 1 && YEAR_CODE_AFTER.test(text.slice(next.end, next.end + 10));
    if (pupil && !(prev && (PLACE_PREPOSITIONS.has(prev.lower) || prev.lower === "the")) && !isProfessional(tokens, i, i + 1, context, text)) {
      push(t, next!, "name", 2);
      lastName = i + 1;
      i++;
      continue;
    }
    const end = lastOfName(tokens, i);
    const last = tokens[end]!;
    const following = tokens[end + 1];
    if (following && NOT_NAMES.has(following.base) && following.capitalised && ORG_ENDINGS.has(following.base)) {
      i = end + 1;
      continue;
    }
    // "Kinship Circle", "Harbour Network": a name ending in a word only organisations end in.
    if (end > i && GROUP_ENDINGS.test(last.lower)) {
      i = end;
      continue;
    }
    // "May-July", "Anti-Bullying": a compound with an everyday part is not a name.
    if (b.includes("-") && b.split("-").some((part) => NOT_NAMES.has(part) || part.length < 2)) {
      i = end;
      continue;
    }
    const atStart = i === 0 || /[:;(]\s*$/.test(text.slice(Math.max(span.start, t.start - 3), t.start));
    // "Clare's Law", "Barnardo's Children's Services": a possessive before a capitalised word names a thing;
    // so does one before an organisation's nouns ("Harbour's response", "the Trust's policy").
    const possessive =
      last.lower.endsWith("'s") &&
      !(following?.capitalised && (NOT_NAMES.has(following.base) || !RELATIONS.has(following.base))) &&
      !(following !== undefined && ORGANISATION_THINGS.has(following.lower));
    const beforeVerb = following !== undefined && PERSON_VERBS.has(following.lower);
    const beforeStrongVerb = following !== undefined && STRONG_PERSON_VERBS.has(following.lower);
    // A class code only after a name of its own: "Leo Brennan 5H", not "Practice Direction 12J".
    const bracketAge = BRACKET_AGE.test(text.slice(last.end, last.end + 32)) || BRACKET_ROLE.test(text.slice(last.end, last.end + 30)) || (CLASS_CODE.test(text.slice(last.end, last.end + 5)) && (end > i || !prev?.capitalised));
    // "her son Kayden", "baby Leo", and a person as the object of a visit or a talk: "I visited Chloe",
    // "spoke to Jayden", "saw Mia".
    // Only after a lower-case word: "Child Sexual Exploitation", "National Child Measurement Programme" are
    // names of things.
    const afterRelation =
      prev !== undefined &&
      !prev.capitalised &&
      (RELATIONS.has(prev.base) ||
        /^(?:named|called|pupil|child|baby|son|daughter|visited|saw|seen|met|meet|see|visit|collected|supporting|supported|helped|asked|tell|told|telling|reassure|reassured|remind|collect|pick|concerning)$/.test(prev.lower) ||
        // "Weekly update on Jess:", "worried about Kayden".
        (/^(?:on|about|re|regarding)$/.test(prev.lower) && /^(?:update|updates|news|concern|concerns|worried|worries|worry|information|notes)$/.test(tokens[i - 2]?.lower ?? "")) ||
        (/^(?:to|with)$/.test(prev.lower) && /^(?:spoke|spoken|talked|talking|speaking|spoke|met|meeting|sat|worked|working|anything|something|nothing|say|said|explain|explained|mention|mentioned|session|sessions|visit|appointment|chat|phone|call)$/.test(tokens[i - 2]?.lower ?? "")));
    // "the Smith family", "HAMID household": a surname before a word for the household (lower case in a
    // sentence; in a Title Case subject only "Family" or "Household", never "Children", as in "Vacancy:
    // Children and Young People's IDVA").
    // "Oliver T", "Kayden B.": a first name and the initial of a surname.
    // "Mohammed A - Y5" in a file name: "A" and "I" only where no lower-case word follows ("Oliver I think").
    const afterInitial = tokens[end + 2];
    const surnameInitial =
      following !== undefined &&
      end === i &&
      !/\d/.test(text.charAt(following.end)) &&
      (/^[B-HJ-Z]$/.test(following.text) || (/^[AI]$/.test(following.text) && context.titleCase === true && !(afterInitial !== undefined && /^[a-z]/.test(afterInitial.text))));
    const headline = context.titleCase === true || isTitle();
    // A subject or file name that is not in Title Case ("Clinic letter - Ella Warren 12.03.24") shows its
    // names by their capitals.
    const sentenceCaseHeadline = context.titleCase === true && !isTitle();
    // Not "the Leighton Buzzard family hub": a family word before a service's is that service.
    const afterFamily = tokens[end + 2];
    const family =
      following !== undefined &&
      text.slice(last.end, following.start) === " " &&
      // In a Title Case subject only "Family" or "Household" ("Vacancy: Children and Young People's IDVA");
      // written in lower case, as in a sentence, any of them ("The Mitchell children - collection").
      (!following.capitalised ? /^(?:family|children|household|siblings|twins|boys|girls|brothers|sisters)$/ : headline ? /^(?:family|household)$/ : /^$/).test(following.lower) &&
      !(afterFamily !== undefined && FAMILY_SERVICES.has(afterFamily.base));
    // "Reece is 12 and lives with…": a name and an age.
    const ageAfter = following !== undefined && /^(?:is|was|turns|turned)$/.test(following.lower) && IS_AGE.test(text.slice(following.end, following.end + 16));
    // "Connor and Reece": the second of a pair whose first is a name; "her brothers (Connor and Reece)": a
    // name in brackets after a relation.
    const paired = prev !== undefined && (prev.lower === "and" || prev.lower === "&") && lastName === i - 2;
    const bracketed = prev !== undefined && RELATIONS.has(prev.base) && text.slice(prev.end, t.start).trim() === "(";
    // "Lilly-Rose", "Mary-Jane": two capitalised parts, neither an everyday word, is a first name.
    const doubleName = end === i && /^[A-Z][a-z]+-[A-Z][a-z]+(?:'s)?$/.test(t.text) && !prev?.capitalised && !b.split("-").some((part) => NOT_NAMES.has(part));
    let isName: boolean;
    // "Safety file - Lily-Mae Harris", "Jack & Millie Turner - attendance", "Noah Fletcher 14/02/2019": a
    // capitalised pair standing as a part of its own in a subject or file name in sentence case.
    const ownPart = sentenceCaseHeadline && end > i && standsAlone(text, span, t.start, last.end);
    // "DOB for Amelia Rhodes?": a capitalised pair in a subject that asks for a date of birth or an NHS
    // number is the person it belongs to.
    const identified = headline && end > i && !IDENTIFIER_WORD.test(t.text) && IDENTIFIER_WORD.test(text.slice(span.start, span.end));
    // "Home visit notes - the Hallorans": a family by its surname in the plural.
    const pluralFamily = headline && prev !== undefined && prev.lower === "the" && end === i && /[^s']s$/.test(t.text) && standsAlone(text, span, prev.start, t.end);
    if (pluralFamily) {
      push(prev!, t, "name", 2);
      continue;
    }
    // "Marcus - worried about him": one capitalised word as a part of its own, with the rest about "him".
    const lonePart = sentenceCaseHeadline && end === i && standsAlone(text, span, t.start, t.end) && HEADLINE_PRONOUN.test(text.slice(span.start, span.end));
    // "Chloe's weekend": a possessive before a lower-case word, even first in a subject ("Barnardo's
    // Response" is in Title Case).
    // "Ellie-Mae growth chart.pdf" under the subject "Ellie-Mae": the subject's lone word opening a file name.
    const subjectWord = atStart && end === i && context.subjectParts?.has(b) === true && !NOT_NAMES.has(b);
    if (headline) isName = family || bracketAge || surnameInitial || ownPart || identified || lonePart || subjectWord || (possessive && (!atStart || (following !== undefined && !following.capitalised)));
    else if (atStart) isName = bracketAge || family || surnameInitial || beforeStrongVerb || ageAfter || bracketed || doubleName || (possessive && !following?.capitalised) || (end === i && context.subjectParts?.has(b) === true && !NOT_NAMES.has(b));
    // "Jayden in Year 9": a pupil.
    else isName = possessive || beforeVerb || bracketAge || afterRelation || family || surnameInitial || ageAfter || paired || bracketed || doubleName || IN_YEAR_AFTER.test(text.slice(last.end, last.end + 12));
    // "in Maidstone", "at Watford", "from Leeds": after these a capitalised word is a place.
    if (isName && prev && PLACE_PREPOSITIONS.has(prev.lower)) isName = false;
    // "Single Point of Access", "Department for Education": a capitalised phrase joined by "of" or "for".
    if (isName && prev && (prev.lower === "of" || prev.lower === "for") && tokens[i - 2]?.capitalised) isName = false;
    // "the fictional Jones family", "a hypothetical Mia", "Case study - Jordan (fictional)": a case study's
    // people are nobody.
    if (isName && prev && /^(?:fictional|hypothetical|imaginary|pretend|made-up|pseudonymised|anonymised)$/.test(prev.lower)) isName = false;
    if (isName && /^\W{0,3}\(\s*(?:fictional|not a real|hypothetical|made up|case study)/i.test(text.slice(last.end, last.end + 20))) isName = false;
    // '"Jordan" is an entirely made-up training scenario'.
    if (isName && /["“']$/.test(text.slice(t.start - 1, t.start)) && /^["”']?[^.]{0,50}\b(?:made[- ]up|fictional|hypothetical|scenario|case study|not (?:a )?real)/i.test(text.slice(last.end, last.end + 70))) isName = false;
    // "Operation Encompass", "Project Harbour": the name of a scheme.
    if (isName && prev && /^(?:operation|op|project)$/.test(prev.lower) && prev.capitalised) isName = false;
    // After "the", a capitalised word is an organisation or a place ("the Hub", "the Willows").
    if (isName && prev && prev.lower === "the" && !family) isName = false;
    if (isName && surnameInitial && following) {
      if (!isProfessional(tokens, i, end + 1, context, text)) push(t, following, "name", 2, /^\s*\(\s*\d{1,2}\s*\)/.test(text.slice(following.end, following.end + 8)) ? "age" : undefined);
      i = end + 1;
      continue;
    }
    if (isName && !isProfessional(tokens, i, end, context, text)) {
      // An age in brackets, or in a subject or file name a full date right after the name ("Tayla-Mae
      // Doherty 14/02/2013 - contact"): a date of birth.
      const aged = (bracketAge && BRACKET_AGE.test(text.slice(last.end, last.end + 32))) || (headline && FULL_DATE_AFTER.test(text.slice(last.end, last.end + 14)));
      // "Kyle Dunn's address", "Jayden's bedroom".
      const home = last.lower.endsWith("'s") && following !== undefined && /^(?:address|house|home|flat|bedroom)$/.test(following.lower);
      push(t, last, "name", 2, aged ? "age" : home ? "where they live" : undefined);
      // "Harley and Skye Bennett (Year 3 and Year 5)": the first of the pair is a name too.
      const before = tokens[i - 2];
      const beforeThat = tokens[i - 3];
      if (
        prev !== undefined &&
        (prev.lower === "and" || prev.lower === "&") &&
        before !== undefined &&
        before.capitalised &&
        lastName !== i - 2 &&
        !NOT_NAMES.has(before.base) &&
        text.slice(before.end, prev.start) === " " &&
        !(beforeThat !== undefined && (PLACE_PREPOSITIONS.has(beforeThat.lower) || /,\s*$/.test(text.slice(beforeThat.end, before.start)))) &&
        !isProfessional(tokens, i - 2, i - 2, context, text)
      ) {
        out.splice(out.length - 1, 0, { start: before.start, end: before.end, text: before.text, kind: "name", weight: 2 });
      }
      if (!atStart && !headline && beforeVerb && !beforeStrongVerb && !(possessive || bracketAge || afterRelation || family || ageAfter || paired || bracketed || doubleName)) out[out.length - 1]!.loose = true;
      lastName = end;
    }
    i = end;
  }

  // "the initial conference for 2291847", "strategy meeting re 40012345": a child known by their case
  // number (a reference number tied to a person identifies them as a name does).
  // Only a window with a long enough number in it is searched (most have none).
  // A token is letters or digits alone: a number of five digits or more is one that starts with a digit.
  if (span.end - span.start < 600 && tokens.some((t) => t.text.length >= 5 && isDigitCode(t.text.charCodeAt(0)))) {
    CASE_NUMBER.lastIndex = 0;
    const windowText = text.slice(span.start, span.end);
    for (let m = CASE_NUMBER.exec(windowText); m; m = CASE_NUMBER.exec(windowText)) {
      const number = (m[1] ?? m[2]) as string;
      const start = span.start + m.index + m[0].length - number.length;
      out.push({ start, end: start + number.length, text: number, kind: "reference", weight: 2 });
    }
  }
  // "Flat 7 Marlow House - kids' bedroom ceiling came down": in a subject or file name, a home address is
  // the household the rest of it is about.
  if (context.titleCase === true) {
    const address = HOME_ADDRESS.exec(text.slice(span.start, span.end));
    if (address) out.push({ start: span.start + address.index, end: span.start + address.index + address[0].length, text: address[0], kind: "reference", weight: 2 });
  }
  for (const age of agesIn(prepared, span)) {
    // "children aged 7 to 11", "young people aged 16-25", "under 5s": an age range is a group, not a person.
    const after = text.slice(age.end, Math.min(span.end, age.end + 12));
    const before = text.slice(Math.max(span.start, age.start - 24), age.start).toLowerCase();
    if (/^\s*(?:-|–|to\b|and\s+(?:under|over|above|below)|\+|or\s+(?:under|over|older|younger)|plus\b)/i.test(after)) continue;
    if (/\b(?:children|young people|people|pupils|students|adults|girls|boys|families|those|everyone|anyone|all|under|over|between|from)\s*$/.test(before)) continue;
    // "13-15 year old girls": the end of a range, or an age of many.
    if (/\d\s*(?:-|–|to|or)\s*$/.test(before) || /^\s*(?:girls|boys|children|pupils|students|people|males|females|men|women)\b/i.test(after)) continue;
    // "Age: 7 months" is a form's field: one person's age, which is information about them in itself.
    out.push({ start: age.start, end: age.end, text: age.text, kind: "age", weight: 2, ...(/^age\s*:/i.test(age.text) ? { tells: "age" as const } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Verbs that only a person does: a capitalised word at the start of a sentence, not on the name list,
 * is a name when one of these follows ("Kayden said", "Jayden lives"), not when "is" or "has" does
 * ("Training is", "Attendance has").
 */
const STRONG_PERSON_VERBS: ReadonlySet<string> = new Set(
  [...PERSON_VERBS].filter((v) => !/^(?:reports|claims|is|was|has|had|isn't|wasn't|hadn't|will|would|can|can't|could|did|does|needs|gets|got|goes|comes|became|moved|started|stopped|continues|continued|remains|remained|lost|gained|used|uses|presented|appears|appeared|leaves|left|misses|isnt|wasnt|hasnt|hadnt|wont|cant|didnt|doesnt|weren't)$/.test(v)),
);

/** Lower-case words that can start or be a mention: relations, pronouns, titles, references. */
const LOOKED_FOR: ReadonlySet<string> = (() => {
  const out = new Set<string>(["yp", "yp's"]);
  const add = (w: string): void => {
    out.add(w);
    out.add(`${w}'s`);
  };
  for (const set of [RELATIONS, PRONOUNS, PERSON_TITLES, PROFESSIONAL_TITLES, ADDRESSEE_WORDS]) for (const w of set) add(w);
  for (const r of REFERENCES) for (const w of r.split(" ")) add(w);
  for (const w of ["teacher", "pupil", "student", "child", "girl", "boy", "parent", "carer", "woman", "man", "staff"]) add(w);
  return out;
})();

/** LOOKED_FOR as a sieve: most words of a body are none of them, and are ruled out without hashing them. */
const LOOKED_FOR_SIEVE = sieveOf(LOOKED_FOR);

/**
 * Is the text in Title Case: almost every longer word capitalised ("Domestic Abuse Awareness Training -
 * Places Left")? Then capitals say nothing about names.
 */
function isTitleCased(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || !/^[A-Za-z]/.test(t.text)) continue;
    words++;
    if (t.capitalised || /^[A-Z]{2,}/.test(t.text)) capitals++;
  }
  return words >= 3 && capitals >= words * 0.8;
}

/** Does [start, end) make up a part of the text on its own: between separators (" - ", ":", "(", "|") or before a date? */
function standsAlone(text: string, span: Span, start: number, end: number): boolean {
  const before = text.slice(Math.max(span.start, start - 3), start);
  const after = text.slice(end, Math.min(span.end, end + 14));
  const opens = start === span.start || /(?:(?:^|\s)[-–—|(&]|:)\s*$|^\s*$/.test(before) && !/[a-z]\s+$/.test(before);
  const closes = end === span.end || /^\s*(?:[-–—:|)]|\d{1,2}[./]\d{1,2}|(?:dob|edd|nhs)\b|(?:y|yr|year)\s?\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b|$)/i.test(after);
  return opens && closes;
}

/** The last token of a name that starts at `i`: consecutive capitalised words ("Ruby Kemp", "Mary-Jane O'Neill"). */
function lastOfName(tokens: readonly Token[], i: number): number {
  let end = i;
  while (end + 1 < tokens.length && end - i < 2) {
    const n = tokens[end + 1]!;
    const cur = tokens[end]!;
    if (!n.capitalised || n.text.length < 2 || NOT_NAMES.has(n.base) || cur.lower.endsWith("'s")) break;
    if (n.start - cur.end > 1) break;
    end++;
  }
  return end;
}

/**
 * Is the name at tokens [i, end] a professional's? The writer's, a reader's or the greeting's name; after
 * a professional title; or followed by a role ("Sarah Jones, Team Manager", "Tom (social worker)",
 * "Priya from the MASH", "Jo at Oakfield").
 */
function isProfessional(tokens: readonly Token[], i: number, end: number, context: PersonContext, text: string): boolean {
  for (let k = i; k <= end; k++) if (context.professionalNames.has(tokens[k]!.base)) return true;
  const prev = tokens[i - 1];
  if (prev && PROFESSIONAL_TITLES.has(prev.base)) return true;
  // "our DSL team (me, Mrs Okoro and Mr Blake)", "our new LADO, Paul Gregson": named as a role's holders.
  const open = text.lastIndexOf("(", tokens[i]!.start);
  if (open >= 0 && tokens[i]!.start - open < 60 && text.indexOf(")", open) > tokens[i]!.start) {
    const role = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, open - 20), open));
    if (role && ROLE_WORDS.has((role[1] ?? "").toLowerCase())) return true;
  }
  // On the same line: "details for the officer:\n\nDeon (16)…" names no officer.
  const beforeName = /([A-Za-z]+)[ \t]*[,:–-]?[ \t]*$/.exec(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start));
  if (beforeName && ROLE_WORDS.has((beforeName[1] ?? "").toLowerCase()) && (beforeName[1] ?? "") !== "guardian") return true;
  // "tell Danny or me the same night", "Jo and I will": named beside the writer, a colleague.
  if (/^\s+(?:or|and|&)\s+(?:me|myself|I)\b/.test(text.slice(tokens[end]!.end, tokens[end]!.end + 12)) || /\b(?:me|myself|I)\s+(?:or|and|&)\s+$/.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start))) return true;
  // "please talk to Mr Lowe", "you can contact Jo": someone to go to is a member of staff.
  const reach = prev?.lower === "to" && /^(?:talk|speak|chat|go|reach|write)$/.test(tokens[i - 2]?.lower ?? "") ? i - 3 : prev !== undefined && /^(?:contact|ask|email|ring|call|phone)$/.test(prev.lower) ? i - 2 : -1;
  if (reach >= 0 && /^(?:please|can|could|to|you|just|also|or|then)$/.test(tokens[reach]?.lower ?? "")) return true;
  const first = tokens[end + 1]?.base;
  // "Priya from the MASH", "Jo at Oakfield": a person of an organisation; "Chloe at home" and "texting
  // Lilly-Mae from 22:00" are not.
  const org = tokens[end + 2];
  if ((first === "from" && org !== undefined && (org.capitalised || /^(?:the|our|your)$/.test(org.lower))) || (first === "at" && org?.capitalised === true)) return true;
  // "- Anne-Marie to check whether 0-19 can add…", "Action: Jo to circulate": an action log's owner.
  if (first === "to" && /^(?:check|send|circulate|share|arrange|contact|book|update|draft|chase|liaise|confirm|find|speak|email|invite|write|bring|add|organise|forward|provide|feed|raise|lead|complete|report|ask|look|follow|set|pick|take|agree|collate|present|prepare|review|amend|cascade|source|link)$/.test(tokens[end + 2]?.lower ?? "") && /(?:^|\n)\s*(?:[-*•–]|\d+[.)]|action:?)?\s*$/i.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start))) return true;
  // "Paul Gregson has joined the LADO team", "Kemi will continue to cover East Kent": a colleague's work.
  for (let k = end + 1; k <= end + 4 && k < tokens.length; k++) if (/^(?:joined|joining|rejoined|retired|retiring|cover|covering|covers)$/.test(tokens[k]!.lower)) return true;
  // "Kayden's family support worker" is about Kayden: a possessive name is never the role's holder.
  if (tokens[end]!.lower.endsWith("'s")) return false;
  let role = false;
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) if (ROLE_WORDS.has(tokens[k]!.base)) role = true;
  if (role && !(first !== undefined && PERSON_VERBS.has(first))) {
    // "Sarah Jones, Team Manager" or "Tom (social worker)": a role right after the name.
    const next = tokens[end + 1];
    if (next && (ROLE_WORDS.has(next.base) || tokens[end]!.end + 1 < next.start)) return true;
  }
  return false;
}

/**
 * Initials at token `i`: "R", "J.B.", "T.M", "O" before a surname. Not "I" (the pronoun) nor "A" (the
 * article) unless dotted. Returns the end offset and the index of the next token.
 */
function initialsAt(text: string, tokens: readonly Token[], i: number, headline = false): { end: number; next: number; dots: boolean } | undefined {
  const t = tokens[i]!;
  if (!/^[A-Z]$/.test(t.text)) return undefined;
  let j = i;
  let end = t.end;
  let dots = false;
  while (j < tokens.length) {
    const cur = tokens[j]!;
    if (!/^[A-Z]$/.test(cur.text)) break;
    end = cur.end;
    if (text.charAt(cur.end) === ".") {
      dots = true;
      end = cur.end + 1;
    }
    const n = tokens[j + 1];
    if (!n || !/^[A-Z]$/.test(n.text) || n.start > end + 1) {
      j++;
      break;
    }
    j++;
  }
  // "A" and "I" are the article and the pronoun, except dotted, or in a file name or subject right before
  // a surname ("Outcome letter - A Goddard.pdf").
  const surname = tokens[j];
  const beforeSurname = headline && j === i + 1 && surname !== undefined && surname.capitalised && surname.text.length > 1 && surname.start === end + 1 && !NOT_NAMES.has(surname.base);
  if ((t.text === "I" || t.text === "A") && !dots && !beforeSurname) return undefined;
  return { end, next: j, dots };
}
