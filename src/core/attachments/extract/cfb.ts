import { ExtractStop, type ExtractContext } from "./context";

/**
 * A bounded reader of Microsoft's compound file (CFB, MS-CFB: the OLE container of .msg, .doc, .xls):
 * the header, the DIFAT (the header's 109 entries and the DIFAT chain), the FAT, the mini FAT and the mini
 * stream, the directory (each storage's children are a red-black tree walked by their left, right and
 * child ids) and the streams, read by following their FAT or mini FAT chains.
 *
 * Written here rather than taken from npm `cfb`, which follows chains without a cycle check (a crafted
 * 5 KB file runs it out of memory). Here every chain walk stops at a sector seen before and at a length
 * bound (a stream's declared size, else the file's sector count), every id is checked against what the
 * file holds, and the bytes copied out of one file are capped at a small multiple of its size (streams
 * that share sectors would otherwise multiply it). Anything wrong throws `ExtractStop("malformed")`.
 * Only `Uint8Array` and `DataView`: no Node, no DOM.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const HEADER_DIFAT = 109;
const MAX_REGULAR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const MINI_SECTOR = 64;
const DIR_ENTRY = 128;

/** A storage (a folder) or a stream (a file) in the container. */
export interface CfbEntry {
  readonly id: number;
  readonly name: string;
  readonly kind: "root" | "storage" | "stream";
  /** The stream's declared size in bytes (for the root, the mini stream's). */
  readonly size: number;
  readonly start: number;
  /** A storage's children, by upper-cased name (CFB names compare without case). */
  readonly children: ReadonlyMap<string, CfbEntry>;
}

interface RawEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function malformed(): ExtractStop {
  return new ExtractStop("malformed");
}

export class CfbFile {
  readonly root: CfbEntry;
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly miniCutoff: number;
  private readonly firstMiniFat: number;
  private readonly miniFatSectors: number;
  private miniFat: Uint32Array | undefined;
  private miniStreamSectors: number[] | undefined;
  /** Bytes this file may still copy out (twice its size and some: each sector is read about once). */
  private budget: number;

  /** Parses the header, the FAT and the directory; throws `ExtractStop("malformed")` on anything wrong. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly ctx: ExtractContext,
  ) {
    this.budget = 2 * bytes.length + 65536;
    if (bytes.length < 512) throw malformed();
    for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) throw malformed();
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const major = v.getUint16(0x1a, true);
    const shift = v.getUint16(0x1e, true);
    if (v.getUint16(0x1c, true) !== 0xfffe) throw malformed();
    if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw malformed();
    if (v.getUint16(0x20, true) !== 6) throw malformed();
    this.sectorSize = 1 << shift;
    // Sector n starts at (n + 1) × the sector size; a short last sector is allowed (reads past the end fail).
    this.sectorCount = Math.max(0, Math.ceil((bytes.length - this.sectorSize) / this.sectorSize));
    if (this.sectorCount === 0) throw malformed();
    const fatSectors = v.getUint32(0x2c, true);
    const firstDir = v.getUint32(0x30, true);
    this.miniCutoff = v.getUint32(0x38, true);
    this.firstMiniFat = v.getUint32(0x3c, true);
    this.miniFatSectors = v.getUint32(0x40, true);
    const firstDifat = v.getUint32(0x44, true);
    const difatSectors = v.getUint32(0x48, true);
    if (this.miniCutoff !== 4096) throw malformed();
    if (fatSectors === 0 || fatSectors > this.sectorCount || difatSectors > this.sectorCount || this.miniFatSectors > this.sectorCount) {
      throw malformed();
    }

    this.fat = this.readFat(fatSectors, firstDifat, difatSectors);
    const entries = this.readDirectory(firstDir);
    this.root = this.buildTree(entries);
  }

  /** The FAT: the sectors the DIFAT lists (the header's 109, then the DIFAT chain's), read in order. */
  private readFat(fatSectors: number, firstDifat: number, difatSectors: number): Uint32Array {
    const ids: number[] = [];
    const take = (id: number): void => {
      if (ids.length >= fatSectors || id === FREE) return;
      if (id >= this.sectorCount) throw malformed();
      ids.push(id);
    };
    for (let i = 0; i < HEADER_DIFAT; i++) take(this.view.getUint32(0x4c + 4 * i, true));
    const perDifat = this.sectorSize / 4 - 1;
    const seen = new Set<number>();
    let next = firstDifat;
    for (let n = 0; n < difatSectors && ids.length < fatSectors; n++) {
      this.ctx.tick();
      if (next >= this.sectorCount || seen.has(next)) throw malformed();
      seen.add(next);
      const at = this.offsetOf(next, this.sectorSize);
      for (let i = 0; i < perDifat; i++) take(this.view.getUint32(at + 4 * i, true));
      next = this.view.getUint32(at + 4 * perDifat, true);
    }
    if (ids.length < fatSectors) throw malformed();
    const perSector = this.sectorSize / 4;
    const fat = new Uint32Array(fatSectors * perSector);
    ids.forEach((id, k) => {
      this.ctx.tick(perSector >> 4);
      const at = this.offsetOf(id, this.sectorSize);
      for (let i = 0; i < perSector; i++) fat[k * perSector + i] = this.view.getUint32(at + 4 * i, true);
    });
    return fat;
  }

  /** Where sector `id` starts in the file; throws when `length` bytes from there are not all in it. */
  private offsetOf(id: number, length: number): number {
    if (id >= this.sectorCount) throw malformed();
    const at = (id + 1) * this.sectorSize;
    if (at + length > this.bytes.length) throw malformed();
    return at;
  }

  /**
   * The sectors of a chain from `start`, at most `max` of them (stopping there without needing the end
   * mark), each seen once: a sector seen twice, an id past the file or a free or special entry is malformed.
   */
  private chain(start: number, table: Uint32Array, limit: number, max: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    let id = start;
    while (out.length < max) {
      this.ctx.tick();
      if (id === END_OF_CHAIN) break;
      if (id > MAX_REGULAR || id >= limit || id >= table.length || seen.has(id)) throw malformed();
      seen.add(id);
      out.push(id);
      id = table[id]!;
    }
    return out;
  }

  private readDirectory(firstDir: number): RawEntry[] {
    const sectors = this.chain(firstDir, this.fat, this.sectorCount, this.sectorCount);
    if (sectors.length === 0) throw malformed();
    const perSector = this.sectorSize / DIR_ENTRY;
    const entries: RawEntry[] = [];
    for (const sector of sectors) {
      const base = this.offsetOf(sector, this.sectorSize);
      for (let k = 0; k < perSector; k++) {
        this.ctx.tick();
        entries.push(this.entryAt(base + k * DIR_ENTRY));
      }
    }
    return entries;
  }

  private entryAt(at: number): RawEntry {
    const v = this.view;
    const length = v.getUint16(at + 64, true);
    let name = "";
    if (length >= 2 && length <= 64 && length % 2 === 0) {
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(v.getUint16(at + k, true));
    }
    const low = v.getUint32(at + 120, true);
    const high = v.getUint32(at + 124, true);
    // Version 3 files may leave junk in the size's high half; version 4 sizes past 4 GB are not real here.
    const size = this.sectorSize === 512 || high === 0 ? low : Number.MAX_SAFE_INTEGER;
    return {
      name,
      type: v.getUint8(at + 66),
      left: v.getUint32(at + 68, true),
      right: v.getUint32(at + 72, true),
      child: v.getUint32(at + 76, true),
      start: v.getUint32(at + 116, true),
      size,
    };
  }

  /** Every storage's children, walking each tree with one visited set: an entry reached twice is malformed. */
  private buildTree(entries: RawEntry[]): CfbEntry {
    const rootRaw = entries[0]!;
    if (rootRaw.type !== 5) throw malformed();
    const visited = new Uint8Array(entries.length);
    visited[0] = 1;
    const make = (id: number, raw: RawEntry): CfbEntry & { children: Map<string, CfbEntry> } => ({
      id,
      name: raw.name,
      kind: raw.type === 5 ? "root" : raw.type === 1 ? "storage" : "stream",
      size: raw.size,
      start: raw.start,
      children: new Map(),
    });
    const root = make(0, rootRaw);
    const storages: [CfbEntry & { children: Map<string, CfbEntry> }, RawEntry][] = [[root, rootRaw]];
    for (let s = 0; s < storages.length; s++) {
      const [storage, raw] = storages[s]!;
      const stack = [raw.child];
      while (stack.length > 0) {
        this.ctx.tick();
        const id = stack.pop()!;
        if (id === NO_STREAM) continue;
        if (id >= entries.length || visited[id]) throw malformed();
        visited[id] = 1;
        const e = entries[id]!;
        if (e.type !== 1 && e.type !== 2) throw malformed();
        const entry = make(id, e);
        const key = e.name.toUpperCase();
        if (storage.children.has(key)) throw malformed();
        storage.children.set(key, entry);
        if (e.type === 1) storages.push([entry, e]);
        else if (e.child !== NO_STREAM) throw malformed();
        stack.push(e.left, e.right);
      }
    }
    return root;
  }

  private loadMini(): { miniFat: Uint32Array; sectors: number[] } {
    if (this.miniFat && this.miniStreamSectors) return { miniFat: this.miniFat, sectors: this.miniStreamSectors };
    const fatIds = this.miniFatSectors === 0 ? [] : this.chain(this.firstMiniFat, this.fat, this.sectorCount, this.miniFatSectors);
    if (fatIds.length < this.miniFatSectors) throw malformed();
    const perSector = this.sectorSize / 4;
    const miniFat = new Uint32Array(fatIds.length * perSector);
    fatIds.forEach((id, k) => {
      this.ctx.tick(perSector >> 4);
      const at = this.offsetOf(id, this.sectorSize);
      for (let i = 0; i < perSector; i++) miniFat[k * perSector + i] = this.view.getUint32(at + 4 * i, true);
    });
    const size = this.root.size;
    if (size > this.sectorCount * this.sectorSize) throw malformed();
    const need = Math.ceil(size / this.sectorSize);
    const sectors = need === 0 ? [] : this.chain(this.root.start, this.fat, this.sectorCount, need);
    if (sectors.length < need) throw malformed();
    this.miniFat = miniFat;
    this.miniStreamSectors = sectors;
    return { miniFat, sectors };
  }

  private spend(n: number): void {
    this.budget -= n;
    if (this.budget < 0) throw new ExtractStop("bomb");
  }

  /**
   * A stream's bytes, at most `max` of them (the first `max` when it is longer). A declared size past what
   * the file can hold, a chain too short for it, a loop or an id past the file is malformed.
   */
  read(entry: CfbEntry, max: number = Number.MAX_SAFE_INTEGER): Uint8Array {
    if (entry.kind !== "stream") throw malformed();
    const size = entry.size;
    if (size === 0) return new Uint8Array(0);
    const want = Math.min(size, Math.max(0, max));
    if (size < this.miniCutoff) {
      const { miniFat, sectors } = this.loadMini();
      const miniCount = Math.floor(this.root.size / MINI_SECTOR);
      if (size > miniCount * MINI_SECTOR) throw malformed();
      const ids = this.chain(entry.start, miniFat, miniCount, Math.ceil(want / MINI_SECTOR));
      if (ids.length * MINI_SECTOR < want) throw malformed();
      this.spend(want);
      const out = new Uint8Array(want);
      ids.forEach((mini, k) => {
        const byte = mini * MINI_SECTOR;
        const sector = sectors[Math.floor(byte / this.sectorSize)];
        if (sector === undefined) throw malformed();
        const n = Math.min(MINI_SECTOR, want - k * MINI_SECTOR);
        const at = this.offsetOf(sector, 0) + (byte % this.sectorSize);
        if (at + n > this.bytes.length) throw malformed();
        out.set(this.bytes.subarray(at, at + n), k * MINI_SECTOR);
      });
      return out;
    }
    if (size > this.sectorCount * this.sectorSize) throw malformed();
    const ids = this.chain(entry.start, this.fat, this.sectorCount, Math.ceil(want / this.sectorSize));
    if (ids.length * this.sectorSize < want) throw malformed();
    this.spend(want);
    const out = new Uint8Array(want);
    ids.forEach((id, k) => {
      const n = Math.min(this.sectorSize, want - k * this.sectorSize);
      const at = this.offsetOf(id, n);
      out.set(this.bytes.subarray(at, at + n), k * this.sectorSize);
    });
    return out;
  }
}
