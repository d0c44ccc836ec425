import { deflateSync } from "node:zlib";

/**
 * SafeShare's icons, drawn by a few lines of arithmetic and written as PNG with Node's zlib: no image
 * tool, reproducible byte for byte. A white shield with a tick, on the accent blue (colour icon and the
 * Outlook ribbon sizes), or as a white outline on transparency (the Teams outline icon, which must be
 * white on transparent, 32x32).
 */

export const ACCENT = "#1F5C99";

/** RGBA pixels, row by row. */
type Pixels = Uint8Array;

/** The sizes the manifests refer to: Teams 192 (colour) and 32 (outline); Outlook 16, 32, 64, 80, 128. */
export const ICON_FILES: readonly { file: string; size: number; variant: "color" | "outline" }[] = [
  { file: "icon-color.png", size: 192, variant: "color" },
  { file: "icon-outline.png", size: 32, variant: "outline" },
  { file: "icon-16.png", size: 16, variant: "color" },
  { file: "icon-32.png", size: 32, variant: "color" },
  { file: "icon-64.png", size: 64, variant: "color" },
  { file: "icon-80.png", size: 80, variant: "color" },
  { file: "icon-128.png", size: 128, variant: "color" },
];

/** Inside the shield (unit square coordinates, y down). */
function inShield(x: number, y: number): boolean {
  if (y < 0.18 || y > 0.86) return false;
  const halfWidth = y < 0.55 ? 0.3 : 0.3 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.31) ** 2));
  return Math.abs(x - 0.5) <= halfWidth;
}

/** Distance from a point to a segment. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** On the tick inside the shield. */
function onTick(x: number, y: number, width: number): boolean {
  return segmentDistance(x, y, 0.36, 0.5, 0.47, 0.62) < width || segmentDistance(x, y, 0.47, 0.62, 0.66, 0.4) < width;
}

/** The icon's pixels, 4x supersampled for smooth edges. */
export function drawIcon(size: number, variant: "color" | "outline"): Pixels {
  const px = new Uint8Array(size * size * 4);
  const [r, g, b] = [0x1f, 0x5c, 0x99];
  const samples = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let shield = 0;
      let edge = 0;
      let tick = 0;
      for (let sj = 0; sj < samples; sj++) {
        for (let si = 0; si < samples; si++) {
          const x = (i + (si + 0.5) / samples) / size;
          const y = (j + (sj + 0.5) / samples) / size;
          const inside = inShield(x, y);
          if (inside) shield++;
          const stroke = 1.6 / size + 0.02;
          if (inside && !inShield(x + stroke, y) || inside && !inShield(x - stroke, y) || inside && !inShield(x, y + stroke) || inside && !inShield(x, y - stroke)) edge++;
          if (inside && onTick(x, y, variant === "outline" ? 1.2 / size + 0.025 : 0.045)) tick++;
        }
      }
      const n = samples * samples;
      const o = (j * size + i) * 4;
      if (variant === "color") {
        // Accent background, white shield, accent tick.
        const white = shield / n;
        const t = tick / n;
        const mix = (c: number) => Math.round(c * (1 - white) + 255 * white - (255 - c) * t);
        px[o] = mix(r);
        px[o + 1] = mix(g);
        px[o + 2] = mix(b);
        px[o + 3] = 255;
      } else {
        // White outline and tick on transparency.
        px[o] = 255;
        px[o + 1] = 255;
        px[o + 2] = 255;
        px[o + 3] = Math.round(255 * Math.min(1, (edge + tick) / n));
      }
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of the pixels. */
export function encodePng(width: number, height: number, rgba: Pixels): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** Width and height from a PNG's IHDR, or undefined when it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const b = Buffer.from(png);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every icon file, by name. */
export function iconFiles(): Map<string, Buffer> {
  return new Map(ICON_FILES.map((f) => [f.file, encodePng(f.size, f.size, drawIcon(f.size, f.variant))]));
}
