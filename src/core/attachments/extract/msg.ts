import { htmlToText } from "../../text/html-to-text";
import type { ExtractedAttachment, ReadableAttachment } from "../types";
import { CfbFile, type CfbEntry } from "./cfb";
import { ExtractContext, ExtractStop } from "./context";
import { decodeText, utf16, utf8, windows1252 } from "./decode";
import type { ReadInner } from "./eml";
import { addInnerFile, type InnerFiles } from "./inner-files";
import { unreadable } from "./messages";
import { PartsBuilder, readUntilFull } from "./parts";
import { readRtf } from "./rtf";

/**
 * A saved Outlook message (.msg, MS-OXMSG) read through the bounded compound-file reader (`cfb.ts`), as
 * an attached .eml is read (`eml.ts`): its subject and its text (the plain-text body, else the HTML body as
 * text, else the compressed RTF body), then its own attachments, each read by the same function one level
 * down. An Outlook message attached to it (an embedded message, a storage inside the file) is read too,
 * but its attachments are only listed as not read: SafeShare reads one level of attachments.
 *
 * Properties are streams named `__substg1.0_PPPPTTTT` (property id, then type: 001F a UTF-16LE string,
 * 001E an 8-bit string, 0102 binary); numbers are in the `__properties_version1.0` stream (16-byte
 * records after a header of 32 bytes for the message, 24 for an embedded message, 8 for an attachment).
 * 8-bit strings are Windows-1252 unless the message says its code page is UTF-8 (65001).
 * The sender (0x0C1A) and the To line (0x0E04) are not put in the text, as the .eml reader leaves out
 * the headers: the text is what the email says.
 */

const PR_SUBJECT = 0x0037;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_HTML = 0x1013;
const PR_ATTACH_DATA = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_METHOD = 0x3705;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_DISPLAY_NAME = 0x3001;
const PR_INTERNET_CPID = 0x3fde;
const PR_MESSAGE_CODEPAGE = 0x3ffd;

const ATTACH_EMBEDDED_MSG = 5;
const ATTACH_OLE = 6;
const UTF8_CODEPAGE = 65001;

/** Longest file name kept, in characters. */
const MAX_NAME = 1024;
/** Largest `__properties_version1.0` stream read (a real one holds a few hundred records). */
const MAX_PROPERTIES_BYTES = 1024 * 1024;

const ATTACH_STORAGE = /^__attach_version1\.0_#[0-9a-f]{8}$/i;

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, "0");
}

/** Drops the terminating NULs a writer may leave at a string's end. */
function withoutNuls(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** One message's, embedded message's or attachment's properties. */
class Properties {
  private readonly fixed = new Map<number, number>();

  constructor(
    private readonly file: CfbFile,
    private readonly storage: CfbEntry,
    headerBytes: number,
    ctx: ExtractContext,
    private codepage: number | undefined,
  ) {
    const stream = storage.children.get("__PROPERTIES_VERSION1.0");
    if (stream?.kind === "stream") {
      const b = file.read(stream, MAX_PROPERTIES_BYTES);
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let at = headerBytes; at + 16 <= b.length; at += 16) {
        ctx.tick();
        const tag = v.getUint32(at, true);
        // Only 32-bit integers (type 0003) are wanted here: the attach method and the code pages.
        if ((tag & 0xffff) === 0x0003) this.fixed.set(tag >>> 16, v.getUint32(at + 8, true));
      }
    }
    if (this.codepage === undefined) {
      const cp = this.fixed.get(PR_INTERNET_CPID) ?? this.fixed.get(PR_MESSAGE_CODEPAGE);
      if (cp !== undefined) this.codepage = cp;
    }
  }

  get messageCodepage(): number | undefined {
    return this.codepage;
  }

  long(id: number): number | undefined {
    return this.fixed.get(id);
  }

  private stream(id: number, type: string): CfbEntry | undefined {
    const e = this.storage.children.get(`__SUBSTG1.0_${hex4(id)}${type}`);
    return e?.kind === "stream" ? e : undefined;
  }

  has(id: number, type: string): boolean {
    return this.stream(id, type) !== undefined;
  }

  /** A string property (UTF-16 or 8-bit), at most `maxChars` characters of it. */
  string(id: number, maxChars: number): string | undefined {
    const wide = this.stream(id, "001F");
    if (wide) return withoutNuls(utf16(this.file.read(wide, 2 * maxChars + 2), true));
    const narrow = this.stream(id, "001E");
    if (narrow) {
      if (this.codepage !== UTF8_CODEPAGE) return withoutNuls(windows1252(this.file.read(narrow, maxChars + 1)));
      let b = this.file.read(narrow, 4 * maxChars + 4);
      // A prefix cut inside a character would fail UTF-8's check and be read as Windows-1252: cut before it.
      if (b.length < narrow.size) {
        let end = b.length;
        while (end > 0 && (b[end - 1]! & 0xc0) === 0x80) end--;
        if (end > 0 && b[end - 1]! >= 0xc0) end--;
        b = b.subarray(0, end);
      }
      return withoutNuls(utf8(b));
    }
    return undefined;
  }

  binary(id: number, max?: number): Uint8Array | undefined {
    const e = this.stream(id, "0102");
    return e ? this.file.read(e, max) : undefined;
  }

  binarySize(id: number): number | undefined {
    return this.stream(id, "0102")?.size;
  }

  storageOf(id: number, type: string): CfbEntry | undefined {
    const e = this.storage.children.get(`__SUBSTG1.0_${hex4(id)}${type}`);
    return e?.kind === "storage" ? e : undefined;
  }
}

/** Reads a .msg file's bytes (a compound file): its subject, its text, and its attachments one level down. */
export async function readMsg(bytes: Uint8Array, ctx: ExtractContext, readInner: ReadInner): Promise<ReadableAttachment> {
  const file = new CfbFile(bytes, ctx);
  const names = [...file.root.children.keys()];
  if (!names.some((n) => n === "__PROPERTIES_VERSION1.0" || n.startsWith("__SUBSTG1.0_"))) throw new ExtractStop("malformed");
  return readMessage(file, file.root, 32, ctx, readInner, undefined);
}

async function readMessage(
  file: CfbFile,
  storage: CfbEntry,
  headerBytes: number,
  ctx: ExtractContext,
  readInner: ReadInner,
  codepage: number | undefined,
): Promise<ReadableAttachment> {
  const props = new Properties(file, storage, headerBytes, ctx, undefined);
  const cp = props.messageCodepage ?? codepage;
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const subject = props.string(PR_SUBJECT, ctx.remainingChars);
    if (subject) parts.add(subject, "the attached email's subject");
    parts.add(bodyOf(props, ctx, cp), "the attached email's text");
  });
  ctx.check();
  const result = parts.result("msg");

  const attachments = [...storage.children.values()]
    .filter((e) => e.kind === "storage" && ATTACH_STORAGE.test(e.name))
    .sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  const inner: InnerFiles = [];
  let index = 0;
  for (const a of attachments) {
    index++;
    ctx.tick();
    const ap = new Properties(file, a, 8, ctx, cp);
    const embedded = ap.storageOf(PR_ATTACH_DATA, "000D");
    const method = ap.long(PR_ATTACH_METHOD);
    const isMessage = embedded !== undefined && (method === ATTACH_EMBEDDED_MSG || method === undefined);
    const name =
      ap.string(PR_ATTACH_LONG_FILENAME, MAX_NAME) ||
      ap.string(PR_ATTACH_FILENAME, MAX_NAME) ||
      ap.string(PR_DISPLAY_NAME, MAX_NAME) ||
      (isMessage ? `attached email ${index}.msg` : `attachment ${index}`);
    await addInnerFile(inner, ctx, name, (innerCtx) => readAttachment(file, ap, name, isMessage ? embedded : undefined, method, innerCtx, readInner, cp));
  }
  return inner.length > 0 ? { ...result, inner } : result;
}

/** One attachment, read one level down: an embedded message through this reader, a file through `readInner`. */
async function readAttachment(
  file: CfbFile,
  ap: Properties,
  name: string,
  embedded: CfbEntry | undefined,
  method: number | undefined,
  ctx: ExtractContext,
  readInner: ReadInner,
  codepage: number | undefined,
): Promise<ExtractedAttachment> {
  const format = embedded ? "msg" : "unknown";
  try {
    if (embedded) return await readMessage(file, embedded, 24, ctx, readInner, codepage);
    // An OLE object (a file pasted into the message) or a link to a file elsewhere: nothing here to read.
    const size = ap.binarySize(PR_ATTACH_DATA);
    if (method === ATTACH_OLE || size === undefined) return unreadable("unsupported", name, "unknown");
    if (size > ctx.limits.maxFileBytes) return unreadable("too-large", name, "unknown", { size, limits: ctx.limits });
    const bytes = ap.binary(PR_ATTACH_DATA) ?? new Uint8Array(0);
    const mime = ap.string(PR_ATTACH_MIME_TAG, MAX_NAME);
    return await readInner({ name, contentType: mime || undefined, bytes }, ctx);
  } catch (e) {
    // Streams that share sectors to multiply the file (the reader's byte budget) make the whole file a bomb.
    if (e instanceof ExtractStop && e.reason === "bomb") throw e;
    if (e instanceof ExtractStop) return unreadable(e.reason, name, format, { detail: e.detail });
    return unreadable("malformed", name, format);
  }
}

/** The message's text: the plain body, else the HTML body as text, else the compressed RTF body's text. */
function bodyOf(props: Properties, ctx: ExtractContext, codepage: number | undefined): string {
  const plain = props.string(PR_BODY, ctx.remainingChars);
  if (plain !== undefined && plain.trim().length > 0) return plain;
  const html = props.has(PR_HTML, "0102") ? htmlBytesToString(props.binary(PR_HTML)!, codepage) : props.string(PR_HTML, ctx.limits.maxFileBytes);
  if (html !== undefined && html.trim().length > 0) {
    ctx.tick(1 + (html.length >> 6));
    const text = htmlToText(html);
    ctx.check();
    if (text.trim().length > 0) return text;
  }
  const rtf = props.binary(PR_RTF_COMPRESSED);
  if (rtf) {
    const raw = decompressRtf(rtf, ctx);
    // Read in a context of its own, so the characters are spent once (by the message's parts).
    const r = readRtf(raw, new ExtractContext(ctx.limits, ctx.deadline, ctx.depth, ctx.remainingChars));
    return r.text;
  }
  return plain ?? "";
}

/** The HTML body's bytes as a string: UTF-8 when the message says so, else by its BOM or its bytes. */
function htmlBytesToString(b: Uint8Array, codepage: number | undefined): string {
  return codepage === UTF8_CODEPAGE ? utf8(b) : decodeText(b).text;
}

/**
 * The dictionary compressed RTF starts with (MS-OXRTFCP 2.1.3.1.1): 207 characters, the line break CR LF.
 */
export const RTF_PREBUF =
  "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/**
 * Compressed RTF (MS-OXRTFCP) to RTF bytes: a 16-byte header (sizes, "LZFu" or "MELA" for stored, CRC),
 * then runs of 8 tokens after a control byte: a literal byte, or a 12-bit dictionary offset and a 4-bit
 * length (+2) into a 4 KB ring dictionary; the offset of the write position ends it. The output is capped
 * by the size the header declares and by `maxUnzippedBytes`; each token costs at least one input byte
 * for at most 17 out, so the loop is bounded by the input's length.
 */
export function decompressRtf(b: Uint8Array, ctx: ExtractContext): Uint8Array {
  if (b.length < 16) throw new ExtractStop("malformed");
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const rawSize = v.getUint32(4, true);
  const kind = v.getUint32(8, true);
  const cap = Math.min(rawSize, ctx.limits.maxUnzippedBytes, 17 * b.length);
  if (kind === MELA) return b.slice(16, 16 + Math.min(cap, b.length - 16));
  if (kind !== LZFU) throw new ExtractStop("malformed");
  const dict = new Uint8Array(4096);
  for (let i = 0; i < RTF_PREBUF.length; i++) dict[i] = RTF_PREBUF.charCodeAt(i);
  let write = RTF_PREBUF.length;
  const out = new Uint8Array(cap);
  let n = 0;
  let at = 16;
  while (at < b.length && n < cap) {
    ctx.tick();
    const control = b[at++]!;
    for (let bit = 0; bit < 8 && n < cap; bit++) {
      if ((control & (1 << bit)) === 0) {
        if (at >= b.length) return out.subarray(0, n);
        const c = b[at++]!;
        out[n++] = c;
        dict[write] = c;
        write = (write + 1) & 0xfff;
        continue;
      }
      if (at + 1 >= b.length) return out.subarray(0, n);
      const token = (b[at]! << 8) | b[at + 1]!;
      at += 2;
      const offset = token >> 4;
      const length = (token & 0xf) + 2;
      if (offset === write) return out.subarray(0, n);
      for (let k = 0; k < length && n < cap; k++) {
        const c = dict[(offset + k) & 0xfff]!;
        out[n++] = c;
        dict[write] = c;
        write = (write + 1) & 0xfff;
      }
    }
  }
  return out.subarray(0, n);
}
