import { execNotAfter, isAsciiAlnumCode, isAsciiDigitCode } from "../../text/regex-scan";
import { hasReferenceContext, textBefore, type IdentifierCandidate } from "./candidate";

/**
 * Ten digits, contiguous (9434765919), spaced 3-3-4 (943 476 5919), hyphenated (943-476-5919) or dotted
 * (943.476.5919, as some clinical systems print it), with the same separator both times. Not glued to letters or other digits, and not continuing into a longer
 * hyphenated or decimal run. Every quantifier is fixed-width, so the regex cannot backtrack badly. What may
 * not come before is checked by `afterLetterOrDigitRun` (ES2016 engines have no lookbehind).
 */
const NHS_PATTERN = /(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![A-Za-z0-9]|[-.\/]\d)/g;

/** `(?<![A-Za-z0-9]|\d[-.\/])`: glued to a letter or digit, or continuing a hyphenated or decimal run. */
function afterLetterOrDigitRun(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isAsciiAlnumCode(c)) return true;
  return (c === 45 || c === 46 || c === 47) && start > 1 && isAsciiDigitCode(text.charCodeAt(start - 2));
}

/** Up to `width` characters after `end`, on the same line, lower-cased. */
function textAfter(body: string, end: number, width: number): string {
  const text = body.slice(end, end + width);
  const nl = text.indexOf("\n");
  return (nl >= 0 ? text.slice(0, nl) : text).toLowerCase();
}

/** Words that name the number as an NHS (or Scottish CHI / health and care) number. */
const NHS_CONTEXT = /\b(?:nhs|chi|health and care|h&c|patient)\b/;

/**
 * True when the ten digits carry a valid NHS modulus-11 check digit. Weights 10..2 on the first nine
 * digits; the check digit is 11 - (sum mod 11), 11 becomes 0, and 10 means the number is invalid.
 */
export function nhsChecksumValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/**
 * NHS numbers: ten digits with a valid modulus-11 check digit. A contiguous number that starts with 0 and
 * is not named as an NHS/CHI number is left to the phone finder (0800 and some 01 numbers are ten digits
 * long); written 3-3-4 it is an NHS number, because no UK phone number is laid out that way. A number
 * labelled as a case, crime or invoice reference is not reported unless "NHS" is named too.
 */
export function findNhsNumbers(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  NHS_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(NHS_PATTERN, body, afterLetterOrDigitRun); m !== null; m = execNotAfter(NHS_PATTERN, body, afterLetterOrDigitRun)) {
    const digits = (m[1] ?? "") + (m[3] ?? "") + (m[4] ?? "");
    if (!nhsChecksumValid(digits)) continue;
    const start = m.index;
    // Named before ("NHS no. 943 476 5919") or just after ("Ref 943 476 5919 (NHS number)"), as Microsoft
    // Purview's NHS number type looks for its keywords on either side of the number.
    const named = NHS_CONTEXT.test(textBefore(body, start, 40)) || NHS_CONTEXT.test(textAfter(body, m.index + m[0].length, 40));
    // Contiguous ten digits starting 0 may be a phone (0800 123456); spaced 3-3-4 is never a UK phone layout.
    if (!named && digits.startsWith("0") && (m[2] ?? "") === "") continue;
    if (!named && hasReferenceContext(body, start)) continue;
    out.push({ type: "nhs-number", start, end: start + m[0].length });
  }
  return out;
}
