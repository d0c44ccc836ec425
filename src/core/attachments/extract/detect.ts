import type { AttachmentFormat } from "../types";
import { bomOf, isValidUtf8 } from "./decode";

/**
 * What a file is: first from its bytes (magic numbers, which do not lie about the container), then from
 * its name and declared type (which may). A .docx that is really a PNG is a picture; a .docx that is really
 * plain text is read as text.
 */

/** What the first bytes say. */
export type Magic = "image" | "pdf" | "zip" | "cfb" | "rtf";

/** What the name or content type says. */
export type NameHint = AttachmentFormat | "image" | "zip" | "doc" | "xls" | "ppt" | "opendocument-other";

const EXTENSIONS: Record<string, NameHint> = {
  txt: "txt", text: "txt", log: "txt", md: "txt",
  csv: "csv", tsv: "csv",
  rtf: "rtf",
  docx: "docx", docm: "docx", dotx: "docx", dotm: "docx",
  xlsx: "xlsx", xlsm: "xlsx", xltx: "xlsx", xltm: "xlsx",
  pptx: "pptx", pptm: "pptx", ppsx: "pptx", ppsm: "pptx", potx: "pptx",
  odt: "odt", ott: "odt",
  ods: "opendocument-other", odp: "opendocument-other", odg: "opendocument-other",
  pdf: "pdf",
  eml: "eml",
  msg: "msg",
  doc: "doc", dot: "doc", xls: "xls", xlt: "xls", ppt: "ppt", pps: "ppt", pot: "ppt",
  zip: "zip",
  png: "image", jpg: "image", jpeg: "image", jpe: "image", jfif: "image", gif: "image", tif: "image", tiff: "image",
  bmp: "image", webp: "image", heic: "image", heif: "image", avif: "image",
};

const CONTENT_TYPES: Record<string, NameHint> = {
  "text/plain": "txt",
  "text/csv": "csv",
  "text/tab-separated-values": "csv",
  "text/rtf": "rtf",
  "application/rtf": "rtf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/pdf": "pdf",
  "message/rfc822": "eml",
  "application/vnd.ms-outlook": "msg",
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
  "application/zip": "zip",
};

/** The format the name's extension says, else the content type's. */
export function nameHint(name: string, contentType: string | undefined): NameHint | undefined {
  const dot = name.lastIndexOf(".");
  if (dot >= 0 && dot < name.length - 1) {
    const ext = name.slice(dot + 1).trim().toLowerCase();
    const hint = Object.prototype.hasOwnProperty.call(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
    if (hint) return hint;
  }
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type.startsWith("image/")) return "image";
  return Object.prototype.hasOwnProperty.call(CONTENT_TYPES, type) ? CONTENT_TYPES[type] : undefined;
}

function startsWith(b: Uint8Array, at: number, sig: readonly number[]): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function ascii(b: Uint8Array, at: number, length: number): string {
  let s = "";
  for (let i = at; i < at + length && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"]);
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

/** Whether the bytes start like a picture (PNG, JPEG, GIF, TIFF, BMP, WebP, HEIC/HEIF/AVIF). */
export function isImage(b: Uint8Array): boolean {
  if (startsWith(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return true;
  if (startsWith(b, 0, [0xff, 0xd8, 0xff])) return true;
  if (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a") return true;
  if (startsWith(b, 0, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, 0, [0x4d, 0x4d, 0x00, 0x2a])) return true;
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return true;
  if (ascii(b, 4, 4) === "ftyp" && HEIF_BRANDS.has(ascii(b, 8, 4))) return true;
  // "BM" alone starts ordinary text too: a BMP also names one of its known header sizes at byte 14.
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    const dib = b[14]! | (b[15]! << 8) | (b[16]! << 16) | (b[17]! << 24);
    if (BMP_HEADER_SIZES.has(dib)) return true;
  }
  return false;
}

/** What the first bytes say the file is, if anything. */
export function magicOf(b: Uint8Array): Magic | undefined {
  if (isImage(b)) return "image";
  if (startsWith(b, 0, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, 0, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  const bomLength = bomOf(b)?.encoding === "utf-8" ? 3 : 0;
  if (ascii(b, bomLength, 5) === "{\\rtf") return "rtf";
  if (ascii(b, 0, 5) === "%PDF-") return "pdf";
  return undefined;
}

/** Whether "%PDF-" appears in the first kilobyte (where readers accept it, after junk a mailer added). */
export function hasPdfHeaderNearStart(b: Uint8Array): boolean {
  const end = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= end; i++) if (b[i] === 0x25 && ascii(b, i, 5) === "%PDF-") return true;
  return false;
}

const SAMPLE = 64 * 1024;

/**
 * Whether the bytes read as text: a BOM, or no NULs, few control bytes, and UTF-8 or mostly ASCII (a file
 * whose name says it is text may have any share of Windows-1252's accented letters and curly quotes).
 */
export function looksLikeText(b: Uint8Array, namedText = false): boolean {
  if (b.length === 0) return true;
  const bom = bomOf(b);
  if (bom) return true;
  let n = Math.min(b.length, SAMPLE);
  let controls = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return false;
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) controls++;
    else if (c === 0x7f) controls++;
    else if (c >= 0x80) high++;
  }
  if (controls * 100 > n) return false;
  if (namedText) return true;
  if (n < b.length) {
    // Cut the sample before a UTF-8 sequence the sampling split.
    let back = 0;
    while (back < 3 && n - back - 1 > 0 && (b[n - back - 1]! & 0xc0) === 0x80) back++;
    if (n - back - 1 >= 0 && b[n - back - 1]! >= 0xc0) n = n - back - 1;
  }
  if (isValidUtf8(b.subarray(0, n))) return true;
  return high * 10 < n * 3;
}

const EMAIL_HEADERS = new Set(["from", "to", "cc", "subject", "date", "received", "return-path", "mime-version", "message-id", "delivered-to", "reply-to", "content-type"]);

/** Whether the bytes start like an email (a header block naming at least two of an email's usual headers). */
export function looksLikeEmail(b: Uint8Array): boolean {
  const head = ascii(b, 0, 4096);
  const lines = head.split(/\r?\n/);
  let known = 0;
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i]!;
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (i === 0) return false;
      continue; // a folded header
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    if (EMAIL_HEADERS.has(m[1]!.toLowerCase())) known++;
  }
  return known >= 2;
}
