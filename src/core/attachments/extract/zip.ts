import { Inflate } from "fflate";
import { ExtractStop, type ExtractContext } from "./context";
import { utf8, windows1252 } from "./decode";

/**
 * The zip container of .docx, .xlsx, .pptx and .odt, read safely. fflate inflates; this file reads the
 * zip's central directory itself because fflate's `unzipSync` can do neither thing a hostile file needs:
 * it never looks at an entry's encryption flag, and it inflates into the declared size while still
 * decoding the whole stream (an entry that lies about its size costs the time of its true size). Here:
 * - the entry count is capped before any entry is listed (`maxZipEntries` → `bomb`);
 * - an entry is refused before inflating if it is encrypted (flag bit 0, or AES method 99 → `encrypted`),
 *   if it declares an expansion past `maxZipRatio` (→ `bomb`), or if the running total of what was
 *   unzipped would pass `maxUnzippedBytes` (→ `too-large`);
 * - inflating is streamed in small slices and stops the moment the output passes the declared size
 *   (→ `bomb`), looking at the clock between slices.
 * Every loop is bounded by the file's length or the entry count.
 */

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Declared expansion is judged only past this size: small entries cannot hurt whatever their ratio. */
const RATIO_FLOOR = 1024 * 1024;
/** Compressed bytes pushed to the inflater at once: bounds one push's output to about 8 MB. */
const SLICE = 8 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A little-endian 64-bit value, refused (malformed) past what a double holds exactly. */
function u64(b: Uint8Array, at: number): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (hi > 0x1fffff) throw new ExtractStop("malformed");
  return hi * 0x100000000 + lo;
}

/** An entry's name: UTF-8 when its flag says so, else byte for byte (Office part names are ASCII). */
function nameOf(b: Uint8Array, isUtf8: boolean): string {
  return isUtf8 ? utf8(b) : windows1252(b);
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private unzipped = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly ctx: ExtractContext,
  ) {
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }

  /** Lists a zip's entries from its central directory (throws `ExtractStop`: malformed, bomb). */
  static open(bytes: Uint8Array, ctx: ExtractContext): ZipArchive {
    const n = bytes.length;
    if (n < 22) throw new ExtractStop("malformed");
    // The end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
    let eocd = -1;
    for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
      if (bytes[i] === 0x50 && u32(bytes, i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ExtractStop("malformed");
    let count = u16(bytes, eocd + 10);
    let cdOffset = u32(bytes, eocd + 16);
    if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === EOCD64_LOCATOR) {
      const at = u64(bytes, eocd - 12);
      if (at + 56 > n || u32(bytes, at) !== EOCD64) throw new ExtractStop("malformed");
      count = u64(bytes, at + 32);
      cdOffset = u64(bytes, at + 48);
    }
    if (count > ctx.limits.maxZipEntries) throw new ExtractStop("bomb", "entries");
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > n || u32(bytes, p) !== CENTRAL) throw new ExtractStop("malformed");
      const flags = u16(bytes, p + 8);
      const method = u16(bytes, p + 10);
      let compressedSize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      const nameLength = u16(bytes, p + 28);
      const extraLength = u16(bytes, p + 30);
      const commentLength = u16(bytes, p + 32);
      let localOffset = u32(bytes, p + 42);
      const nameStart = p + 46;
      const extraStart = nameStart + nameLength;
      const next = extraStart + extraLength + commentLength;
      if (next > n) throw new ExtractStop("malformed");
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        // The zip64 extra field holds, in this order, whichever of the three were 0xFFFFFFFF.
        let q = extraStart;
        const extraEnd = extraStart + extraLength;
        while (q + 4 <= extraEnd) {
          const id = u16(bytes, q);
          const len = u16(bytes, q + 2);
          if (id === 0x0001) {
            let r = q + 4;
            const end = Math.min(q + 4 + len, extraEnd);
            if (size === 0xffffffff && r + 8 <= end) {
              size = u64(bytes, r);
              r += 8;
            }
            if (compressedSize === 0xffffffff && r + 8 <= end) {
              compressedSize = u64(bytes, r);
              r += 8;
            }
            if (localOffset === 0xffffffff && r + 8 <= end) localOffset = u64(bytes, r);
            break;
          }
          q += 4 + len;
        }
      }
      entries.push({
        name: nameOf(bytes.subarray(nameStart, extraStart), (flags & 0x800) !== 0),
        flags,
        method,
        compressedSize,
        size,
        localOffset,
      });
      p = next;
      ctx.tick(4);
    }
    return new ZipArchive(bytes, entries, ctx);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Whether any entry is encrypted. */
  get anyEncrypted(): boolean {
    return this.entries.some((e) => (e.flags & 1) !== 0 || e.method === 99);
  }

  /** The bytes of one entry (throws `ExtractStop`: encrypted, bomb, too-large, malformed, timeout). */
  read(name: string): Uint8Array {
    const e = this.byName.get(name);
    if (!e) throw new ExtractStop("malformed");
    const limits = this.ctx.limits;
    if ((e.flags & 1) !== 0 || e.method === 99) throw new ExtractStop("encrypted");
    if (e.size > RATIO_FLOOR && e.size > e.compressedSize * limits.maxZipRatio) throw new ExtractStop("bomb", "ratio");
    if (this.unzipped + e.size > limits.maxUnzippedBytes) {
      // Far past the cap for a file of this size is a bomb; a big honest file is too large.
      const ratio = (this.unzipped + e.size) / Math.max(1, this.bytes.length);
      throw new ExtractStop(ratio > limits.maxZipRatio ? "bomb" : "too-large", ratio > limits.maxZipRatio ? "ratio" : "unzipped");
    }
    const b = this.bytes;
    const at = e.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new ExtractStop("malformed");
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ExtractStop("malformed");
    const data = b.subarray(start, end);
    this.ctx.check();
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new ExtractStop("malformed");
      out = data;
    } else if (e.method === 8) {
      out = inflateBounded(data, e.size, this.ctx);
    } else {
      throw new ExtractStop("malformed");
    }
    this.unzipped += e.size;
    return out;
  }
}

/** Inflates raw DEFLATE data that must produce exactly `expected` bytes, in slices, stopping at the first excess. */
function inflateBounded(data: Uint8Array, expected: number, ctx: ExtractContext): Uint8Array {
  const out = new Uint8Array(expected);
  if (data.length === 0) {
    if (expected === 0) return out;
    throw new ExtractStop("malformed");
  }
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (written + chunk.length > expected) {
      over = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let i = 0; i < data.length && !over; i += SLICE) {
    const end = Math.min(data.length, i + SLICE);
    inflater.push(data.subarray(i, end), end === data.length);
    ctx.tick(256);
  }
  if (over) throw new ExtractStop("bomb", "lied");
  if (written !== expected) throw new ExtractStop("malformed");
  return out;
}
