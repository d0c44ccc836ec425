import { strToU8, zipSync } from "fflate";
import { docxOf, wp, zipParts } from "../../../scripts/attachment-samples";
import { DEFAULT_LIMITS, extractAttachment } from "../../../src/core/attachments/extract";
import type { AttachmentFile, ExtractedAttachment, ExtractLimits } from "../../../src/core/attachments/types";
import { advancingClock, emailWith, expectWellFormed, limits, partsOf, utf8 } from "./extract-support";

async function read(file: AttachmentFile, overrides: Partial<ExtractLimits> = {}): Promise<ExtractedAttachment> {
  const l = limits(overrides);
  const r = await extractAttachment(file, l);
  expectWellFormed(r, l.maxTextChars);
  return r;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (inner: string, prolog = ""): string => `<?xml version="1.0"?>${prolog}<w:document ${W}><w:body>${inner}</w:body></w:document>`;
const docxWithDocument = (xml: string): Uint8Array => zipParts({ "[Content_Types].xml": "<Types/>", "word/document.xml": xml });

/** The offset of `name`'s central directory record in a zip. */
function centralRecord(zip: Uint8Array, name: string): number {
  const want = strToU8(name);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 0x01 || zip[i + 3] !== 0x02) continue;
    const n = zip[i + 28]! | (zip[i + 29]! << 8);
    if (n === want.length && want.every((b, k) => zip[i + 46 + k] === b)) return i;
  }
  throw new Error(`no central record for ${name}`);
}

function patched(zip: Uint8Array, at: number, bytes: number[]): Uint8Array {
  const out = zip.slice();
  out.set(bytes, at);
  return out;
}

const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

function expectUnreadable(r: ExtractedAttachment, reason: string, message?: RegExp): void {
  expect(r).toMatchObject({ kind: "unreadable", reason });
  if (message && r.kind === "unreadable") expect(r.message).toMatch(message);
}

describe("zip bombs and damaged zips", () => {
  it("refuses an entry that declares an expansion past the ratio cap", async () => {
    const xml = documentXml(`<w:p><w:r><w:t>${" ".repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`);
    const r = await read({ name: "bomb.docx", bytes: docxWithDocument(xml) });
    expectUnreadable(r, "bomb", /expands to far more than its size/);
  });

  it("stops inflating an entry that produces more than it declared", async () => {
    const xml = documentXml(`<w:p><w:r><w:t>${"a".repeat(2 * 1024 * 1024)}</w:t></w:r></w:p>`);
    const zip = docxWithDocument(xml);
    const at = centralRecord(zip, "word/document.xml");
    const r = await read({ name: "liar.docx", bytes: patched(zip, at + 24, u32(1000)) });
    expectUnreadable(r, "bomb");
  });

  it("says too large when the parts to read pass the unzipped cap", async () => {
    const r = await read({ name: "big.docx", bytes: docxOf({ body: wp("x".repeat(5000)) }) }, { maxUnzippedBytes: 2000 });
    expectUnreadable(r, "too-large", /holds more than SafeShare reads of one file/);
  });

  it("reads the body and marks the file truncated when a later part would pass the unzipped cap", async () => {
    const bytes = docxOf({ body: wp("Body text"), comments: ["c".repeat(20000)] });
    const r = await read({ name: "big-comments.docx", bytes }, { maxUnzippedBytes: 3000 });
    expect(r).toMatchObject({ kind: "text", truncated: true });
    expect(partsOf(r)[0]).toEqual(["paragraph 1", "Body text"]);
  });

  it("refuses a zip with more entries than the cap, before reading any", async () => {
    const files: Record<string, Uint8Array> = { "word/document.xml": strToU8(documentXml(wp("x"))) };
    for (let i = 0; i < DEFAULT_LIMITS.maxZipEntries + 1; i++) files[`f/${i}`] = new Uint8Array(0);
    const r = await read({ name: "many.docx", bytes: zipSync(files, { level: 0 }) });
    expectUnreadable(r, "bomb", /far more parts than a real document/);
  });

  it("refuses an end record that claims more entries than the cap, without walking them", async () => {
    const zip = docxWithDocument(documentXml(wp("x")));
    let eocd = zip.length - 22;
    while (!(zip[eocd] === 0x50 && zip[eocd + 1] === 0x4b && zip[eocd + 2] === 0x05 && zip[eocd + 3] === 0x06)) eocd--;
    const r = await read({ name: "claims.docx", bytes: patched(zip, eocd + 10, [0xff, 0xfe]) });
    expectUnreadable(r, "bomb");
  });

  it.each([
    ["flag bit 0 (ZipCrypto)", (zip: Uint8Array, at: number) => patched(zip, at + 8, [zip[at + 8]! | 1])],
    ["method 99 (AES)", (zip: Uint8Array, at: number) => patched(zip, at + 10, [99, 0])],
  ])("refuses an encrypted entry: %s", async (_label, patch) => {
    const zip = docxWithDocument(documentXml(wp("Secret")));
    const r = await read({ name: "locked.docx", bytes: patch(zip, centralRecord(zip, "word/document.xml")) });
    expectUnreadable(r, "encrypted", /^“locked\.docx” is password-protected/);
  });

  it("says a zip whose entries are all encrypted is password-protected", async () => {
    const zip = zipParts({ "secret.txt": "x" });
    const r = await read({ name: "locked.zip", bytes: patched(zip, centralRecord(zip, "secret.txt") + 8, [1]) });
    expectUnreadable(r, "encrypted");
  });

  it.each([0.25, 0.5, 0.9, 0.99])("says a zip cut to %p of its length is damaged", async (share) => {
    const zip = docxOf({ body: wp("Referral for Lily Smith ".repeat(50)), header: "H" });
    const r = await read({ name: "cut.docx", bytes: zip.subarray(0, Math.floor(zip.length * share)) });
    expectUnreadable(r, "malformed", /looks damaged or is not a Word document as its name says/);
  });

  it("says an entry whose deflate stream is cut is damaged", async () => {
    const zip = docxWithDocument(documentXml(wp("Referral for Lily Smith")));
    const at = centralRecord(zip, "word/document.xml");
    const compressed = zip[at + 20]! | (zip[at + 21]! << 8);
    const r = await read({ name: "short.docx", bytes: patched(zip, at + 20, u32(Math.max(1, compressed - 8))) });
    expectUnreadable(r, "malformed");
  });
});

describe("XML bombs", () => {
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;">]>';

  it("refuses a billion-laughs document without expanding it", async () => {
    const r = await read({ name: "laughs.docx", bytes: docxWithDocument(documentXml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", laughs)) });
    expectUnreadable(r, "bomb", /could overload the computer reading it/);
  });

  it("refuses an external entity declaration the same way", async () => {
    const xxe = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const r = await read({ name: "xxe.docx", bytes: docxWithDocument(documentXml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", xxe)) });
    expectUnreadable(r, "bomb");
  });

  it("reads a document with a DOCTYPE that declares nothing", async () => {
    const r = await read({ name: "dt.docx", bytes: docxWithDocument(documentXml(wp("Plain"), "<!DOCTYPE document>")) });
    expect(partsOf(r)).toEqual([["paragraph 1", "Plain"]]);
  });

  it("says a reference to an undeclared entity is damaged", async () => {
    const r = await read({ name: "undef.docx", bytes: docxWithDocument(documentXml("<w:p><w:r><w:t>&nope;</w:t></w:r></w:p>")) });
    expectUnreadable(r, "malformed");
  });

  it("refuses XML nested deeper than the cap", async () => {
    const deep = "<w:sdt>".repeat(400) + "</w:sdt>".repeat(400);
    const r = await read({ name: "deep.docx", bytes: docxWithDocument(documentXml(deep)) });
    expectUnreadable(r, "bomb", /nested too deeply/);
  });

  it("reads XML nested within the cap", async () => {
    const inner = "<w:sdt>".repeat(100) + wp("Deep but fine") + "</w:sdt>".repeat(100);
    const r = await read({ name: "ok.docx", bytes: docxWithDocument(documentXml(inner)) });
    expect(partsOf(r)).toEqual([["paragraph 1", "Deep but fine"]]);
  });

  it("refuses RTF groups nested deeper than the cap", async () => {
    const r = await read({ name: "deep.rtf", bytes: utf8("{\\rtf1 " + "{".repeat(5000) + "x" + "}".repeat(5000) + "}") });
    expectUnreadable(r, "bomb");
  });
});

describe("size and text caps", () => {
  it("refuses a file over the per-file cap, saying its size and the cap", async () => {
    const r = await read({ name: "huge.txt", bytes: new Uint8Array(3 * 1024 * 1024).fill(0x61) }, { maxFileBytes: 2 * 1024 * 1024 });
    expectUnreadable(r, "too-large", /^“huge\.txt” is too large for SafeShare to read \(3 MB; it reads files up to 2 MB\)/);
  });

  it.each([
    ["text", "a.txt", utf8(Array.from({ length: 200 }, (_, i) => `Line ${i} about Lily Smith`).join("\n\n"))],
    ["Word", "a.docx", docxOf({ body: Array.from({ length: 200 }, (_, i) => wp(`Paragraph ${i} about Lily Smith`)).join("") })],
    ["RTF", "a.rtf", utf8("{\\rtf1 " + Array.from({ length: 200 }, (_, i) => `Paragraph ${i} about Lily\\par `).join("") + "}")],
  ])("keeps at most maxTextChars of %s and says it was truncated", async (_label, name, bytes) => {
    const r = await read({ name, bytes }, { maxTextChars: 500 });
    expect(r).toMatchObject({ kind: "text", truncated: true });
    if (r.kind === "text") {
      expect(r.text.length).toBeLessThanOrEqual(500);
      expect(r.text.length).toBeGreaterThan(400);
    }
  });

  it("shares the text cap between an email and its attachments", async () => {
    const eml = emailWith({
      subject: "S",
      text: "Body",
      attachments: [
        { name: "a.txt", type: "text/plain", bytes: utf8("a".repeat(300)) },
        { name: "b.txt", type: "text/plain", bytes: utf8("b".repeat(300)) },
      ],
    });
    const r = await read({ name: "x.eml", bytes: utf8(eml) }, { maxTextChars: 400 });
    if (r.kind !== "text") throw new Error("text expected");
    const total = r.text.length + r.inner!.reduce((n, i) => n + (i.result.kind === "text" ? i.result.text.length : 0), 0);
    expect(total).toBeLessThanOrEqual(400);
    expect(r.inner![1]!.result).toMatchObject({ kind: "text", truncated: true });
  });
});

describe("the time budget", () => {
  it.each([
    ["a long text", "long.txt", () => utf8("Lily Smith was seen.\n".repeat(50_000))],
    ["a Word document", "long.docx", () => docxOf({ body: Array.from({ length: 3000 }, (_, i) => wp(`Paragraph ${i}`)).join("") })],
    ["an RTF document", "long.rtf", () => utf8("{\\rtf1 " + "Lily Smith was seen.\\par ".repeat(20_000) + "}")],
    ["a CSV", "long.csv", () => utf8("a,b,c\n".repeat(50_000))],
  ])("stops %s when the clock passes the budget", async (_label, name, bytes) => {
    const r = await read({ name, bytes: bytes() }, { now: advancingClock(100), timeBudgetMs: 1000 });
    expectUnreadable(r, "timeout", /ran out of time reading/);
  });

  it("gives an email's attachments what is left of the same budget", async () => {
    const eml = emailWith({ subject: "S", text: "Body", attachments: [{ name: "long.txt", type: "text/plain", bytes: utf8("x\n".repeat(100_000)) }] });
    const r = await read({ name: "x.eml", bytes: utf8(eml) }, { now: advancingClock(100), timeBudgetMs: 1000 });
    // Either the email itself or its attachment ran out of time; neither read past the budget.
    const inner = r.kind === "text" ? r.inner?.[0]?.result : r;
    expect(inner).toMatchObject({ kind: "unreadable", reason: "timeout" });
  });

  it("never throws when the clock itself throws", async () => {
    const r = await extractAttachment({ name: "a.txt", bytes: utf8("x") }, limits({ now: () => { throw new Error("no clock"); } }));
    expectUnreadable(r, "malformed");
  });
});
