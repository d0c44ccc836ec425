/**
 * Types for the npm `punycode` package, imported as `punycode/` (the trailing slash picks the package,
 * not Node's deprecated built-in of the same name). Only what the recipient check uses is declared.
 */
declare module "punycode/" {
  interface Punycode {
    /** Punycode-encode one label's Unicode characters (no `xn--` prefix). */
    encode(input: string): string;
    /** Decode one label's Punycode (no `xn--` prefix). Throws RangeError on malformed input. */
    decode(input: string): string;
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  }
  const punycode: Punycode;
  export default punycode;
}
