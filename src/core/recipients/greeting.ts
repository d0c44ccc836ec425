import { CAT_LT, CAT_LU, LETTER, MARK, NUMBER, codePointIn, codePointLength, someCodePointIn, unicodeCategory } from "../text/unicode";
/**
 * The greeting at the top of a message ("Dear Sarah,", "Hi Sarah and Tom", "Hello Dr Patel", "Morning
 * Tom") and the names in it. "Dear Sarah" to j.bloggs@met.police.uk is a common sign of a misdirected
 * email. Generic greetings ("Dear all", "Hi team", "Dear Sir/Madam", "Hello") name nobody.
 *
 * Only the first line with text is read, and only its first few hundred characters: a greeting is where
 * a message starts, and the check must stay cheap on a 1 MB body.
 */

/** A person named in the greeting. */
export interface GreetingName {
  /** As written, title included: "Sarah", "Dr Patel". */
  text: string;
  /** Lower-case name words without the title: ["sarah"], ["patel"]. */
  words: string[];
  /** A title came first ("Dr Patel", "Mrs Smith"), so the words are probably a surname. */
  titled: boolean;
}

/** The greeting line and the people it names. */
export interface Greeting {
  /** The greeting as written, up to the end of the names: "Dear Sarah". */
  text: string;
  names: GreetingName[];
}

const MAX_LEADING_SPACE = 2000;
const MAX_LINE = 300;
const MAX_NAMES = 10;

/*
 * Unicode letter classes (`\p{L}` and friends) are ES2018, which the on-send runtime may not have, and a
 * class built from the core's table costs milliseconds to compile in every fresh runtime; so the letters
 * are asked of text/unicode.ts code point by code point, with the same answers.
 */

/** The greeting words, case-insensitive; on their own, the first half of the opening (see `openingOf`). */
const OPENING_WORD = /^(?:good[ \t]+(?:morning|afternoon|evening|day)|dear|hiya|hi|hello|hey|morning|afternoon|evening|greetings)/iu;
/** What may follow the greeting words before the names. */
const OPENING_PUNCTUATION = /[ \t,:!]*/y;

/**
 * The length of the opening of `line` (the greeting words, then no letter or digit, then spaces,
 * commas, colons and exclamation marks; case-insensitive), or -1. "No letter or digit" is asked after
 * the words match, not in a lookahead: where a longer greeting word is followed by a letter, so is every
 * shorter one that could match instead ("Hiyas": "hiya", then "hi"), so the answer is the same.
 */
function openingLength(line: string): number {
  const word = OPENING_WORD.exec(line);
  if (!word) return -1;
  const end = word[0].length;
  if (codePointIn(line, end, LETTER | NUMBER)) return -1;
  OPENING_PUNCTUATION.lastIndex = end;
  OPENING_PUNCTUATION.exec(line);
  return OPENING_PUNCTUATION.lastIndex;
}

const SPACES = /\s*/y;

/** True for the punctuation a name word may hold: `'’.-`. */
function isNamePunctuation(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * The next token of `text` from `from`: `/[\p{L}\p{M}'’.\-]+|\S/gu`, a word (letters, marks,
 * apostrophes, full stops, hyphens) or one other character. Undefined at the end.
 */
function nextToken(text: string, from: number): { index: number; raw: string } | undefined {
  SPACES.lastIndex = from;
  SPACES.exec(text);
  const index = SPACES.lastIndex;
  if (index >= text.length) return undefined;
  const inWord = (i: number): boolean => isNamePunctuation(text.charCodeAt(i)) || codePointIn(text, i, LETTER | MARK);
  let end = index + codePointLength(text, index);
  if (inWord(index)) while (end < text.length && inWord(end)) end += codePointLength(text, end);
  return { index, raw: text.slice(index, end) };
}

/** Titles before a name; a title alone ("Dear Doctor") names nobody in particular. */
const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "rev", "revd", "reverend", "cllr",
  "councillor", "dc", "ds", "di", "dci", "dsi", "pc", "sgt", "sergeant", "insp", "inspector", "det", "detective",
  "constable", "judge", "hhj", "lord", "lady", "dame", "nurse", "sister", "officer", "father", "mother",
]);

/** Words that make a greeting generic: it addresses a group or a role, not a named person. */
const GENERIC = new Set([
  "all", "everyone", "everybody", "team", "teams", "colleague", "colleagues", "sir", "sirs", "madam", "madame",
  "both", "there", "folks", "guys", "friends", "partners", "partner", "whom", "concern", "ladies", "gentlemen",
  "people", "you", "members", "panel", "chair", "committee", "board", "duty", "social", "worker", "workers",
  "officers", "manager", "managers", "practitioner", "practitioners", "nurses", "doctors", "professional",
  "professionals", "parent", "parents", "carer", "carers", "family", "families", "hub", "service", "services",
  "admin", "reception", "office", "department", "unit", "school", "council", "police", "referrals", "safeguarding",
  "lead", "leads", "group", "network", "agency", "agencies", "again", "each", "every", "one", "y'all", "gang",
]);

/** Connecting words inside a list of names. */
const AND = new Set(["and", "&", "/", ","]);

/**
 * The greeting at the start of `body`, or undefined when the first line is not a greeting. A greeting
 * with only generic or role words comes back with no names.
 */
export function findGreeting(body: string): Greeting | undefined {
  let i = 0;
  const limit = Math.min(body.length, MAX_LEADING_SPACE);
  while (i < limit && isSpace(body.charCodeAt(i))) i++;
  if (i >= limit) return undefined;
  let end = Math.min(body.length, i + MAX_LINE);
  const newline = body.slice(i, end).search(/[\r\n]/);
  if (newline >= 0) end = i + newline;
  const line = body.slice(i, end);

  const openingEnd = openingLength(line);
  if (openingEnd < 0) return undefined;
  const opening = line.slice(0, openingEnd);
  const rest = line.slice(openingEnd);

  const names: GreetingName[] = [];
  let chunk = newChunk();
  let textEnd = opening.replace(/[ \t,:!]+$/, "").length;
  const close = (): void => {
    if (!chunk.generic && chunk.words.length > 0 && names.length < MAX_NAMES) {
      names.push({ text: chunk.written.join(" "), words: chunk.words.map((w) => w.toLowerCase()), titled: chunk.titled });
    }
    chunk = newChunk();
  };

  for (let m = nextToken(rest, 0); m; m = nextToken(rest, m.index + m.raw.length)) {
    const raw = m.raw;
    const lower = raw.toLowerCase();
    if (AND.has(lower)) {
      close();
      continue;
    }
    if (!someCodePointIn(raw, LETTER)) break; // "!", ":", digits: the greeting is over
    const word = trimPunctuation(raw);
    const bare = word.toLowerCase();
    if (!word) break;
    const endsSentence = raw.endsWith(".") && !TITLES.has(bare);
    if (TITLES.has(bare)) {
      chunk.titled = true;
    } else if (GENERIC.has(bare) || isAcronym(word)) {
      chunk.generic = true; // "team", "Sir", "MASH": a group or a role, not a person
    } else if (startsUpperOrTitle(word)) {
      // A lone capital is "I" or an initial, never enough to say who is meant ("Hi Sarah, Tom and I met").
      if (Array.from(word).length > 1) chunk.words.push(word);
    } else {
      break; // a lower-case word ("thanks", "hope") starts the message itself
    }
    chunk.written.push(word);
    textEnd = openingEnd + m.index + raw.length;
    if (endsSentence) break;
  }
  close();
  return { text: line.slice(0, textEnd).replace(/[.,]+$/, ""), names };
}

/** `/^[\p{Lu}\p{Lt}]/u`: the first code point is an upper-case or title-case letter. */
function startsUpperOrTitle(word: string): boolean {
  const cp = word.codePointAt(0);
  if (cp === undefined) return false;
  const cat = unicodeCategory(cp);
  return cat === CAT_LU || cat === CAT_LT;
}

function newChunk(): { words: string[]; written: string[]; titled: boolean; generic: boolean } {
  return { words: [], written: [], titled: false, generic: false };
}

/** A token without the full stops, apostrophes and hyphens at its ends ("Sarah." → "Sarah"). */
function trimPunctuation(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && ".'’-".includes(token[a] ?? "")) a++;
  while (b > a && ".'’-".includes(token[b - 1] ?? "")) b--;
  return token.slice(a, b);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff;
}

/** "MASH", "CAMHS", "DSL": a team or service, not a person. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
