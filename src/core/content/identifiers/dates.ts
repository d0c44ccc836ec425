import type { Span } from "../../check/result";
import { afterAsciiAlnum, execNotAfter, isAsciiDigitCode } from "../../text/regex-scan";

/** A calendar date written in the body. */
export interface DateMention extends Span {
  day: number;
  month: number;
  /** Four-digit year, or two-digit year as written (0-99). */
  year: number;
}

/** Month names and their usual abbreviations; bounded optional tails only, no open repetition. */
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/*
 * What may not come before a date is checked in code (`execNotAfter`): ES2016 engines have no lookbehind.
 * Numeric dates: not after a digit or a digit and separator (`afterDigitRun`); text dates: not after a
 * letter or digit.
 */

/** 12/03/2015, 12.03.15, 12-3-2015: day first (UK), same separator twice. */
const NUMERIC_DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/g;
/** 2015-03-12, 2015/03/12: ISO order. */
const NUMERIC_YMD = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d|[/.-]\d)/g;
/** 12 March 2015, 12th Mar 2015, 12 of March, 2015, 12-Mar-15. */
const TEXT_DMY = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \\u00a0-]${MONTH}\\.?,?[ \\u00a0-]'?(\\d{4}|\\d{2})(?![A-Za-z0-9])`,
  "gi",
);
/** March 12, 2015 and March 12th 2015 (US order, common in forwarded mail). */
const TEXT_MDY = new RegExp(
  `${MONTH}\\.?[ \\u00a0](\\d{1,2})(?:st|nd|rd|th)?,?[ \\u00a0](\\d{4})(?![A-Za-z0-9])`,
  "gi",
);

/** `(?<!\d|\d[/.-])`: a digit, or a digit and a date separator, just before `start`. */
function afterDigitRun(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isAsciiDigitCode(c)) return true;
  return (c === 47 || c === 46 || c === 45) && start > 1 && isAsciiDigitCode(text.charCodeAt(start - 2));
}

/** Month number (1-12) of a month name or abbreviation; 0 when unknown. */
function monthOf(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1;
}

/** True for a plausible calendar date (day fits the month, leap years aside; four-digit years 1900-2099). */
function plausible(day: number, month: number, year: number, yearDigits: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return false;
  return yearDigits === 2 || (year >= 1900 && year <= 2099);
}

/**
 * Every calendar date in the body, in order, without overlaps. Numeric dates are read day-first (UK);
 * a numeric date that only makes sense month-first (03/25/2015) is accepted month-first.
 */
export function findDates(body: string): DateMention[] {
  const found: DateMention[] = [];
  const push = (m: RegExpExecArray, day: number, month: number, yearText: string, monthFirstOk = false): void => {
    let d = day;
    let mo = month;
    if (monthFirstOk && mo > 12 && d <= 12) [d, mo] = [mo, d];
    const year = Number(yearText);
    if (!plausible(d, mo, year, yearText.length)) return;
    found.push({ start: m.index, end: m.index + m[0].length, day: d, month: mo, year });
  };
  const run = (re: RegExp, rejectAt: (text: string, start: number) => boolean, each: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = execNotAfter(re, body, rejectAt); m !== null; m = execNotAfter(re, body, rejectAt)) each(m);
  };
  run(NUMERIC_DMY, afterDigitRun, (m) => push(m, Number(m[1]), Number(m[3]), m[4] ?? "", true));
  run(NUMERIC_YMD, afterDigitRun, (m) => push(m, Number(m[4]), Number(m[3]), m[1] ?? ""));
  run(TEXT_DMY, afterAsciiAlnum, (m) => push(m, Number(m[1]), monthOf(m[2] ?? ""), m[3] ?? ""));
  run(TEXT_MDY, afterAsciiAlnum, (m) => push(m, Number(m[2]), monthOf(m[1] ?? ""), m[3] ?? ""));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last !== undefined && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
