import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pdfOf, referralPdf, wrap } from "../../scripts/pdf-samples";
import { nodePdfReader, stopPdfReader } from "../../src/cli/pdf-reader";
import { DEFAULT_LIMITS, extractAttachment } from "../../src/core/attachments/extract";
import type { AttachmentFile, ExtractedAttachment, ExtractLimits } from "../../src/core/attachments/types";
import { expectWellFormed, partsOf } from "../core/attachments/extract-support";

/**
 * The CLI's PDF reader for real: PDF.js in a worker thread reading hand-built PDFs (scripts/pdf-samples.ts),
 * through `extractAttachment` as the CLI calls it.
 */

jest.setTimeout(60_000);

const readPdf = nodePdfReader();
/** The real clock, as the CLI reads with; the first reading also starts the worker and loads PDF.js. */
const limits = (overrides: Partial<ExtractLimits> = {}): ExtractLimits => ({ ...DEFAULT_LIMITS, timeBudgetMs: 20_000, now: () => performance.now(), readPdf, ...overrides });
const read = (file: AttachmentFile, overrides?: Partial<ExtractLimits>): Promise<ExtractedAttachment> => extractAttachment(file, limits(overrides));

afterAll(() => stopPdfReader());

describe("the Node PDF reader (PDF.js in a worker)", () => {
  it("reads each page's text, line by line, said as “page N”", async () => {
    const bytes = pdfOf([["Referral for Maisie Thornton (age 8)", "NHS number 943 476 5919"], ["Mum said she “fell off the trampoline” — café £5"], { scan: true }, ["Page four"]]);
    const r = await read({ name: "referral.pdf", bytes });
    expectWellFormed(r);
    expect(r).toMatchObject({ kind: "text", format: "pdf", truncated: false });
    expect(partsOf(r)).toEqual([
      ["page 1", "Referral for Maisie Thornton (age 8)\nNHS number 943 476 5919"],
      ["page 2", "Mum said she “fell off the trampoline” — café £5"],
      ["page 4", "Page four"],
    ]);
  });

  it("reads the sample referral (assets/samples/referral.pdf), and it is what the script writes", async () => {
    const onDisk = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "samples", "referral.pdf")));
    expect(Buffer.from(referralPdf()).equals(Buffer.from(onDisk))).toBe(true);
    const r = await read({ name: "referral.pdf", bytes: onDisk });
    expectWellFormed(r);
    const parts = partsOf(r);
    expect(parts.map(([where]) => where)).toEqual(["page 1", "page 2"]);
    expect(parts[0]![1]).toContain("Maisie Thornton");
    expect(parts[0]![1]).toContain("943 476 5919");
    expect(parts[1]![1]).toContain("Kyle gets cross");
  });

  it("a PDF with no text (a scan) → scanned", async () => {
    const r = await read({ name: "scan.pdf", bytes: pdfOf([{ scan: true }, { scan: true }]) });
    expect(r).toMatchObject({ kind: "unreadable", format: "pdf", reason: "scanned" });
  });

  it("a PDF with a password → encrypted; one with only an owner password opens (its RC4 is real)", async () => {
    const locked = await read({ name: "locked.pdf", bytes: pdfOf([["Secret"]], { encrypt: { userPassword: "maisie", ownerPassword: "owner" } }) });
    expect(locked).toMatchObject({ kind: "unreadable", format: "pdf", reason: "encrypted" });
    const ownerOnly = await read({ name: "printable.pdf", bytes: pdfOf([["Decrypted on the device"]], { encrypt: { userPassword: "", ownerPassword: "owner" } }) });
    expect(partsOf(ownerOnly)).toEqual([["page 1", "Decrypted on the device"]]);
  });

  it("garbage, a truncated file and a renamed text file → malformed", async () => {
    const valid = pdfOf([["Hello"]]);
    for (const bytes of [new TextEncoder().encode("%PDF-1.7\nnot really"), valid.subarray(0, 120), new TextEncoder().encode("just text")]) {
      const r = await read({ name: "broken.pdf", bytes });
      expectWellFormed(r);
      expect(r).toMatchObject({ kind: "unreadable", format: "pdf", reason: "malformed" });
    }
  });

  it("keeps to the page and character caps, and says the text was cut", async () => {
    const five = pdfOf(Array.from({ length: 5 }, (_, i) => [`Page ${i + 1} text`]));
    const r = await readPdf(five, { maxPages: 2, maxChars: 1_000, deadline: Infinity, now: () => 0 });
    expect(r).toEqual({ kind: "pages", pages: ["Page 1 text", "Page 2 text"], truncated: true });
    const chars = await readPdf(five, { maxPages: 100, maxChars: 15, deadline: Infinity, now: () => 0 });
    expect(chars).toEqual({ kind: "pages", pages: ["Page 1 text", "Page"], truncated: true });
    const capped = await read({ name: "five.pdf", bytes: five }, { maxTextChars: 20 });
    expect(capped).toMatchObject({ kind: "text", truncated: true });
    if (capped.kind === "text") expect(capped.text.length).toBeLessThanOrEqual(20);
  });

  it("stops at the deadline (the worker is stopped), and the next PDF is read by a new one", async () => {
    const long = pdfOf(Array.from({ length: 400 }, (_, i) => wrap(`Page ${i + 1}. ${"Maisie was late to school again and came in hungry. ".repeat(40)}`)));
    const t0 = performance.now();
    const r = await read({ name: "long.pdf", bytes: long }, { timeBudgetMs: 5 });
    expect(r).toMatchObject({ kind: "unreadable", reason: "timeout", format: "pdf" });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(await readPdf(long, { maxPages: 10, maxChars: 100, deadline: 0, now: () => 1 })).toEqual({ kind: "timeout" });
    const after = await read({ name: "short.pdf", bytes: pdfOf([["Still reading"]]) });
    expect(partsOf(after)).toEqual([["page 1", "Still reading"]]);
  });

  it("readings at once are answered one by one, each its own", async () => {
    const files = Array.from({ length: 4 }, (_, i) => pdfOf([[`File ${i}`]]));
    const results = await Promise.all(files.map((bytes, i) => read({ name: `f${i}.pdf`, bytes })));
    expect(results.map((r) => partsOf(r)[0]![1])).toEqual(["File 0", "File 1", "File 2", "File 3"]);
  });

  it("prints nothing: PDF.js's warnings about a damaged file never reach the CLI's stdout or stderr", () => {
    const root = join(__dirname, "..", "..");
    // A cross-reference table pointing nowhere makes PDF.js warn ("Indexing all PDF objects") as it repairs.
    const damaged = Buffer.from(Buffer.from(pdfOf([["Hello"]])).toString("latin1").replace(/startxref\n\d+/, "startxref\n9"), "latin1");
    const script = [
      `require(${JSON.stringify(require.resolve("tsx/cjs"))});`,
      `const { nodePdfReader } = require(${JSON.stringify(join(root, "src", "cli", "pdf-reader.ts"))});`,
      `const bytes = new Uint8Array(Buffer.from(${JSON.stringify(damaged.toString("base64"))}, "base64"));`,
      "nodePdfReader()(bytes, { maxPages: 10, maxChars: 1000, deadline: Infinity, now: () => 0 }).then((r) => { if (r.kind !== 'pages') process.exitCode = 3; });",
    ].join("\n");
    const out = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe("");
  });

  it("leaves the caller's bytes as they were", async () => {
    const bytes = pdfOf([["Hello"]]);
    const before = Buffer.from(bytes);
    await read({ name: "a.pdf", bytes });
    expect(bytes.length).toBe(before.length);
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });
});

describe("fuzz: damaged PDFs through the real reader", () => {
  const sample = pdfOf([["Referral for Maisie Thornton", "DOB 14/03/2016"], ["Mum said she fell."], { scan: true }]);
  const locked = pdfOf([["Secret"]], { encrypt: { userPassword: "", ownerPassword: "x" } });
  const flips = fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 });
  /** Each reading within its time budget (and a little for the worker to answer). */
  const BUDGET_MS = 3_000;

  async function readBounded(bytes: Uint8Array): Promise<void> {
    const t0 = performance.now();
    const r = await read({ name: "fuzz.pdf", bytes }, { timeBudgetMs: BUDGET_MS });
    expectWellFormed(r);
    expect(["text", "unreadable"]).toContain(r.kind);
    expect(performance.now() - t0).toBeLessThan(BUDGET_MS + 1_000);
  }

  it.each([
    ["plain", sample],
    ["encrypted", locked],
  ])("%s, bits flipped: never throws, always well-formed, within the budget", async (_n, base) => {
    await fc.assert(
      fc.asyncProperty(flips, async (fs) => {
        const bytes = base.slice();
        for (const f of fs) bytes[f.at % bytes.length]! ^= 1 << f.bit;
        await readBounded(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it("truncated anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => readBounded(sample.subarray(0, cut % (sample.length + 1)))),
      { numRuns: 100 },
    );
  });

  it("bytes spliced in anywhere", async () => {
    const chunk = fc.constantFrom("obj", "endobj", "stream\n", "endstream", "<<", ">>", "/Length 99999999", "/Count 1000000", "(", ")", "\\", "xref", "trailer", "0 0 R", "/Filter /FlateDecode", "%%EOF", "\u0000");
    await fc.assert(
      fc.asyncProperty(fc.nat(), chunk, fc.integer({ min: 0, max: 20 }), async (at, insert, drop) => {
        const text = Buffer.from(sample).toString("latin1");
        const i = at % (text.length + 1);
        await readBounded(new Uint8Array(Buffer.from(text.slice(0, i) + insert + text.slice(i + drop), "latin1")));
      }),
      { numRuns: 150 },
    );
  });
});
