/**
 * Display names that look like addresses. `"j.bloggs@met.police.uk" <x@gmail.com>` shows a police
 * address but delivers to Gmail: the shown address is never used, and when it differs from the real one
 * that is itself a warning sign.
 */

/** Characters that can sit after the `@`: letters, digits, dots, hyphens, non-ASCII letters. */
function isDomainChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 45 ||
    (code >= 0x80 && !isSpaceLike(code))
  );
}

/** Characters that can sit before the `@` in an address written inside a name. */
function isAddressChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 46 || // .
    code === 45 || // -
    code === 95 || // _
    code === 43 || // +
    code === 39 || // '
    (code >= 0x80 && !isSpaceLike(code))
  );
}

/** Punctuation that ends a sentence or opens a quotation rather than belonging to an address. */
function isEdgeJunk(code: number): boolean {
  return code === 46 || code === 39 || code === 45;
}

function isSpaceLike(code: number): boolean {
  return code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/**
 * Every address-like run (`something@something.something`) in a display name, lower-cased, trailing dot
 * removed. One pass: each character is looked at a bounded number of times, so long names stay cheap.
 */
export function addressesInName(name: string): string[] {
  const out: string[] = [];
  let searchFrom = 0;
  for (let at = name.indexOf("@"); at >= 0; at = name.indexOf("@", Math.max(at + 1, searchFrom))) {
    let start = at;
    while (start > searchFrom && isAddressChar(name.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < name.length && isDomainChar(name.charCodeAt(end))) end++;
    searchFrom = end;
    while (start < at && isEdgeJunk(name.charCodeAt(start))) start++;
    let domainEnd = end;
    while (domainEnd > at + 1 && isEdgeJunk(name.charCodeAt(domainEnd - 1))) domainEnd--;
    const local = name.slice(start, at);
    const domain = name.slice(at + 1, domainEnd);
    if (local && domain.includes(".") && !domain.startsWith(".")) out.push(`${local}@${domain}`.toLowerCase());
  }
  return out;
}

/**
 * The first address shown in the display name that is not the real address, or undefined. The real
 * address is compared lower-cased without its trailing dot, so `J.Bloggs@Met.Police.uk <j.bloggs@met.police.uk>`
 * is not a warning.
 */
export function differentAddressInName(name: string, realAddress: string): string | undefined {
  const real = realAddress.toLowerCase().replace(/\.$/, "");
  return addressesInName(name).find((shown) => shown !== real);
}
