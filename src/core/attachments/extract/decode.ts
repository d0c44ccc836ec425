import { strFromU8 } from "fflate";

/**
 * Bytes to a string without `TextDecoder` (core names no DOM or Node type): UTF-8 through fflate's
 * `strFromU8` once the bytes are known to be valid UTF-8, UTF-16 by its byte-order mark, and anything
 * else as Windows-1252 (what Word, Excel and Notepad wrote before UTF-8), so every byte becomes a character.
 */

/** The text encodings SafeShare tells apart. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** The encoding a byte-order mark announces, and the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** Decodes text of unknown encoding: the BOM's, else UTF-8 when valid, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomOf(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  if (isValidUtf8(bytes)) return { text: utf8(bytes), encoding: "utf-8" };
  return { text: windows1252(bytes), encoding: "windows-1252" };
}

/** Decodes bytes in a known encoding (no BOM expected; a UTF-8 BOM is dropped). */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return utf8(bytes);
    case "utf-16le":
      return utf16(bytes, true);
    case "utf-16be":
      return utf16(bytes, false);
    case "windows-1252":
      return windows1252(bytes);
  }
}

/** UTF-8 to a string; invalid input falls back to Windows-1252 so it never throws. */
export function utf8(bytes: Uint8Array): string {
  let b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  if (!isValidUtf8(b)) return windows1252(b);
  try {
    return strFromU8(b);
  } catch {
    return windows1252(b);
  }
}

/** Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF). */
export function isValidUtf8(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes after the lead byte, the smallest code point that needs them, the lead's bits.
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) return false;
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    if (i + need >= n) return false;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** UTF-16 code units to a string, in slices so no call gets too many arguments; an odd last byte is dropped. */
export function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = bytes.length >> 1;
  const parts: string[] = [];
  const SLICE = 8192;
  const buf = new Array<number>(Math.min(SLICE, units));
  for (let u = 0; u < units; u += SLICE) {
    const m = Math.min(SLICE, units - u);
    buf.length = m;
    for (let k = 0; k < m; k++) {
      const i = (u + k) * 2;
      buf[k] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    }
    parts.push(String.fromCharCode.apply(null, buf));
  }
  return parts.join("");
}

/** Windows-1252's 0x80–0x9F (the rest is Latin-1); undefined positions map to themselves, as browsers do. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** One Windows-1252 byte as a character. */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte);
}

/** Windows-1252 bytes to a string. */
export function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 8192;
  const buf: number[] = [];
  for (let u = 0; u < bytes.length; u += SLICE) {
    const m = Math.min(SLICE, bytes.length - u);
    buf.length = m;
    for (let k = 0; k < m; k++) {
      const c = bytes[u + k]!;
      buf[k] = c >= 0x80 && c <= 0x9f ? CP1252_HIGH[c - 0x80]! : c;
    }
    parts.push(String.fromCharCode.apply(null, buf));
  }
  return parts.join("");
}
