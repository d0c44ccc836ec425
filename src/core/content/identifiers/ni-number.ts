import { afterAsciiAlnum, execNotAfter } from "../../text/regex-scan";
import { textBefore, type IdentifierCandidate } from "./candidate";

/**
 * National Insurance numbers (HMRC rules): two prefix letters, the first not D, F, I, Q, U or V and the
 * second not D, F, I, O, Q, U or V; six digits, contiguous or spaced in pairs; an optional suffix A-D.
 * Matched case-insensitively here and filtered in code, because a lower-case prefix is only accepted when
 * the number is named (see below). Fixed-width groups with single optional spaces: no backtracking risk.
 * Not preceded by a letter or digit: checked in code (`execNotAfter`; ES2016 engines have no lookbehind).
 */
const NI_PATTERN =
  /([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2})( ?)(\d{2})\3(\d{2})(?: ?([A-D]))?(?![A-Za-z0-9])(?! [E-Z](?![A-Za-z0-9]))/gi;

/** Prefixes HMRC never issues (or uses only for temporary / administrative numbers). */
const BANNED_PREFIXES: ReadonlySet<string> = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

/** Prefixes of Ofsted URNs that are also valid NI prefixes (see `findNiNumbers`). */
const URN_PREFIXES: ReadonlySet<string> = new Set(["SC", "EY"]);

/** Words that name a National Insurance number. */
const NI_CONTEXT = /\b(?:ni|nino|nin|national insurance|n\.i\.)/;

/**
 * National Insurance numbers. Rules chosen where the issue was silent:
 * - the suffix letter is optional (it is often dropped in emails) but, when present, must be A-D; a
 *   single other capital after the digits ("AB 12 34 56 E") makes the whole thing invalid;
 * - the digits are contiguous (AB123456C) or spaced in pairs (AB 12 34 56 C), one space at most anywhere;
 * - the prefix must be upper case unless an NI label ("NI", "NINO", "National Insurance") sits within
 *   40 characters before it: lower-case two-letter words followed by six digits ("at 123456") are common
 *   in prose, lower-case NI numbers are not;
 * - a suffix, when present, must have the same case as the prefix;
 * - "SC123456" and "EY123456" without a suffix or an NI label are Ofsted URNs.
 */
export function findNiNumbers(body: string): IdentifierCandidate[] {
  const out: IdentifierCandidate[] = [];
  NI_PATTERN.lastIndex = 0;
  for (let m = execNotAfter(NI_PATTERN, body, afterAsciiAlnum); m !== null; m = execNotAfter(NI_PATTERN, body, afterAsciiAlnum)) {
    const prefix = m[1] ?? "";
    const suffix = m[6];
    if (BANNED_PREFIXES.has(prefix.toUpperCase())) continue;
    const upper = prefix === prefix.toUpperCase();
    const lower = prefix === prefix.toLowerCase();
    if (!upper && !lower) continue;
    if (!upper && !NI_CONTEXT.test(textBefore(body, m.index, 40))) continue;
    // Ofsted's unique reference numbers are "SC" (children's social care) or "EY" (early years) and six
    // digits with no letter after: "Inspection feedback - SC482917" is a children's home, not a person.
    if (suffix === undefined && URN_PREFIXES.has(prefix.toUpperCase()) && m[3] === "" && !NI_CONTEXT.test(textBefore(body, m.index, 40))) continue;
    let end = m.index + m[0].length;
    // A suffix of the other case is an ordinary word ("AB123456 a ..."), not part of the number.
    if (suffix !== undefined && (upper ? suffix !== suffix.toUpperCase() : suffix !== suffix.toLowerCase())) {
      end -= 1;
      if (body.charCodeAt(end - 1) === 32) end -= 1;
    }
    out.push({ type: "ni-number", start: m.index, end });
  }
  return out;
}
