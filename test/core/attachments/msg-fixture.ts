/**
 * A small compound-file (CFB) writer and an Outlook .msg builder for tests: 512-byte sectors (or 4096 for
 * version 4), the FAT (listed by the header's 109 DIFAT entries, then DIFAT sectors), the mini stream for streams under
 * 4096 bytes, and each storage's children in a balanced binary tree (all black: SafeShare's reader does not
 * look at the colours). Layout: directory, mini FAT, mini stream, big streams, FAT, DIFAT.
 */

export type CfbNode = { name: string; stream: Uint8Array } | { name: string; children: CfbNode[] };

const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;
const NONE = 0xffffffff;

interface Flat {
  name: string;
  type: 1 | 2 | 5;
  data?: Uint8Array;
  children: number[];
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function writeCfb(children: CfbNode[], options: { version?: 3 | 4 } = {}): Uint8Array {
  const version = options.version ?? 3;
  const ss = version === 4 ? 4096 : 512;
  const flat: Flat[] = [{ name: "Root Entry", type: 5, children: [], left: NONE, right: NONE, child: NONE, start: END, size: 0 }];
  const add = (parent: number, nodes: CfbNode[]): void => {
    for (const n of nodes) {
      const id = flat.length;
      const isStream = "stream" in n;
      flat.push({ name: n.name, type: isStream ? 2 : 1, ...(isStream ? { data: n.stream } : {}), children: [], left: NONE, right: NONE, child: NONE, start: isStream ? END : 0, size: 0 });
      flat[parent]!.children.push(id);
      if (!isStream) add(id, n.children);
    }
  };
  add(0, children);
  // Each storage's children as a balanced tree over their sorted names.
  for (const f of flat) {
    const sorted = [...f.children].sort((a, b) => compareNames(flat[a]!.name, flat[b]!.name));
    const build = (lo: number, hi: number): number => {
      if (lo > hi) return NONE;
      const mid = (lo + hi) >> 1;
      const id = sorted[mid]!;
      flat[id]!.left = build(lo, mid - 1);
      flat[id]!.right = build(mid + 1, hi);
      return id;
    };
    f.child = build(0, sorted.length - 1);
  }

  // Mini stream: streams under 4096 bytes, each in 64-byte mini sectors.
  const miniFat: number[] = [];
  const miniChunks: Uint8Array[] = [];
  let miniSectors = 0;
  const big: Flat[] = [];
  for (const f of flat) {
    if (f.type !== 2) continue;
    const data = f.data!;
    f.size = data.length;
    if (data.length === 0) continue;
    if (data.length < 4096) {
      const n = Math.ceil(data.length / 64);
      f.start = miniSectors;
      for (let k = 0; k < n; k++) miniFat.push(k === n - 1 ? END : miniSectors + k + 1);
      const padded = new Uint8Array(n * 64);
      padded.set(data);
      miniChunks.push(padded);
      miniSectors += n;
    } else big.push(f);
  }
  const miniStream = concat(miniChunks);
  const dirSectors = Math.ceil((flat.length * 128) / ss);
  const miniFatSectors = Math.ceil((miniFat.length * 4) / ss);
  const miniStreamSectors = Math.ceil(miniStream.length / ss);
  const bigSectors = big.reduce((n, f) => n + Math.ceil(f.size / ss), 0);
  const others = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  // FAT sectors past the header's 109 are listed by DIFAT sectors (each holds ss/4 - 1 and the next's id).
  const difatFor = (fat: number): number => Math.max(0, Math.ceil((fat - 109) / (ss / 4 - 1)));
  let fatSectors = 1;
  while (fatSectors * (ss / 4) < others + fatSectors + difatFor(fatSectors)) fatSectors++;
  const difatSectors = difatFor(fatSectors);
  const total = others + fatSectors + difatSectors;
  const fat = new Array<number>(fatSectors * (ss / 4)).fill(FREE);
  let next = 0;
  const run = (count: number): number => {
    if (count === 0) return END;
    const first = next;
    for (let k = 0; k < count; k++) fat[next + k] = k === count - 1 ? END : next + k + 1;
    next += count;
    return first;
  };
  const dirStart = run(dirSectors);
  const miniFatStart = run(miniFatSectors);
  const miniStreamStart = run(miniStreamSectors);
  flat[0]!.start = miniStream.length === 0 ? END : miniStreamStart;
  flat[0]!.size = miniStream.length;
  for (const f of big) f.start = run(Math.ceil(f.size / ss));
  const fatStart = next;
  for (let k = 0; k < fatSectors; k++) fat[fatStart + k] = FATSECT;
  const difatStart = fatStart + fatSectors;
  for (let k = 0; k < difatSectors; k++) fat[difatStart + k] = DIFSECT;

  const out = new Uint8Array((total + 1) * ss);
  const v = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  v.setUint16(0x18, 0x3e, true);
  v.setUint16(0x1a, version, true);
  v.setUint16(0x1c, 0xfffe, true);
  v.setUint16(0x1e, version === 4 ? 12 : 9, true);
  v.setUint16(0x20, 6, true);
  if (version === 4) v.setUint32(0x28, dirSectors, true);
  v.setUint32(0x2c, fatSectors, true);
  v.setUint32(0x30, dirStart, true);
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, miniFatSectors === 0 ? END : miniFatStart, true);
  v.setUint32(0x40, miniFatSectors, true);
  v.setUint32(0x44, difatSectors === 0 ? END : difatStart, true);
  v.setUint32(0x48, difatSectors, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i < fatSectors ? fatStart + i : FREE, true);
  const sectorAt = (id: number): number => (id + 1) * ss;
  // Directory.
  flat.forEach((f, i) => {
    const at = sectorAt(dirStart) + i * 128;
    for (let k = 0; k < f.name.length; k++) v.setUint16(at + 2 * k, f.name.charCodeAt(k), true);
    v.setUint16(at + 64, (f.name.length + 1) * 2, true);
    v.setUint8(at + 66, f.type);
    v.setUint8(at + 67, 1);
    v.setUint32(at + 68, f.type === 5 ? NONE : f.left, true);
    v.setUint32(at + 72, f.type === 5 ? NONE : f.right, true);
    v.setUint32(at + 76, f.type === 2 ? NONE : f.child, true);
    v.setUint32(at + 116, f.type === 1 ? 0 : f.start, true);
    v.setUint32(at + 120, f.size, true);
  });
  for (let i = flat.length; i < dirSectors * (ss / 128); i++) {
    const at = sectorAt(dirStart) + i * 128;
    v.setUint32(at + 68, NONE, true);
    v.setUint32(at + 72, NONE, true);
    v.setUint32(at + 76, NONE, true);
  }
  // Mini FAT (padded with free entries), mini stream, big streams, FAT.
  for (let i = 0; i < miniFatSectors * (ss / 4); i++) v.setUint32(sectorAt(miniFatStart) + 4 * i, i < miniFat.length ? miniFat[i]! : FREE, true);
  if (miniStream.length > 0) out.set(miniStream, sectorAt(miniStreamStart));
  for (const f of big) out.set(f.data!, sectorAt(f.start));
  for (let d = 0; d < difatSectors; d++) {
    const at = sectorAt(difatStart + d);
    const per = ss / 4 - 1;
    for (let i = 0; i < per; i++) {
      const k = 109 + d * per + i;
      v.setUint32(at + 4 * i, k < fatSectors ? fatStart + k : FREE, true);
    }
    v.setUint32(at + 4 * per, d === difatSectors - 1 ? END : difatStart + d + 1, true);
  }
  for (let i = 0; i < fat.length; i++) v.setUint32(sectorAt(fatStart) + 4 * (i % (ss / 4)) + ss * Math.floor(i / (ss / 4)), fat[i]!, true);
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

export function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

export interface MsgAttachment {
  readonly name?: string;
  readonly mime?: string;
  readonly bytes?: Uint8Array;
  readonly message?: MsgSpec;
  readonly method?: number;
}

export interface MsgSpec {
  readonly subject?: string;
  readonly body?: string;
  /** The HTML body, stored as binary (0x1013 0102). */
  readonly html?: string;
  /** The compressed RTF body, already compressed (0x1009 0102). */
  readonly rtfCompressed?: Uint8Array;
  readonly sender?: string;
  readonly to?: string;
  /** Write the strings as 8-bit (001E) in this encoding rather than UTF-16 (001F). */
  readonly eightBit?: "latin1" | "utf-8";
  /** PR_INTERNET_CPID, in the properties stream. */
  readonly codepage?: number;
  readonly attachments?: readonly MsgAttachment[];
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, "0");
const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, "0");

/** A properties stream: a header of `header` bytes, then one 16-byte record per 32-bit property. */
function propertiesStream(header: number, longs: [number, number][]): Uint8Array {
  const out = new Uint8Array(header + 16 * longs.length);
  const v = new DataView(out.buffer);
  longs.forEach(([id, value], k) => {
    const at = header + 16 * k;
    v.setUint32(at, (id << 16) | 0x0003, true);
    v.setUint32(at + 4, 6, true);
    v.setUint32(at + 8, value, true);
  });
  return out;
}

function stringProp(id: number, value: string, eightBit: MsgSpec["eightBit"]): CfbNode {
  if (eightBit === "utf-8") return { name: `__substg1.0_${hex4(id)}001E`, stream: new TextEncoder().encode(value + "\0") };
  if (eightBit === "latin1") return { name: `__substg1.0_${hex4(id)}001E`, stream: latin1(value + "\0") };
  return { name: `__substg1.0_${hex4(id)}001F`, stream: utf16le(value) };
}

function messageNodes(spec: MsgSpec, header: number): CfbNode[] {
  const nodes: CfbNode[] = [];
  const longs: [number, number][] = [];
  if (spec.codepage !== undefined) longs.push([0x3fde, spec.codepage]);
  nodes.push({ name: "__properties_version1.0", stream: propertiesStream(header, longs) });
  const s = (id: number, value: string | undefined): void => {
    if (value !== undefined) nodes.push(stringProp(id, value, spec.eightBit));
  };
  s(0x0037, spec.subject);
  s(0x1000, spec.body);
  s(0x0c1a, spec.sender);
  s(0x0e04, spec.to);
  if (spec.html !== undefined) nodes.push({ name: "__substg1.0_10130102", stream: new TextEncoder().encode(spec.html) });
  if (spec.rtfCompressed) nodes.push({ name: "__substg1.0_10090102", stream: spec.rtfCompressed });
  (spec.attachments ?? []).forEach((a, i) => {
    const children: CfbNode[] = [];
    const method = a.method ?? (a.message ? 5 : 1);
    children.push({ name: "__properties_version1.0", stream: propertiesStream(8, [[0x3705, method]]) });
    if (a.name !== undefined) children.push(stringProp(0x3707, a.name, spec.eightBit));
    if (a.mime !== undefined) children.push(stringProp(0x370e, a.mime, spec.eightBit));
    if (a.bytes) children.push({ name: "__substg1.0_37010102", stream: a.bytes });
    if (a.message) children.push({ name: "__substg1.0_3701000D", children: messageNodes(a.message, 24) });
    nodes.push({ name: `__attach_version1.0_#${hex8(i)}`, children });
  });
  return nodes;
}

/** An Outlook .msg file (MS-OXMSG) with the given properties and attachments. */
export function msgFile(spec: MsgSpec, options: { version?: 3 | 4 } = {}): Uint8Array {
  return writeCfb([...messageNodes(spec, 32), { name: "__nameid_version1.0", children: [] }], options);
}

/** The byte offset of the first directory entry with this name (a 128-byte record on a 128-byte boundary). */
export function entryOffset(b: Uint8Array, name: string): number {
  const want = utf16le(name);
  for (let at = 512; at + 128 <= b.length; at += 128) {
    if (b[at + 64] !== want.length + 2) continue;
    let same = true;
    for (let k = 0; k < want.length && same; k++) same = b[at + k] === want[k];
    if (same) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** The byte offset of FAT entry `sector` in a file written by `writeCfb` (version 3, one FAT sector). */
export function fatEntryOffset(b: Uint8Array, sector: number): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const fatSector = v.getUint32(0x4c, true);
  return (fatSector + 1) * 512 + 4 * sector;
}
