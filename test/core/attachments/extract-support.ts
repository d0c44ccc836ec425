import { strToU8 } from "fflate";
import { DEFAULT_LIMITS } from "../../../src/core/attachments/extract";
import type { ExtractedAttachment, ExtractLimits } from "../../../src/core/attachments/types";

/** A clock that stands still and counts how often it was read (a step count, not wall time). */
export function countingClock(): { now: () => number; readonly calls: number } {
  let calls = 0;
  return {
    now: () => {
      calls++;
      return 0;
    },
    get calls() {
      return calls;
    },
  };
}

/** A clock that moves on `step` ms each time it is read. */
export function advancingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

export function limits(overrides: Partial<ExtractLimits> = {}): ExtractLimits {
  return { ...DEFAULT_LIMITS, now: () => 0, ...overrides };
}

export const utf8 = (s: string): Uint8Array => strToU8(s);

/** Asserts the shape every result must have, recursively through inner files. */
export function expectWellFormed(r: ExtractedAttachment, maxTextChars: number = DEFAULT_LIMITS.maxTextChars): void {
  if (r.kind === "unreadable") {
    expect(typeof r.message).toBe("string");
    expect(r.message.length).toBeGreaterThan(20);
    expect(r.message).toMatch(/[.]$/);
    // One sentence: no full stop followed by a capital inside it.
    expect(r.message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    return;
  }
  expect(r.kind).toBe("text");
  expect(r.text.length).toBeLessThanOrEqual(maxTextChars);
  let last = 0;
  for (const region of r.regions) {
    expect(region.start).toBeGreaterThanOrEqual(last);
    expect(region.end).toBeGreaterThan(region.start);
    expect(region.end).toBeLessThanOrEqual(r.text.length);
    expect(region.where.length).toBeGreaterThan(0);
    last = region.end;
  }
  for (const inner of r.inner ?? []) expectWellFormed(inner.result, maxTextChars);
}

/** The text of each region, with where it is. */
export function partsOf(r: ExtractedAttachment): [string, string][] {
  if (r.kind !== "text") throw new Error(`expected text, got ${r.reason}: ${r.message}`);
  return r.regions.map((g) => [g.where, r.text.slice(g.start, g.end)]);
}

/**
 * A minimal compound-file (OLE) image: the signature, a 512-byte header and one directory sector whose
 * entries carry the given names. Enough for what SafeShare reads of such files (the directory's names).
 */
export function compoundFileWith(names: readonly string[]): Uint8Array {
  const b = new Uint8Array(512 + 512 * Math.ceil((names.length + 1) / 4));
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const entries = ["Root Entry", ...names];
  entries.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < name.length; k++) {
      b[at + 2 * k] = name.charCodeAt(k) & 0xff;
      b[at + 2 * k + 1] = name.charCodeAt(k) >> 8;
    }
    const length = (name.length + 1) * 2;
    b[at + 64] = length & 0xff;
    b[at + 65] = length >> 8;
    b[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return b;
}

/** A simple RFC 822 email with one text attachment and one docx attachment, as a string. */
export function emailWith(options: { subject: string; text: string; attachments?: { name: string; type: string; bytes: Uint8Array }[]; html?: boolean }): string {
  const boundary = "SAFESHARE-BOUNDARY";
  const lines = [
    "From: Sarah Okafor <s.okafor@larkfield.example>",
    "To: Front Door <front.door@council.example>",
    `Subject: ${options.subject}`,
    "Date: Mon, 3 Mar 2025 16:02:00 +0000",
    "Message-ID: <sample-1@larkfield.example>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    options.html ? "Content-Type: text/html; charset=utf-8" : "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    options.html ? `<html><body><p>${options.text}</p></body></html>` : options.text,
  ];
  for (const a of options.attachments ?? []) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      "Content-Transfer-Encoding: base64",
      "",
      base64(a.bytes).replace(/(.{76})/g, "$1\r\n"),
    );
  }
  lines.push(`--${boundary}--`, "");
  return lines.join("\r\n");
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
