import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfReadOptions, PdfText, PdfTextReader } from "../core/attachments/types";

/**
 * The CLI's PDF reader: PDF.js (pdfjs-dist's legacy build, the one meant for Node) reading the text layer,
 * in a worker thread.
 *
 * Why a worker thread, not `import()` in this module: PDF.js is an ES module, and this code runs as
 * CommonJS, both under tsx (`bin/safeshare.cjs`) and under Jest (@swc/jest). tsx would load it with a
 * native `import()`, but Jest runs every test file in a `vm` context whose module system cannot load an
 * ES module without `--experimental-vm-modules` (a native `import()`, one hidden in `new Function`, and
 * `createRequire` all fail there). A worker thread is a plain Node thread outside Jest's module system,
 * so the same `import()` works in both; and it lets SafeShare enforce what PDF.js alone cannot: the
 * deadline (a reading past it is stopped by terminating the thread, even if PDF.js is busy) and a memory
 * cap (a file built to exhaust memory ends the thread, not the CLI).
 *
 * PDF.js is loaded only when the first PDF is read (the worker starts then, and keeps its module), and
 * the worker is reused for later PDFs; it does not keep the process alive between readings. Nothing it
 * prints reaches stdout (`verbosity: 0`, and the worker's console is silenced and its output not piped), so the CLI's
 * JSON output stays clean. Readings go one at a time.
 */

/** Memory the worker may use before it is stopped (a 25 MB PDF's text layer takes far less). */
const WORKER_HEAP_MB = 384;

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The worker, as CommonJS source (`eval: true`): it needs no file of its own, so it runs the same from the
 * TypeScript sources, under Jest and from a bundle. `workerData` says where PDF.js's files are.
 */
const WORKER_SOURCE = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
for (const level of ["log", "info", "warn", "error", "debug", "trace"]) console[level] = () => {};
let pdfjs;
function textOf(items) {
  let text = "";
  for (const item of items) {
    if (typeof item.str !== "string") continue; // a marked-content item, not text
    text += item.str;
    if (item.hasEOL) text += "\n";
  }
  return text;
}
async function read({ bytes, maxPages, maxChars, budgetMs }) {
  const end = performance.now() + budgetMs;
  let task;
  try {
    let getDocument;
    try {
      pdfjs ??= import(workerData.pdfjs);
      ({ getDocument } = await pdfjs);
    } catch {
      pdfjs = undefined;
      return { kind: "unavailable" };
    }
    task = getDocument({
      data: bytes,
      isEvalSupported: false, // no new Function() for fonts' drawing code
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: true, // a broken page is an error (below: a page not read), not a page read in part
      enableXfa: false,
      verbosity: 0,
      // PDF.js's own data files: the CMaps of CJK text and the metrics of the 14 standard fonts.
      cMapUrl: workerData.cMaps,
      cMapPacked: true,
      standardFontDataUrl: workerData.standardFonts,
    });
    const doc = await task.promise;
    const pages = [];
    let chars = 0;
    let truncated = doc.numPages > maxPages;
    const count = Math.min(doc.numPages, maxPages);
    let failed = 0;
    for (let n = 1; n <= count; n++) {
      if (performance.now() > end) return { kind: "timeout" };
      let text = "";
      try {
        const page = await doc.getPage(n);
        text = textOf((await page.getTextContent()).items);
        page.cleanup();
      } catch {
        // A damaged page: the others are still read, and the text is said to be incomplete.
        failed++;
        truncated = true;
      }
      if (chars + text.length > maxChars) {
        text = text.slice(0, Math.max(0, maxChars - chars));
        truncated = true;
      }
      pages.push(text);
      chars += text.length;
      if (chars >= maxChars && n < doc.numPages) {
        truncated = true;
        break;
      }
    }
    if (performance.now() > end) return { kind: "timeout" };
    // Damaged pages and no text on the others: a damaged file, not a scan.
    if (failed > 0 && pages.every((t) => t.trim().length === 0)) return { kind: "malformed" };
    return { kind: "pages", pages, truncated };
  } catch (e) {
    return { kind: e && e.name === "PasswordException" ? "encrypted" : "malformed" };
  } finally {
    if (task) await task.destroy().catch(() => {});
  }
}
parentPort.on("message", async (message) => {
  parentPort.postMessage({ id: message.id, result: await read(message) });
});
`;

interface Running {
  readonly worker: Worker;
  /** The reading in progress, settled by the worker's answer or its end. */
  pending?: { readonly id: number; readonly settle: (r: PdfText) => void };
}

let running: Running | undefined;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/** Where PDF.js is: its module's file URL, and the folders of its CMaps and standard fonts (paths, as its Node build reads them). */
function pdfjsFiles(): { pdfjs: string; cMaps: string; standardFonts: string } {
  const main = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
  const root = join(dirname(main), "..", "..");
  return { pdfjs: pathToFileURL(main).href, cMaps: join(root, "cmaps") + sep, standardFonts: join(root, "standard_fonts") + sep };
}

function startWorker(): Running {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: pdfjsFiles(),
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true,
    stderr: true,
  });
  // The worker's stdout and stderr are its own streams, never read (reading them would keep the process
  // alive), and its console is silenced: PDF.js's messages are not the CLI's output.
  worker.unref();
  const r: Running = { worker };
  worker.on("message", (m: { id: number; result: PdfText }) => {
    if (r.pending?.id === m.id) r.pending.settle(m.result);
  });
  const ended = (result: PdfText) => () => {
    if (running === r) running = undefined;
    r.pending?.settle(result);
  };
  worker.on("error", (e: NodeJS.ErrnoException) => ended(e?.code === "ERR_WORKER_OUT_OF_MEMORY" ? { kind: "too-large" } : { kind: "malformed" })());
  worker.on("exit", ended({ kind: "malformed" }));
  return r;
}

function readOnce(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  // The most a timer can wait is about 24.8 days (2^31 - 1 ms); a longer budget (or none) waits that long.
  const budgetMs = Math.min(options.deadline - options.now(), MAX_TIMER_MS);
  if (!(budgetMs > 0)) return Promise.resolve({ kind: "timeout" });
  const r = (running ??= startWorker());
  const id = nextId++;
  return new Promise<PdfText>((resolve) => {
    const timer = setTimeout(() => {
      // Past the deadline: stop the thread whatever PDF.js is doing; the next PDF gets a new one.
      if (running === r) running = undefined;
      r.pending?.settle({ kind: "timeout" });
      void r.worker.terminate();
    }, budgetMs);
    r.pending = {
      id,
      settle: (result) => {
        if (r.pending?.id !== id) return;
        r.pending = undefined;
        clearTimeout(timer);
        r.worker.unref();
        resolve(result);
      },
    };
    r.worker.ref(); // the reading keeps the process alive until it is answered
    // A copy, handed over: the caller's bytes stay the caller's.
    const copy = bytes.slice();
    r.worker.postMessage({ id, bytes: copy, maxPages: options.maxPages, maxChars: options.maxChars, budgetMs }, [copy.buffer]);
  });
}

/** A `PdfTextReader` for Node: PDF.js in a worker thread, started when the first PDF is read. */
export function nodePdfReader(): PdfTextReader {
  return (bytes, options) => {
    // Only starting the worker can throw here (PDF.js not installed): the PDF is said to be unread.
    const reading = queue.then(() => readOnce(bytes, options)).catch((): PdfText => ({ kind: "unavailable" }));
    queue = reading;
    return reading;
  };
}

/** Stops the worker, if one is running (tests and the benchmark; the CLI needs not: the worker does not keep it alive). */
export async function stopPdfReader(): Promise<void> {
  const r = running;
  running = undefined;
  if (r) await r.worker.terminate();
}
