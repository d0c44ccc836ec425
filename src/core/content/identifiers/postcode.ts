import { afterAsciiAlnum, execNotAfter } from "../../text/regex-scan";
import type { IdentifierCandidate } from "./candidate";

/**
 * UK postcodes in the official shapes (outward code A9, A99, AA9, AA99, A9A or AA9A; inward code 9AA),
 * plus the special GIR 0AA. Letter rules: the first letter is never Q, V or X; the second never I, J or Z;
 * a letter in third place is one of A B C D E F G H J K P S T U W; in fourth place one of A B E H M N P R
 * V W X Y; the two inward letters never C, I, K, M, O or V. At most one space (or none) between the halves.
 * Matched case-insensitively and filtered in code (see `findPostcodes`). All alternatives are fixed-width,
 * so there is no backtracking risk. Not preceded by a letter or digit: checked in code (`execNotAfter`),
 * since ES2016 engines have no lookbehind.
 */
const POSTCODE_PATTERN =
  /(GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])( ?)[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

/**
 * UK postcodes. Case rule chosen for precision: a postcode is accepted in upper case (AL1 3XY, AL13XY)
 * or, when written with its space, wholly in lower case (al1 3xy). Mixed case ("Al1 3Xy") and unspaced
 * lower case ("al13xy") are rejected: they are rare for real postcodes and common for product codes,
 * usernames and typos.
 */
export function findPostcodes(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  POSTCODE_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(POSTCODE_PATTERN, body, afterAsciiAlnum); m !== null; m = execNotAfter(POSTCODE_PATTERN, body, afterAsciiAlnum)) {
    const text = m[0];
    const spaced = text.includes(" ");
    const upper = text === text.toUpperCase();
    const lower = text === text.toLowerCase();
    if (!upper && !(lower && spaced)) continue;
    out.push({ type: "postcode", start: m.index, end: m.index + text.length });
  }
  return out;
}
