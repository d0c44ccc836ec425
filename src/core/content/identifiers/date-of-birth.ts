import { afterAsciiLetter, execNotAfter } from "../../text/regex-scan";
import type { IdentifierCandidate } from "./candidate";
import { findDates, type DateMention } from "./dates";

/** How far before a date a birth cue may sit ("born in Luton and Dunstable Hospital on" fits). */
const CUE_WINDOW = 48;
/** Longest text allowed between a cue (or a previous birth date) and the date it introduces. */
const MAX_GAP = 36;

/**
 * Words that say a date is a date of birth: DOB, D.O.B, DoB, DOBs, date(s) of birth, birth date,
 * born, birthday ("Mia's birthday is 12/12/2014"), and "b." immediately before a date. The letter guards stop "newborn" and "bob" matching (the one
 * before is checked in code by `execNotAfter`: ES2016 engines have no lookbehind).
 */
const CUE_BEFORE = /(?:d\.\s?o\.\s?b\.?|dob'?s?|dates? of birth|date-of-birth|birth ?date|birthday|born|b\.)(?![A-Za-z])/gi;
/** A cue in brackets just after the date, "12/03/2015 (DOB)"; unbracketed "…, DOB unknown" is not one. */
const CUE_AFTER = /^ ?[([] ?(?:d\.\s?o\.\s?b\.?|dob|date of birth)(?![A-Za-z])/i;

/**
 * Gap text that breaks the link between a cue and a date: a sentence end, or a word that introduces a
 * different event ("born 2015, seen on 14/03/2024"). "on" is allowed after a cue ("born on") but not
 * between two dates, where it starts a new event.
 */
const CUE_GAP_BLOCK = /[.!?;]\s|\b(?:seen|saw|visit|visited|visiting|meeting|met|appointment|referr\w{0,4}|since|until|till|attended|attend|admitted|started|start|incident|died|moved|due|expected|today|yesterday|dated|sent|received|last|next|party|celebration|card|present)\b/i;
const CHAIN_GAP_BLOCK = new RegExp(`${CUE_GAP_BLOCK.source}|\\b(?:on|to|from|at|by|in)\\b|[-–]\\s*$`, "i");

/** True when `gap` may sit between a cue and its date. */
function gapLinks(gap: string, block: RegExp): boolean {
  if (gap.length > MAX_GAP || block.test(gap)) return false;
  // A line break only joins a label to a value ("Date of birth:\n12/03/2015"), never prose to prose.
  return !gap.includes("\n") || /^[\s:\-–(\[]*$/.test(gap);
}

/**
 * True when a birth cue sits before `date`, close enough and in the same clause, with no other date in
 * between (a cue belongs to the first date after it; later dates join only through the stricter chain rule).
 */
function cuedBefore(body: string, date: DateMention, previousDateEnd: number): boolean {
  const from = Math.max(0, date.start - CUE_WINDOW);
  const before = body.slice(from, date.start);
  let lastEnd = -1;
  let lastText = "";
  CUE_BEFORE.lastIndex = 0;
  for (let m = execNotAfter(CUE_BEFORE, before, afterAsciiLetter); m !== null; m = execNotAfter(CUE_BEFORE, before, afterAsciiLetter)) {
    lastEnd = m.index + m[0].length;
    lastText = m[0];
  }
  if (lastEnd < 0 || from + lastEnd < previousDateEnd) return false;
  const gap = before.slice(lastEnd);
  // "b." is terse notation: only directly before the date.
  if (lastText.toLowerCase() === "b.") return /^\s?$/.test(gap);
  return gapLinks(gap, CUE_GAP_BLOCK);
}

/**
 * Dates of birth: a date (12/03/2015, 12.03.15, 12-3-2015, 12 March 2015, 12th Mar 2015, March 12, 2015,
 * 2015-03-12) with a birth cue just before it (DOB, D.O.B, date of birth, born, b.) or "(DOB)" just after.
 * A date without such context is not a date of birth. A cue can introduce a short list of dates
 * ("DOBs 12/03/2015 and 01/05/2017"): a date right after a birth date, joined only by names, commas or
 * "and", is a birth date too.
 */
export function findDatesOfBirth(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  let previousDobEnd = -1;
  let previousDateEnd = -1;
  for (const date of findDates(body)) {
    let dob = cuedBefore(body, date, previousDateEnd) || CUE_AFTER.test(body.slice(date.end, date.end + 24));
    if (!dob && previousDobEnd >= 0) dob = gapLinks(body.slice(previousDobEnd, date.start), CHAIN_GAP_BLOCK);
    if (dob) {
      out.push({ type: "date-of-birth", start: date.start, end: date.end });
      previousDobEnd = date.end;
    } else {
      previousDobEnd = -1;
    }
    previousDateEnd = date.end;
  }
  return out;
}
