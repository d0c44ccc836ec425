import type { IdentifierType } from "../../check/result";

/** A possible identifier before regions, overlaps and priorities are applied. */
export interface IdentifierCandidate {
  type: IdentifierType;
  start: number;
  end: number;
}

/**
 * Words that, shortly before a number, say it is a reference of some other kind (a case, crime or invoice
 * number). Numbers carrying them are not reported as NHS or phone numbers unless the writer also named
 * the identifier: "Case ref 4010232137" is a record number, not a person's NHS number.
 */
const REFERENCE_CONTEXT =
  /\b(?:ref|refs|reference|case|crime|incident|invoice|order|account|acct|a\/c|ticket|policy|claim|job|po|urn|id|sort code|serial|licence|license|membership|payroll|staff|employee|student|upn|pupil)\b/i;

/**
 * The lower-cased text of the `width` characters before `start`, cut at the last line break so that
 * context never leaks in from a previous line.
 */
export function textBefore(body: string, start: number, width: number): string {
  const from = Math.max(0, start - width);
  const text = body.slice(from, start);
  const nl = text.lastIndexOf("\n");
  return (nl >= 0 ? text.slice(nl + 1) : text).toLowerCase();
}

/** True when a reference-number label ("case ref", "invoice no.") sits just before `start`. */
export function hasReferenceContext(body: string, start: number): boolean {
  return REFERENCE_CONTEXT.test(textBefore(body, start, 24));
}

/** ASCII digit test by char code: cheaper than a regex and safe on lone surrogates. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII letter or digit test by char code. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
