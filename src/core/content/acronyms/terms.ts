import type { Span } from "../../check/result";
import { execNotAfter } from "../../text/regex-scan";
import { GLOSSARY, GLOSSARY_BY_UPPER } from "./glossary";
import { WELL_KNOWN } from "./not-jargon";

/** One acronym or jargon term written in the body. */
/** Whether an all-capitals token that is not in the glossary is an acronym (unknown-acronyms.ts). */
export type UnknownAcronymTest = (body: string, token: string, start: number, end: number) => boolean;

export interface TermOccurrence extends Span {
  /** The text as written ("S.47", "CCGs", "Section 47"). */
  text: string;
  /** Glossary key ("s47", "CCG"), or the upper-case token for an unknown acronym. */
  key: string;
  /** True when the term is in the glossary. */
  known: boolean;
}

/**
 * Candidate tokens. Alternatives, in order: s47 / S.47 style section numbers; "section 47"; any word of
 * letters, digits and "&" (A&E). The lookbehind keeps tokens out of domains, paths and addresses
 * ("GOV.UK", "camhs@nhs.net"); a slash still separates terms ("YOT/YJS"). Each token starts only where
 * the guard before allows, so the scan is linear. The guard is `afterTokenChar`, in code: ES2016 engines
 * have no lookbehind.
 */
const TOKEN = /(?:([Ss])\.?(\d{1,3})(?![A-Za-z0-9&@])|([Ss]ection|SECTION)[ \u00a0](\d{1,3})(?![\d])|([A-Z][A-Za-z0-9&]*))/g;

/** `(?<![A-Za-z0-9&@._])`: a letter, digit, "&", "@", "." or "_" just before `start`. */
function afterTokenChar(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 64 || c === 46 || c === 95;
}


/** Counts A-Z capitals. */
function capitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/**
 * The glossary key a token stands for, or undefined. Exact keys first ("SENCo"); then the upper-case form
 * when the token is written (nearly) in capitals ("CIN", "Cin" is not); then the plural ("CCGs", "EHCPs").
 */
export function glossaryKeyOf(token: string): string | undefined {
  if (GLOSSARY.has(token)) return token;
  const caps = capitals(token);
  if (caps >= 2 && caps >= token.length - 1) {
    const key = GLOSSARY_BY_UPPER.get(token.toUpperCase());
    if (key !== undefined) return key;
  }
  if (token.length >= 3 && token.endsWith("s")) {
    const stem = token.slice(0, -1);
    if (capitals(stem) === stem.length || GLOSSARY.has(stem)) return glossaryKeyOf(stem);
  }
  return undefined;
}

/** True for a token of A-Z capitals only. */
export function allCaps(s: string): boolean {
  return s.length > 0 && capitals(s) === s.length;
}

/** ASCII letter or "&". */
function isLetterOrAmp(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38;
}

/**
 * The word before `start` on the same line (letters only), or "" when there is none. Used to spot shouting
 * ("DO NOT SHARE") and capitalised surnames ("Sarah JONES").
 */
export function wordBefore(body: string, start: number): string {
  let e = start;
  while (e > 0 && (body[e - 1] === " " || body[e - 1] === "\t" || body[e - 1] === "," || body[e - 1] === ":")) e--;
  if (e === start || e === 0) return "";
  let s = e;
  while (s > 0 && start - s < 40 && isLetterOrAmp(body.charCodeAt(s - 1))) s--;
  return body.slice(s, e);
}

/** The word after `end` on the same line (letters only), or "". */
export function wordAfter(body: string, end: number): string {
  let s = end;
  while (s < body.length && (body[s] === " " || body[s] === "\t" || body[s] === ",")) s++;
  if (s === end) return "";
  let e = s;
  while (e < body.length && e - end < 40 && isLetterOrAmp(body.charCodeAt(e))) e++;
  return body.slice(s, e);
}

/** True when a capitals word near an unknown token is ordinary shouting rather than another acronym. */
export function isShoutedNeighbour(word: string): boolean {
  return word.length >= 2 && allCaps(word) && glossaryKeyOf(word) === undefined && !WELL_KNOWN.has(word);
}


/** Glossary terms spelled like ordinary English words, which are skipped inside shouted text. */
const WORD_TERMS: ReadonlySet<string> = new Set(
  "SEND SALT MASH DASH ACE ED CAT PEP SAB SPA CAIT CAF UC LA TA AP PA FM DA OT SW".split(" "),
);


/**
 * Every acronym or jargon term in `body[from, to)`: glossary terms always; unknown all-capital tokens when
 * they look like acronyms (see `looksLikeUnknownAcronym`). Hyphenated glossary compounds ("CP-IS") are
 * read as one term. Unknown tokens are considered only with `unknown` (unknown-acronyms.ts
 * `looksLikeUnknownAcronym`): the case vocabulary asks for glossary terms only.
 */
export function findTerms(body: string, from: number, to: number, unknown?: UnknownAcronymTest): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  TOKEN.lastIndex = from;
  for (let m = execNotAfter(TOKEN, body, afterTokenChar); m !== null && m.index < to; m = execNotAfter(TOKEN, body, afterTokenChar)) {
    const start = m.index;
    let end = start + m[0].length;
    if (end > to) break;
    if (m[1] !== undefined) {
      const key = `s${m[2] ?? ""}`;
      if (GLOSSARY.has(key)) out.push({ start, end, text: m[0], key, known: true });
      continue;
    }
    if (m[3] !== undefined) {
      const key = `section ${m[4] ?? ""}`;
      if (GLOSSARY.has(key)) out.push({ start, end, text: m[0], key, known: true });
      continue;
    }
    const token = m[5] ?? "";
    // Part of a domain, path or address after all ("MASH.team@…", "CAMHS/referrals" is fine).
    const next = body.charCodeAt(end);
    if (next === 64 /* @ */ || (next === 46 /* . */ && /[A-Za-z]/.test(body[end + 1] ?? ""))) continue;
    let key: string | undefined;
    if (next === 45 /* - */) {
      const tail = /^-([A-Za-z]{1,6})(?![A-Za-z0-9])/.exec(body.slice(end, end + 8));
      const joined = tail ? glossaryKeyOf(`${token}-${tail[1] ?? ""}`) : undefined;
      if (joined !== undefined && end + (tail?.[0].length ?? 0) <= to) {
        key = joined;
        end += tail?.[0].length ?? 0;
        TOKEN.lastIndex = end;
      }
    }
    if (token.length > 8 && key === undefined) continue;
    key ??= glossaryKeyOf(token);
    // Glossary terms that are also English words ("PLEASE SEND IT", "PASS THE SALT") when shouted.
    const shouted = (): boolean =>
      isShoutedNeighbour(wordBefore(body, start)) || isShoutedNeighbour(wordAfter(body, end));
    if (key !== undefined && WORD_TERMS.has(key) && shouted()) {
      continue;
    }
    if (key !== undefined) {
      out.push({ start, end, text: body.slice(start, end), key, known: true });
    } else if (unknown !== undefined && unknown(body, token, start, end)) {
      out.push({ start, end, text: token, key: token, known: false });
    }
  }
  return out;
}
