/**
 * Small, valid PDFs built by hand, byte for byte the same on every machine: one page per entry, each page
 * a column of lines in the standard Helvetica font (no font file embedded), a "scan" (a page that is only
 * a picture), and optionally the standard security handler (RC4, 40-bit, revision 2) with a user and an
 * owner password. The cross-reference table's offsets are computed, so PDF readers take the file as it is
 * without repairing it. The tests, the benchmark and `make-attachment-samples.ts` (assets/samples/referral.pdf)
 * build their PDFs with these. Everything in the samples is invented.
 */
import { createHash } from "node:crypto";

/** One page: lines of text from the top, or a scanned page (one grey picture and no text). */
export type PdfPageSpec = readonly string[] | { readonly scan: true };

export interface PdfOptions {
  /** Encrypts the file (RC4 40-bit). An empty user password opens it without asking; any other asks for it. */
  readonly encrypt?: { readonly userPassword: string; readonly ownerPassword: string };
  /** A title in the document information dictionary. */
  readonly title?: string;
}

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/** WinAnsiEncoding bytes of the few characters outside ASCII the samples use. */
const WIN_ANSI: Record<string, number> = { "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "£": 0xa3, "é": 0xe9 };

/** A PDF literal string in WinAnsiEncoding: ( ) \ escaped, anything else outside printable ASCII in octal. */
function literal(text: string): string {
  let out = "(";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "(" || ch === ")" || ch === "\\") out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else {
      const byte = WIN_ANSI[ch] ?? 0x3f; // "?" for anything else
      out += `\\${byte.toString(8).padStart(3, "0")}`;
    }
  }
  return `${out})`;
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash("md5");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const padded = (password: string): Uint8Array => {
  const p = latin1(password).subarray(0, 32);
  const out = new Uint8Array(32);
  out.set(p);
  out.set(PAD.subarray(0, 32 - p.length), p.length);
  return out;
};

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

/** The standard security handler, revision 2 (PDF 1.7, 7.6.3): O, U and the file key. */
function securityOf(userPassword: string, ownerPassword: string, id: Uint8Array, permissions: number) {
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return { o, u, key };
}

/** The key for one object's strings and streams (algorithm 1). */
function objectKey(fileKey: Uint8Array, num: number): Uint8Array {
  const extra = Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]);
  return md5(fileKey, extra).subarray(0, Math.min(fileKey.length + 5, 16));
}

/** A page's content stream: the lines from the top of an A4 page, 12 pt Helvetica, 15 pt apart. */
function contentOf(lines: readonly string[]): string {
  if (lines.length === 0) return "";
  return ["BT", "/F1 12 Tf", "15 TL", "56 780 Td", ...lines.map((l, i) => (i === 0 ? `${literal(l)} Tj` : `${literal(l)} '`)), "ET"].join("\n");
}

/** An 8×8 grey picture drawn large: what a scanned page is to a text reader (no text at all). */
const SCAN_PICTURE = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);

/** Builds the PDF: pages of lines (or scans), Helvetica, optionally encrypted. Deterministic bytes. */
export function pdfOf(pages: readonly PdfPageSpec[], options: PdfOptions = {}): Uint8Array {
  // Objects: 1 catalog, 2 pages, 3 font, 4 picture, 5 info, then per page: page, content.
  const id = md5(latin1(`safeshare-sample:${pages.length}:${JSON.stringify(pages)}:${options.title ?? ""}`));
  const security = options.encrypt ? securityOf(options.encrypt.userPassword, options.encrypt.ownerPassword, id, -44) : undefined;
  const seal = (num: number, data: Uint8Array): Uint8Array => (security ? rc4(objectKey(security.key, num), data) : data);
  const sealedString = (num: number, text: string): string => (security ? `<${hex(seal(num, latin1(text)))}>` : literal(text));

  const objects: (string | { dict: string; data: Uint8Array })[] = [];
  const pageNums = pages.map((_, i) => 6 + 2 * i);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] = { dict: "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", data: seal(4, SCAN_PICTURE) };
  objects[5] = `<< /Producer ${sealedString(5, "SafeShare test samples")}${options.title ? ` /Title ${sealedString(5, options.title)}` : ""} >>`;
  pages.forEach((spec, i) => {
    const num = pageNums[i]!;
    const scan = !Array.isArray(spec);
    const content = scan ? "q\n483 0 0 683 56 80 cm\n/Im1 Do\nQ" : contentOf(spec as readonly string[]);
    objects[num] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${num + 1} 0 R >>`;
    objects[num + 1] = { dict: "", data: seal(num + 1, latin1(content)) };
  });
  let encryptNum: number | undefined;
  if (security) {
    encryptNum = objects.length;
    objects[encryptNum] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(security.o)}> /U <${hex(security.u)}> /P -44 >>`;
  }

  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (b: Uint8Array): void => {
    chunks.push(b);
    length += b.length;
  };
  push(latin1("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
  const offsets: number[] = [];
  for (let num = 1; num < objects.length; num++) {
    const o = objects[num]!;
    offsets[num] = length;
    if (typeof o === "string") push(latin1(`${num} 0 obj\n${o}\nendobj\n`));
    else {
      push(latin1(`${num} 0 obj\n<< ${o.dict}${o.dict ? " " : ""}/Length ${o.data.length} >>\nstream\n`));
      push(o.data);
      push(latin1("\nendstream\nendobj\n"));
    }
  }
  const xref = length;
  const rows = [`xref\n0 ${objects.length}\n`, "0000000000 65535 f \n", ...offsets.slice(1).map((at) => `${String(at).padStart(10, "0")} 00000 n \n`)];
  const idHex = `<${hex(id)}>`;
  const encrypt = encryptNum ? ` /Encrypt ${encryptNum} 0 R` : "";
  push(latin1(`${rows.join("")}trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R${encrypt} /ID [${idHex} ${idHex}] >>\nstartxref\n${xref}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Splits text into lines of at most `width` characters at spaces (a page's column). */
export function wrap(text: string, width = 90): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------- Samples

/** The fictional referral form of assets/samples/referral.docx as a two-page PDF (assets/samples/referral.pdf). */
export function referralPdf(): Uint8Array {
  const header = "OFFICIAL-SENSITIVE: Children's Services referral";
  const footer = "Fictional sample for SafeShare testing. Every name, address and number in it is invented.";
  const page1 = [
    header,
    "",
    "Request for support: referral to Children's Social Care",
    "",
    ...wrap("Please complete every section. If you think a child is at immediate risk of harm, call the police on 999 first."),
    "",
    "1. The child",
    "Child's name: Maisie Thornton",
    "Date of birth: 14/03/2016 (age 8)",
    "NHS number: 943 476 5919",
    "School: Larkfield Primary School, Year 4 (class teacher: Mr D. Hale)",
    "Home address: 12 Orchard Close, Brackley Green, BG4 7TN",
    "Lives with: Donna Thornton (mother) and Kyle Thornton (brother, 14)",
    "",
    "2. Why you are referring",
    ...wrap(
      "On Monday 3 March 2025 at about 10:15 Maisie's class teacher noticed bruising on the inside of both of Maisie's upper arms while she was changing for PE. " +
        "The bruises were oval, about the size of fingertips, and a yellow-green colour. Maisie pulled her sleeves down and would not say how she got them. [1]",
    ),
    "",
    ...wrap("Maisie has been late to school on 6 of the last 10 days, has come in hungry twice this term, and was withdrawn and tearful in class on 28 February and 3 March."),
    "",
    "[1] The bruising was seen by two members of staff: Mr D. Hale and Mrs P. Quinn (teaching assistant).",
    "",
    footer,
  ];
  const page2 = [
    header,
    "",
    "3. What the parent said",
    ...wrap(
      "I spoke to Ms Thornton at collection on 3 March. She said that Maisie \"fell off the trampoline at the weekend\" and that \"she bruises easily, she always has\". " +
        "She said she was too busy to talk and that she did not want \"social workers poking around again\".",
    ),
    "",
    "4. What the child said",
    ...wrap("When the teacher asked if she was all right, Maisie said: \"Kyle gets cross when Mum's out.\" She did not say anything more and was not pressed."),
    "",
    "5. Consent",
    ...wrap("The referral has not been discussed with Ms Thornton because doing so might place Maisie at increased risk of harm."),
    "",
    "6. Referrer",
    "Name: Sarah Okafor",
    "Role: Designated Safeguarding Lead, Larkfield Primary School",
    "Telephone: 01632 960 418",
    "Date of referral: 3 March 2025",
    "",
    footer,
  ];
  return pdfOf([page1, page2], { title: "Request for support: referral to Children's Social Care" });
}
