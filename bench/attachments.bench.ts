/**
 * `npm run bench` (attachments): reading and checking attachments on the device, side by side in one run
 * (medians of interleaved runs after warm-up; the machine is shared and noisy, so ratios, not verdicts).
 *
 * For each file — a 10-page .docx, a 5-sheet .xlsx and a 20-page .pdf — three contestants on the same bytes:
 *   - bare extraction: the libraries alone, no caps, no regions: the floor any reader pays (fflate's unzip
 *     and saxes collecting every text node; for the PDF, PDF.js's `getTextContent` of every page, in
 *     this thread);
 *   - SafeShare's extraction (`extractAttachment`: format detection, zip and XML caps, regions; for the
 *     PDF, the CLI's reader: PDF.js in a worker thread with the deadline and caps, `nodePdfReader`);
 *   - extraction and the full check of the text (`checkAttachmentContent`).
 * Target (issue 14): the check adds at most 50% over extraction; and 10 MB of attachments read and checked
 * in under 2 s. The 10 MB are four 2.5 MB Word files as practitioners send them: 30 pages of text each and
 * a scanned page (an incompressible image) — most of a real attachment's bytes are not text.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { SaxesParser } from "saxes";
import { nodePdfReader, stopPdfReader } from "../src/cli/pdf-reader";
import { checkAttachmentContent } from "../src/core/attachments/check-attachment";
import { DEFAULT_LIMITS, extractAttachment } from "../src/core/attachments/extract";
import type { AttachmentFile } from "../src/core/attachments/types";
import { pdfOf, wrap } from "../scripts/pdf-samples";
import { sampleEmail } from "./sample-text";

/** `BENCH_QUICK=1` (the test suite's smoke run): one run each, to show the benchmark still works, not to time it. */
const QUICK = process.env.BENCH_QUICK === "1";
const WARM_UP_RUNS = QUICK ? 0 : 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const CONTENT_TYPES = (parts: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${parts}</Types>`;

/** A Word file of `pages` pages (~500 words a page), with `imageBytes` of incompressible image data. */
function docx(pages: number, imageBytes = 0): Uint8Array {
  const paragraphs = sampleEmail(pages * 500).split(/\n+/).filter(Boolean);
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`).join("");
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>')),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  };
  if (imageBytes > 0) {
    const image = new Uint8Array(imageBytes);
    let x = 2463534242;
    for (let i = 0; i < image.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      image[i] = x & 0xff;
    }
    files["word/media/image1.jpeg"] = [image, { level: 0 }];
  }
  return zipSync(files);
}

/** An Excel file of `sheets` sheets of `rows` rows: a case tracker (names, dates, notes), strings shared. */
function xlsx(sheets: number, rows: number): Uint8Array {
  const lines = sampleEmail(sheets * rows * 12).split(/\n+/).filter(Boolean);
  const shared = lines.map((l) => `<si><t>${xmlText(l)}</t></si>`).join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${Array.from({ length: sheets }, (_, i) => `<sheet name="Sheet ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared}</sst>`),
  };
  for (let s = 0; s < sheets; s++) {
    const data = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${(s * rows + r) % lines.length}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join("");
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`);
  }
  return zipSync(files);
}

/** The libraries alone: unzip everything, collect every XML text node. */
function bareExtraction(bytes: Uint8Array): number {
  const entries = unzipSync(bytes, { filter: (f) => f.name.endsWith(".xml") });
  let chars = 0;
  for (const data of Object.values(entries)) {
    const parser = new SaxesParser();
    parser.on("text", (t) => {
      chars += t.length;
    });
    parser.write(new TextDecoder().decode(data)).close();
  }
  return chars;
}

/** A PDF of `pages` pages (~500 words a page, 12 pt Helvetica lines), as scripts/pdf-samples.ts builds them. */
function pdf(pages: number): Uint8Array {
  const lines = wrap(sampleEmail(pages * 500));
  const per = Math.ceil(lines.length / pages);
  return pdfOf(Array.from({ length: pages }, (_, i) => lines.slice(i * per, (i + 1) * per)));
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** PDF.js alone, in this thread: every page's text items, no caps, no deadline, no worker thread. */
async function barePdfExtraction(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    for (const item of (await page.getTextContent()).items) if ("str" in item) chars += item.str.length;
  }
  await doc.destroy();
  return chars;
}

const readPdf = nodePdfReader();
const limits = () => ({ ...DEFAULT_LIMITS, now: () => performance.now(), readPdf });

async function sideBySide(file: AttachmentFile, runs: number, bare: readonly [string, () => unknown]): Promise<Record<string, number>> {
  const contestants: Record<string, () => unknown> = {
    [bare[0]]: bare[1],
    "safeshare extraction": () => extractAttachment(file, limits()),
    "safeshare extraction + check": async () => checkAttachmentContent({ attachment: 0, name: file.name, extracted: await extractAttachment(file, limits()) }),
  };
  const names = Object.keys(contestants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < WARM_UP_RUNS; r++) for (const n of names) await contestants[n]!();
  for (let r = 0; r < runs; r++) for (const n of names) samples[n]!.push(await time(contestants[n]!));
  return Object.fromEntries(names.map((n) => [n, median(samples[n]!)]));
}

async function main() {
  console.log(`SafeShare attachments benchmark (node ${process.version}; TypeScript source under tsx; medians of interleaved runs after warm-up)\n`);
  const zipBare = "bare extraction (fflate + saxes)";
  const pdfBare = "bare extraction (PDF.js, in-thread)";
  const files: { file: AttachmentFile; bare: string; bareFn: (bytes: Uint8Array) => unknown }[] = [
    { file: { name: "assessment (10 pages).docx", bytes: docx(10) }, bare: zipBare, bareFn: bareExtraction },
    { file: { name: "case tracker (5 sheets).xlsx", bytes: xlsx(5, 400) }, bare: zipBare, bareFn: bareExtraction },
    { file: { name: "assessment (20 pages).pdf", bytes: pdf(20) }, bare: pdfBare, bareFn: barePdfExtraction },
  ];
  for (const { file, bare, bareFn } of files) {
    // The first reading also starts what later ones reuse (the PDF reader's worker and PDF.js).
    const extracted = await extractAttachment(file, limits());
    const chars = extracted.kind === "text" ? extracted.text.length : 0;
    const m = await sideBySide(file, QUICK ? 1 : 15, [bare, () => bareFn(file.bytes)]);
    console.log(`${file.name}: ${(file.bytes.length / 1024).toFixed(0)} KB, ${chars.toLocaleString()} characters of text${extracted.kind === "text" ? "" : ` (${extracted.reason}!)`}`);
    for (const [name, ms] of Object.entries(m)) console.log(`  ${name.padEnd(34)} ${ms.toFixed(2).padStart(9)} ms`);
    const ex = m["safeshare extraction"]!;
    const all = m["safeshare extraction + check"]!;
    console.log(`  ratio extraction / bare:          ${(ex / m[bare]!).toFixed(2)}`);
    console.log(`  the check adds over extraction:   ${(((all - ex) / ex) * 100).toFixed(0)}%  (target: at most 50%)\n`);
  }

  // 10 MB as practitioners send it: four Word files of 30 pages and a scanned page each.
  const batch: AttachmentFile[] = Array.from({ length: 4 }, (_, i) => ({ name: `referral ${i + 1}.docx`, bytes: docx(30, 2_400_000) }));
  const total = batch.reduce((n, f) => n + f.bytes.length, 0);
  const runOnce = async () => {
    for (const f of batch) checkAttachmentContent({ attachment: 0, name: f.name, extracted: await extractAttachment(f, limits()) });
  };
  await runOnce();
  const xs: number[] = [];
  for (let r = 0; r < (QUICK ? 1 : 5); r++) xs.push(await time(runOnce));
  const ms = median(xs);
  console.log(`${(total / 1024 / 1024).toFixed(1)} MB of attachments (4 Word files, 30 pages and a scanned page each), read and checked: ${ms.toFixed(0)} ms  (target: under 2,000 ms)`);
  await stopPdfReader();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
