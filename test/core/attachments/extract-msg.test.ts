import fc from "fast-check";
import { docxOf, wp } from "../../../scripts/attachment-samples";
import { extractAttachment } from "../../../src/core/attachments/extract";
import { ExtractContext } from "../../../src/core/attachments/extract/context";
import { decompressRtf, RTF_PREBUF } from "../../../src/core/attachments/extract/msg";
import type { AttachmentFile, ExtractedAttachment, ReadableAttachment } from "../../../src/core/attachments/types";
import { compoundFileWith, countingClock, expectWellFormed, limits, partsOf, utf8 } from "./extract-support";
import { entryOffset, fatEntryOffset, msgFile, writeCfb, type MsgSpec } from "./msg-fixture";

/**
 * Outlook .msg files (MS-OXMSG inside a compound file), built by the test writer in msg-fixture.ts: the
 * subject and text with their regions, attachments read one level down, an embedded message, 8-bit
 * strings, HTML and compressed RTF bodies; damaged containers (FAT, mini FAT, DIFAT and directory loops,
 * sizes past the file, truncation) are malformed without hanging; a fuzz of mutated files never throws.
 */

async function read(file: AttachmentFile): Promise<ExtractedAttachment> {
  const r = await extractAttachment(file, limits());
  expectWellFormed(r);
  return r;
}

function text(r: ExtractedAttachment): ReadableAttachment {
  if (r.kind !== "text") throw new Error(`expected text, got ${r.reason}: ${r.message}`);
  return r;
}

const SUBJECT = "the attached email's subject";
const TEXT = "the attached email's text";

const referral: MsgSpec = {
  subject: "Referral: Lily Smith",
  body: "Please see attached.\r\nSarah",
  sender: "Sarah Okafor",
  to: "Front Door",
};

describe("extractAttachment: Outlook message (.msg)", () => {
  it("reads the subject and the body, each with its region", async () => {
    const r = await read({ name: "referral.msg", bytes: msgFile(referral) });
    expect(r).toMatchObject({ kind: "text", format: "msg", truncated: false });
    expect(partsOf(r)).toEqual([
      [SUBJECT, "Referral: Lily Smith"],
      [TEXT, "Please see attached.\r\nSarah"],
    ]);
    expect(text(r).inner).toBeUndefined();
  });

  it("recognises a .msg by its directory whatever its name", async () => {
    const r = await read({ name: "", bytes: msgFile(referral) });
    expect(r.format).toBe("msg");
    const renamed = await read({ name: "referral.docx", bytes: msgFile(referral) });
    expect(renamed.format).toBe("msg");
  });

  it("still says an old .doc named .msg is an old Word document, and a compound file with no message is damaged", async () => {
    const doc = await read({ name: "x.msg", bytes: writeCfb([{ name: "WordDocument", stream: new Uint8Array(100) }]) });
    expect(doc).toMatchObject({ kind: "unreadable", reason: "unsupported" });
    expect(doc.kind === "unreadable" && doc.message).toMatch(/old-style Word documents/);
    const empty = await read({ name: "x.msg", bytes: writeCfb([{ name: "Other", stream: new Uint8Array(10) }]) });
    expect(empty).toMatchObject({ kind: "unreadable", reason: "malformed", format: "msg" });
  });

  it("reads a message with a password-protected Word document attached, and says that one is locked", async () => {
    const locked = compoundFileWith(["EncryptionInfo", "EncryptedPackage"]);
    const r = text(await read({ name: "fwd.msg", bytes: msgFile({ ...referral, attachments: [{ name: "locked.docx", bytes: locked }] }) }));
    expect(r.inner![0]!.result).toMatchObject({ kind: "unreadable", reason: "encrypted" });
  });

  it("reads a version 4 file (4096-byte sectors)", async () => {
    const r = await read({ name: "v4.msg", bytes: msgFile(referral, { version: 4 }) });
    expect(partsOf(r)).toEqual([
      [SUBJECT, "Referral: Lily Smith"],
      [TEXT, "Please see attached.\r\nSarah"],
    ]);
  });

  it("reads a body stored in regular sectors (4096 bytes and more)", async () => {
    const body = "Lily Smith was seen at school. ".repeat(300);
    const r = await read({ name: "long.msg", bytes: msgFile({ subject: "Long", body }) });
    expect(partsOf(r)).toEqual([
      [SUBJECT, "Long"],
      [TEXT, body.trim()],
    ]);
  });

  it("reads a file of several MB, whose FAT is listed by a DIFAT sector", async () => {
    const big = utf8("Lily Smith was seen at school on Monday.\n".repeat(200_000)); // 8 MB
    const bytes = msgFile({ subject: "Big", body: "See attached", attachments: [{ name: "big.txt", bytes: big }] });
    expect(new DataView(bytes.buffer).getUint32(0x48, true)).toBe(1);
    const r = text(await read({ name: "big.msg", bytes }));
    expect(r.inner![0]!.result).toMatchObject({ kind: "text", format: "txt" });
    expect(text(r.inner![0]!.result).text.startsWith("Lily Smith was seen at school on Monday.")).toBe(true);
  });

  it("reads its attachments one level down: a text file and a Word document", async () => {
    const bytes = msgFile({
      ...referral,
      attachments: [
        { name: "notes.txt", mime: "text/plain", bytes: utf8("Lily Smith, DOB 01/02/2015") },
        { name: "referral.docx", bytes: docxOf({ body: wp("Referral for Lily Smith") + wp("Mum said she fell.") }) },
      ],
    });
    const r = text(await read({ name: "fwd.msg", bytes }));
    expect(partsOf(r)).toEqual([
      [SUBJECT, "Referral: Lily Smith"],
      [TEXT, "Please see attached.\r\nSarah"],
    ]);
    expect(r.inner?.map((i) => i.name)).toEqual(["notes.txt", "referral.docx"]);
    expect(partsOf(r.inner![0]!.result)).toEqual([["line 1", "Lily Smith, DOB 01/02/2015"]]);
    expect(r.inner![1]!.result).toMatchObject({ kind: "text", format: "docx" });
    expect(text(r.inner![1]!.result).text).toContain("Mum said she fell.");
  });

  it("names an attachment with no file name by its place", async () => {
    const r = text(await read({ name: "fwd.msg", bytes: msgFile({ subject: "S", body: "B", attachments: [{ bytes: utf8("Hello") }] }) }));
    expect(r.inner?.[0]?.name).toBe("attachment 1");
  });

  it("reads an embedded Outlook message, but lists its own attachments as not read", async () => {
    const bytes = msgFile({
      subject: "Outer",
      body: "Outer text",
      attachments: [
        {
          name: "Inner email",
          message: { subject: "Inner", body: "Inner text", attachments: [{ name: "deep.txt", bytes: utf8("deep") }] },
        },
        { name: "after.txt", bytes: utf8("After") },
      ],
    });
    const r = text(await read({ name: "outer.msg", bytes }));
    expect(partsOf(r)).toEqual([
      [SUBJECT, "Outer"],
      [TEXT, "Outer text"],
    ]);
    const embedded = r.inner![0]!;
    expect(embedded.name).toBe("Inner email");
    expect(embedded.result).toMatchObject({ kind: "text", format: "msg" });
    expect(partsOf(embedded.result)).toEqual([
      [SUBJECT, "Inner"],
      [TEXT, "Inner text"],
    ]);
    const deep = text(embedded.result).inner![0]!;
    expect(deep.name).toBe("deep.txt");
    expect(deep.result).toMatchObject({ kind: "unreadable", reason: "unsupported" });
    expect(deep.result.kind === "unreadable" && deep.result.message).toMatch(/attached to an attached email/);
    expect(partsOf(r.inner![1]!.result)).toEqual([["line 1", "After"]]);
  });

  it("names an embedded message with no name as an attached email", async () => {
    const r = text(await read({ name: "outer.msg", bytes: msgFile({ subject: "S", body: "B", attachments: [{ message: { subject: "I", body: "J" } }] }) }));
    expect(r.inner?.[0]?.name).toBe("attached email 1.msg");
  });

  it("reads a .msg file attached to a .msg, and lists that one's attachments as not read", async () => {
    const innerMsg = msgFile({ subject: "Inner", body: "Inner text", attachments: [{ name: "deep.txt", bytes: utf8("deep") }] });
    const r = text(await read({ name: "outer.msg", bytes: msgFile({ subject: "Outer", body: "Outer", attachments: [{ name: "inner.msg", bytes: innerMsg }] }) }));
    const inner = r.inner![0]!.result;
    expect(partsOf(inner)).toEqual([
      [SUBJECT, "Inner"],
      [TEXT, "Inner text"],
    ]);
    expect(text(inner).inner![0]!.result).toMatchObject({ kind: "unreadable", reason: "unsupported" });
  });

  it("reads a .eml attached to a .msg", async () => {
    const eml = "From: a@b.example\r\nSubject: Eml inside\r\nContent-Type: text/plain\r\n\r\nEml body\r\n";
    const r = text(await read({ name: "outer.msg", bytes: msgFile({ subject: "Outer", body: "Outer", attachments: [{ name: "fwd.eml", mime: "message/rfc822", bytes: utf8(eml) }] }) }));
    expect(partsOf(r.inner![0]!.result)).toEqual([
      ["the attached email's subject", "Eml inside"],
      ["the attached email's text", "Eml body"],
    ]);
  });

  it("lists attachments past the 50th as not read", async () => {
    const attachments = Array.from({ length: 52 }, (_, i) => ({ name: `a${i}.txt`, bytes: utf8(`text ${i}`) }));
    const r = text(await read({ name: "many.msg", bytes: msgFile({ subject: "Many", body: "B", attachments }) }));
    expect(r.inner).toHaveLength(52);
    expect(r.inner![49]!.result.kind).toBe("text");
    expect(r.inner![50]!.result).toMatchObject({ kind: "unreadable", reason: "too-large" });
    expect(r.inner![50]!.result.kind === "unreadable" && r.inner![50]!.result.message).toMatch(/first 50 attachments/);
  });

  it("says an OLE object or a linked file is not read", async () => {
    const r = text(await read({ name: "x.msg", bytes: msgFile({ subject: "S", body: "B", attachments: [{ name: "link.docx", method: 2 }] }) }));
    expect(r.inner![0]!.result).toMatchObject({ kind: "unreadable", reason: "unsupported" });
  });

  it("reads 8-bit strings as Windows-1252, or as UTF-8 when the code page says so", async () => {
    const latin = await read({ name: "l.msg", bytes: msgFile({ subject: "Café Zoë", body: 'Señor "quoted"', eightBit: "latin1" }) });
    expect(partsOf(latin)).toEqual([
      [SUBJECT, "Café Zoë"],
      [TEXT, 'Señor "quoted"'],
    ]);
    // Bytes 0x93, 0x94 and 0x80 are Windows-1252 quotes and the euro sign.
    const withQuotes = msgFile({ subject: "x", body: "\u0093Lily\u0094 \u0080", eightBit: "latin1" });
    expect(partsOf(await read({ name: "q.msg", bytes: withQuotes }))).toEqual([
      [SUBJECT, "x"],
      [TEXT, "“Lily” €"],
    ]);
    const utf = await read({ name: "u.msg", bytes: msgFile({ subject: "Zoë – Łukasz", body: "Ça va", eightBit: "utf-8", codepage: 65001 }) });
    expect(partsOf(utf)).toEqual([
      [SUBJECT, "Zoë – Łukasz"],
      [TEXT, "Ça va"],
    ]);
  });

  it("reads the HTML body as text when there is no plain body", async () => {
    const r = await read({ name: "h.msg", bytes: msgFile({ subject: "S", html: "<html><body><p>Hello <b>Lily</b>&nbsp;Smith</p></body></html>", codepage: 65001 }) });
    expect(partsOf(r)).toEqual([
      [SUBJECT, "S"],
      [TEXT, "Hello Lily Smith"],
    ]);
  });

  it("reads the compressed RTF body when there is neither a plain nor an HTML body", async () => {
    const rtf = utf8("{\\rtf1\\ansi\\ansicpg1252\\pard Lily Smith\\par Mum said she fell.\\par}");
    const r = await read({ name: "r.msg", bytes: msgFile({ subject: "S", rtfCompressed: storedRtf(rtf) }) });
    expect(partsOf(r)).toEqual([
      [SUBJECT, "S"],
      [TEXT, "Lily Smith\n\nMum said she fell."],
    ]);
  });

  it("stops at the characters it may keep, and marks the message truncated", async () => {
    const r = await extractAttachment({ name: "big.msg", bytes: msgFile({ subject: "Subject", body: "x".repeat(500) }) }, limits({ maxTextChars: 100 }));
    expectWellFormed(r, 100);
    expect(r).toMatchObject({ kind: "text", truncated: true });
    expect(text(r).text.length).toBeLessThanOrEqual(100);
  });

  it("cuts a long UTF-8 string between characters, not inside one", async () => {
    const bytes = msgFile({ subject: "é".repeat(50), body: "ü".repeat(50), eightBit: "utf-8", codepage: 65001 });
    const r = await extractAttachment({ name: "u.msg", bytes }, limits({ maxTextChars: 10 }));
    expectWellFormed(r, 10);
    expect(text(r).text).toMatch(/^é+$/);
  });

  it("runs out of time on the injected clock", async () => {
    let t = 0;
    const r = await extractAttachment({ name: "slow.msg", bytes: msgFile({ ...referral, attachments: [{ name: "a.txt", bytes: utf8("A") }] }) }, limits({ now: () => (t += 1000), timeBudgetMs: 1500 }));
    expectWellFormed(r);
    expect(r).toMatchObject({ kind: "unreadable", reason: "timeout", format: "msg" });
  });
});

/** RTF stored uncompressed ("MELA"), as MS-OXRTFCP allows. */
function storedRtf(rtf: Uint8Array): Uint8Array {
  const out = new Uint8Array(16 + rtf.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, rtf.length + 12, true);
  v.setUint32(4, rtf.length, true);
  v.setUint32(8, 0x414c454d, true);
  out.set(rtf, 16);
  return out;
}

describe("compressed RTF (MS-OXRTFCP)", () => {
  const ctx = (): ExtractContext => new ExtractContext(limits(), Number.MAX_SAFE_INTEGER, 0);

  it("has the 207-character initial dictionary", () => {
    expect(RTF_PREBUF.length).toBe(207);
  });

  it("decompresses the specification's example", () => {
    // MS-OXRTFCP 4.1: "{\rtf1\ansi\ansicpg1252\pard hello world}\r\n", compressed with dictionary references.
    const bytes = new Uint8Array([
      0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63, 0x70,
      0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a,
      0x80, 0x0f, 0xa0,
    ]);
    expect(new TextDecoder().decode(decompressRtf(bytes, ctx()))).toBe("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
  });

  it("never writes past the size the header declares", () => {
    const bytes = new Uint8Array(64).fill(0xff);
    bytes.set([0, 0, 0, 0, 10, 0, 0, 0, 0x4c, 0x5a, 0x46, 0x75], 0);
    expect(decompressRtf(bytes, ctx()).length).toBeLessThanOrEqual(10);
  });
});

describe("damaged .msg files are malformed, without hanging", () => {
  const longBody = "Lily Smith was seen at school. ".repeat(300); // over 4096 bytes: regular sectors
  const u32 = (b: Uint8Array, at: number, value: number): void => new DataView(b.buffer, b.byteOffset).setUint32(at, value, true);
  const get32 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset).getUint32(at, true);

  async function expectMalformed(bytes: Uint8Array, reason: string = "malformed"): Promise<void> {
    const clock = countingClock();
    const r = await extractAttachment({ name: "bad.msg", bytes }, limits({ now: clock.now }));
    expectWellFormed(r);
    expect(r).toMatchObject({ kind: "unreadable", reason, format: "msg" });
    expect(clock.calls).toBeLessThan(200);
  }

  it("a loop in the FAT", async () => {
    const b = msgFile({ subject: "S", body: longBody });
    const body = entryOffset(b, "__substg1.0_1000001F");
    const start = get32(b, body + 116);
    u32(b, fatEntryOffset(b, start + 2), start); // the chain's third sector points back to its first
    await expectMalformed(b);
  });

  it("a sector that points to itself", async () => {
    const b = msgFile({ subject: "S", body: longBody });
    const start = get32(b, entryOffset(b, "__substg1.0_1000001F") + 116);
    u32(b, fatEntryOffset(b, start), start);
    await expectMalformed(b);
  });

  it("a loop in the directory's chain of sectors", async () => {
    const b = msgFile({ subject: "S", body: longBody });
    const dir = get32(b, 0x30);
    u32(b, fatEntryOffset(b, dir), dir);
    await expectMalformed(b);
  });

  it("a loop in the mini FAT", async () => {
    const b = msgFile({ subject: "S", body: "Short body" });
    const start = get32(b, entryOffset(b, "__substg1.0_1000001F") + 116);
    const miniFat = get32(b, 0x3c);
    u32(b, (miniFat + 1) * 512 + 4 * start, start);
    // The 20-byte body is one mini sector: declare 130 bytes (three) so its chain is followed round the loop.
    u32(b, entryOffset(b, "__substg1.0_1000001F") + 120, 130);
    await expectMalformed(b);
  });

  it("a loop in the directory tree (an entry that is its own left sibling)", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    const at = entryOffset(b, "__substg1.0_0037001F");
    const dirStart = (get32(b, 0x30) + 1) * 512;
    u32(b, at + 68, (at - dirStart) / 128);
    await expectMalformed(b);
  });

  it("a directory tree that reaches back to the root", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    u32(b, entryOffset(b, "__substg1.0_0037001F") + 72, 0);
    await expectMalformed(b);
  });

  it("a child id past the directory", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    u32(b, entryOffset(b, "__substg1.0_0037001F") + 68, 100_000);
    await expectMalformed(b);
  });

  it("a stream declaring a size far past the file", async () => {
    const b = msgFile({ subject: "S", body: longBody });
    u32(b, entryOffset(b, "__substg1.0_1000001F") + 120, 0x7ffffff0);
    await expectMalformed(b);
  });

  it("a mini stream declaring a size far past the file", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    u32(b, entryOffset(b, "Root Entry") + 120, 0x7ffffff0);
    await expectMalformed(b);
  });

  it("a FAT sector count past the file", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    u32(b, 0x2c, 0xffffffff);
    await expectMalformed(b);
  });

  it("a loop in the DIFAT chain", async () => {
    const b = msgFile({ subject: "S", body: "x".repeat(70_000) });
    const sectors = b.length / 512 - 1;
    // Claim every sector as a FAT sector, the rest listed by a DIFAT sector that names itself as next.
    const difat = 3;
    u32(b, 0x2c, sectors);
    u32(b, 0x44, difat);
    u32(b, 0x48, 10);
    for (let i = 0; i < 127; i++) u32(b, (difat + 1) * 512 + 4 * i, 1);
    u32(b, (difat + 1) * 512 + 4 * 127, difat);
    await expectMalformed(b);
  });

  it("a wrong sector size or version", async () => {
    const b = msgFile({ subject: "S", body: "B" });
    b[0x1e] = 12; // 4096-byte sectors in a version 3 file
    await expectMalformed(b);
  });

  it.each([100, 511, 512, 1000, 1536, 2047])("a file cut at %i bytes", async (cut) => {
    await expectMalformed(msgFile({ subject: "S", body: longBody }).slice(0, cut));
  });

  it("a file cut inside a long body", async () => {
    const b = msgFile({ subject: "S", body: longBody });
    // The FAT is the last sector: move a copy of it up front is not possible, so cut the body's own last sectors.
    await expectMalformed(b.slice(0, b.length - 1024));
  });

  it("streams that share their sectors many times over are stopped", async () => {
    // 50 attachments whose data all point at the long body's chain and declare its size: each read is
    // bounded by the file, and the sum by twice the file: past that the file is a bomb.
    const attachments = Array.from({ length: 50 }, (_, i) => ({ name: `a${i}.bin`, bytes: new Uint8Array(64).fill(65) }));
    const b = msgFile({ subject: "S", body: "Lily Smith was seen. ".repeat(5000), attachments });
    const body = entryOffset(b, "__substg1.0_1000001F");
    const start = get32(b, body + 116);
    const size = get32(b, body + 120);
    let shared = 0;
    for (let at = 512; at + 128 <= b.length; at += 128) {
      if (b[at + 64] === 42 && b[at + 66] === 2 && get32(b, at + 120) === 64) {
        u32(b, at + 116, start);
        u32(b, at + 120, size);
        shared++;
      }
    }
    expect(shared).toBe(50);
    const clock = countingClock();
    const r = await extractAttachment({ name: "shared.msg", bytes: b }, limits({ now: clock.now }));
    expectWellFormed(r);
    expect(clock.calls).toBeLessThan(2000);
    expect(r).toMatchObject({ kind: "unreadable", reason: "bomb", format: "msg" });
  });
});

describe("fuzz: mutated .msg files", () => {
  const RUNS = 200;
  const STEP_BOUND = 2_000;
  const sample = msgFile({
    ...referral,
    attachments: [
      { name: "notes.txt", mime: "text/plain", bytes: utf8("Lily Smith") },
      { name: "referral.docx", bytes: docxOf({ body: wp("Inner") }) },
      { name: "Inner", message: { subject: "Inner", body: "Inner text", attachments: [{ name: "deep.txt", bytes: utf8("deep") }] } },
    ],
  });
  const headerAndDirectory = Math.min(sample.length, 512 + 4096);

  async function readBounded(bytes: Uint8Array): Promise<void> {
    const clock = countingClock();
    const r = await extractAttachment({ name: "mail.msg", bytes }, limits({ now: clock.now }));
    expectWellFormed(r);
    expect(clock.calls).toBeLessThan(STEP_BOUND);
  }

  it("the sample reads", async () => {
    const r = text(await read({ name: "mail.msg", bytes: sample }));
    expect(r.inner).toHaveLength(3);
  });

  it("bits flipped anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 }), async (fs) => {
        const bytes = sample.slice();
        for (const f of fs) bytes[f.at % bytes.length]! ^= 1 << f.bit;
        await readBounded(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it("32-bit fields in the header and the directory overwritten (ids, sizes, chains)", async () => {
    const value = fc.oneof(fc.nat({ max: 64 }), fc.constantFrom(0, 1, 0xfffffffe, 0xffffffff, 0xfffffffd, 0x7fffffff, 4095, 4096), fc.nat());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), value }), { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = sample.slice();
        const v = new DataView(bytes.buffer);
        for (const e of edits) v.setUint32(((e.at % headerAndDirectory) >> 2) << 2, e.value >>> 0, true);
        await readBounded(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it("FAT entries overwritten", async () => {
    const fat = fatEntryOffset(sample, 0);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat({ max: 127 }), value: fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(0xfffffffe, 0xffffffff)) }), { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = sample.slice();
        const v = new DataView(bytes.buffer);
        for (const e of edits) v.setUint32(fat + 4 * e.at, e.value >>> 0, true);
        await readBounded(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it("truncated", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        await readBounded(sample.subarray(0, cut % (sample.length + 1)));
      }),
      { numRuns: RUNS },
    );
  });

  it("random bytes after a valid header", async () => {
    const header = sample.subarray(0, 512);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (rest) => {
        const bytes = new Uint8Array(512 + rest.length);
        bytes.set(header);
        bytes.set(rest, 512);
        await readBounded(bytes);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the test writer", () => {
  it("writes a file the reader reads back", async () => {
    const b = writeCfb([{ name: "__substg1.0_0037001F", stream: new Uint8Array([0x48, 0, 0x69, 0]) }]);
    const r = await read({ name: "w.msg", bytes: b });
    expect(partsOf(r)).toEqual([[SUBJECT, "Hi"]]);
  });
});
