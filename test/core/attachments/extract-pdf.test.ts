import fc from "fast-check";
import { extractAttachment, MAX_PDF_PAGES } from "../../../src/core/attachments/extract";
import type { PdfReadOptions, PdfText, PdfTextReader } from "../../../src/core/attachments/types";
import { countingClock, emailWith, expectWellFormed, limits, partsOf, utf8 } from "./extract-support";

/**
 * The core's side of PDFs: what it makes of what the host's PDF reader says. The reader here is a fake
 * (the core's tests never load a PDF library); test/cli/pdf-reader.test.ts reads real PDFs with PDF.js.
 */

const PDF_BYTES = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n");

/** A reader that answers `result` and remembers what it was asked. */
function fakeReader(result: PdfText | (() => Promise<PdfText>)): PdfTextReader & { calls: { bytes: Uint8Array; options: PdfReadOptions }[] } {
  const calls: { bytes: Uint8Array; options: PdfReadOptions }[] = [];
  const reader = async (bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> => {
    calls.push({ bytes, options });
    return typeof result === "function" ? result() : result;
  };
  return Object.assign(reader, { calls });
}

const pages = (texts: string[], truncated = false): PdfText => ({ kind: "pages", pages: texts, truncated });

describe("PDFs", () => {
  it("without a reader, says PDFs are not read here (as before)", async () => {
    const r = await extractAttachment({ name: "report.pdf", bytes: PDF_BYTES }, limits());
    expect(r).toMatchObject({ kind: "unreadable", format: "pdf", reason: "unsupported" });
    if (r.kind === "unreadable") expect(r.message).toBe("SafeShare cannot read PDFs here yet, so it has not checked “report.pdf”: check what it contains before you send it.");
  });

  it("reads each page as one part, said as “page N”, and skips pages with no text", async () => {
    const readPdf = fakeReader(pages(["Referral for Maisie Thornton\nDOB 14/03/2016", "   \n", "Mum said she fell.", "NHS 943 476 5919"]));
    const r = await extractAttachment({ name: "referral.pdf", bytes: PDF_BYTES }, limits({ readPdf }));
    expectWellFormed(r);
    expect(r).toMatchObject({ kind: "text", format: "pdf", truncated: false });
    expect(partsOf(r)).toEqual([
      ["page 1", "Referral for Maisie Thornton\nDOB 14/03/2016"],
      ["page 3", "Mum said she fell."],
      ["page 4", "NHS 943 476 5919"],
    ]);
    expect(readPdf.calls).toHaveLength(1);
    expect(readPdf.calls[0]!.bytes).toBe(PDF_BYTES);
  });

  it("gives the reader the page cap, the characters left, the deadline and the clock", async () => {
    const readPdf = fakeReader(pages(["x"]));
    const now = () => 1_000;
    await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf, now, maxTextChars: 1234, timeBudgetMs: 500 }));
    expect(readPdf.calls[0]!.options).toEqual({ maxPages: MAX_PDF_PAGES, maxChars: 1234, deadline: 1_500, now });
  });

  it("finds a PDF by its bytes whatever its name, and reads a PDF attached to an email", async () => {
    const readPdf = fakeReader(pages(["Inside the PDF"]));
    const renamed = await extractAttachment({ name: "referral.docx", bytes: PDF_BYTES }, limits({ readPdf }));
    expect(renamed).toMatchObject({ kind: "text", format: "pdf" });
    const eml = emailWith({ subject: "Referral", text: "See attached", attachments: [{ name: "r.pdf", type: "application/pdf", bytes: PDF_BYTES }] });
    const r = await extractAttachment({ name: "fwd.eml", bytes: utf8(eml) }, limits({ readPdf }));
    expectWellFormed(r);
    if (r.kind !== "text") throw new Error(r.message);
    expect(r.inner?.[0]?.name).toBe("r.pdf");
    expect(partsOf(r.inner![0]!.result)).toEqual([["page 1", "Inside the PDF"]]);
  });

  it("a PDF whose pages have no text is a scan", async () => {
    for (const texts of [[""], ["", " \n\t", "\u00a0"], ["\u0000\u0001"]]) {
      const r = await extractAttachment({ name: "scan.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(pages(texts)) }));
      expectWellFormed(r);
      expect(r).toMatchObject({ kind: "unreadable", format: "pdf", reason: "scanned" });
      if (r.kind === "unreadable") expect(r.message).toBe("“scan.pdf” is a scan with no text SafeShare can read, so it has not been checked: check what it contains before you send it.");
    }
  });

  it.each([
    [{ kind: "encrypted" }, "encrypted", /password-protected/],
    [{ kind: "malformed" }, "malformed", /looks damaged or is not a PDF/],
    [{ kind: "timeout" }, "timeout", /ran out of time/],
    [{ kind: "too-large" }, "too-large", /more than SafeShare reads of one file/],
    [{ kind: "unavailable" }, "unsupported", /cannot read PDFs here yet/],
  ] as const)("%o → %s, said plainly", async (answer, reason, words) => {
    const r = await extractAttachment({ name: "locked.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(answer) }));
    expectWellFormed(r);
    expect(r).toMatchObject({ kind: "unreadable", format: "pdf", reason });
    if (r.kind === "unreadable") expect(r.message).toMatch(words);
  });

  it("a reader that throws, or answers something else, means a damaged file", async () => {
    const answers: unknown[] = [
      undefined,
      null,
      {},
      { kind: "pages" },
      { kind: "pages", pages: [] },
      { kind: "pages", pages: "text" },
      { kind: "pages", pages: ["ok", 3] },
      { kind: "pages", pages: new Array(MAX_PDF_PAGES + 1).fill("x") },
      { kind: "unknown" },
    ];
    for (const answer of answers) {
      const r = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(async () => answer as PdfText) }));
      expect(r).toMatchObject({ kind: "unreadable", reason: "malformed", format: "pdf" });
    }
    const throwing = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(() => Promise.reject(new Error("boom"))) }));
    expect(throwing).toMatchObject({ kind: "unreadable", reason: "malformed", format: "pdf" });
  });

  it("keeps to the text cap, and says so when the reader left pages unread", async () => {
    const capped = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ maxTextChars: 10, readPdf: fakeReader(pages(["abcdef", "ghijkl"])) }));
    expectWellFormed(capped, 10);
    expect(capped).toMatchObject({ kind: "text", text: "abcdef\n\ngh", truncated: true });
    const partial = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(pages(["one"], true)) }));
    expect(partial).toMatchObject({ kind: "text", text: "one", truncated: true });
  });

  it("past the deadline when the reader answers: out of time, whatever it says", async () => {
    let t = 0;
    const readPdf = fakeReader(async () => {
      t = 10_000;
      return pages(["late"]);
    });
    const r = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf, now: () => t, timeBudgetMs: 3_000 }));
    expect(r).toMatchObject({ kind: "unreadable", reason: "timeout", format: "pdf" });
  });

  it("takes line breaks as they are and drops control characters", async () => {
    const r = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ readPdf: fakeReader(pages(["Lily\r\nSmith\u0000\u0007\tDOB\r01/02/2015"])) }));
    expect(partsOf(r)).toEqual([["page 1", "Lily\nSmith\tDOB\n01/02/2015"]]);
  });

  it("fuzz: whatever the reader answers, a well-formed result in bounded steps", async () => {
    const answer = fc.oneof(
      fc.record({ kind: fc.constant("pages"), pages: fc.array(fc.string({ unit: "binary", maxLength: 200 }), { maxLength: 30 }), truncated: fc.boolean() }),
      fc.record({ kind: fc.constantFrom("encrypted", "malformed", "timeout", "too-large", "unavailable", "pages", "other") }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(answer, fc.integer({ min: 0, max: 500 }), async (got, maxTextChars) => {
        const clock = countingClock();
        const r = await extractAttachment({ name: "a.pdf", bytes: PDF_BYTES }, limits({ now: clock.now, maxTextChars, readPdf: async () => got as PdfText }));
        expectWellFormed(r, maxTextChars);
        expect(clock.calls).toBeLessThan(100);
      }),
      { numRuns: 300 },
    );
  });
});
