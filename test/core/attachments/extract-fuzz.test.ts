import fc from "fast-check";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { docxOf, minutesXlsx, odtOf, pptxOf, referralDocx, wp, zipParts } from "../../../scripts/attachment-samples";
import { extractAttachment } from "../../../src/core/attachments/extract";
import type { AttachmentFile, ExtractedAttachment } from "../../../src/core/attachments/types";
import { compoundFileWith, countingClock, emailWith, expectWellFormed, limits, utf8 } from "./extract-support";

/**
 * Malformed input never throws, never hangs and always gives a well-formed result. "Never hangs" is
 * measured in steps, not time: the clock stands still and counts how often it is read, and a reading
 * must finish with a bounded count (every loop looks at the clock every so many steps).
 */

const RUNS = 200;

/** Most looks at the clock one reading of these small files may take. */
const STEP_BOUND = 2_000;

async function readBounded(file: AttachmentFile): Promise<ExtractedAttachment> {
  const clock = countingClock();
  const r = await extractAttachment(file, limits({ now: clock.now }));
  expectWellFormed(r);
  expect(clock.calls).toBeLessThan(STEP_BOUND);
  return r;
}

const SAMPLES: readonly { readonly name: string; readonly bytes: Uint8Array }[] = [
  { name: "notes.txt", bytes: utf8("Referral for Lily Smith\nDOB 01/02/2015\n\nMum said she fell.\n") },
  { name: "list.csv", bytes: utf8('Name,DOB\r\nLily Smith,01/02/2015\r\n"Sam ""Jo""","x\ny"\r\n') },
  { name: "letter.rtf", bytes: utf8(String.raw`{\rtf1\ansi{\fonttbl{\f0 Calibri;}}\uc1 Lily \'e9\u8364?{\*\x y}\par{\pict 00ff}Mum\tab said\line ok\par}`) },
  { name: "referral.docx", bytes: referralDocx() },
  { name: "minutes.xlsx", bytes: minutesXlsx() },
  { name: "review.pptx", bytes: pptxOf([{ paragraphs: ["Lily Smith"], notes: ["Notes"] }, { paragraphs: ["Two"], hidden: true }]) },
  { name: "referral.odt", bytes: odtOf('<text:h>Ref</text:h><text:p>Lily<text:s text:c="3"/>Smith</text:p>', "Header") },
  {
    name: "fwd.eml",
    bytes: utf8(
      emailWith({
        subject: "Lily",
        text: "See attached",
        attachments: [
          { name: "a.txt", type: "text/plain", bytes: utf8("Lily") },
          { name: "b.docx", type: "application/octet-stream", bytes: docxOf({ body: wp("Inner") }) },
        ],
      }),
    ),
  },
  { name: "locked.docx", bytes: compoundFileWith(["EncryptionInfo", "EncryptedPackage"]) },
  { name: "mail.msg", bytes: compoundFileWith(["__properties_version1.0", "__substg1.0_1000001F"]) },
];

const NAMES = [...SAMPLES.map((s) => s.name), "photo.jpg", "report.pdf", "noname", ""];

describe("fuzz: random bytes under every name", () => {
  it.each(NAMES)("%s", async (name) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await readBounded({ name, bytes });
      }),
      { numRuns: RUNS },
    );
  });

  it("random bytes behind each format's magic number", async () => {
    const magics = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...utf8("{\\rtf1")], [...utf8("%PDF-")]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 2048 }), async (magic, rest) => {
        await readBounded({ name: "x.docx", bytes: new Uint8Array([...magic, ...rest]) });
      }),
      { numRuns: RUNS },
    );
  });
});

const flips = fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 });

describe("fuzz: bit-flipped and truncated samples", () => {
  it.each(SAMPLES.map((s) => [s.name, s] as const))("%s, bits flipped", async (_n, sample) => {
    await fc.assert(
      fc.asyncProperty(flips, async (fs) => {
        const bytes = sample.bytes.slice();
        for (const f of fs) bytes[f.at % bytes.length]! ^= 1 << f.bit;
        await readBounded({ name: sample.name, bytes });
      }),
      { numRuns: RUNS },
    );
  });

  it.each(SAMPLES.filter((s) => s.bytes[0] === 0x50).map((s) => [s.name, s] as const))("%s, bits flipped in the central directory", async (_n, sample) => {
    // The directory and end record are the zip's last bytes: flips there reach the entry list itself.
    const tail = Math.min(sample.bytes.length, 1200);
    await fc.assert(
      fc.asyncProperty(flips, async (fs) => {
        const bytes = sample.bytes.slice();
        for (const f of fs) bytes[bytes.length - 1 - (f.at % tail)]! ^= 1 << f.bit;
        await readBounded({ name: sample.name, bytes });
      }),
      { numRuns: RUNS },
    );
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))("%s, truncated", async (_n, sample) => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        await readBounded({ name: sample.name, bytes: sample.bytes.subarray(0, cut % (sample.bytes.length + 1)) });
      }),
      { numRuns: RUNS },
    );
  });
});

/** Zip formats: the XML inside is mutated and zipped again, so the XML readers meet damage too. */
describe("fuzz: damaged XML inside valid zips", () => {
  const zipped = SAMPLES.filter((s) => s.bytes[0] === 0x50 && s.bytes[1] === 0x4b);
  const edit = fc.record({
    at: fc.nat(),
    drop: fc.integer({ min: 0, max: 12 }),
    insert: fc.constantFrom("", "<", ">", "&", "</w:p>", "<w:p>", "<w:tbl>", "</row>", "<c t=\"s\"><v>99</v></c>", "<!DOCTYPE x>", "]]>", "\u0000", "\"", "<a:p>", "<text:s text:c=\"999999999\"/>"),
  });
  it.each(zipped.map((s) => [s.name, s] as const))("%s", async (_n, sample) => {
    const parts = unzipSync(sample.bytes);
    const xmlNames = Object.keys(parts).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...xmlNames), fc.array(edit, { minLength: 1, maxLength: 4 }), async (target, edits) => {
        let xml = strFromU8(parts[target]!);
        for (const e of edits) {
          const at = e.at % (xml.length + 1);
          xml = xml.slice(0, at) + e.insert + xml.slice(at + e.drop);
        }
        const files: Record<string, string | Uint8Array> = {};
        for (const [n, b] of Object.entries(parts)) files[n] = n === target ? strToU8(xml) : b;
        await readBounded({ name: sample.name, bytes: zipParts(files) });
      }),
      { numRuns: RUNS },
    );
  });
});
